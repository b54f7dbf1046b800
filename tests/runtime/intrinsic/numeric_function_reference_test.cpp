// cobrt's numeric intrinsic functions against cobc: random literal arguments (and arithmetic
// expressions and nested functions as arguments) for every numeric function; each case
// DISPLAYs the result (default and ibm dialects: pretty-display and binary-truncate on and off),
// MOVEs it to items of several usages, COMPUTEs with it or compares it.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "runtime/intrinsic/date_functions.h"
#include "runtime/intrinsic/numeric_functions.h"
#include "tests/runtime/intrinsic/intrinsic_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

using cobrt::NumericResult;

// A function call as written and what cobrt returns for it.
struct Call {
  std::string cobol;
  NumericResult result;
};

auto Arguments(const std::vector<LiteralOperand>& operands) -> std::string {
  std::string text;
  for (const LiteralOperand& operand : operands) {
    if (!text.empty()) text += " ";
    text += operand.cobol;
  }
  return text;
}

auto Unary(const std::string& name, const LiteralOperand& argument,
           NumericResult (*function)(const NumericResult&)) -> Call {
  return {"FUNCTION " + name + "(" + argument.cobol + ")", function(argument.field)};
}

auto Variadic(const std::string& name, const std::vector<LiteralOperand>& operands,
              const std::function<NumericResult(cobrt::FunctionArguments)>& function) -> Call {
  // FunctionArguments is an initializer_list: the cases use up to six arguments.
  std::vector<NumericResult> fields;
  for (const LiteralOperand& operand : operands) fields.push_back(operand.field);
  NumericResult result;
  switch (fields.size()) {
    case 1:
      result = function({fields[0]});
      break;
    case 2:
      result = function({fields[0], fields[1]});
      break;
    case 3:
      result = function({fields[0], fields[1], fields[2]});
      break;
    case 4:
      result = function({fields[0], fields[1], fields[2], fields[3]});
      break;
    case 5:
      result = function({fields[0], fields[1], fields[2], fields[3], fields[4]});
      break;
    default:
      result = function({fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]});
      break;
  }
  return {"FUNCTION " + name + "(" + Arguments(operands) + ")", result};
}

auto Pick(std::mt19937_64& random, std::initializer_list<const char*> texts) -> LiteralOperand {
  return Literal(*(texts.begin() + random() % texts.size()));
}

// A date as YYYYMMDD, mostly valid.
auto DateLiteral(std::mt19937_64& random) -> LiteralOperand {
  int year = 1550 + static_cast<int>(random() % 8500);
  int month = static_cast<int>(random() % 14);
  int day = static_cast<int>(random() % 33);
  if (random() % 3 != 0) {
    year = 1601 + static_cast<int>(random() % 8399);
    month = 1 + static_cast<int>(random() % 12);
    day = 1 + static_cast<int>(random() % 28);
  }
  return Literal(std::to_string(year * 10000 + month * 100 + day));
}

