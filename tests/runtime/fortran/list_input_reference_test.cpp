// The Fortran runtime's list-directed input (READ(u,*)) against gfortran 12: each case reads a
// few items of every kind from its own records (an internal file of one to three records, so a
// case cannot take another's input); gfortran's program prints IOSTAT and what each item holds
// (the bits of reals), and the runtime must read the same. Items are preset, so null values and
// a slash show as the preset values kept.
#include <gtest/gtest.h>

#include <bit>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/fortran/formatted_input.h"
#include "runtime/fortran/list_input.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace ft = cobrt::fortran;

enum class Kind { kInteger, kReal4, kReal8, kComplex4, kLogical, kCharacter };

constexpr size_t kRecordLength = 60;
constexpr size_t kCharacterLength = 6;

struct ListCase {
  std::vector<Kind> items;
  std::vector<std::string> records;  // each at most kRecordLength, no double quote inside
};

auto Name(Kind kind, size_t index) -> std::string {
  static const char* kPrefix[] = {"i", "r", "d", "z", "l", "c"};
  return std::string(kPrefix[static_cast<int>(kind)]) + std::to_string(index + 1);
}

auto Program(const std::vector<ListCase>& cases) -> std::string {
  std::string program = "program lists\n  implicit none\n  integer :: ios\n  character(len=" +
                        std::to_string(kRecordLength) + ") :: recs(3)\n";
  for (int k = 1; k <= 5; ++k) {
    const std::string n = std::to_string(k);
    program += "  integer(8) :: i" + n + "\n  real(4) :: r" + n + "\n  real(8) :: d" + n +
               "\n  complex(4) :: z" + n + "\n  logical :: l" + n +
               "\n  character(len=" + std::to_string(kCharacterLength) + ") :: c" + n + "\n";
  }
  for (const ListCase& one : cases) {
    program += "  recs = ' '\n";
    for (size_t r = 0; r < one.records.size(); ++r) {
      program += "  recs(" + std::to_string(r + 1) + ") = \"" + one.records[r] + "\"\n";
    }
    std::string list;
    for (size_t k = 0; k < one.items.size(); ++k) {
      const std::string v = Name(one.items[k], k);
      switch (one.items[k]) {
        case Kind::kInteger:
          program += "  " + v + " = 7777\n";
          break;
        case Kind::kReal4:
        case Kind::kReal8:
          program += "  " + v + " = 77\n";
          break;
        case Kind::kComplex4:
          program += "  " + v + " = (7.0, 7.0)\n";
          break;
        case Kind::kLogical:
          program += "  " + v + " = .false.\n";
          break;
        case Kind::kCharacter:
          program += "  " + v + " = 'zzzzzz'\n";
          break;
      }
      list += (k == 0 ? " " : ", ") + v;
    }
    program +=
        "  read(recs(1:" + std::to_string(one.records.size()) + "), *, iostat=ios)" + list + "\n";
    program +=
        "  write(*,'(A,I0)', advance='no') 'ios ', merge(-1, merge(1, 0, ios > 0), ios < 0)\n";
    for (size_t k = 0; k < one.items.size(); ++k) {
      const std::string v = Name(one.items[k], k);
      switch (one.items[k]) {
        case Kind::kInteger:
          program += "  write(*,'(1X,I0)', advance='no') " + v + "\n";
          break;
        case Kind::kReal4:
          program += "  write(*,'(1X,Z8.8)', advance='no') transfer(" + v + ", 0_4)\n";
          break;
        case Kind::kReal8:
          program += "  write(*,'(1X,Z16.16)', advance='no') transfer(" + v + ", 0_8)\n";
          break;
        case Kind::kComplex4:
          program += "  write(*,'(1X,Z8.8,1X,Z8.8)', advance='no') transfer(real(" + v +
                     "), 0_4), transfer(aimag(" + v + "), 0_4)\n";
          break;
        case Kind::kLogical:
          program += "  write(*,'(1X,L1)', advance='no') " + v + "\n";
          break;
        case Kind::kCharacter:
          program += "  write(*,'(1X,3A)', advance='no') '[', " + v + ", ']'\n";
          break;
      }
    }
    program += "  write(*,'()')\n";
  }
  return program + "end program lists\n";
}

