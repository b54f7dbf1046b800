// cobrt's text intrinsic functions against cobc: NUMVAL, NUMVAL-C, NUMVAL-F and their TEST-
// forms on random strings (mostly near-valid ones), the case and order functions, TRIM (both
// sides, LEADING, TRAILING), CONCATENATE, SUBSTITUTE(-CASE), CHAR, ORD, MAX / MIN / ORD-MAX /
// ORD-MIN of alphanumeric literals, and reference modification of the results.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/intrinsic/numeric_functions.h"
#include "runtime/intrinsic/text_functions.h"
#include "tests/runtime/intrinsic/intrinsic_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

auto RandomText(std::mt19937_64& random, std::string_view alphabet, size_t max_size)
    -> std::string {
  std::string text;
  size_t size = 1 + random() % max_size;
  for (size_t i = 0; i < size; ++i) text += alphabet[random() % alphabet.size()];
  return text;
}

// A number as NUMVAL reads it, mostly well formed: spaces, a sign before or after (or CR /
// DB), a currency sign and thousands separators for NUMVAL-C, an exponent for NUMVAL-F.
auto NumberText(std::mt19937_64& random, int kind) -> std::string {
  if (random() % 6 == 0) return RandomText(random, " +-.,0123456789CRDBE$", 12);
  std::string text(random() % 3, ' ');
  bool sign_first = random() % 2 == 0;
  const char* signs[] = {"+", "-", "CR", "DB", ""};
  std::string sign = signs[random() % (sign_first ? 2 : 5)];
  if (sign_first && random() % 2 == 0) text += sign + std::string(random() % 2, ' ');
  if (kind == 1 && random() % 2 == 0) text += "$";
  size_t digits = 1 + random() % 7;
  for (size_t i = 0; i < digits; ++i) {
    text += static_cast<char>('0' + random() % 10);
    if (kind == 1 && i + 1 < digits && random() % 4 == 0) text += ",";
  }
  if (random() % 2 == 0) {
    text += ".";
    for (size_t i = random() % 4; i > 0; --i) text += static_cast<char>('0' + random() % 10);
  }
  if (kind == 2 && random() % 2 == 0) {
    text += std::string("E") + (random() % 2 == 0 ? "+" : "-") + std::to_string(random() % 20);
  }
  text += std::string(random() % 2, ' ');
  if (!(sign_first && sign.size() <= 1)) text += sign;
  text += std::string(random() % 3, ' ');
  return text;
}

auto Bracketed(const std::string& text) -> std::string { return "[" + text + "]"; }

void AddTextCase(ReferenceFamily& family, const std::string& call, const std::string& result) {
  AddDisplayCase(family, "\"[\" " + call + " \"]\"", Bracketed(result));
}

void AddNumericCase(ReferenceFamily& family, const std::string& call,
                    const cobrt::NumericResult& result) {
  AddDisplayCase(family, "\"[\" " + call + " \"]\"",
                 Bracketed(cobrt::ResultDisplayForm(result, true, true)));
}