auto RandomCall(std::mt19937_64& random) -> Call {
  auto any = [&](int digits, int scale) { return RandomLiteral(random, digits, scale, true); };
  auto positive = [&](int digits, int scale) {
    return RandomLiteral(random, digits, scale, false);
  };
  auto count = [&] { return 1 + static_cast<size_t>(random() % 5); };
  auto list = [&](size_t n, int digits, int scale) {
    std::vector<LiteralOperand> operands;
    for (size_t i = 0; i < n; ++i) operands.push_back(any(digits, scale));
    return operands;
  };
  switch (random() % 34) {
    case 0:
      return Unary("SQRT", random() % 10 == 0 ? any(6, 3) : positive(12, 4), cobrt::FunctionSqrt);
    case 1:
      return Unary("EXP", any(2, 2), cobrt::FunctionExp);
    case 2:
      return Unary(
          "LOG",
          random() % 4 == 0 ? Pick(random, {"1", "1.0001", "0.999", "100", "0.5"}) : positive(8, 4),
          cobrt::FunctionLog);
    case 3:
      return Unary(
          "LOG10",
          random() % 4 == 0 ? Pick(random, {"1000", "0.001", "1.00", "10", "2"}) : positive(8, 4),
          cobrt::FunctionLog10);
    case 4:
      return Unary("SIN", any(4, 3), cobrt::FunctionSin);
    case 5:
      return Unary("COS", any(4, 3), cobrt::FunctionCos);
    case 6:
      return Unary("TAN", any(4, 3), cobrt::FunctionTan);
    case 7:
      return Unary("ASIN",
                   random() % 5 == 0 ? Pick(random, {"1", "-1", "0", "1.5", "-1.0"}) : any(4, 4),
                   cobrt::FunctionAsin);
    case 8:
      return Unary("ACOS",
                   random() % 5 == 0 ? Pick(random, {"1", "-1", "0", "-2", "0.5"}) : any(4, 4),
                   cobrt::FunctionAcos);
    case 9:
      return Unary("ATAN", any(6, 3), cobrt::FunctionAtan);
    case 10:
      return Unary("INTEGER", any(12, 4), cobrt::FunctionInteger);
    case 11:
      return Unary("INTEGER-PART", any(12, 4), cobrt::FunctionIntegerPart);
    case 12:
      return Unary("SIGN", any(6, 2), cobrt::FunctionSign);
    case 13:
      return Unary("ABS", any(14, 5), cobrt::FunctionAbs);
    case 14:
      return Unary("FACTORIAL", random() % 8 == 0 ? Literal("-3") : positive(2, 0),
                   cobrt::FunctionFactorial);
    case 15:
    case 16: {
      LiteralOperand dividend = any(8, 3);
      LiteralOperand divisor = random() % 10 == 0 ? Literal("0") : any(4, 2);
      bool mod = random() % 2 == 0;
      return {std::string("FUNCTION ") + (mod ? "MOD(" : "REM(") + dividend.cobol + " " +
                  divisor.cobol + ")",
              mod ? cobrt::FunctionMod(dividend.field, divisor.field)
                  : cobrt::FunctionRem(dividend.field, divisor.field)};
    }
    case 17:
      return Variadic("SUM", list(count(), 20, 6), cobrt::FunctionSum);
    case 18:
      return Variadic("MEAN", list(count(), 10, 4), cobrt::FunctionMean);
    case 19:
      return Variadic("MEDIAN", list(count(), 10, 4), cobrt::FunctionMedian);
    case 20:
      return Variadic("MIDRANGE", list(count(), 10, 4), cobrt::FunctionMidrange);
    case 21:
      return Variadic("RANGE", list(count(), 10, 4), cobrt::FunctionRange);
    case 22:
      return Variadic("VARIANCE", list(count(), 6, 3), cobrt::FunctionVariance);
    case 23:
      return Variadic("STANDARD-DEVIATION", list(count(), 6, 3), cobrt::FunctionStandardDeviation);
    case 24: {
      static const char* kNames[] = {"MAX", "MIN", "ORD-MAX", "ORD-MIN"};
      static NumericResult (*const kFunctions[])(cobrt::FunctionArguments) = {
          cobrt::FunctionMax, cobrt::FunctionMin, cobrt::FunctionOrdMax, cobrt::FunctionOrdMin};
      size_t which = random() % 4;
      return Variadic(kNames[which], list(count(), 10, 4), kFunctions[which]);
    }
    case 25: {
      std::vector<LiteralOperand> operands{positive(3, 3)};
      for (size_t i = 0, n = count(); i < n; ++i) operands.push_back(any(7, 2));
      return Variadic("PRESENT-VALUE", operands, cobrt::FunctionPresentValue);
    }
    case 26: {
      LiteralOperand rate = random() % 6 == 0 ? Literal("0") : positive(3, 3);
      LiteralOperand periods =
          random() % 6 == 0 ? Pick(random, {"4.0", "0", "-2"}) : positive(2, 0);
      return {"FUNCTION ANNUITY(" + rate.cobol + " " + periods.cobol + ")",
              cobrt::FunctionAnnuity(rate.field, periods.field)};
    }
    case 27: {
      LiteralOperand date = DateLiteral(random);
      if (random() % 2 == 0) {
        return Unary("INTEGER-OF-DATE", date, cobrt::FunctionIntegerOfDate);
      }
      return Unary("TEST-DATE-YYYYMMDD", date, cobrt::FunctionTestDateYyyymmdd);
    }
    case 28: {
      LiteralOperand days = random() % 8 == 0 ? Pick(random, {"0", "3067672", "-5"})
                                              : Literal(std::to_string(1 + random() % 3067671));
      if (random() % 2 == 0) return Unary("DATE-OF-INTEGER", days, cobrt::FunctionDateOfInteger);
      return Unary("DAY-OF-INTEGER", days, cobrt::FunctionDayOfInteger);
    }
    case 29: {
      LiteralOperand day =
          Literal(std::to_string((1580 + random() % 8440) * 1000 + random() % 370));
      if (random() % 2 == 0) return Unary("INTEGER-OF-DAY", day, cobrt::FunctionIntegerOfDay);
      return Unary("TEST-DAY-YYYYDDD", day, cobrt::FunctionTestDayYyyyddd);
    }
    case 30: {
      LiteralOperand interval = Literal(std::to_string(random() % 120));
      LiteralOperand year = Literal(std::to_string(1650 + random() % 8300));
      std::string window = " " + interval.cobol + " " + year.cobol + ")";
      switch (random() % 3) {
        case 0: {
          LiteralOperand yy = Literal(std::to_string(random() % 100));
          return {"FUNCTION YEAR-TO-YYYY(" + yy.cobol + window,
                  cobrt::FunctionYearToYyyy(yy.field, interval.field, year.field)};
        }
        case 1: {
          LiteralOperand yymmdd = Literal(std::to_string(random() % 1000000));
          return {"FUNCTION DATE-TO-YYYYMMDD(" + yymmdd.cobol + window,
                  cobrt::FunctionDateToYyyymmdd(yymmdd.field, interval.field, year.field)};
        }
        default: {
          LiteralOperand yyddd = Literal(std::to_string(random() % 100000));
          return {"FUNCTION DAY-TO-YYYYDDD(" + yyddd.cobol + window,
                  cobrt::FunctionDayToYyyyddd(yyddd.field, interval.field, year.field)};
        }
      }
    }
    case 31: {
      // Arithmetic arguments: each operation's result is a field of its own (cob_intr_binop).
      LiteralOperand a = any(6, 3);
      LiteralOperand b = random() % 10 == 0 ? Literal("0") : any(4, 2);
      LiteralOperand c = any(4, 2);
      static const char kOperators[] = {'+', '-', '*', '/'};
      char first = kOperators[random() % 4];
      char second = kOperators[random() % 4];
      NumericResult inner = cobrt::BinaryArgument(a.field, first, b.field);
      NumericResult outer = cobrt::BinaryArgument(inner, second, c.field);
      std::string expression =
          "(" + a.cobol + " " + first + " " + b.cobol + ") " + second + " " + c.cobol;
      if (random() % 2 == 0) {
        return {"FUNCTION SUM(" + expression + ")", cobrt::FunctionSum({outer})};
      }
      return {"FUNCTION INTEGER(" + expression + ")", cobrt::FunctionInteger(outer)};
    }
    case 32: {
      // Nested functions as arguments.
      LiteralOperand a = positive(6, 2);
      LiteralOperand b = any(6, 2);
      switch (random() % 3) {
        case 0:
          return {"FUNCTION INTEGER(FUNCTION SQRT(" + a.cobol + "))",
                  cobrt::FunctionInteger(cobrt::FunctionSqrt(a.field))};
        case 1:
          return {"FUNCTION ABS(FUNCTION SIN(" + b.cobol + "))",
                  cobrt::FunctionAbs(cobrt::FunctionSin(b.field))};
        default:
          return {"FUNCTION MAX(FUNCTION LOG(" + a.cobol + ") " + b.cobol + ")",
                  cobrt::FunctionMax({cobrt::FunctionLog(a.field), b.field})};
      }
    }
    default: {
      switch (random() % 3) {
        case 0:
          return {"FUNCTION PI", cobrt::FunctionPi()};
        case 1:
          return {"FUNCTION E", cobrt::FunctionE()};
        default: {
          LiteralOperand seed = positive(5, 0);
          return {"FUNCTION RANDOM(" + seed.cobol + ")", cobrt::FunctionRandom(seed.field)};
        }
      }
    }
  }
}

