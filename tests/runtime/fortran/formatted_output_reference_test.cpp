// The Fortran runtime's formatted output against gfortran 12, byte for byte: each case is one
// WRITE of typed values under a format; all cases become one free-form program, compiled and
// run once by gfortran, and each output record is compared with what
// cobrt::fortran::FormattedOutput writes for the same values and format. Cases are hand-picked
// (rounding ties, the optional leading zero, exponents past 99, scale factors, G's switch between
// F and E, reversion, positioning) and generated from a fixed seed.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "runtime/fortran/format.h"
#include "runtime/fortran/formatted_output.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace ft = cobrt::fortran;

// One item of a WRITE list (a plain struct: GCC 12 warns falsely about std::variant with a
// std::string alternative under -O2).
struct Value {
  enum class Kind { kInteger, kReal4, kReal8, kLogical, kCharacter } kind = Kind::kInteger;
  int64_t integer = 0;
  double real = 0;  // a kReal4 holds its float's exact value
  bool logical = false;
  std::string text;
};
auto Integer(int64_t v) -> Value { return Value{Value::Kind::kInteger, v, 0, false, {}}; }
auto Real4(float v) -> Value { return Value{Value::Kind::kReal4, 0, v, false, {}}; }
auto Real8(double v) -> Value { return Value{Value::Kind::kReal8, 0, v, false, {}}; }
auto Logical(bool v) -> Value { return Value{Value::Kind::kLogical, 0, 0, v, {}}; }
auto Text(std::string v) -> Value {
  return Value{Value::Kind::kCharacter, 0, 0, false, std::move(v)};
}

struct Case {
  std::string format;  // no double quote inside: the program writes it in "..."
  std::vector<Value> values;
};

// The Fortran literal that gives exactly `value`.
auto Literal(const Value& value) -> std::string {
  char buffer[64];
  switch (value.kind) {
    case Value::Kind::kInteger:
      return std::to_string(value.integer) + "_8";
    case Value::Kind::kReal4:
      if (std::signbit(value.real) && value.real == 0) return "-0.0";
      std::snprintf(buffer, sizeof buffer, "%.9e", value.real);
      return buffer;
    case Value::Kind::kReal8: {
      if (std::signbit(value.real) && value.real == 0) return "-0.0d0";
      std::snprintf(buffer, sizeof buffer, "%.17e", value.real);
      std::string text = buffer;
      text[text.find('e')] = 'd';
      return text;
    }
    case Value::Kind::kLogical:
      return value.logical ? ".true." : ".false.";
    case Value::Kind::kCharacter:
      break;
  }
  std::string text = "'";
  for (char c : value.text) {
    text += c;
    if (c == '\'') text += c;
  }
  return text + "'";
}

auto Program(const std::vector<Case>& cases) -> std::string {
  std::string program = "program formats\n";
  for (const Case& one : cases) {
    program += "  write(*,\"" + one.format + "\")";
    for (size_t i = 0; i < one.values.size(); ++i) {
      program += (i == 0 ? " " : ", ") + Literal(one.values[i]);
    }
    program += "\n";
  }
  return program + "end program formats\n";
}

// What the runtime writes for `one`, each record ended by a line end; with `unspecified`, whether
// gfortran would write its buffer's leftover bytes somewhere.
auto RuntimeOutput(const Case& one, bool* unspecified = nullptr) -> std::string {
  ft::ParsedFormat parsed = ft::ParseFormat(one.format);
  if (!parsed.ok()) return "format error: " + parsed.error + "\n";
  ft::FormattedOutput out(parsed.format);
  for (const Value& value : one.values) {
    switch (value.kind) {
      case Value::Kind::kInteger:
        out.Integer(value.integer);
        break;
      case Value::Kind::kReal4:
        out.Real(static_cast<float>(value.real));
        break;
      case Value::Kind::kReal8:
        out.Real(value.real);
        break;
      case Value::Kind::kLogical:
        out.Logical(value.logical);
        break;
      case Value::Kind::kCharacter:
        out.Character(value.text);
        break;
    }
  }
  out.Finish();
  if (unspecified != nullptr) *unspecified = out.unspecified_bytes();
  std::string text;
  for (const std::string& record : out.records()) text += record + "\n";
  if (!out.error().empty()) text += "runtime error: " + out.error() + "\n";
  return text;
}

