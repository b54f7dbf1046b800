// `remint scan` over whole estates: the demonstration estate against its side file of expected
// kinds, and the external suites against what their folders say they are.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "tests/support/availability.h"
#include "tests/support/cli_runner.h"

namespace remint::testing {
namespace {

auto ScanJson(const std::string& root, const std::string& name) -> nlohmann::json {
  std::string directory = FreshDirectory(name);
  CliResult result = RunRemint({"--db", directory + "/remint.db", "--json", "scan", root}, ".");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out, nullptr, /*allow_exceptions=*/false);
}

TEST(BankdemoScanTest, EveryMemberHasItsExpectedKind) {
  std::string root = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo";
  std::map<std::string, std::string> expected;
  std::ifstream side_file(root + "/expected-kinds.tsv");
  for (std::string line; std::getline(side_file, line);) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos) expected[line.substr(0, tab)] = line.substr(tab + 1);
  }
  ASSERT_GE(expected.size(), 30u);
  nlohmann::json scan = ScanJson(root, "scan-bankdemo");
  std::map<std::string, std::string> actual;
  for (const nlohmann::json& member : scan["members"]) actual[member["path"]] = member["kind"];
  EXPECT_EQ(actual, expected);
}

// The kind each external-suite file must get, from where it lives; empty for files with no
// expectation (documentation, data).
auto ExpectedSharedKind(const std::string& path) -> std::string {
  static const std::regex kNistProgram(R"(nist-cobol85/[A-Z]{2}/(lib/)?[^/]+\.(CBL|SUB))");
  static const std::regex kNistCopybook(R"(nist-cobol85/copy(alt)?/[^/]+)");
  static const std::regex kFcvsProgram(R"(nist-fcvs/FM\d+\.FOR)");
  static const std::regex kJcl(R"(jcl-mapa/[^/]+\.jcl)");
  if (std::regex_match(path, kNistProgram)) return "cobol-program";
  if (std::regex_match(path, kNistCopybook)) return "cobol-copybook";
  if (std::regex_match(path, kFcvsProgram)) return "fortran";
  if (std::regex_match(path, kJcl)) return "jcl";
  return "";
}

// Files whose extension promises something their content does not hold; each with the reason.
const std::map<std::string, std::string> kKnownExceptions = {
    {"jcl-mapa/test9014.jcl",
     "holds a COBOL program followed by C source and not one JCL statement: a parser stress "
     "input meant to be read as in-stream data"},
};

TEST(SharedCorpusScanTest, ConfusionMatrix) {
  std::string root = REMINT_SHARED_CORPUS_DIR;
  REMINT_REQUIRE_OR_SKIP(std::filesystem::exists(root),
                         "external corpus not found at "
                             << root << " (it lives beside the project as ../shared/corpus)");
  nlohmann::json scan = ScanJson(root, "scan-shared-corpus");
  std::map<std::string, std::map<std::string, int>> matrix;
  int checked = 0;
  for (const nlohmann::json& member : scan["members"]) {
    std::string path = member["path"];
    std::string expected = ExpectedSharedKind(path);
    if (expected.empty()) continue;
    std::string kind = member["kind"];
    std::string actual = expected == "jcl" && kind.starts_with("jcl-") ? "jcl" : kind;
    ++matrix[expected][actual];
    ++checked;
    if (actual != expected) {
      EXPECT_TRUE(kKnownExceptions.contains(path)) << path << ": expected " << expected << ", got "
                                                   << kind << " (" << member["reason"] << ")";
    }
  }
  std::ostringstream table;
  table << "expected \\ actual";
  for (const auto& [expected, row] : matrix) {
    for (const auto& [actual, count] : row) {
      table << "\n  " << expected << " -> " << actual << ": " << count;
    }
  }
  std::cout << "confusion matrix over " << checked << " files:\n" << table.str() << "\n";
  EXPECT_EQ(matrix["cobol-program"]["cobol-program"], 458);
  EXPECT_EQ(matrix["cobol-copybook"]["cobol-copybook"], 51);
  EXPECT_EQ(matrix["fortran"]["fortran"], 192);
  EXPECT_EQ(matrix["jcl"]["jcl"] + static_cast<int>(kKnownExceptions.size()), 216);
}

}  // namespace
}  // namespace remint::testing