auto BuildDisplayFamily(int cases, uint64_t seed, bool pretty_display, bool binary_truncate)
    -> ReferenceFamily {
  ReferenceFamily family;
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    Call call = RandomCall(random);
    AddDisplayCase(family, call.cobol,
                   cobrt::ResultDisplayForm(call.result, pretty_display, binary_truncate));
  }
  return family;
}

// Receiving items: each in a group of its own, DISPLAYed as bytes.
using Zoned = cobrt::Zoned<9, 4, cobrt::ZonedSign::kTrailing>;
using Unsigned = cobrt::Zoned<5, 2, cobrt::ZonedSign::kUnsigned>;
using LeadingSeparate = cobrt::Zoned<5, 1, cobrt::ZonedSign::kLeadingSeparate>;
using Packed = cobrt::Packed<9, 2, true>;
using Comp = cobrt::Binary<7, 1, true, 4, cobrt::ByteOrder::kBigEndian,
                           cobrt::BinaryTruncation::kToPictureDigits>;

struct Receiver {
  const char* name;
  const char* picture;
  size_t size;
  void (*move)(const NumericResult&, uint8_t*);
  cobrt::StoreStatus (*store)(uint8_t*, const cobrt::BigDecimal&, cobrt::RoundingMode,
                              cobrt::SizeErrorPhrase);
};