auto BuildTextFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  std::mt19937_64 random(seed);
  constexpr std::string_view kLetters = " aBcDeZz.-9";
  for (int c = 0; c < cases; ++c) {
    switch (random() % 12) {
      case 0: {
        std::string text = NumberText(random, 0);
        bool test = random() % 3 == 0;
        AddNumericCase(family,
                       std::string(test ? "FUNCTION TEST-NUMVAL(" : "FUNCTION NUMVAL(") +
                           QuotedLiteral(text) + ")",
                       test ? cobrt::FunctionTestNumval(text) : cobrt::FunctionNumval(text));
        break;
      }
      case 1: {
        std::string text = NumberText(random, 1);
        bool test = random() % 3 == 0;
        std::optional<std::string> currency;
        if (random() % 4 == 0) currency = random() % 2 == 0 ? "$" : "EUR";
        std::string call = std::string(test ? "FUNCTION TEST-NUMVAL-C(" : "FUNCTION NUMVAL-C(") +
                           QuotedLiteral(text) + (currency ? " " + QuotedLiteral(*currency) : "") +
                           ")";
        std::optional<std::string_view> currency_view;
        if (currency) currency_view = *currency;
        AddNumericCase(family, call,
                       test ? cobrt::FunctionTestNumvalC(text, currency_view)
                            : cobrt::FunctionNumvalC(text, currency_view));
        break;
      }
      case 2: {
        std::string text = NumberText(random, 2);
        bool test = random() % 3 == 0;
        AddNumericCase(family,
                       std::string(test ? "FUNCTION TEST-NUMVAL-F(" : "FUNCTION NUMVAL-F(") +
                           QuotedLiteral(text) + ")",
                       test ? cobrt::FunctionTestNumvalF(text) : cobrt::FunctionNumvalF(text));
        break;
      }
      case 3: {
        std::string text = RandomText(random, kLetters, 10);
        static const char* kNames[] = {"UPPER-CASE", "LOWER-CASE", "REVERSE"};
        size_t which = random() % 3;
        std::string result = which == 0   ? cobrt::FunctionUpperCase(text)
                             : which == 1 ? cobrt::FunctionLowerCase(text)
                                          : cobrt::FunctionReverse(text);
        std::string call =
            std::string("FUNCTION ") + kNames[which] + "(" + QuotedLiteral(text) + ")";
        if (random() % 3 == 0) {
          // Reference modification: offsets past the end leave the result whole.
          int64_t offset = 1 + static_cast<int64_t>(random() % (text.size() + 1));
          int64_t length = static_cast<int64_t>(random() % 4);
          if (offset <= static_cast<int64_t>(text.size())) {
            length = std::min<int64_t>(length, static_cast<int64_t>(text.size()) - offset + 1);
            call += "(" + std::to_string(offset) + ":" +
                    (length > 0 ? std::to_string(length) : "") + ")";
            result = cobrt::ReferenceModified(result, offset, length);
          }
        }
        AddTextCase(family, call, result);
        break;
      }
      case 4: {
        std::string text = std::string(random() % 3, ' ') + RandomText(random, "Ab ", 5) +
                           std::string(random() % 3, ' ');
        static const char* kSides[] = {"", " LEADING", " TRAILING"};
        size_t side = random() % 3;
        AddTextCase(family, "FUNCTION TRIM(" + QuotedLiteral(text) + kSides[side] + ")",
                    cobrt::FunctionTrim(text, static_cast<cobrt::TrimSide>(side)));
        break;
      }
      case 5: {
        std::string a = RandomText(random, kLetters, 4);
        std::string b = RandomText(random, kLetters, 4);
        std::string d = RandomText(random, kLetters, 3);
        AddTextCase(family,
                    "FUNCTION CONCATENATE(" + QuotedLiteral(a) + " " + QuotedLiteral(b) + " " +
                        QuotedLiteral(d) + ")",
                    cobrt::FunctionConcatenate({a, b, d}));
        break;
      }
      case 6: {
        std::string text = RandomText(random, "abAB ", 10);
        std::string from1 = RandomText(random, "abAB ", 2);
        std::string to1 = RandomText(random, "xyz", 3);
        std::string from2 = RandomText(random, "abAB ", 1);
        std::string to2 = RandomText(random, "-", 2);
        const bool ignore_case = random() % 3 == 0;
        AddTextCase(
            family,
            std::string(ignore_case ? "FUNCTION SUBSTITUTE-CASE(" : "FUNCTION SUBSTITUTE(") +
                QuotedLiteral(text) + " " + QuotedLiteral(from1) + " " + QuotedLiteral(to1) + " " +
                QuotedLiteral(from2) + " " + QuotedLiteral(to2) + ")",
            ignore_case ? cobrt::FunctionSubstituteCase(text, {from1, to1, from2, to2})
                        : cobrt::FunctionSubstitute(text, {from1, to1, from2, to2}));
        break;
      }
      case 7: {
        // Printable ordinals (and one out of range, NUL).
        int ordinal = random() % 10 == 0 ? 300 : 33 + static_cast<int>(random() % 94);
        LiteralOperand literal = Literal(std::to_string(ordinal));
        AddTextCase(family, "FUNCTION CHAR(" + literal.cobol + ")",
                    cobrt::FunctionChar(literal.field));
        break;
      }
      case 8: {
        std::string text = RandomText(random, kLetters, 4);
        AddNumericCase(family, "FUNCTION ORD(" + QuotedLiteral(text) + ")",
                       cobrt::FunctionOrd(text));
        break;
      }
      case 9:
      case 10: {
        std::string a = RandomText(random, "AB ", 4);
        std::string b = RandomText(random, "AB ", 4);
        std::string d = RandomText(random, "AB ", 4);
        std::string call =
            "(" + QuotedLiteral(a) + " " + QuotedLiteral(b) + " " + QuotedLiteral(d) + ")";
        switch (random() % 4) {
          case 0:
            AddTextCase(family, "FUNCTION MAX" + call, cobrt::FunctionMaxText({a, b, d}));
            break;
          case 1:
            AddTextCase(family, "FUNCTION MIN" + call, cobrt::FunctionMinText({a, b, d}));
            break;
          case 2:
            AddNumericCase(family, "FUNCTION ORD-MAX" + call, cobrt::FunctionOrdMaxText({a, b, d}));
            break;
          default:
            AddNumericCase(family, "FUNCTION ORD-MIN" + call, cobrt::FunctionOrdMinText({a, b, d}));
            break;
        }
        break;
      }
      default: {
        std::string text = RandomText(random, kLetters, 12);
        AddNumericCase(family, "FUNCTION LENGTH(FUNCTION TRIM(" + QuotedLiteral(text) + "))",
                       cobrt::FunctionLength(cobrt::FunctionTrim(text).size()));
        break;
      }
    }
  }
  return family;
}

class TextFunctionReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(TextFunctionReferenceTest, TextFunctionsAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("TEXTFUNC", BuildTextFamily(900, 6101), {"-std=default"}));
}

}  // namespace
}  // namespace remint::testing
