// Examples of the intrinsic layer, each a value observed with cobc 3.1.2 (DISPLAY with
// pretty-display unless said otherwise); tests/runtime/intrinsic/ compares many more cases.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "runtime/intrinsic/date_functions.h"
#include "runtime/intrinsic/numeric_functions.h"
#include "runtime/intrinsic/text_functions.h"

namespace cobrt {
namespace {

auto Literal(std::string_view text) -> NumericResult { return LiteralArgument(text); }

auto Shown(const NumericResult& result, bool pretty = true) -> std::string {
  return ResultDisplayForm(result, pretty, /*binary_truncate=*/pretty);
}

TEST(IntrinsicTest, FloatingPointFunctionsShowNinetySixDigits) {
  EXPECT_EQ(Shown(FunctionSqrt(Literal("2"))),
            "1.414213562373095048801688724209698078569671875376948073176679737990732478462107038"
            "85038753432764");
  EXPECT_EQ(Shown(FunctionSqrt(Literal("4"))), "000000002");
  EXPECT_EQ(Shown(FunctionSqrt(Literal("2.25"))), "00000001.5");
  EXPECT_EQ(Shown(FunctionCos(Literal("0"))), "000000001");
  EXPECT_EQ(Shown(FunctionSin(Literal("1"))),
            "0.84147098480789650665250232163029899962256306079837106567275170999191040439123966"
            "8948639743543053");
  EXPECT_EQ(Shown(FunctionPi()),
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899"
            "862803482534212");
  EXPECT_EQ(Shown(FunctionLog(Literal("10"))),
            "2.30258509299404568401799145468436420760110148862877297603332790096757260967735248"
            "02359972050896");
  EXPECT_EQ(Shown(FunctionLog10(Literal("100"))), "000000002");
  EXPECT_EQ(Shown(FunctionSin(Literal("-0.00001"))),
            "-.00000999999999983333333333416666666666468253968254243827160493576639409972903896"
            "515007549647099911678");
  EXPECT_EQ(Shown(FunctionExp(Literal("-1"))),
            ".367879441171442321595523770161460867445811131031767834507836801697461495744899803"
            "35714727434592");
  EXPECT_EQ(Shown(FunctionAtan(Literal("1"))),
            "0.78539816339744830961566084581987572104929234984377645524373614807695410157155224"
            "9657008706335529");
  EXPECT_EQ(Shown(FunctionSqrt(Literal("-1"))), "000000000");
}

TEST(IntrinsicTest, ExactFunctions) {
  EXPECT_EQ(Shown(FunctionInteger(Literal("-5.5"))), "-000000006");
  EXPECT_EQ(Shown(FunctionMod(Literal("-11"), Literal("5"))), "000000004");
  EXPECT_EQ(Shown(FunctionRem(Literal("11.5"), Literal("2"))), "00000001.5");
  EXPECT_EQ(Shown(FunctionFactorial(Literal("20"))), "02432902008176640000");
  EXPECT_EQ(Shown(FunctionFactorial(Literal("25"))), "15511210043330985984000000");
  EXPECT_EQ(Shown(FunctionAbs(Literal("-5.5"))), "+5.5");
  EXPECT_EQ(Shown(FunctionAbs(Literal("-5.5")), false), "+55");
  EXPECT_EQ(Shown(FunctionMax({Literal("1"), Literal("2.5"), Literal("-3")})), "2.5");
  EXPECT_EQ(Shown(FunctionMean({Literal("1"), Literal("2"), Literal("2")})),
            "1.66666666666666666666666666666666666666");
  EXPECT_EQ(Shown(FunctionAnnuity(Literal("0.1"), Literal("3"))),
            ".40211480362537764350453172205438066463");
  EXPECT_EQ(Shown(FunctionAnnuity(Literal("0.05"), Literal("4.0"))), "000000000");
  EXPECT_EQ(Shown(FunctionPresentValue({Literal("0.1"), Literal("100"), Literal("200")})),
            "256.19834710743801652892561983471074380164");
  EXPECT_EQ(Shown(FunctionVariance({Literal("1"), Literal("2"), Literal("3"), Literal("4")})),
            "0000001.25");
  EXPECT_EQ(Shown(FunctionSum({Literal("4294967295")})), "294967295");
  EXPECT_EQ(Shown(FunctionSum({Literal("-2147483648")})), "-00000000002147483648");
  EXPECT_EQ(Shown(FunctionSum({Literal("-9223372036854775808")})), "-09223372036854775808");
  EXPECT_EQ(Shown(FunctionSum({Literal("0.0000000000000000001")})), ".0000000000000000001");
  EXPECT_EQ(Shown(FunctionSum({Literal("-1.5"), Literal("-12345678901234567890")}), false),
            "123456789012345678915-");
  EXPECT_EQ(Shown(FunctionSign(Literal("-3")), false), "-0000000001");
  EXPECT_EQ(
      Shown(BinaryArgument(BinaryArgument(Literal("1"), '/', Literal("4")), '/', Literal("3"))),
      ".0833333333333333333333333333333333333333");
}

TEST(IntrinsicTest, RandomFollowsTheCLibrary) {
  EXPECT_EQ(Shown(FunctionRandom(Literal("3"))), "0.5613801752037276");
  EXPECT_EQ(DecimalText(FunctionRandom(Literal("3")).value).substr(0, 32),
            "0.561380175203727627142313849617");
}

// Every day of the Gregorian range walked by a plain calendar: INTEGER-OF-DATE counts them and
// DATE-OF-INTEGER / DAY-OF-INTEGER give them back (the closed forms against counting).
TEST(IntrinsicTest, IntegerDatesCountEveryDayFrom1601To9999) {
  const int month_days[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int count = 0;
  int mismatches = 0;
  for (int year = 1601; year <= 9999; ++year) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int day_of_year = 0;
    for (int month = 1; month <= 12; ++month) {
      const int days = month_days[month] + (month == 2 && leap ? 1 : 0);
      for (int day = 1; day <= days; ++day) {
        ++count;
        ++day_of_year;
        // Every day through the functions' integer cores (what both the field forms and the
        // emitter's fixed-point forms compute with); each year's first and last days also
        // through the field forms, as a program calls them (a sample: under ASan the field
        // forms of three million days take minutes).
        const int date = year * 10000 + month * 100 + day;
        if (IntegerOfDateValue(date) != count || DateOfIntegerValue(count) != date ||
            DayOfIntegerValue(count) != year * 1000 + day_of_year) {
          ++mismatches;
        }
        if ((month == 1 && day == 1) || (month == 12 && day == 31)) {
          const std::string number = std::to_string(count);
          if (IntegerArgument(FunctionIntegerOfDate(Literal(std::to_string(date)))) != count ||
              IntegerArgument(FunctionDateOfInteger(Literal(number))) != date ||
              IntegerArgument(FunctionDayOfInteger(Literal(number))) !=
                  year * 1000 + day_of_year) {
            ++mismatches;
          }
        }
      }
    }
  }
  EXPECT_EQ(count, 3067671);
  EXPECT_EQ(mismatches, 0);
}

TEST(IntrinsicTest, DatesAndText) {
  EXPECT_EQ(Shown(FunctionIntegerOfDate(Literal("20261205"))), "000155567");
  EXPECT_EQ(Shown(FunctionDateOfInteger(Literal("1"))), "16010101");
  EXPECT_EQ(Shown(FunctionDayOfInteger(Literal("1"))), "1601001");
  EXPECT_EQ(Shown(FunctionTestDateYyyymmdd(Literal("20260230"))), "000000003");
  EXPECT_EQ(Shown(FunctionDateToYyyymmdd(Literal("501231"), Literal("50"), Literal("2026"))),
            "020501231");
  EXPECT_EQ(Shown(FunctionNumval(" -12.50")), "-00000012.5");
  EXPECT_EQ(Shown(FunctionNumvalC("$1,234.56CR")), "0001234.56");
  EXPECT_EQ(Shown(FunctionNumvalF(" 1.5E+3 ")), "000001500");
  EXPECT_EQ(Shown(FunctionNumvalF("-2.5E-2")), "-000000.025");
  EXPECT_EQ(FunctionSubstitute("  AbC d   ", {"b", "XX", " ", "_"}), "__AXXC_d___");
  EXPECT_EQ(FunctionTrim("  AbC d   ", TrimSide::kLeading), "AbC d   ");
  EXPECT_EQ(FunctionMaxText({"  AbC d   ", "ZZ   "}), "ZZ   ");
  EXPECT_EQ(ReferenceModified("  ABC D   ", 3, 4), "ABC ");
}

TEST(IntrinsicTest, MovesOfResults) {
  uint8_t text[30];
  MoveResultToAlphanumeric(FunctionSqrt(Literal("2")), text, 30);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(text), 30), "141421356237309504880168872420");
  MoveResultToAlphanumeric(FunctionSqrt(Literal("2")), text, 3, /*justified_right=*/true);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(text), 3), "764");
  using Item = Zoned<11, 6, ZonedSign::kTrailing>;
  uint8_t item[Item::kSize];
  MoveResult<Item>(FunctionSqrt(Literal("2")), item);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(item), Item::kSize), "00001414213");
  StoreDecimal<Item>(item, FunctionSqrt(Literal("2")).value, RoundingMode::kNearestAwayFromZero);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(item), Item::kSize), "00001414214");
}