const Receiver kReceivers[] = {
    {"T-Z", "S9(5)V9(4)", Zoned::kSize, cobrt::MoveResult<Zoned>, cobrt::StoreDecimal<Zoned>},
    {"T-U", "9(3)V99", Unsigned::kSize, cobrt::MoveResult<Unsigned>, cobrt::StoreDecimal<Unsigned>},
    {"T-L", "S9(4)V9 SIGN LEADING SEPARATE", LeadingSeparate::kSize,
     cobrt::MoveResult<LeadingSeparate>, cobrt::StoreDecimal<LeadingSeparate>},
    {"T-P", "S9(7)V99 COMP-3", Packed::kSize, cobrt::MoveResult<Packed>,
     cobrt::StoreDecimal<Packed>},
    {"T-B", "S9(6)V9 COMP", Comp::kSize, cobrt::MoveResult<Comp>, cobrt::StoreDecimal<Comp>},
};

auto ReceiverStorage() -> std::string {
  std::string entries;
  for (const Receiver& receiver : kReceivers) {
    entries += "01 G" + std::string(receiver.name) + ". 05 " + receiver.name + " PIC " +
               receiver.picture + ".\n";
  }
  entries += "01 GT-X. 05 T-X PIC X(12).\n01 GT-J. 05 T-J PIC X(12) JUSTIFIED RIGHT.\n";
  return entries;
}

