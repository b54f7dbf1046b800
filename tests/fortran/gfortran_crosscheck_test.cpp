// Bad input located where gfortran locates it: each probe is read by remint and checked with
// `gfortran -std=legacy -fsyntax-only` (skipped when gfortran is not installed); the line of our
// diagnostic must be the line of gfortran's first one. Columns are compared too: gfortran often
// points one column past the character at fault (the character after a tab or an opening
// apostrophe, column 7 of a bad continuation line); where it does, the probe says so.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <regex>

#include "tests/fortran/fortran_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/process.h"

namespace remint::fortran::testing {
namespace {

struct Probe {
  const char* name;
  const char* source;
  const char* code;            // Our diagnostic.
  int gfortran_column_offset;  // gfortran's column minus ours; -1 when gfortran gives none.
  const char* extra_flag;      // A gfortran option the probe needs (or "").
};

constexpr Probe kProbes[] = {
    {"continuation", "C\n     1X = 1\n      END\n", "RM4001", 1, ""},
    {"label", "  1A  X = 1\n      END\n", "RM4002", 1, ""},
    {"missing_include", "      X = 1\n      INCLUDE 'absent.inc'\n      END\n", "RM4003", -1, ""},
    {"recursive_include", "      X = 1\n      INCLUDE 'p.f'\n      END\n", "RM4004", -1, ""},
    {"unterminated", "      X = 1\n      C = 'ABC\n      END\n", "RM4005", 1, ""},
    {"hollerith", "      X = 1\n      CALL F(80HABC)\n      END\n", "RM4006", -1, ""},
    {"tab", "      X = 1\n      Y =\t2\n      END\n", "RM4007", 1, "-Wtabs"},
    {"unclassifiable", "      X = 1\n      HELLO WORLD\n      END\n", "RM4101", 0, ""},
};

auto GfortranAvailable() -> bool {
  auto directory = remint::testing::TemporaryDirectory::Create();
  if (!directory) return false;
  auto result = remint::testing::RunProcess({"gfortran", "--version"}, directory->path(),
                                            std::chrono::seconds(30));
  return result && result->exit_status == 0;
}

class GfortranCrosscheckTest : public ::testing::TestWithParam<Probe> {};

TEST_P(GfortranCrosscheckTest, SameLineAsGfortran) {
  static const bool available = GfortranAvailable();
  REMINT_REQUIRE_OR_SKIP(available, "gfortran is not installed: the cross-check needs it");
  const Probe& probe = GetParam();
  auto directory = remint::testing::TemporaryDirectory::Create();
  ASSERT_TRUE(directory);
  std::string path = (directory->path() / "p.f").string();
  std::ofstream(path) << probe.source;

  ReadResult ours = ReadFile(path, ReadOptions{});
  ASSERT_EQ(ours.diagnostics.size(), 1u) << ::testing::PrintToString(ours.rendered());
  EXPECT_EQ(ours.diagnostics[0].code(), probe.code);

  std::vector<std::string> arguments = {"gfortran", "-std=legacy", "-fsyntax-only"};
  if (*probe.extra_flag != '\0') arguments.emplace_back(probe.extra_flag);
  arguments.emplace_back("p.f");
  auto theirs = remint::testing::RunProcess(arguments, directory->path(), std::chrono::seconds(60));
  ASSERT_TRUE(theirs);
  std::smatch match;
  std::regex located(R"(p\.f:(\d+):(\d+):)");
  ASSERT_TRUE(std::regex_search(theirs->standard_error, match, located)) << theirs->standard_error;
  EXPECT_EQ(std::stoul(match[1].str()), ours.diagnostics[0].location.line)
      << theirs->standard_error;
  if (probe.gfortran_column_offset >= 0) {
    EXPECT_EQ(std::stoul(match[2].str()),
              ours.diagnostics[0].location.column + probe.gfortran_column_offset)
        << theirs->standard_error;
  }
}

INSTANTIATE_TEST_SUITE_P(Probes, GfortranCrosscheckTest, ::testing::ValuesIn(kProbes),
                         [](const ::testing::TestParamInfo<Probe>& probe_info) {
                           return std::string(probe_info.param.name);
                         });

}  // namespace
}  // namespace remint::fortran::testing