auto HandPicked() -> std::vector<Case> {
  auto bracket = [](const std::string& descriptor, Value value) {
    return Case{"(1H[," + descriptor + ",1H])", {std::move(value)}};
  };
  std::vector<Case> cases = {
      bracket("F8.3", Real4(3.14159F)),
      bracket("F4.2", Real4(0.5F)),
      bracket("F3.2", Real4(0.5F)),
      bracket("F5.1", Real4(-0.01F)),
      bracket("F4.1", Real4(-0.01F)),
      bracket("F3.1", Real4(-0.01F)),
      bracket("F6.0", Real4(2.5F)),
      bracket("F6.0", Real4(3.5F)),
      bracket("F6.0", Real4(0.4F)),
      bracket("F2.0", Real4(0.4F)),
      bracket("F1.0", Real4(0.4F)),
      bracket("F10.3", Real4(1.0E10F)),
      bracket("F10.3", Real8(0.0005)),
      bracket("F10.3", Real8(-0.0005)),
      bracket("F6.2", Real8(0.125)),
      bracket("F6.2", Real8(0.375)),
      bracket("F5.1", Real8(-0.0)),
      bracket("F0.3", Real8(2.0 / 3.0)),
      bracket("F0.2", Real8(0.5)),
      bracket("F0.0", Real8(0.4)),
      bracket("F0.1", Real8(-0.04)),
      bracket("F0.1", Real8(12.25)),
      bracket("1PF8.3", Real4(3.14159F)),
      bracket("-2PF8.3", Real8(314.159)),
      bracket("E12.5", Real4(3.14159F)),
      bracket("E12.5", Real4(-3.14159E-20F)),
      bracket("E12.5", Real4(0.0F)),
      bracket("E11.5", Real4(3.14159F)),
      bracket("E10.5", Real4(3.14159F)),
      bracket("E12.5E3", Real4(3.14159F)),
      bracket("D12.5", Real8(3.14159)),
      bracket("D12.5", Real8(3.14159e200)),
      bracket("E12.5", Real4(1.0E-38F)),
      bracket("1PE12.5", Real4(3.14159F)),
      bracket("2PE12.5", Real4(3.14159F)),
      bracket("-1PE12.5", Real4(3.14159F)),
      bracket("1PE12.5", Real4(0.0F)),
      bracket("E12.4", Real4(9.99995F)),
      bracket("E12.4", Real4(-9.99995E-5F)),
      bracket("E9.3E1", Real8(1e-9)),
      bracket("E9.3E1", Real8(1e-10)),
      bracket("G12.5", Real4(3.14159F)),
      bracket("G12.5", Real4(314159.0F)),
      bracket("G12.5", Real4(0.0314159F)),
      bracket("G12.5", Real4(0.0F)),
      bracket("G12.5", Real4(99999.5F)),
      bracket("G10.3", Real4(1000.0F)),
      bracket("G10.3", Real4(999.6F)),
      bracket("G10.3", Real4(0.1F)),
      bracket("G10.3", Real4(0.09996F)),
      bracket("G10.3E3", Real4(0.09996F)),
      bracket("1PG12.5", Real8(1e-5)),
      bracket("1PG12.5", Real8(12.5)),
      bracket("I5", Integer(42)),
      bracket("I5.3", Integer(-4)),
      bracket("I2", Integer(-42)),
      bracket("I0", Integer(-42)),
      bracket("I3.0", Integer(0)),
      bracket("I0", Integer(0)),
      bracket("I20", Integer(-9223372036854775807LL)),
      bracket("L3", Logical(true)),
      bracket("L1", Logical(false)),
      bracket("A3", Text("ABCDE")),
      bracket("A7", Text("ABCDE")),
      bracket("A", Text("IT'S")),
      bracket("G8.3", Integer(17)),
      bracket("G4.1", Logical(true)),
      bracket("G6.2", Text("XY")),
      bracket("G6.3", Real8(123.456)),
      bracket("G3.1", Real8(5.0)),
      bracket("G12.3", Real4(99.95F)),
      Case{"(1H[,SP,I5,SS,I5,S,I5,SP,F6.2,E12.4,1H])",
           {Integer(4), Integer(4), Integer(4), Real8(1.5), Real8(1.5)}},
      Case{"(1H[,3X,1H])", {}},
      Case{"(1H[,3X)", {}},
      Case{"(1H[,T10,1HX,TL5,1HY,TR2,1HZ)", {}},
      Case{"(I3)", {Integer(1), Integer(2), Integer(3)}},
      Case{"(I3,(I4,I5))",
           {Integer(1), Integer(2), Integer(3), Integer(4), Integer(5), Integer(6), Integer(7)}},
      Case{"(I3,2(I2,1X),/,2(F4.1))",
           {Integer(1), Integer(2), Integer(3), Real8(1.0), Real8(2.0), Real8(3.0)}},
      Case{"(I3,:,8H MISSING)", {Integer(1)}},
      Case{"(I3,8H MISSING)", {Integer(1)}},
      Case{"(I3,8H MISSING,I3)", {Integer(1)}},
      Case{"(2(I3,1X))", {Integer(1), Integer(2), Integer(3)}},
      Case{"(1H1,5HHELLO)", {}},
      Case{"(1H ,2X,I3,4X,7H FAIL  ,/,1H ,16X,10HCOMPUTED= ,I6,/,1H ,16X,10HCORRECT=  ,I6)",
           {Integer(2), Integer(2), Integer(2)}},
      Case{"(3/)", {}},
      Case{"(I2,'IT''S',A)", {Integer(5), Text("Z")}},
  };
  return cases;
}

