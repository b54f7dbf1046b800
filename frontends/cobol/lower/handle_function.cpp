// Function-like operands: FUNCTION name (arguments) (start:length), ADDRESS OF / LENGTH OF,
// and LINAGE-COUNTER. Intrinsic functions are checked against one table (name, result class,
// argument count) covering ISO COBOL 1989/2002/2014, IBM Enterprise COBOL and every function
// `cobc --list-intrinsics` (GnuCOBOL 3.1.2) marks implemented (argument counts as cobc accepts
// them, checked with cobc -fsyntax-only); the result type follows the function's class.
#include <algorithm>
#include <array>
#include <optional>

#include "frontends/cobol/lower/lowering_context.h"
#include "frontends/cobol/preprocess/intrinsic_names.h"

namespace remint::cobol::lower {
namespace {

enum class ResultClass : uint8_t {
  kInteger,         // an integer function: exact, no fraction
  kNumeric,         // a numeric function: exact or floating per the function
  kAlphanumeric,    // `length` characters
  kLikeArgument,    // as long as the first argument (UPPER-CASE, REVERSE, TRIM...)
  kSumOfArguments,  // as long as all the arguments together (CONCATENATE)
  kMaxMin,          // the class of the arguments: alphanumeric ones give the longest's length
  kNational,        // NATIONAL-OF: two bytes per character of the argument
};

constexpr uint8_t kAny = 255;  // no upper limit on arguments

// The standard that brought a function in, as cobc 3.1.2 has it: -std=cobol85 knows the 42
// functions of the 1989 amendment, -std=cobol2002 and -std=cobol2014 add their own, and the
// rest are extensions (GnuCOBOL's, IBM's) only the other dialects know.
enum class Since : uint8_t { k1989, k2002, k2014, kExtension };

struct IntrinsicFunction {
  std::string_view name;
  ResultClass result;
  uint8_t min_arguments;
  uint8_t max_arguments;
  uint8_t length = 0;  // kAlphanumeric
  Since since = Since::k1989;
};

// Sorted by name (binary search).
constexpr std::array kIntrinsicFunctions = {
    IntrinsicFunction{"ABS", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"ACOS", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"ANNUITY", ResultClass::kNumeric, 2, 2},
    IntrinsicFunction{"ASIN", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"ATAN", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"BYTE-LENGTH", ResultClass::kInteger, 1, 2, 0, Since::k2002},
    IntrinsicFunction{"CHAR", ResultClass::kAlphanumeric, 1, 1, 1},
    IntrinsicFunction{"COMBINED-DATETIME", ResultClass::kNumeric, 2, 2, 0, Since::k2014},
    IntrinsicFunction{"CONCAT", ResultClass::kSumOfArguments, 1, kAny, 0, Since::kExtension},
    IntrinsicFunction{"CONCATENATE", ResultClass::kSumOfArguments, 1, kAny, 0, Since::kExtension},
    IntrinsicFunction{"CONTENT-LENGTH", ResultClass::kInteger, 1, 1, 0, Since::kExtension},
    // The length of these is the run time's (0: not known before it runs).
    IntrinsicFunction{"CONTENT-OF", ResultClass::kAlphanumeric, 1, 2, 0, Since::kExtension},
    IntrinsicFunction{"COS", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"CURRENCY-SYMBOL", ResultClass::kAlphanumeric, 0, 0, 0, Since::kExtension},
    IntrinsicFunction{"CURRENT-DATE", ResultClass::kAlphanumeric, 0, 0, 21},
    IntrinsicFunction{"DATE-OF-INTEGER", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"DATE-TO-YYYYMMDD", ResultClass::kInteger, 1, 3, 0, Since::k2002},
    IntrinsicFunction{"DAY-OF-INTEGER", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"DAY-TO-YYYYDDD", ResultClass::kInteger, 1, 3, 0, Since::k2002},
    IntrinsicFunction{"DISPLAY-OF", ResultClass::kLikeArgument, 1, 2, 0, Since::k2002},
    IntrinsicFunction{"E", ResultClass::kNumeric, 0, 0, 0, Since::k2002},
    IntrinsicFunction{"EXCEPTION-FILE", ResultClass::kAlphanumeric, 0, 0, 0, Since::k2002},
    IntrinsicFunction{"EXCEPTION-LOCATION", ResultClass::kAlphanumeric, 0, 0, 0, Since::k2002},
    IntrinsicFunction{"EXCEPTION-STATEMENT", ResultClass::kAlphanumeric, 0, 0, 31, Since::k2002},
    IntrinsicFunction{"EXCEPTION-STATUS", ResultClass::kAlphanumeric, 0, 0, 31, Since::k2002},
    IntrinsicFunction{"EXP", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"EXP10", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"FACTORIAL", ResultClass::kInteger, 1, 1},
    // FORMATTED-*: as long as the format (the first argument).
    IntrinsicFunction{"FORMATTED-CURRENT-DATE", ResultClass::kLikeArgument, 1, 1, 0, Since::k2014},
    IntrinsicFunction{"FORMATTED-DATE", ResultClass::kLikeArgument, 2, 2, 0, Since::k2014},
    IntrinsicFunction{"FORMATTED-DATETIME", ResultClass::kLikeArgument, 3, 4, 0, Since::k2014},
    IntrinsicFunction{"FORMATTED-TIME", ResultClass::kLikeArgument, 2, 3, 0, Since::k2014},
    IntrinsicFunction{"FRACTION-PART", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"HIGHEST-ALGEBRAIC", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"INTEGER", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"INTEGER-OF-DATE", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"INTEGER-OF-DAY", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"INTEGER-OF-FORMATTED-DATE", ResultClass::kInteger, 2, 2, 0, Since::k2014},
    IntrinsicFunction{"INTEGER-PART", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"LENGTH", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"LENGTH-AN", ResultClass::kInteger, 1, 1, 0, Since::kExtension},
    // "<", "=" or ">".
    IntrinsicFunction{"LOCALE-COMPARE", ResultClass::kAlphanumeric, 2, 3, 1, Since::k2002},
    IntrinsicFunction{"LOCALE-DATE", ResultClass::kAlphanumeric, 1, 2, 0, Since::k2002},
    IntrinsicFunction{"LOCALE-TIME", ResultClass::kAlphanumeric, 1, 2, 0, Since::k2002},
    IntrinsicFunction{"LOCALE-TIME-FROM-SECONDS", ResultClass::kAlphanumeric, 1, 2, 0,
                      Since::k2014},
    IntrinsicFunction{"LOG", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"LOG10", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"LOWER-CASE", ResultClass::kLikeArgument, 1, 1},
    IntrinsicFunction{"LOWEST-ALGEBRAIC", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"MAX", ResultClass::kMaxMin, 1, kAny},
    IntrinsicFunction{"MEAN", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"MEDIAN", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"MIDRANGE", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"MIN", ResultClass::kMaxMin, 1, kAny},
    IntrinsicFunction{"MOD", ResultClass::kInteger, 2, 2},
    IntrinsicFunction{"MODULE-CALLER-ID", ResultClass::kAlphanumeric, 0, 0, 0, Since::kExtension},
    // MODULE-DATE is the compilation date as YYYYMMDD, MODULE-TIME the time as hhmmss.
    IntrinsicFunction{"MODULE-DATE", ResultClass::kInteger, 0, 0, 0, Since::kExtension},
    IntrinsicFunction{"MODULE-FORMATTED-DATE", ResultClass::kAlphanumeric, 0, 0, 20,
                      Since::kExtension},
    IntrinsicFunction{"MODULE-ID", ResultClass::kAlphanumeric, 0, 0, 0, Since::kExtension},
    IntrinsicFunction{"MODULE-PATH", ResultClass::kAlphanumeric, 0, 0, 0, Since::kExtension},
    IntrinsicFunction{"MODULE-SOURCE", ResultClass::kAlphanumeric, 0, 0, 0, Since::kExtension},
    IntrinsicFunction{"MODULE-TIME", ResultClass::kInteger, 0, 0, 0, Since::kExtension},
    // The locale's: run time.
    IntrinsicFunction{"MONETARY-DECIMAL-POINT", ResultClass::kAlphanumeric, 0, 0, 0,
                      Since::kExtension},
    IntrinsicFunction{"MONETARY-THOUSANDS-SEPARATOR", ResultClass::kAlphanumeric, 0, 0, 0,
                      Since::kExtension},
    IntrinsicFunction{"NATIONAL-OF", ResultClass::kNational, 1, 2, 0, Since::k2002},
    IntrinsicFunction{"NUMERIC-DECIMAL-POINT", ResultClass::kAlphanumeric, 0, 0, 0,
                      Since::kExtension},
    IntrinsicFunction{"NUMERIC-THOUSANDS-SEPARATOR", ResultClass::kAlphanumeric, 0, 0, 0,
                      Since::kExtension},
    IntrinsicFunction{"NUMVAL", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"NUMVAL-C", ResultClass::kNumeric, 1, 2},
    IntrinsicFunction{"NUMVAL-F", ResultClass::kNumeric, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"ORD", ResultClass::kInteger, 1, 1},
    IntrinsicFunction{"ORD-MAX", ResultClass::kInteger, 1, kAny},
    IntrinsicFunction{"ORD-MIN", ResultClass::kInteger, 1, kAny},
    IntrinsicFunction{"PI", ResultClass::kNumeric, 0, 0, 0, Since::k2002},
    IntrinsicFunction{"PRESENT-VALUE", ResultClass::kNumeric, 2, kAny},
    IntrinsicFunction{"RANDOM", ResultClass::kNumeric, 0, 1},
    IntrinsicFunction{"RANGE", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"REM", ResultClass::kNumeric, 2, 2},
    IntrinsicFunction{"REVERSE", ResultClass::kLikeArgument, 1, 1},
    IntrinsicFunction{"SECONDS-FROM-FORMATTED-TIME", ResultClass::kNumeric, 2, 2, 0, Since::k2014},
    IntrinsicFunction{"SECONDS-PAST-MIDNIGHT", ResultClass::kNumeric, 0, 0, 0, Since::k2014},
    IntrinsicFunction{"SIGN", ResultClass::kInteger, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"SIN", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"SQRT", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"STANDARD-DEVIATION", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"STORED-CHAR-LENGTH", ResultClass::kInteger, 1, 1, 0, Since::kExtension},
    // The length is the run time's (each match replaced); typed as the first argument's.
    IntrinsicFunction{"SUBSTITUTE", ResultClass::kLikeArgument, 3, kAny, 0, Since::kExtension},
    IntrinsicFunction{"SUBSTITUTE-CASE", ResultClass::kLikeArgument, 3, kAny, 0, Since::kExtension},
    IntrinsicFunction{"SUM", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"TAN", ResultClass::kNumeric, 1, 1},
    IntrinsicFunction{"TEST-DATE-YYYYMMDD", ResultClass::kInteger, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"TEST-DAY-YYYYDDD", ResultClass::kInteger, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"TEST-FORMATTED-DATETIME", ResultClass::kInteger, 2, 2, 0, Since::k2014},
    IntrinsicFunction{"TEST-NUMVAL", ResultClass::kInteger, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"TEST-NUMVAL-C", ResultClass::kInteger, 1, 2, 0, Since::k2002},
    IntrinsicFunction{"TEST-NUMVAL-F", ResultClass::kInteger, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"TRIM", ResultClass::kLikeArgument, 1, 1, 0, Since::k2002},
    IntrinsicFunction{"ULENGTH", ResultClass::kInteger, 1, 1, 0, Since::kExtension},
    IntrinsicFunction{"UPPER-CASE", ResultClass::kLikeArgument, 1, 1},
    IntrinsicFunction{"VARIANCE", ResultClass::kNumeric, 1, kAny},
    IntrinsicFunction{"WHEN-COMPILED", ResultClass::kAlphanumeric, 0, 0, 21},
    IntrinsicFunction{"YEAR-TO-YYYY", ResultClass::kInteger, 1, 3, 0, Since::k2002},
};

// The copy stage reads FUNCTION ALL INTRINSIC with the same names.
constexpr auto SameNamesAsTheCopyStage() -> bool {
  if (kIntrinsicFunctions.size() != kIntrinsicFunctionNames.size()) return false;
  for (size_t i = 0; i < kIntrinsicFunctions.size(); ++i) {
    if (kIntrinsicFunctions[i].name != kIntrinsicFunctionNames[i]) return false;
  }
  return true;
}
static_assert(SameNamesAsTheCopyStage(),
              "kIntrinsicFunctions and kIntrinsicFunctionNames (intrinsic_names.h) must list the "
              "same names in the same order");

auto FindIntrinsic(std::string_view name) -> const IntrinsicFunction* {
  auto found = std::lower_bound(
      kIntrinsicFunctions.begin(), kIntrinsicFunctions.end(), name,
      [](const IntrinsicFunction& function, std::string_view key) { return function.name < key; });
  if (found == kIntrinsicFunctions.end() || found->name != name) return nullptr;
  return &*found;
}

auto SinceFeature(Since since) -> std::optional<DialectFeature> {
  switch (since) {
    case Since::k1989:
      return std::nullopt;
    case Since::k2002:
      return DialectFeature::kFunction2002;
    case Since::k2014:
      return DialectFeature::kFunction2014;
    case Since::kExtension:
      return DialectFeature::kFunctionExtension;
  }
  return std::nullopt;
}

auto ArgumentCountText(const IntrinsicFunction& function) -> std::string {
  auto plural = [](uint8_t count) {
    return std::to_string(count) + (count == 1 ? " argument" : " arguments");
  };
  if (function.max_arguments == kAny) return "at least " + plural(function.min_arguments);
  if (function.min_arguments == function.max_arguments) {
    return function.min_arguments == 0 ? std::string("no arguments")
                                       : plural(function.min_arguments);
  }
  return std::to_string(function.min_arguments) + " to " + plural(function.max_arguments);
}

}  // namespace

auto Lowering::CharacterLength(ir::ExpressionId expression) -> uint64_t {
  const ir::Module& module = this->module();
  if (const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(expression)) {
    return module.str(literal->value).size();
  }
  if (const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(expression)) {
    if (!reference->refmod_start.is_valid()) return module.field(reference->field).size;
  }
  const ir::TypeArena& types = module.types();
  const ir::TypeId type = module.expression_type(expression);
  if (const auto* text = types.TryGet<ir::AlphanumericType>(type)) return text->length;
  if (const auto* text = types.TryGet<ir::AlphabeticType>(type)) return text->length;
  if (const auto* text = types.TryGet<ir::NationalType>(type)) return text->length;
  return 0;  // not known before run time (reference modification by variables)
}

auto Lowering::LowerFunctionArguments(UnitScope& scope, Tree::ParenthesizedSuffixContext* suffix,
                                      ir::ExpressionList& arguments) -> bool {
  ++function_arguments_depth_;
  for (Tree::SubscriptContext* argument : suffix->subscript()) {
    // "FUNCTION MAX(ALL)" names no table: only a table's subscript may be ALL.
    const ir::ExpressionId value = argument->ALL() != nullptr
                                       ? ir::ExpressionId()
                                       : LowerArithmetic(scope, argument->arithmeticExpression());
    if (!value.is_valid()) {
      --function_arguments_depth_;
      return false;
    }
    arguments.push_back(value);
  }
  --function_arguments_depth_;
  return true;
}

auto Lowering::LowerUserFunctionCall(UnitScope& scope, Tree::FunctionReferenceContext* reference,
                                     const std::string& name) -> ir::ExpressionId {
  const SourceLoc loc = Loc(reference);
  auto found = user_functions_.find(name);
  if (found == user_functions_.end()) {
    Emit(DiagnosticKind::kCobolLowerUndefinedUserFunction, loc, name);
    return {};
  }
  const ir::Unit& function = module().units().Get(found->second);
  // A function without RETURNING was reported with it (RM2379); its calls have no value.
  if (!function.returning.is_valid()) return {};
  ir::FunctionCallExpression node;
  node.callee = found->second;
  node.external_name = function.name;
  for (Tree::ParenthesizedSuffixContext* suffix : reference->parenthesizedSuffix()) {
    if (suffix->COLON() != nullptr) {
      Emit(DiagnosticKind::kCobolLowerNotImplemented, Loc(suffix),
           "reference modification of a user-defined function's value");
      return {};
    }
    if (!LowerFunctionArguments(scope, suffix, node.arguments)) return {};
  }
  if (node.arguments.size() != function.parameters.size()) {
    Emit(DiagnosticKind::kCobolLowerFunctionArguments, loc, name,
         std::to_string(function.parameters.size()) + " arguments",
         std::to_string(node.arguments.size()));
    return {};
  }
  // The value is the function's RETURNING item.
  return builder_.Expression(loc, module().field(function.returning).type, std::move(node));
}

auto Lowering::LowerFunctionReference(UnitScope& scope, Tree::FunctionReferenceContext* reference)
    -> ir::ExpressionId {
  const SourceLoc loc = Loc(reference);
  const std::string name = UpperName(Text(reference->functionName()));
  for (const UnitScope* declaring = &scope; declaring != nullptr; declaring = declaring->parent) {
    if (declaring->repository_functions.contains(name)) {
      return LowerUserFunctionCall(scope, reference, name);
    }
  }
  const IntrinsicFunction* function = FindIntrinsic(name);
  if (function == nullptr) {
    Emit(DiagnosticKind::kCobolLowerUnknownFunction, loc, name);
    return {};
  }
  // cobc -std=cobol85 reports a later function as unknown; remint says why, and lowers it.
  if (std::optional<DialectFeature> feature = SinceFeature(function->since)) {
    RequireDialect(*feature, loc, "FUNCTION " + name);
  }
  ir::IntrinsicCallExpression node;
  node.function = builder_.Intern(name);
  bool have_arguments = false;
  for (Tree::ParenthesizedSuffixContext* suffix : reference->parenthesizedSuffix()) {
    if (suffix->COLON() != nullptr) {
      node.refmod_start = LowerArithmetic(scope, suffix->arithmeticExpression(0));
      if (!node.refmod_start.is_valid()) return {};
      if (suffix->arithmeticExpression().size() > 1) {
        node.refmod_length = LowerArithmetic(scope, suffix->arithmeticExpression(1));
        if (!node.refmod_length.is_valid()) return {};
      }
      continue;
    }
    if (have_arguments || node.refmod_start.is_valid()) {
      Emit(DiagnosticKind::kCobolLowerFunctionArguments, Loc(suffix), name,
           ArgumentCountText(*function), "a second argument list");
      return {};
    }
    have_arguments = true;
    if (!LowerFunctionArguments(scope, suffix, node.arguments)) return {};
  }
  const size_t count = node.arguments.size();
  if (count < function->min_arguments ||
      (function->max_arguments != kAny && count > function->max_arguments)) {
    Emit(DiagnosticKind::kCobolLowerFunctionArguments, loc, name, ArgumentCountText(*function),
         std::to_string(count));
    return {};
  }

  ir::TypeId type;
  auto longest_argument = [&] {
    uint64_t longest = 0;
    for (ir::ExpressionId argument : node.arguments) {
      longest = std::max(longest, CharacterLength(argument));
    }
    return longest;
  };
  switch (function->result) {
    case ResultClass::kInteger:
      // Exact integers as large as any COBOL arithmetic yields (31 digits).
      type = builder_.DecimalType(31, 0, true, ir::DecimalEncoding::kZoned);
      break;
    case ResultClass::kNumeric:
      // Its digits and places are the run time's (NUMVAL of any string, SQRT...).
      type = builder_.NumericIntermediateType(ir::RuntimePrecision::kFunction);
      break;
    case ResultClass::kAlphanumeric:
      type = builder_.AlphanumericType(function->length);
      break;
    case ResultClass::kLikeArgument:
      type = builder_.AlphanumericType(node.arguments.empty() ? 0
                                                              : CharacterLength(node.arguments[0]));
      break;
    case ResultClass::kSumOfArguments: {
      uint64_t total = 0;
      for (ir::ExpressionId argument : node.arguments) total += CharacterLength(argument);
      type = builder_.AlphanumericType(total);
      break;
    }
    case ResultClass::kNational:
      type = builder_.NationalType(node.arguments.empty() ? 0 : CharacterLength(node.arguments[0]));
      break;
    case ResultClass::kMaxMin: {
      const ir::TypeId first = module().expression_type(node.arguments.front());
      const ir::TypeArena& types = module().types();
      const bool numeric = types.Is<ir::DecimalType>(first) ||
                           types.Is<ir::DecimalIntermediateType>(first) ||
                           types.Is<ir::NumericIntermediateType>(first) ||
                           types.Is<ir::NumericEditedType>(first) || types.Is<ir::FloatType>(first);
      type = numeric ? builder_.NumericIntermediateType(ir::RuntimePrecision::kFunction)
                     : builder_.AlphanumericType(longest_argument());
      break;
    }
  }
  return builder_.Expression(loc, type, std::move(node));
}

auto Lowering::LowerAddressOrLength(UnitScope& scope,
                                    Tree::AddressOrLengthReferenceContext* reference)
    -> ir::ExpressionId {
  ir::ExpressionId operand = LowerIdentifier(scope, reference->identifier());
  if (!operand.is_valid()) return {};
  ir::SpecialRegisterExpression node;
  node.operand = operand;
  ir::TypeId type;
  if (reference->ADDRESS() != nullptr) {
    node.which = ir::SpecialRegister::kAddressOf;
    type = builder_.PointerType();
  } else {
    node.which = ir::SpecialRegister::kLengthOf;
    type = builder_.DecimalType(9, 0, false, ir::DecimalEncoding::kBinary);
  }
  return builder_.Expression(Loc(reference), type, std::move(node));
}

auto Lowering::LowerLinageCounter(UnitScope& scope, Tree::LinageCounterReferenceContext* reference)
    -> ir::ExpressionId {
  ir::SpecialRegisterExpression node;
  node.which = ir::SpecialRegister::kLinageCounter;
  if (reference->userWord() != nullptr) {
    auto found = scope.files.find(UpperName(Text(reference->userWord())));
    if (found == scope.files.end()) {
      Emit(DiagnosticKind::kCobolLowerUnresolvedFile, Loc(reference->userWord()),
           std::string(Text(reference->userWord())));
      return {};
    }
    node.file = found->second;
  } else {
    // Unqualified: the one file of the program with a LINAGE clause.
    for (const auto& [name, file] : scope.files) {
      if (!module().files().Get(file).linage.has_value()) continue;
      if (node.file.is_valid()) {
        Emit(DiagnosticKind::kCobolLowerAmbiguousReference, Loc(reference), "LINAGE-COUNTER",
             "several files with LINAGE");
        return {};
      }
      node.file = file;
    }
  }
  return builder_.Expression(Loc(reference),
                             builder_.DecimalType(9, 0, false, ir::DecimalEncoding::kBinary),
                             std::move(node));
}

}  // namespace remint::cobol::lower

namespace remint::cobol {

auto IntrinsicFunctionNames() -> std::vector<std::string_view> {
  std::vector<std::string_view> names;
  names.reserve(lower::kIntrinsicFunctions.size());
  for (const lower::IntrinsicFunction& function : lower::kIntrinsicFunctions) {
    names.push_back(function.name);
  }
  return names;
}

}  // namespace remint::cobol
