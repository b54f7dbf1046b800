// The Fortran runtime's formatted input against gfortran 12: each case reads one record of
// standard input into one item under a format; gfortran's program prints what it read (the bits
// of a real, the digits of an integer, ERR or EOF from IOSTAT=), and the runtime must read the
// same from the same record. Cases are hand-picked (implied decimals, scale factors, exponents
// without a letter, BN and BZ, A wider and narrower than the item) and generated from a seed.
#include <gtest/gtest.h>

#include <bit>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/fortran/format.h"
#include "runtime/fortran/formatted_input.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace ft = cobrt::fortran;

enum class ItemKind { kInteger, kReal4, kReal8, kLogical, kCharacter };

struct InputCase {
  std::string format;  // no double quote inside
  ItemKind kind;
  std::string record;  // one line of standard input
};

constexpr int kCharacterLength = 6;

auto Variable(ItemKind kind) -> std::string {
  switch (kind) {
    case ItemKind::kInteger:
      return "i";
    case ItemKind::kReal4:
      return "r";
    case ItemKind::kReal8:
      return "d";
    case ItemKind::kLogical:
      return "l";
    case ItemKind::kCharacter:
      return "c";
  }
  return "";
}

auto Program(const std::vector<InputCase>& cases) -> std::string {
  std::string program =
      "program reads\n  implicit none\n  integer(8) :: i\n  real(4) :: r\n  real(8) :: d\n"
      "  logical :: l\n  character(len=" +
      std::to_string(kCharacterLength) + ") :: c\n  integer :: ios\n";
  for (const InputCase& one : cases) {
    const std::string v = Variable(one.kind);
    program += "  read(5, \"" + one.format + "\", iostat=ios) " + v + "\n";
    program +=
        "  if (ios > 0) then\n    write(*,'(A)') 'ERR'\n  else if (ios < 0) then\n"
        "    write(*,'(A)') 'EOF'\n  else\n";
    switch (one.kind) {
      case ItemKind::kInteger:
        program += "    write(*,'(I0)') i\n";
        break;
      case ItemKind::kReal4:
        program += "    write(*,'(Z8.8)') transfer(r, 0_4)\n";
        break;
      case ItemKind::kReal8:
        program += "    write(*,'(Z16.16)') transfer(d, 0_8)\n";
        break;
      case ItemKind::kLogical:
        program += "    write(*,'(L1)') l\n";
        break;
      case ItemKind::kCharacter:
        program += "    write(*,'(3A)') '[', c, ']'\n";
        break;
    }
    program += "  end if\n";
  }
  return program + "end program reads\n";
}

// What the runtime reads for `one`, printed as the program prints it.
auto RuntimeLine(const InputCase& one) -> std::string {
  ft::ParsedFormat parsed = ft::ParseFormat(one.format);
  if (!parsed.ok()) return "format error: " + parsed.error;
  ft::MemoryRecords records({one.record});
  ft::FormattedInput in(parsed.format, records);
  int64_t integer = 0;
  float real4 = 0;
  double real8 = 0;
  bool logical = false;
  std::string text(kCharacterLength, ' ');
  switch (one.kind) {
    case ItemKind::kInteger:
      in.Integer(integer);
      break;
    case ItemKind::kReal4:
      in.Real(real4);
      break;
    case ItemKind::kReal8:
      in.Real(real8);
      break;
    case ItemKind::kLogical:
      in.Logical(logical);
      break;
    case ItemKind::kCharacter:
      in.Character(text);
      break;
  }
  in.Finish();
  if (in.status() == ft::InputStatus::kError) return "ERR";
  if (in.status() == ft::InputStatus::kEndOfFile) return "EOF";
  char buffer[32];
  switch (one.kind) {
    case ItemKind::kInteger:
      return std::to_string(integer);
    case ItemKind::kReal4:
      std::snprintf(buffer, sizeof buffer, "%08X", std::bit_cast<uint32_t>(real4));
      return buffer;
    case ItemKind::kReal8:
      std::snprintf(buffer, sizeof buffer, "%016llX",
                    static_cast<unsigned long long>(std::bit_cast<uint64_t>(real8)));
      return buffer;
    case ItemKind::kLogical:
      return logical ? "T" : "F";
    case ItemKind::kCharacter:
      return "[" + text + "]";
  }
  return "";
}