// Generated cases: one data descriptor between brackets, widths, digits, scale factors and
// values drawn from a fixed seed.
auto Generated(size_t count) -> std::vector<Case> {
  SplitMix64 random(20261207);
  auto between = [&](int64_t low, int64_t high) {
    return low + static_cast<int64_t>(random.Below(static_cast<uint64_t>(high - low + 1)));
  };
  auto real_value = [&](bool single) -> double {
    static const double kSpecial[] = {0.0,   -0.0,     0.5,    2.5,  0.125, 0.05, 9.9995,
                                      99.95, 0.099996, 1.0e10, 1e-5, 999.5, 1.0,  0.1};
    if (random.Below(4) == 0) {
      double v = kSpecial[random.Below(std::size(kSpecial))];
      return random.Below(2) == 0 ? v : -v;
    }
    const double mantissa = static_cast<double>(random.Next() >> 11) / 9007199254740992.0;
    const int64_t exponent = single ? between(-30, 30) : between(-120, 120);
    double v = (0.1 + mantissa) * std::pow(10.0, static_cast<double>(exponent));
    return random.Below(3) == 0 ? -v : v;
  };
  std::vector<Case> cases;
  for (size_t i = 0; i < count; ++i) {
    const bool single = random.Below(2) == 0;
    const double number = real_value(single);
    Value real = single ? Real4(static_cast<float>(number)) : Real8(number);
    std::string prefix = random.Below(5) == 0 ? "SP," : "";
    std::string descriptor;
    Value value;
    switch (random.Below(6)) {
      case 0: {
        const int64_t w = between(0, 14);
        descriptor = "I" + std::to_string(w);
        if (random.Below(3) == 0) descriptor += "." + std::to_string(between(0, w == 0 ? 3 : w));
        const int64_t magnitude = static_cast<int64_t>(random.Next() >> between(1, 62));
        value = Integer(random.Below(3) == 0 ? -magnitude : magnitude);
        break;
      }
      case 1: {
        const int64_t d = between(0, 9);
        descriptor = "F" + std::to_string(between(d + 1, 22)) + "." + std::to_string(d);
        if (random.Below(4) == 0) prefix += std::to_string(between(-2, 2)) + "P,";
        value = real;
        break;
      }
      case 2:
      case 3: {
        const int64_t d = between(1, 10);
        const char letter = random.Below(3) == 0 ? 'D' : 'E';
        descriptor =
            std::string(1, letter) + std::to_string(between(d + 1, 24)) + "." + std::to_string(d);
        if (letter == 'E' && random.Below(3) == 0)
          descriptor += "E" + std::to_string(between(1, 4));
        if (random.Below(3) == 0) prefix += std::to_string(between(-d + 1, d + 1)) + "P,";
        value = real;
        break;
      }
      case 4: {
        const int64_t d = between(1, 9);
        descriptor = "G" + std::to_string(between(d + 2, 24)) + "." + std::to_string(d);
        if (random.Below(3) == 0) descriptor += "E" + std::to_string(between(1, 3));
        if (random.Below(4) == 0) prefix += std::to_string(between(0, 2)) + "P,";
        value = real;
        break;
      }
      default: {
        descriptor = "A" + std::to_string(between(1, 8));
        std::string text;
        for (int64_t n = between(0, 8); n > 0; --n) text += char('a' + random.Below(26));
        value = Text(text);
        break;
      }
    }
    cases.push_back(Case{"(1H[," + prefix + descriptor + ",1H])", {value}});
  }
  return cases;
}