auto BuildStatementFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = ReceiverStorage();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    const std::string label = CaseLabel(family.case_statements.size());
    Call call = RandomCall(random);
    std::string statements = "DISPLAY \"" + label + "\" NO ADVANCING\n";
    std::string expected = label;
    switch (random() % 4) {
      case 0: {
        // MOVE to an alphanumeric item, JUSTIFIED or not.
        bool justified = random() % 2 == 0;
        const char* item = justified ? "T-J" : "T-X";
        uint8_t bytes[12];
        cobrt::MoveResultToAlphanumeric(call.result, bytes, 12, justified);
        statements += "MOVE " + call.cobol + " TO " + item + "\nDISPLAY G" + item + "\n";
        expected += std::string(reinterpret_cast<char*>(bytes), 12);
        break;
      }
      case 1: {
        const Receiver& receiver = kReceivers[random() % std::size(kReceivers)];
        uint8_t bytes[16];
        receiver.move(call.result, bytes);
        statements +=
            "MOVE " + call.cobol + " TO " + receiver.name + "\nDISPLAY G" + receiver.name + "\n";
        expected += std::string(reinterpret_cast<char*>(bytes), receiver.size);
        break;
      }
      case 2: {
        // COMPUTE item [ROUNDED] = function * literal + literal.
        const Receiver& receiver = kReceivers[random() % std::size(kReceivers)];
        LiteralOperand factor = RandomLiteral(random, 3, 1, true);
        LiteralOperand addend = RandomLiteral(random, 4, 2, true);
        bool rounded = random() % 2 == 0;
        cobrt::BigDecimal value = cobrt::DecimalAdd(
            cobrt::DecimalMultiply(call.result.value, factor.field.value), addend.field.value);
        uint8_t bytes[16] = {};
        // The item starts as zero, so an unchanged item is known.
        receiver.move(cobrt::AllocField(cobrt::BigDecimal{}), bytes);
        bool size_error =
            receiver.store(bytes, value,
                           rounded ? cobrt::RoundingMode::kNearestAwayFromZero
                                   : cobrt::RoundingMode::kTruncation,
                           cobrt::SizeErrorPhrase::kPresent) == cobrt::StoreStatus::kSizeError;
        statements += "MOVE ZERO TO " + std::string(receiver.name) + "\nCOMPUTE " + receiver.name +
                      (rounded ? " ROUNDED" : "") + " = " + call.cobol + " * " + factor.cobol +
                      " + " + addend.cobol +
                      "\n ON SIZE ERROR DISPLAY \"E\" NO ADVANCING\nEND-COMPUTE\nDISPLAY G" +
                      receiver.name + "\n";
        expected +=
            (size_error ? "E" : "") + std::string(reinterpret_cast<char*>(bytes), receiver.size);
        break;
      }
      default: {
        LiteralOperand other = RandomLiteral(random, 4, 2, true);
        int order = cobrt::DecimalCompare(call.result.value, other.field.value);
        statements += "IF " + call.cobol + " < " + other.cobol + " DISPLAY \"<\" ELSE IF " +
                      call.cobol + " = " + other.cobol +
                      " DISPLAY \"=\" ELSE DISPLAY \">\" END-IF END-IF\n";
        expected += order < 0 ? "<" : order == 0 ? "=" : ">";
        break;
      }
    }
    family.case_statements.push_back(statements);
    family.expected_outputs.push_back(expected + "\n");
  }
  return family;
}

class NumericFunctionReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(NumericFunctionReferenceTest, DisplayAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("NUMFUNC", BuildDisplayFamily(900, 5101, true, true),
                                       {"-std=default"}));
}

TEST_F(NumericFunctionReferenceTest, DisplayWithoutPrettyDisplayAsCobc) {
  RecordProperty(
      "cases",
      CompareFamilyWithCobc("NUMFUNCI", BuildDisplayFamily(500, 5102, false, false), {"-std=ibm"}));
}

TEST_F(NumericFunctionReferenceTest, MoveComputeCompareAsCobc) {
  RecordProperty("cases", CompareFamilyWithCobc("NUMFUNCS", BuildStatementFamily(700, 5103),
                                                {"-std=default"}));
}

}  // namespace
}  // namespace remint::testing