// PERFORM FUNCTION f TIMES (cob_get_llint): ABS(-2.7) runs twice, SIGN(-4) never.
TEST(IntrinsicTest, PerformCountsTruncate) {
  EXPECT_EQ(IntegerArgument64(Literal("2.7")), 2);
  EXPECT_EQ(IntegerArgument64(Literal("-1")), -1);
  EXPECT_EQ(IntegerArgument64(Literal("-3.9")), -3);
  EXPECT_EQ(IntegerArgument64(Literal("12345678901")), 12345678901);
}

}  // namespace
}  // namespace cobrt

namespace cobrt {
namespace {

// The fixed-point flavour of the date functions the emitter uses gives the value of the
// field-level one for any argument: invalid dates, negatives, decimals, values past a C int.
template <int D, int S>
void ExpectFixedDateFunctionsAgree(std::mt19937_64& random) {
  for (int i = 0; i < 5000; ++i) {
    auto value = static_cast<int64_t>(random() % static_cast<uint64_t>(Pow10<int64_t>(D)));
    if (i % 4 == 0) value = static_cast<int64_t>(random() % 30000000);  // near real dates
    if (i % 3 == 0) value = -value;
    const Fixed<D, S> fixed{value};
    const NumericResult field{ToBigDecimal(fixed), FieldShape{}};
    ASSERT_EQ(IntArgument(fixed), IntegerArgument(field)) << value;
    auto same = [&](int64_t (*function)(int32_t), const NumericResult& result) {
      return DecimalCompare(ToBigDecimal(IntegerFunction<8>(function, fixed)), result.value) == 0;
    };
    ASSERT_TRUE(same(IntegerOfDateValue, FunctionIntegerOfDate(field))) << value;
    ASSERT_TRUE(same(IntegerOfDayValue, FunctionIntegerOfDay(field))) << value;
    ASSERT_TRUE(same(DateOfIntegerValue, FunctionDateOfInteger(field))) << value;
    ASSERT_TRUE(same(DayOfIntegerValue, FunctionDayOfInteger(field))) << value;
    ASSERT_TRUE(same(TestDateYyyymmddValue, FunctionTestDateYyyymmdd(field))) << value;
    ASSERT_TRUE(same(TestDayYyyydddValue, FunctionTestDayYyyyddd(field))) << value;
  }
}

TEST(IntrinsicTest, FixedPointDateFunctionsGiveTheFieldValues) {
  std::mt19937_64 random(17);
  ExpectFixedDateFunctionsAgree<8, 0>(random);
  ExpectFixedDateFunctionsAgree<9, 2>(random);
  ExpectFixedDateFunctionsAgree<18, 0>(random);  // past a C int: the low 32 bits
  ExpectFixedDateFunctionsAgree<18, 9>(random);
}

}  // namespace
}  // namespace cobrt