auto HandPicked() -> std::vector<InputCase> {
  using K = ItemKind;
  return {
      {"(I5)", K::kInteger, "   42"},
      {"(I5)", K::kInteger, " 4 2 "},
      {"(BZ,I5)", K::kInteger, " 4 2 "},
      {"(I5)", K::kInteger, "     "},
      {"(I5)", K::kInteger, "  -  "},
      {"(I5)", K::kInteger, " 4x2 "},
      {"(I3)", K::kInteger, "12345"},
      {"(I8)", K::kInteger, "12"},
      {"(I20)", K::kInteger, "9223372036854775807"},
      {"(I20)", K::kInteger, "9223372036854775808"},
      {"(2X,I3)", K::kInteger, "xx123"},
      {"(T3,I2)", K::kInteger, "ab45"},
      {"(F8.3)", K::kReal4, "   3.14159"},
      {"(F8.3)", K::kReal4, "  314159"},
      {"(F8.3)", K::kReal8, "12345678"},
      {"(F8.2)", K::kReal8, "1.5E3"},
      {"(F8.2)", K::kReal8, "  15+3"},
      {"(F8.2)", K::kReal8, "15D-1"},
      {"(F8.2)", K::kReal8, "15e"},
      {"(2PF8.2)", K::kReal8, "1234"},
      {"(-1PF8.2)", K::kReal8, "12.5"},
      {"(2PF8.2)", K::kReal8, "1.25E1"},
      {"(F8.2)", K::kReal8, " 1 2 3 4"},
      {"(BZ,F8.2)", K::kReal8, " 1 2 3 4"},
      {"(BZ,F6.2)", K::kReal8, "1.5   "},
      {"(F6.2)", K::kReal8, "      "},
      {"(F6.2)", K::kReal8, "-.5"},
      {"(F6.2)", K::kReal8, "-0"},
      {"(F6.2)", K::kReal8, "1.2.3"},
      {"(E12.4)", K::kReal4, " 0.1000E+01"},
      {"(D12.4)", K::kReal8, " 0.1000D+01"},
      {"(G12.4)", K::kReal4, "  12.5"},
      {"(F12.0)", K::kReal4, "16777217"},
      {"(F30.0)", K::kReal4, "0.1000000014901161193847656"},
      {"(F12.0)", K::kReal8, "1E400"},
      {"(L3)", K::kLogical, "  T"},
      {"(L7)", K::kLogical, ".FALSE."},
      {"(L2)", K::kLogical, "t "},
      {"(L2)", K::kLogical, "x "},
      {"(A)", K::kCharacter, "ABCDEFGH"},
      {"(A3)", K::kCharacter, "ABCDEFGH"},
      {"(A8)", K::kCharacter, "ABCDEFGH"},
      {"(A4)", K::kCharacter, "AB"},
      {"(I2)", K::kInteger, " +"},
      {"(F4.1)", K::kReal4, "  -"},
      {"(F6.1)", K::kReal8, "1.5E -3"},
      {"(BZ,F9.1)", K::kReal8, "1.5E -3"},
      {"(F6.1)", K::kReal8, "15e"},
  };
}

auto Generated(size_t count) -> std::vector<InputCase> {
  SplitMix64 random(1207);
  auto between = [&](int64_t low, int64_t high) {
    return low + static_cast<int64_t>(random.Below(static_cast<uint64_t>(high - low + 1)));
  };
  auto digits = [&](int64_t n) {
    std::string text;
    for (int64_t k = 0; k < n; ++k) text += char('0' + random.Below(10));
    return text;
  };
  std::vector<InputCase> cases;
  for (size_t i = 0; i < count; ++i) {
    const std::string blank = random.Below(4) == 0 ? "BZ," : "";
    if (random.Below(3) == 0) {
      std::string field = std::string(static_cast<size_t>(between(0, 3)), ' ');
      if (random.Below(3) == 0) field += random.Below(2) == 0 ? "-" : "+";
      field += digits(between(1, 12));
      if (random.Below(4) == 0) field.insert(static_cast<size_t>(between(0, field.size())), " ");
      field += std::string(static_cast<size_t>(between(0, 2)), ' ');
      const int64_t w = between(1, 16);
      cases.push_back({"(" + blank + "I" + std::to_string(w) + ")", ItemKind::kInteger, field});
      continue;
    }
    std::string field = std::string(static_cast<size_t>(between(0, 3)), ' ');
    if (random.Below(3) == 0) field += random.Below(2) == 0 ? "-" : "+";
    std::string mantissa = digits(between(1, 20));
    if (random.Below(3) != 0) {
      mantissa.insert(static_cast<size_t>(between(0, mantissa.size())), ".");
    }
    field += mantissa;
    switch (random.Below(5)) {
      case 0:
        field += "E" + std::to_string(between(-40, 40));
        break;
      case 1:
        field += std::string(random.Below(2) == 0 ? "D" : "e") + "-" + digits(2);
        break;
      case 2:
        field += (random.Below(2) == 0 ? "+" : "-") + digits(1);
        break;
      default:
        break;
    }
    if (random.Below(5) == 0) field.insert(static_cast<size_t>(between(1, field.size())), " ");
    const int64_t d = between(0, 6);
    const int64_t w = between(static_cast<int64_t>(field.size()) - 2, 30);
    const char letter = "FEDG"[random.Below(4)];
    std::string scale = random.Below(4) == 0 ? std::to_string(between(-3, 3)) + "P," : "";
    cases.push_back({"(" + blank + scale + letter + std::to_string(std::max<int64_t>(w, 1)) + "." +
                         std::to_string(d) + ")",
                     random.Below(2) == 0 ? ItemKind::kReal4 : ItemKind::kReal8, field});
  }
  return cases;
}

void CompareWithGfortran(const std::vector<InputCase>& cases) {
  REMINT_REQUIRE_OR_SKIP(GfortranAvailable(),
                         "gfortran not found in PATH (scripts/install-deps "
                         "installs it)");
  std::string input;
  for (const InputCase& one : cases) {
    // One record per case: no case's format goes to a second record.
    input += one.record + "\n";
  }
  ErrorOr<GfortranOutcome> ran = RunWithGfortran(Program(cases), input);
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  ASSERT_EQ(ran->exit_status, 0) << ran->standard_error;
  const std::vector<std::string> lines = SplitLines(ran->standard_output);
  ASSERT_EQ(lines.size(), cases.size());
  size_t mismatches = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string ours = RuntimeLine(cases[i]);
    if (ours != lines[i] && ++mismatches <= 40) {
      ADD_FAILURE() << "format " << cases[i].format << " record [" << cases[i].record
                    << "]\n gfortran: " << lines[i] << "\n remint:   " << ours;
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << cases.size() << " cases";
}

TEST(FortranFormattedInputReferenceTest, HandPickedCasesMatchGfortran) {
  CompareWithGfortran(HandPicked());
}

TEST(FortranFormattedInputReferenceTest, GeneratedCasesMatchGfortran) {
  CompareWithGfortran(Generated(3000));
}

}  // namespace
}  // namespace remint::testing