// Generated formats of nested groups, repeat counts, literals, positioning, slashes and colons
// around integer descriptors, given 0 to 12 integer items: format control, reversion and record
// layout.
auto GeneratedLayouts(size_t count) -> std::vector<Case> {
  SplitMix64 random(7122026);
  auto between = [&](int64_t low, int64_t high) {
    return low + static_cast<int64_t>(random.Below(static_cast<uint64_t>(high - low + 1)));
  };
  std::function<std::string(int)> items = [&](int depth) {
    std::string text;
    const int64_t n = between(1, 4);
    for (int64_t i = 0; i < n; ++i) {
      if (i > 0) text += ",";
      switch (random.Below(depth < 2 ? 9 : 8)) {
        case 0:
          text += "I" + std::to_string(between(1, 6));
          break;
        case 1:
          text += std::to_string(between(2, 3)) + "I" + std::to_string(between(1, 4));
          break;
        case 2:
          text += std::to_string(between(1, 3)) + "X";
          break;
        case 3:
          text += "T" + std::to_string(between(1, 20));
          break;
        case 4:
          text += (random.Below(2) == 0 ? "TL" : "TR") + std::to_string(between(1, 5));
          break;
        case 5:
          text += "2H<>";
          break;
        case 6:
          text += "/";
          break;
        case 7:
          text += ":";
          break;
        default:
          text += std::to_string(between(1, 3)) + "(" + items(depth + 1) + ")";
          break;
      }
    }
    return text;
  };
  std::vector<Case> cases;
  while (cases.size() < count) {
    std::string format = "(1H[," + items(0) + ")";
    std::vector<Value> values;
    for (int64_t n = between(0, 12); n > 0; --n) values.push_back(Integer(between(-99, 999)));
    // A format without an integer descriptor cannot take items.
    // gfortran stops with a runtime error when reversion finds no descriptor for the items.
    if (!values.empty() && !ft::ParseFormat(format).format.reversion_has_data) continue;
    Case one{format, std::move(values)};
    // Left out: layouts where gfortran writes whatever its buffer held before.
    bool unspecified = false;
    RuntimeOutput(one, &unspecified);
    if (unspecified) continue;
    cases.push_back(std::move(one));
  }
  return cases;
}

void CompareWithGfortran(const std::vector<Case>& cases) {
  REMINT_REQUIRE_OR_SKIP(GfortranAvailable(),
                         "gfortran not found in PATH (scripts/install-deps "
                         "installs it)");
  ErrorOr<GfortranOutcome> ran = RunWithGfortran(Program(cases), "");
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  ASSERT_EQ(ran->exit_status, 0) << ran->standard_error;
  // gfortran's records, split case by case by counting each case's records in ours.
  std::string_view reference = ran->standard_output;
  size_t mismatches = 0;
  for (const Case& one : cases) {
    const std::string ours = RuntimeOutput(one);
    size_t lines = 0;
    for (char c : ours) lines += c == '\n' ? 1 : 0;
    size_t end = 0;
    for (size_t n = 0; n < lines && end != std::string_view::npos; ++n) {
      end = reference.find('\n', end);
      if (end != std::string_view::npos) ++end;
    }
    const std::string_view theirs =
        reference.substr(0, end == std::string_view::npos ? reference.size() : end);
    if (theirs != ours && ++mismatches <= 40) {
      ADD_FAILURE() << "format " << one.format << " values " <<
          [&] {
            std::string text;
            for (const Value& value : one.values) text += Literal(value) + " ";
            return text;
          }() << "\n gfortran: ["
                    << theirs << "]\n remint:   [" << ours << "]";
    }
    reference.remove_prefix(theirs.size());
  }
  EXPECT_EQ(mismatches, 0u) << "of " << cases.size() << " cases";
  EXPECT_TRUE(reference.empty()) << "gfortran wrote more: " << reference.substr(0, 200);
}

TEST(FortranFormattedOutputReferenceTest, HandPickedCasesMatchGfortran) {
  CompareWithGfortran(HandPicked());
}

TEST(FortranFormattedOutputReferenceTest, GeneratedCasesMatchGfortran) {
  CompareWithGfortran(Generated(4000));
}

TEST(FortranFormattedOutputReferenceTest, GeneratedLayoutsMatchGfortran) {
  CompareWithGfortran(GeneratedLayouts(800));
}

}  // namespace
}  // namespace remint::testing