auto Hex(uint64_t bits, int digits) -> std::string {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%0*llX", digits, static_cast<unsigned long long>(bits));
  return buffer;
}

auto RuntimeLine(const ListCase& one) -> std::string {
  std::vector<std::string> records;
  for (std::string record : one.records) {
    record.resize(kRecordLength, ' ');
    records.push_back(record);
  }
  ft::MemoryRecords source(records);
  ft::ListInput in(source);
  std::vector<int64_t> integers(one.items.size(), 7777);
  std::vector<float> reals(one.items.size(), 77.0F);
  std::vector<double> doubles(one.items.size(), 77.0);
  std::vector<float> imaginary(one.items.size(), 7.0F);
  std::vector<bool> logicals(one.items.size(), false);
  std::vector<std::string> texts(one.items.size(), std::string(kCharacterLength, 'z'));
  for (size_t k = 0; k < one.items.size(); ++k) {
    switch (one.items[k]) {
      case Kind::kInteger:
        in.Integer(integers[k]);
        break;
      case Kind::kReal4:
        in.Real(reals[k]);
        break;
      case Kind::kReal8:
        in.Real(doubles[k]);
        break;
      case Kind::kComplex4:
        reals[k] = 7.0F;
        in.Complex(reals[k], imaginary[k]);
        break;
      case Kind::kLogical: {
        bool value = logicals[k];
        in.Logical(value);
        logicals[k] = value;
        break;
      }
      case Kind::kCharacter:
        in.Character(texts[k]);
        break;
    }
  }
  in.Finish();
  const int status = in.status() == ft::InputStatus::kOk          ? 0
                     : in.status() == ft::InputStatus::kEndOfFile ? -1
                                                                  : 1;
  std::string line = "ios " + std::to_string(status);
  for (size_t k = 0; k < one.items.size(); ++k) {
    switch (one.items[k]) {
      case Kind::kInteger:
        line += " " + std::to_string(integers[k]);
        break;
      case Kind::kReal4:
        line += " " + Hex(std::bit_cast<uint32_t>(reals[k]), 8);
        break;
      case Kind::kReal8:
        line += " " + Hex(std::bit_cast<uint64_t>(doubles[k]), 16);
        break;
      case Kind::kComplex4:
        line += " " + Hex(std::bit_cast<uint32_t>(reals[k]), 8) + " " +
                Hex(std::bit_cast<uint32_t>(imaginary[k]), 8);
        break;
      case Kind::kLogical:
        line += logicals[k] ? " T" : " F";
        break;
      case Kind::kCharacter:
        line += " [" + texts[k] + "]";
        break;
    }
  }
  return line;
}

