// The Fortran runtime's list-directed output (PRINT *) against gfortran 12, byte for byte: each
// case is one PRINT of literal items of every kind; all cases make one program, compiled and run
// once, and each record is compared with what cobrt::fortran::ListOutput writes.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/fortran/list_output.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace ft = cobrt::fortran;

struct Item {
  enum class Kind { kInteger, kReal4, kReal8, kComplex4, kComplex8, kLogical, kCharacter };
  Kind kind = Kind::kInteger;
  int64_t integer = 0;
  int32_t integer_kind = 4;
  double real = 0;
  double imaginary = 0;
  bool logical = false;
  std::string text;
};

auto RealLiteral(double value, bool single) -> std::string {
  char buffer[64];
  if (std::signbit(value) && value == 0) return single ? "-0.0" : "-0.0d0";
  std::snprintf(buffer, sizeof buffer, single ? "%.9e" : "%.17e", value);
  std::string text = buffer;
  if (!single) text[text.find('e')] = 'd';
  return text;
}

auto Literal(const Item& item) -> std::string {
  switch (item.kind) {
    case Item::Kind::kInteger:
      return std::to_string(item.integer) + "_" + std::to_string(item.integer_kind);
    case Item::Kind::kReal4:
      return RealLiteral(item.real, true);
    case Item::Kind::kReal8:
      return RealLiteral(item.real, false);
    case Item::Kind::kComplex4:
      return "(" + RealLiteral(item.real, true) + "," + RealLiteral(item.imaginary, true) + ")";
    case Item::Kind::kComplex8:
      return "(" + RealLiteral(item.real, false) + "," + RealLiteral(item.imaginary, false) + ")";
    case Item::Kind::kLogical:
      return item.logical ? ".true." : ".false.";
    case Item::Kind::kCharacter:
      return "'" + item.text + "'";
  }
  return "";
}

auto RuntimeRecord(const std::vector<Item>& items) -> std::string {
  ft::ListOutput out;
  for (const Item& item : items) {
    switch (item.kind) {
      case Item::Kind::kInteger:
        out.Integer(item.integer, item.integer_kind);
        break;
      case Item::Kind::kReal4:
        out.Real(static_cast<float>(item.real));
        break;
      case Item::Kind::kReal8:
        out.Real(item.real);
        break;
      case Item::Kind::kComplex4:
        out.Complex(static_cast<float>(item.real), static_cast<float>(item.imaginary));
        break;
      case Item::Kind::kComplex8:
        out.Complex(item.real, item.imaginary);
        break;
      case Item::Kind::kLogical:
        out.Logical(item.logical);
        break;
      case Item::Kind::kCharacter:
        out.Character(item.text);
        break;
    }
  }
  out.Finish();
  return out.records().front();
}

auto Generated(size_t count) -> std::vector<std::vector<Item>> {
  SplitMix64 random(2026);
  auto real = [&](bool single) {
    static const double kSpecial[] = {0.0,        -0.0, 1.0,  0.1,  0.5,         1e7,       1e8,
                                      99999999.0, 1e15, 1e16, 1e17, 0.099999999, 123456.789};
    if (random.Below(4) == 0) return kSpecial[random.Below(std::size(kSpecial))];
    const double mantissa = static_cast<double>(random.Next() >> 11) / 9007199254740992.0;
    const int exponent = static_cast<int>(random.Below(single ? 60 : 200)) - (single ? 30 : 100);
    const double v = (0.1 + mantissa) * std::pow(10.0, exponent);
    return random.Below(3) == 0 ? -v : v;
  };
  std::vector<std::vector<Item>> cases = {{}};  // an empty PRINT: an empty record
  while (cases.size() < count) {
    std::vector<Item> items;
    for (uint64_t n = 1 + random.Below(5); n > 0; --n) {
      Item item;
      switch (random.Below(7)) {
        case 0: {
          static const int32_t kKinds[] = {1, 2, 4, 8};
          item.integer_kind = kKinds[random.Below(4)];
          const int bits = item.integer_kind * 8 - 1;
          const int64_t limit = bits >= 63 ? INT64_MAX : (int64_t{1} << bits) - 1;
          item.integer = static_cast<int64_t>(random.Next() % static_cast<uint64_t>(limit));
          if (random.Below(2) == 0) item.integer = -item.integer;
          break;
        }
        case 1:
          item.kind = Item::Kind::kReal4;
          item.real = static_cast<float>(real(true));
          break;
        case 2:
          item.kind = Item::Kind::kReal8;
          item.real = real(false);
          break;
        case 3:
          item.kind = Item::Kind::kComplex4;
          item.real = static_cast<float>(real(true));
          item.imaginary = static_cast<float>(real(true));
          break;
        case 4:
          item.kind = Item::Kind::kComplex8;
          item.real = real(false);
          item.imaginary = real(false);
          break;
        case 5:
          item.kind = Item::Kind::kLogical;
          item.logical = random.Below(2) == 0;
          break;
        default:
          item.kind = Item::Kind::kCharacter;
          for (uint64_t k = random.Below(6); k > 0; --k) item.text += char('A' + random.Below(26));
          break;
      }
      items.push_back(item);
    }
    cases.push_back(std::move(items));
  }
  return cases;
}

TEST(FortranListOutputReferenceTest, GeneratedPrintsMatchGfortran) {
  REMINT_REQUIRE_OR_SKIP(GfortranAvailable(),
                         "gfortran not found in PATH (scripts/install-deps installs it)");
  const std::vector<std::vector<Item>> cases = Generated(2000);
  std::string program = "program prints\n";
  for (const std::vector<Item>& items : cases) {
    program += "  print *";
    for (const Item& item : items) program += ", " + Literal(item);
    program += "\n";
  }
  program += "end program prints\n";
  ErrorOr<GfortranOutcome> ran = RunWithGfortran(program, "");
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  ASSERT_EQ(ran->exit_status, 0) << ran->standard_error;
  const std::vector<std::string> lines = SplitLines(ran->standard_output);
  ASSERT_EQ(lines.size(), cases.size());
  size_t mismatches = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string ours = RuntimeRecord(cases[i]);
    if (ours != lines[i] && ++mismatches <= 30) {
      std::string items;
      for (const Item& item : cases[i]) items += Literal(item) + " ";
      ADD_FAILURE() << "print *, " << items << "\n gfortran: [" << lines[i] << "]\n remint:   ["
                    << ours << "]";
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << cases.size() << " PRINT statements";
}

}  // namespace
}  // namespace remint::testing
