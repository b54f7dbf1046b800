// Rules kept in the project database: `remint rules SOURCE` (with a database) and `remint report
// --project` write them, `remint rules PROGRAM` and `remint rules` read them back without the
// sources, and say when a source changed since or when nothing is kept.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "store/project_store.h"
#include "tests/support/cli_runner.h"
#include "tests/support/scratch.h"

namespace remint::analysis::testing {
namespace {

namespace fs = std::filesystem;
using remint::testing::CliResult;
using remint::testing::FreshDirectory;
using remint::testing::RunRemint;

const std::string kEstate = REMINT_BANKDEMO_DIR;

// A copy of bankdemo's programs and copybooks (so that a test may edit them) and a database.
auto Workspace(const std::string& name) -> std::string {
  std::string root = FreshDirectory(name);
  for (const char* library : {"BANK.PROD.COBOL", "BANK.PROD.COPYLIB"}) {
    fs::copy(kEstate + "/" + library, root + "/" + library, fs::copy_options::recursive);
  }
  return root;
}

auto Rules(const std::vector<std::string>& items, const std::string& root,
           const std::vector<std::string>& extra = {}) -> CliResult {
  std::vector<std::string> arguments = {"--db", root + "/db/remint.db"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  arguments.push_back("rules");
  arguments.insert(arguments.end(), items.begin(), items.end());
  arguments.insert(arguments.end(), {"-I", "BANK.PROD.COPYLIB"});
  return RunRemint(arguments, root);
}

TEST(RulesKeptTest, ExtractedRulesReadBackByProgramInEveryFormat) {
  std::string root = Workspace("rules-kept-read-back");
  CliResult extracted =
      Rules({"BANK.PROD.COBOL/CUSTVAL", "BANK.PROD.COBOL/FEEASSES"}, root);
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  ASSERT_NE(extracted.out.find("R-"), std::string::npos);
  // By name (any case), and every program kept when none is named: the same text.
  CliResult by_name = Rules({"custval", "FEEASSES"}, root);
  ASSERT_EQ(by_name.exit_code, 0) << by_name.err;
  EXPECT_EQ(by_name.out, extracted.out);
  EXPECT_EQ(by_name.err, "");
  CliResult all = Rules({}, root);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_EQ(all.out, extracted.out);
  for (const char* format : {"--json", "--markdown"}) {
    std::vector<std::string> extra;
    std::vector<std::string> items_from_db = {"CUSTVAL", "FEEASSES"};
    std::vector<std::string> items_from_sources = {"BANK.PROD.COBOL/CUSTVAL",
                                                   "BANK.PROD.COBOL/FEEASSES"};
    if (std::string(format) == "--json") extra.push_back(format);
    if (std::string(format) == "--markdown") {
      items_from_db.push_back(format);
      items_from_sources.push_back(format);
    }
    CliResult from_sources = Rules(items_from_sources, root, extra);
    CliResult from_db = Rules(items_from_db, root, extra);
    ASSERT_EQ(from_db.exit_code, 0) << from_db.err;
    EXPECT_EQ(from_db.out, from_sources.out) << format;
  }
  // Every field of every rule comes back.
  CliResult json = Rules({"CUSTVAL"}, root, {"--json"});
  nlohmann::json parsed = nlohmann::json::parse(json.out);
  ASSERT_FALSE(parsed.empty());
  for (const char* key : {"id", "program", "procedure", "kind", "condition", "file", "line",
                          "end_line", "decision_line", "reads", "writes", "performs",
                          "actions"}) {
    EXPECT_TRUE(parsed[0].contains(key)) << key;
  }
}

TEST(RulesKeptTest, AChangedCopybookIsReportedAndTheRulesStillListed) {
  std::string root = Workspace("rules-kept-stale");
  ASSERT_EQ(Rules({"BANK.PROD.COBOL/INTACCR", "BANK.PROD.COBOL/CUSTVAL"}, root).exit_code, 0);
  CliResult before = Rules({"INTACCR", "CUSTVAL"}, root);
  ASSERT_EQ(before.err, "");
  std::ofstream(root + "/BANK.PROD.COPYLIB/ACCTREC", std::ios::app) << "      * edited\n";
  CliResult after = Rules({"INTACCR", "CUSTVAL"}, root);
  EXPECT_EQ(after.exit_code, 0) << after.err;  // a warning
  EXPECT_EQ(after.out, before.out);
  // INTACCR copies ACCTREC; CUSTVAL does not.
  EXPECT_NE(after.err.find("RM8005"), std::string::npos) << after.err;
  EXPECT_NE(after.err.find("'INTACCR'"), std::string::npos) << after.err;
  EXPECT_EQ(after.err.find("'CUSTVAL'"), std::string::npos) << after.err;
  // Extracted again: no warning.
  ASSERT_EQ(Rules({"BANK.PROD.COBOL/INTACCR"}, root).exit_code, 0);
  EXPECT_EQ(Rules({"INTACCR"}, root).err, "");
  // A member that went away is a change too.
  fs::remove(root + "/BANK.PROD.COBOL/CUSTVAL");
  EXPECT_NE(Rules({"CUSTVAL"}, root).err.find("RM8005"), std::string::npos);
}

TEST(RulesKeptTest, NothingKeptIsALocatedErrorNotAnEmptyList) {
  std::string root = Workspace("rules-kept-nothing");
  // No database at all: nothing is created, and the user is told how to keep rules.
  CliResult no_database = Rules({"CUSTVAL"}, root);
  EXPECT_EQ(no_database.exit_code, 2);
  EXPECT_NE(no_database.err.find("RM8004"), std::string::npos) << no_database.err;
  EXPECT_FALSE(fs::exists(root + "/db/remint.db"));
  // --db names a database that does not exist yet: the extraction creates it, and a program
  // named in the same run is read back from it.
  CliResult created = Rules({"BANK.PROD.COBOL/CUSTVAL", "CUSTVAL"}, root);
  ASSERT_EQ(created.exit_code, 0) << created.err;
  std::string once = Rules({"CUSTVAL"}, root).out;
  ASSERT_FALSE(once.empty());
  EXPECT_EQ(created.out, once + once);
  CliResult unknown = Rules({"NOSUCHPG"}, root);
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("RM8004"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("'NOSUCHPG'"), std::string::npos) << unknown.err;
  EXPECT_EQ(unknown.out, "");
}

TEST(RulesKeptTest, AnEntryThatIsNotARuleIsReportedNotPrintedHalfway) {
  std::string root = Workspace("rules-kept-corrupt");
  {
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    std::unique_ptr<store::ProjectStore> project =
        store::ProjectStore::Open(root + "/db/remint.db", emitter);
    ASSERT_NE(project, nullptr);
    store::StoredProgramRules broken;
    broken.program = "BROKEN";
    broken.member = "BROKEN.cbl";
    broken.rules = {R"({"id": "R-0000000001"})", "not json"};
    broken.rule_ids = {"R-0000000001", "R-0000000002"};
    ASSERT_TRUE(project->WriteProgramRules({&broken, 1}));
  }
  CliResult result = Rules({"BROKEN"}, root);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("RM8006"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("entry 1"), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
}

// `remint report --project` keeps every program's rules in the project's database.
TEST(RulesKeptTest, TheReportKeepsEveryProgramsRules) {
  std::string root = FreshDirectory("rules-kept-report");
  {
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    ASSERT_NE(store::ProjectStore::Open(root + "/work/remint.db", emitter), nullptr);
  }
  CliResult report = RunRemint(
      {"report", "--project", kEstate, "--work", root + "/work", "-o", root + "/site"}, root);
  ASSERT_EQ(report.exit_code, 0) << report.err;
  CliResult kept = RunRemint({"--db", root + "/work/remint.db", "--json", "rules"}, root);
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  nlohmann::json rules = nlohmann::json::parse(kept.out);
  std::set<std::string> programs;
  for (const nlohmann::json& rule : rules) programs.insert(rule["program"].get<std::string>());
  // Every COBOL program of bankdemo, and the README's 534 rules.
  EXPECT_EQ(programs.size(), 8u);
  EXPECT_EQ(rules.size(), 534u);
  EXPECT_EQ(kept.err, "");
}

}  // namespace
}  // namespace remint::analysis::testing