auto HandPicked() -> std::vector<ListCase> {
  using K = Kind;
  return {
      {{K::kInteger, K::kInteger, K::kInteger}, {"1 2 3"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"1,2,3"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"1 , 2 ,3"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"1,,3"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {",2,3"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"3*5"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"2*,9"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"1 /"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"1", "2", "3"}},
      {{K::kInteger, K::kInteger, K::kInteger}, {"1 2"}},
      {{K::kInteger}, {"x"}},
      {{K::kReal4, K::kReal8}, {"1.5 2.5D3"}},
      {{K::kReal4, K::kReal8}, {"0.1 0.1"}},
      {{K::kReal4, K::kReal8}, {"3 -.5e-2"}},
      {{K::kReal4, K::kReal8}, {"1.5+3 7"}},
      {{K::kComplex4, K::kInteger}, {"(1.5, -2) 4"}},
      {{K::kComplex4, K::kInteger}, {"(1.5,", " -2) 4"}},
      {{K::kLogical, K::kLogical, K::kLogical}, {"T .FALSE. .true."}},
      {{K::kLogical}, {"x"}},
      {{K::kCharacter, K::kCharacter}, {"'AB''C' 'LONGERTEXT'"}},
      {{K::kCharacter, K::kInteger}, {"'SPLIT", "S' 5"}},
      {{K::kCharacter, K::kCharacter}, {"UNQUO 'Q'"}},
      {{K::kCharacter, K::kInteger}, {"2*'X' 3"}},
  };
}

auto Generated(size_t count) -> std::vector<ListCase> {
  SplitMix64 random(20261208);
  std::vector<ListCase> cases;
  while (cases.size() < count) {
    ListCase one;
    std::vector<std::string> tokens;
    for (uint64_t n = 1 + random.Below(5); n > 0; --n) {
      const Kind kind = static_cast<Kind>(random.Below(6));
      one.items.push_back(kind);
      std::string token;
      switch (kind) {
        case Kind::kInteger:
          token = std::to_string(static_cast<int64_t>(random.Below(2000000)) - 1000000);
          break;
        case Kind::kReal4:
        case Kind::kReal8: {
          token = std::to_string(random.Below(100000));
          if (random.Below(2) == 0) token.insert(random.Below(token.size() + 1), ".");
          if (random.Below(3) == 0)
            token += "E" + std::to_string(static_cast<int>(random.Below(40)) - 20);
          if (random.Below(3) == 0) token = "-" + token;
          break;
        }
        case Kind::kComplex4:
          token = "(" + std::to_string(random.Below(100)) + "." + std::to_string(random.Below(10)) +
                  (random.Below(2) == 0 ? ", " : ",") + "-" + std::to_string(random.Below(50)) +
                  ")";
          break;
        case Kind::kLogical:
          token = random.Below(2) == 0 ? (random.Below(2) == 0 ? "T" : ".TRUE.") : "F";
          break;
        case Kind::kCharacter:
          token = "'";
          for (uint64_t k = random.Below(9); k > 0; --k) token += char('A' + random.Below(26));
          token += "'";
          break;
      }
      if (random.Below(8) == 0) token = "";  // a null value
      tokens.push_back(token);
    }
    std::string text;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (k > 0) {
        static const char* kSeparators[] = {" ", ",", " , ", "  "};
        std::string separator = kSeparators[random.Below(4)];
        if (tokens[k].empty() || tokens[k - 1].empty()) separator = ",";
        text += separator;
      }
      text += tokens[k];
    }
    if (!tokens.empty() && tokens.front().empty()) text = "," + text;
    if (random.Below(6) == 0) text += " /";
    if (text.size() > kRecordLength) continue;
    // Split at a blank into two records now and then.
    const size_t blank = text.find(' ', text.size() / 2);
    if (blank != std::string::npos && random.Below(3) == 0) {
      one.records = {text.substr(0, blank), text.substr(blank + 1)};
    } else {
      one.records = {text};
    }
    cases.push_back(std::move(one));
  }
  return cases;
}

void CompareWithGfortran(const std::vector<ListCase>& cases) {
  REMINT_REQUIRE_OR_SKIP(GfortranAvailable(),
                         "gfortran not found in PATH (scripts/install-deps installs it)");
  ErrorOr<GfortranOutcome> ran = RunWithGfortran(Program(cases), "");
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  ASSERT_EQ(ran->exit_status, 0) << ran->standard_error;
  const std::vector<std::string> lines = SplitLines(ran->standard_output);
  ASSERT_EQ(lines.size(), cases.size());
  size_t mismatches = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string ours = RuntimeLine(cases[i]);
    if (ours != lines[i] && ++mismatches <= 30) {
      std::string records;
      for (const std::string& record : cases[i].records) records += "[" + record + "] ";
      ADD_FAILURE() << "records " << records << "\n gfortran: " << lines[i]
                    << "\n remint:   " << ours;
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << cases.size() << " cases";
}

TEST(FortranListInputReferenceTest, HandPickedCasesMatchGfortran) {
  CompareWithGfortran(HandPicked());
}

TEST(FortranListInputReferenceTest, GeneratedCasesMatchGfortran) {
  CompareWithGfortran(Generated(1000));
}

}  // namespace
}  // namespace remint::testing
