// The intrinsic functions the emitter translates and how each is written: arguments are fields
// as cobc passes them: items with their own shape (ItemArgument), literals as written
// (LiteralArgument), arithmetic through cob_intr_binop (BinaryArgument: each operation's result
// a field of its own), other functions' results. LENGTH of an argument of fixed size is a
// literal, as cobc folds it.
#include "emitters/cpp/intrinsic_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"

namespace remint::emit_cpp {
namespace {

enum class Shape : uint8_t {
  kUnary,          // f(x)
  kBinary,         // f(x, y)
  kList,           // f(x...) as an initializer list
  kNone,           // PI, E
  kRandom,         // RANDOM [(seed)]
  kWindow,         // YEAR-TO-YYYY(x [, interval [, year]])
  kText,           // NUMVAL(text), ORD(text): numeric results of text
  kTextWithOption  // NUMVAL-C(text [, currency])
};

struct NumericFunction {
  std::string_view name;
  std::string_view runtime;
  Shape shape;
};

// Sorted by name (binary search).
constexpr std::array kNumericFunctions = {
    NumericFunction{"ABS", "FunctionAbs", Shape::kUnary},
    NumericFunction{"ACOS", "FunctionAcos", Shape::kUnary},
    NumericFunction{"ANNUITY", "FunctionAnnuity", Shape::kBinary},
    NumericFunction{"ASIN", "FunctionAsin", Shape::kUnary},
    NumericFunction{"ATAN", "FunctionAtan", Shape::kUnary},
    NumericFunction{"COS", "FunctionCos", Shape::kUnary},
    NumericFunction{"DATE-OF-INTEGER", "FunctionDateOfInteger", Shape::kUnary},
    NumericFunction{"DATE-TO-YYYYMMDD", "FunctionDateToYyyymmdd", Shape::kWindow},
    NumericFunction{"DAY-OF-INTEGER", "FunctionDayOfInteger", Shape::kUnary},
    NumericFunction{"DAY-TO-YYYYDDD", "FunctionDayToYyyyddd", Shape::kWindow},
    NumericFunction{"E", "FunctionE", Shape::kNone},
    NumericFunction{"EXP", "FunctionExp", Shape::kUnary},
    NumericFunction{"EXP10", "FunctionExp10", Shape::kUnary},
    NumericFunction{"FACTORIAL", "FunctionFactorial", Shape::kUnary},
    NumericFunction{"FRACTION-PART", "FunctionFractionPart", Shape::kUnary},
    NumericFunction{"INTEGER", "FunctionInteger", Shape::kUnary},
    NumericFunction{"INTEGER-OF-DATE", "FunctionIntegerOfDate", Shape::kUnary},
    NumericFunction{"INTEGER-OF-DAY", "FunctionIntegerOfDay", Shape::kUnary},
    NumericFunction{"INTEGER-PART", "FunctionIntegerPart", Shape::kUnary},
    NumericFunction{"LOG", "FunctionLog", Shape::kUnary},
    NumericFunction{"LOG10", "FunctionLog10", Shape::kUnary},
    NumericFunction{"MAX", "FunctionMax", Shape::kList},
    NumericFunction{"MEAN", "FunctionMean", Shape::kList},
    NumericFunction{"MEDIAN", "FunctionMedian", Shape::kList},
    NumericFunction{"MIDRANGE", "FunctionMidrange", Shape::kList},
    NumericFunction{"MIN", "FunctionMin", Shape::kList},
    NumericFunction{"MOD", "FunctionMod", Shape::kBinary},
    NumericFunction{"NUMVAL", "FunctionNumval", Shape::kText},
    NumericFunction{"NUMVAL-C", "FunctionNumvalC", Shape::kTextWithOption},
    NumericFunction{"NUMVAL-F", "FunctionNumvalF", Shape::kText},
    NumericFunction{"ORD", "FunctionOrd", Shape::kText},
    NumericFunction{"ORD-MAX", "FunctionOrdMax", Shape::kList},
    NumericFunction{"ORD-MIN", "FunctionOrdMin", Shape::kList},
    NumericFunction{"PI", "FunctionPi", Shape::kNone},
    NumericFunction{"PRESENT-VALUE", "FunctionPresentValue", Shape::kList},
    NumericFunction{"RANDOM", "FunctionRandom", Shape::kRandom},
    NumericFunction{"RANGE", "FunctionRange", Shape::kList},
    NumericFunction{"REM", "FunctionRem", Shape::kBinary},
    NumericFunction{"SIGN", "FunctionSign", Shape::kUnary},
    NumericFunction{"SIN", "FunctionSin", Shape::kUnary},
    NumericFunction{"SQRT", "FunctionSqrt", Shape::kUnary},
    NumericFunction{"STANDARD-DEVIATION", "FunctionStandardDeviation", Shape::kList},
    NumericFunction{"SUM", "FunctionSum", Shape::kList},
    NumericFunction{"TAN", "FunctionTan", Shape::kUnary},
    NumericFunction{"TEST-DATE-YYYYMMDD", "FunctionTestDateYyyymmdd", Shape::kUnary},
    NumericFunction{"TEST-DAY-YYYYDDD", "FunctionTestDayYyyyddd", Shape::kUnary},
    NumericFunction{"TEST-NUMVAL", "FunctionTestNumval", Shape::kText},
    NumericFunction{"TEST-NUMVAL-C", "FunctionTestNumvalC", Shape::kTextWithOption},
    NumericFunction{"TEST-NUMVAL-F", "FunctionTestNumvalF", Shape::kText},
    NumericFunction{"VARIANCE", "FunctionVariance", Shape::kList},
    NumericFunction{"YEAR-TO-YYYY", "FunctionYearToYyyy", Shape::kWindow},
};

auto FindNumeric(std::string_view name) -> const NumericFunction* {
  auto found = std::lower_bound(
      kNumericFunctions.begin(), kNumericFunctions.end(), name,
      [](const NumericFunction& function, std::string_view key) { return function.name < key; });
  return found != kNumericFunctions.end() && found->name == name ? &*found : nullptr;
}

// The alphanumeric functions; those marked take reference modification in libcob (an offset
// and length parameter), the others are reported when reference-modified.
struct TextFunction {
  std::string_view name;
  bool reference_modifiable;
};
constexpr std::array kTextFunctions = {
    TextFunction{"CHAR", false},
    TextFunction{"CONCATENATE", true},
    TextFunction{"CURRENT-DATE", true},
    TextFunction{"LOWER-CASE", true},
    TextFunction{"MAX", false},
    TextFunction{"MIN", false},
    TextFunction{"REVERSE", true},
    TextFunction{"SUBSTITUTE", true},
    TextFunction{"SUBSTITUTE-CASE", true},
    TextFunction{"TRIM", true},
    TextFunction{"UPPER-CASE", true},
    TextFunction{"WHEN-COMPILED", true},
};

}  // namespace

auto IntrinsicWriter::IsTextCall(ir::ExpressionId id) -> bool {
  const auto* call = expressions_.TryGet<ir::IntrinsicCallExpression>(id);
  if (call == nullptr) return false;
  const std::string_view name = module_.str(call->function);
  if (name == "MAX" || name == "MIN") {
    return !call->arguments.empty() && !IsNumericOperand(call->arguments.front());
  }
  return std::any_of(kTextFunctions.begin(), kTextFunctions.end(),
                     [&](const TextFunction& f) { return f.name == name; });
}

auto IntrinsicWriter::Numeric(ir::ExpressionId id) -> std::optional<std::string> {
  const auto& call = expressions_.Get<ir::IntrinsicCallExpression>(id);
  const std::string_view name = module_.str(call.function);
  if (call.refmod_start.is_valid())
    return Fail(id, "reference modification of FUNCTION " + std::string(name));
  if (name == "LENGTH" || name == "BYTE-LENGTH") return Length(id, call);
  const NumericFunction* function = FindNumeric(name);
  if (function == nullptr) return Fail(id, "FUNCTION " + std::string(name));
  const std::string runtime = fmt::format("cobrt::{}", function->runtime);
  const ir::ExpressionList& arguments = call.arguments;
  switch (function->shape) {
    case Shape::kNone:
      return runtime + "()";
    case Shape::kRandom: {
      if (arguments.empty()) return runtime + "()";
      auto seed = Argument(arguments[0]);
      if (!seed) return std::nullopt;
      return fmt::format("{}({})", runtime, *seed);
    }
    case Shape::kUnary:
    case Shape::kBinary: {
      std::vector<std::string> values;
      for (ir::ExpressionId argument : arguments) {
        auto value = Argument(argument);
        if (!value) return std::nullopt;
        values.push_back(*value);
      }
      return fmt::format("{}({})", runtime, fmt::join(values, ", "));
    }
    case Shape::kWindow: {
      std::vector<std::string> values;
      for (size_t i = 0; i < 3; ++i) {
        if (i >= arguments.size()) {
          values.emplace_back("std::nullopt");
          continue;
        }
        auto value = Argument(arguments[i]);
        if (!value) return std::nullopt;
        values.push_back(*value);
      }
      return fmt::format("{}({})", runtime, fmt::join(values, ", "));
    }
    case Shape::kList: {
      const bool text = !arguments.empty() && !IsNumericOperand(arguments.front());
      if (text && !context_.collating_weights.empty()) {
        return Fail(id, "FUNCTION " + std::string(name) +
                            " of alphanumeric arguments under a "
                            "literal PROGRAM COLLATING SEQUENCE");
      }
      if (text && (name == "ORD-MAX" || name == "ORD-MIN")) {
        auto texts = TextArguments(arguments);
        if (!texts) return std::nullopt;
        return fmt::format("{}Text({{{}}})", runtime, *texts);
      }
      if (text) return Fail(id, "FUNCTION " + std::string(name) + " of these arguments");
      auto values = NumericArguments(arguments);
      if (!values) return std::nullopt;
      return fmt::format("{}({{{}}})", runtime, *values);
    }
    case Shape::kText:
    case Shape::kTextWithOption: {
      auto text = TextArgument(arguments.front());
      if (!text) return std::nullopt;
      if (arguments.size() == 1) return fmt::format("{}({})", runtime, *text);
      auto currency = TextArgument(arguments[1]);
      if (!currency) return std::nullopt;
      return fmt::format("{}({}, {})", runtime, *text, *currency);
    }
  }
  return Fail(id, "FUNCTION " + std::string(name));
}

auto IntrinsicWriter::Text(ir::ExpressionId id) -> std::optional<std::string> {
  const auto& call = expressions_.Get<ir::IntrinsicCallExpression>(id);
  const std::string name(module_.str(call.function));
  const ir::ExpressionList& arguments = call.arguments;
  std::optional<std::string> text;
  if (name == "UPPER-CASE" || name == "LOWER-CASE" || name == "REVERSE" || name == "TRIM") {
    auto argument = TextArgument(arguments.front());
    if (!argument) return std::nullopt;
    const std::string runtime = name == "UPPER-CASE"   ? "FunctionUpperCase"
                                : name == "LOWER-CASE" ? "FunctionLowerCase"
                                : name == "REVERSE"    ? "FunctionReverse"
                                                       : "FunctionTrim";
    text = fmt::format("cobrt::{}({})", runtime, *argument);
  } else if (name == "CONCATENATE" || name == "MAX" || name == "MIN") {
    if (name != "CONCATENATE" && !context_.collating_weights.empty()) {
      return Fail(id, "FUNCTION " + name +
                          " of alphanumeric arguments under a literal PROGRAM "
                          "COLLATING SEQUENCE");
    }
    auto texts = TextArguments(arguments);
    if (!texts) return std::nullopt;
    const char* runtime = name == "CONCATENATE" ? "FunctionConcatenate"
                          : name == "MAX"       ? "FunctionMaxText"
                                                : "FunctionMinText";
    text = fmt::format("cobrt::{}({{{}}})", runtime, *texts);
  } else if (name == "SUBSTITUTE" || name == "SUBSTITUTE-CASE") {
    auto original = TextArgument(arguments.front());
    if (!original) return std::nullopt;
    auto pairs = TextArguments(ir::ExpressionList(arguments.begin() + 1, arguments.end()));
    if (!pairs) return std::nullopt;
    text = fmt::format("cobrt::{}({}, {{{}}})",
                       name == "SUBSTITUTE" ? "FunctionSubstitute" : "FunctionSubstituteCase",
                       *original, *pairs);
  } else if (name == "CHAR") {
    auto ordinal = Argument(arguments.front());
    if (!ordinal) return std::nullopt;
    text = fmt::format("cobrt::FunctionChar({})", *ordinal);
  } else if (name == "CURRENT-DATE") {
    text = "cobrt::CurrentDateFunction(cobrt::ProcessClock().Now())";
  } else if (name == "WHEN-COMPILED") {
    // cobc fixes the compilation time in the program; here the C++ compilation's.
    text = "cobrt::WhenCompiledText(__DATE__, __TIME__)";
  } else {
    return Fail(id, "FUNCTION " + name);
  }
  if (!call.refmod_start.is_valid()) return text;
  const auto* function = std::find_if(kTextFunctions.begin(), kTextFunctions.end(),
                                      [&](const TextFunction& f) { return f.name == name; });
  if (!function->reference_modifiable) {
    return Fail(id, "reference modification of FUNCTION " + name);
  }
  auto start = context_.IntegerExpression(call.refmod_start);
  std::optional<std::string> length = "0";
  if (call.refmod_length.is_valid()) length = context_.IntegerExpression(call.refmod_length);
  if (!start || !length) return Fail(id, "this reference modification of FUNCTION " + name);
  return fmt::format("cobrt::ReferenceModified({}, {}, {})", *text, *start, *length);
}

auto IntrinsicWriter::Argument(ir::ExpressionId id) -> std::optional<std::string> {
  if (expressions_.Is<ir::IntrinsicCallExpression>(id)) {
    if (IsTextCall(id)) return Fail(id, "an alphanumeric FUNCTION as a numeric argument");
    return Numeric(id);
  }
  if (expressions_.Is<ir::NumericLiteralExpression>(id)) return LiteralArgument(id);
  if (const auto* figurative = expressions_.TryGet<ir::FigurativeExpression>(id)) {
    if (figurative->constant == ir::FigurativeConstant::kZero) {
      return std::string("cobrt::LiteralArgument(\"0\")");
    }
  }
  if (expressions_.Is<ir::DataRefExpression>(id)) {
    std::optional<DataOperand> item = context_.Data(id);
    std::optional<std::string> format = item ? context_.NumericFormat(*item) : std::nullopt;
    if (!format || item->register_format || *format == "cobrt::IndexItem") {
      return Fail(id, "this FUNCTION argument");
    }
    return fmt::format("cobrt::ItemArgument<{}>({})", *format, item->address);
  }
  if (const auto* unary = expressions_.TryGet<ir::UnaryExpression>(id)) {
    auto operand = Argument(unary->operand);
    if (!operand || unary->op == ir::UnaryOperator::kPlus) return operand;
    // cobc writes -x as 0 - x, a field of its own.
    return fmt::format(
        "cobrt::BinaryArgument(cobrt::LiteralArgument(\"0\"), "
        "'-', {})",
        *operand);
  }
  if (const auto* binary = expressions_.TryGet<ir::BinaryExpression>(id)) {
    auto left = Argument(binary->left);
    if (!left) return std::nullopt;
    auto right = Argument(binary->right);
    if (!right) return std::nullopt;
    char op = 0;
    switch (binary->op) {
      case ir::ArithmeticOperator::kAdd:
        op = '+';
        break;
      case ir::ArithmeticOperator::kSubtract:
        op = '-';
        break;
      case ir::ArithmeticOperator::kMultiply:
        op = '*';
        break;
      case ir::ArithmeticOperator::kDivide:
        op = '/';
        break;
      case ir::ArithmeticOperator::kPower:
        op = '^';
        break;
      case ir::ArithmeticOperator::kConcatenate:
        return Fail(id, "this FUNCTION argument");
    }
    return fmt::format("cobrt::BinaryArgument({}, '{}', {})", *left, op, *right);
  }
  return Fail(id, fmt::format("a '{}' FUNCTION argument", ir::KindName(expressions_.kind(id))));
}

auto IntrinsicWriter::TextArgument(ir::ExpressionId id) -> std::optional<std::string> {
  if (expressions_.Is<ir::IntrinsicCallExpression>(id)) {
    if (!IsTextCall(id)) return Fail(id, "a numeric FUNCTION as an alphanumeric argument");
    return Text(id);
  }
  if (const auto* literal = expressions_.TryGet<ir::StringLiteralExpression>(id)) {
    if (literal->form == ir::LiteralForm::kNational) return Fail(id, "a national literal");
    return CppStringLiteral(module_.str(literal->value)) + "sv";
  }
  if (const auto* figurative = expressions_.TryGet<ir::FigurativeExpression>(id)) {
    if (std::optional<std::string> bytes = context_.FigurativeBytes(figurative->constant)) {
      return CppStringLiteral(*bytes) + "sv";
    }
  }
  if (std::optional<DataOperand> item = context_.Data(id)) {
    return fmt::format("std::string_view(reinterpret_cast<const char*>({}), {})", item->address,
                       item->size);
  }
  return Fail(id, fmt::format("a '{}' FUNCTION argument", ir::KindName(expressions_.kind(id))));
}

auto IntrinsicWriter::Decimal(ir::ExpressionId id) -> std::optional<std::string> {
  if (expressions_.Is<ir::IntrinsicCallExpression>(id)) {
    if (IsTextCall(id)) return Fail(id, "arithmetic with an alphanumeric FUNCTION");
    auto call = Numeric(id);
    if (!call) return std::nullopt;
    return fmt::format("{}.value", *call);
  }
  if (expressions_.Is<ir::NumericLiteralExpression>(id)) {
    if (std::optional<std::string> literal = FixedLiteral(module_, id)) {
      return fmt::format("cobrt::ToBigDecimal({})", *literal);
    }
    auto argument = LiteralArgument(id);
    if (!argument) return std::nullopt;
    return fmt::format("{}.value", *argument);
  }
  if (const auto* figurative = expressions_.TryGet<ir::FigurativeExpression>(id)) {
    if (figurative->constant == ir::FigurativeConstant::kZero) {
      return std::string("cobrt::BigDecimal{}");
    }
  }
  if (expressions_.Is<ir::DataRefExpression>(id)) {
    std::optional<DataOperand> item = context_.Data(id);
    std::optional<std::string> format = item ? context_.NumericFormat(*item) : std::nullopt;
    if (!format) return Fail(id, "this operand of arithmetic with a FUNCTION");
    return fmt::format("cobrt::ToBigDecimal({}::Read({}))", *format, item->address);
  }
  if (const auto* unary = expressions_.TryGet<ir::UnaryExpression>(id)) {
    auto operand = Decimal(unary->operand);
    if (!operand || unary->op == ir::UnaryOperator::kPlus) return operand;
    return fmt::format("cobrt::DecimalNegate({})", *operand);
  }
  if (const auto* binary = expressions_.TryGet<ir::BinaryExpression>(id)) {
    const char* function = nullptr;
    switch (binary->op) {
      case ir::ArithmeticOperator::kAdd:
        function = "DecimalAdd";
        break;
      case ir::ArithmeticOperator::kSubtract:
        function = "DecimalSubtract";
        break;
      case ir::ArithmeticOperator::kMultiply:
        function = "DecimalMultiply";
        break;
      case ir::ArithmeticOperator::kDivide:
        function = "DecimalDivide";
        break;
      case ir::ArithmeticOperator::kPower:
        // cob_decimal_pow; 0 ** 0 is 1 and raises SIZE ERROR after the store.
        function = "PowerDecimal";
        uses_power_ = true;
        break;
      case ir::ArithmeticOperator::kConcatenate:
        return Fail(id, "this operator");
    }
    auto left = Decimal(binary->left);
    if (!left) return std::nullopt;
    auto right = Decimal(binary->right);
    if (!right) return std::nullopt;
    return fmt::format("cobrt::{}({}, {})", function, *left, *right);
  }
  return Fail(id,
              fmt::format("arithmetic with a '{}' operand", ir::KindName(expressions_.kind(id))));
}

auto IntrinsicWriter::IsNumericOperand(ir::ExpressionId id) -> bool {
  if (expressions_.Is<ir::IntrinsicCallExpression>(id)) return !IsTextCall(id);
  if (expressions_.Is<ir::NumericLiteralExpression>(id) ||
      expressions_.Is<ir::BinaryExpression>(id) || expressions_.Is<ir::UnaryExpression>(id)) {
    return true;
  }
  if (expressions_.Is<ir::DataRefExpression>(id)) {
    std::optional<DataOperand> item = context_.Data(id);
    return item && context_.NumericFormat(*item).has_value();
  }
  return false;
}

auto IntrinsicWriter::Fail(ir::ExpressionId id, const std::string& what)
    -> std::optional<std::string> {
  context_.Unsupported(expressions_.loc(id), what);
  return std::nullopt;
}

auto IntrinsicWriter::NumericArguments(const ir::ExpressionList& arguments)
    -> std::optional<std::string> {
  std::vector<std::string> values;
  for (ir::ExpressionId argument : arguments) {
    auto value = Argument(argument);
    if (!value) return std::nullopt;
    values.push_back(*value);
  }
  return fmt::format("{}", fmt::join(values, ", "));
}

auto IntrinsicWriter::LiteralArgument(ir::ExpressionId id) -> std::optional<std::string> {
  const auto& literal = expressions_.Get<ir::NumericLiteralExpression>(id);
  if (literal.form != ir::NumericLiteralForm::kFixed) {
    return Fail(id, "a floating-point literal as a FUNCTION argument");
  }
  return fmt::format("cobrt::LiteralArgument({})", CppStringLiteral(module_.str(literal.text)));
}

auto IntrinsicWriter::Length(ir::ExpressionId id, const ir::IntrinsicCallExpression& call)
    -> std::optional<std::string> {
  const ir::ExpressionId argument = call.arguments.front();
  std::optional<uint64_t> size;
  std::optional<std::string> runtime_size;
  if (const auto* literal = expressions_.TryGet<ir::StringLiteralExpression>(argument)) {
    if (literal->form == ir::LiteralForm::kNational) return Fail(id, "LENGTH of a national item");
    size = module_.str(literal->value).size();
  } else if (expressions_.Is<ir::IntrinsicCallExpression>(argument)) {
    if (!IsTextCall(argument)) return Fail(id, "LENGTH of a numeric FUNCTION");
    auto text = Text(argument);
    if (!text) return std::nullopt;
    runtime_size = fmt::format("{}.size()", *text);
  } else if (std::optional<DataOperand> item = context_.Data(argument)) {
    if (item->field.is_valid() &&
        module_.types().Is<ir::NationalType>(module_.field(item->field).type)) {
      return Fail(id, "LENGTH of a national item");
    }
    if (item->static_size) {
      size = item->static_size;
    } else {
      runtime_size = item->size;
    }
  } else {
    return Fail(id, "LENGTH of this argument");
  }
  if (size) return fmt::format("cobrt::LiteralArgument(\"{}\")", *size);
  return fmt::format("cobrt::FunctionLength({})", *runtime_size);
}

auto IntrinsicWriter::TextArguments(const ir::ExpressionList& arguments)
    -> std::optional<std::string> {
  std::vector<std::string> texts;
  for (ir::ExpressionId argument : arguments) {
    auto text = TextArgument(argument);
    if (!text) return std::nullopt;
    texts.push_back(*text);
  }
  return fmt::format("{}", fmt::join(texts, ", "));
}

}  // namespace remint::emit_cpp
