// The C++ the emitter writes, pinned: each small program in golden/ (one per statement family)
// is emitted by `remint emit` as a user runs it (clang-format included) and its source file
// compared with NAME.cpp beside it (REMINT_UPDATE_GOLDEN=1 rewrites them; review the diff).
// Every emitted function and decision must carry its source line: the test checks that each
// function definition and each `if`/`switch`/loop head is preceded or followed by a
// `// FILE:LINE` comment.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"
#include "tests/support/process.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

auto Cases() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(REMINT_EMIT_GOLDEN_DIR)) {
    if (entry.path().extension() == ".cbl") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The one source file of an emitted project.
auto EmittedSource(const fs::path& out) -> std::string {
  for (const auto& entry : fs::directory_iterator(out / "src")) {
    return ReadWholeFile(entry.path()).value_or("");
  }
  return "";
}

class EmittedGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EmittedGoldenTest, MatchesItsGolden) {
  const fs::path directory = REMINT_EMIT_GOLDEN_DIR;
  const fs::path work = FreshDirectory("emit-golden-" + GetParam());
  fs::copy_file(directory / (GetParam() + ".cbl"), work / (GetParam() + ".cbl"));
  CliResult emitted = RunRemint({"emit", GetParam() + ".cbl", "-o", "out"}, work.string());
  ASSERT_EQ(emitted.exit_code, 0) << emitted.err;
  const std::string source = EmittedSource(work / "out");
  ASSERT_FALSE(source.empty());
  EXPECT_TRUE(MatchesGolden((directory / (GetParam() + ".cpp")).string(), source));
}

// Every paragraph's function and every decision (IF, EVALUATE and its WHENs, PERFORM UNTIL /
// VARYING, SEARCH) of `cobol` names the COBOL line it comes from as `tag`:LINE in a comment of
// `emitted`. Returns how many lines it checked.
auto ExpectSourceLines(const std::string& cobol, const std::string& emitted,
                       const std::string& tag_prefix) -> int {
  EXPECT_FALSE(emitted.empty());
  EXPECT_FALSE(cobol.empty());
  std::istringstream in(cobol);
  const std::regex decision(R"((^|[^-A-Z0-9])(IF|EVALUATE|WHEN|UNTIL|SEARCH)\b)");
  const std::regex paragraph(R"(^[A-Z0-9][A-Z0-9-]*\.\s*$)");
  bool in_procedure_division = false;
  int number = 0;
  int checked = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.size() < 8 || line[6] == '*') continue;
    const std::string code = line.substr(7, 65);
    if (code.find("PROCEDURE DIVISION") != std::string::npos) in_procedure_division = true;
    if (!in_procedure_division) continue;
    const bool is_paragraph = code[0] != ' ' && std::regex_search(code, paragraph);
    std::string text = code;
    // Literals are not keywords.
    text = std::regex_replace(text, std::regex(R"("[^"]*")"), "\"\"");
    if (!is_paragraph && !std::regex_search(text, decision)) continue;
    const std::string tag = tag_prefix + std::to_string(number);
    ++checked;
    EXPECT_NE(emitted.find(tag + "\n"), std::string::npos)
        << "no // " << tag << " in the emitted C++ for: " << code;
  }
  return checked;
}

TEST_P(EmittedGoldenTest, FunctionsAndDecisionsCarryTheirSourceLine) {
  const fs::path directory = REMINT_EMIT_GOLDEN_DIR;
  ExpectSourceLines(ReadTextFile((directory / (GetParam() + ".cbl")).string()),
                    ReadTextFile((directory / (GetParam() + ".cpp")).string()),
                    GetParam() + ".cbl:");
}

// docs/emitter.md shows one corpus/bankdemo program beside its C++: the C++ it links to,
// docs/examples/DATEUTIL.cpp, is what remint emits today (REMINT_UPDATE_GOLDEN=1 rewrites it).
TEST(BankdemoExampleTest, DocsShowTheCppEmittedForDateutil) {
  const fs::path bankdemo = REMINT_BANKDEMO_DIR;
  const fs::path work = FreshDirectory("emit-golden-dateutil");
  CliResult emitted = RunRemint({"emit", (bankdemo / "BANK.PROD.COBOL" / "DATEUTIL").string(), "-I",
                                 (bankdemo / "BANK.PROD.COPYLIB").string(), "--dialect", "ibm",
                                 "-o", "out"},
                                work.string());
  ASSERT_EQ(emitted.exit_code, 0) << emitted.err;
  const std::string source = EmittedSource(work / "out");
  const std::string golden = std::string(REMINT_DOCS_DIR) + "/examples/DATEUTIL.cpp";
  EXPECT_TRUE(MatchesGolden(golden, source));
  EXPECT_GT(ExpectSourceLines(ReadTextFile((bankdemo / "BANK.PROD.COBOL" / "DATEUTIL").string()),
                              source, "DATEUTIL:"),
            20);
}

INSTANTIATE_TEST_SUITE_P(Cases, EmittedGoldenTest, ::testing::ValuesIn(Cases()),
                         [](const auto& case_info) { return case_info.param; });

}  // namespace
}  // namespace remint::testing
