// `remint record`: bankdemo's interest accrual recorded from its cobc build, twice, into the
// project database; the second case reuses the build and stores no dataset again.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>

#include "base/diagnostics/diagnostic_emitter.h"
#include "store/project_store.h"
#include "tests/support/availability.h"
#include "tests/support/cli_runner.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

const std::string kBankdemo = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo";

TEST(RecordCommandTest, RecordsACaseFromTheLegacyBuildIntoTheDatabase) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = FreshDirectory("record-command");
  // The month-end control card, and the rate cards from the nightly JCL's in-stream data, each
  // an 80-byte card as the stream runner makes them.
  auto card = [](std::string text) { return text.append(80 - text.size(), ' '); };
  std::ofstream(root + "/CTLCARD")
      << card("BANKCTL120240229202402280420PN NIGHTLY CYCLE THU 29 FEB 2024 MONTH END");
  std::ifstream jcl(kBankdemo + "/BANK.PROD.JCL/BANKD02");
  std::ofstream rates(root + "/RATES");
  bool in_rates = false;
  for (std::string line; std::getline(jcl, line);) {
    if (line.rfind("//RUN.RATES", 0) == 0) {
      in_rates = true;
    } else if (in_rates && (line.rfind("//", 0) == 0 || line.rfind("/*", 0) == 0)) {
      break;
    } else if (in_rates) {
      rates << card(line.substr(0, 80));
    }
  }
  rates.close();
  ASSERT_GT(fs::file_size(root + "/RATES"), 0u);
  const std::string db = root + "/.remint/remint.db";
  auto record = [&](const std::string& name) {
    return RunRemint({"--db",     db,
                      "record",   kBankdemo + "/BANK.PROD.COBOL/INTACCR",
                      "--case",   name,
                      "--module", kBankdemo + "/BANK.PROD.COBOL/DATEUTIL",
                      "-I",       kBankdemo + "/BANK.PROD.COPYLIB",
                      "--dd",     "CTLCARD=" + root + "/CTLCARD",
                      "--dd",     "RATES=" + root + "/RATES",
                      "--dd",     "ACCTIN=" + kBankdemo + "/data-ascii/ACCTMAST",
                      "--out",    "ACCTOUT",
                      "--out",    "JRNLOUT",
                      "--out",    "INTRPT"},
                     root);
  };
  const CliResult first = record("month-end");
  ASSERT_EQ(first.exit_code, 0) << first.err << first.out;
  EXPECT_NE(first.out.find("legacy build compiled"), std::string::npos) << first.out;
  const CliResult second = record("month-end-again");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("legacy build from cache"), std::string::npos) << second.out;

  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<store::ProjectStore> store = store::ProjectStore::Open(db, emitter);
  ASSERT_NE(store, nullptr);
  ErrorOr<std::optional<store::CaseRecord>> one = store->LoadCase("INTACCR", "month-end");
  ErrorOr<std::optional<store::CaseRecord>> two = store->LoadCase("INTACCR", "month-end-again");
  ASSERT_TRUE(one.ok() && one->has_value() && two.ok() && two->has_value());
  // Same program, same inputs, fixed clock: the same bytes, stored once.
  ASSERT_EQ((*one)->datasets.size(), (*two)->datasets.size());
  for (size_t i = 0; i < (*one)->datasets.size(); ++i) {
    EXPECT_EQ((*one)->datasets[i].bytes, (*two)->datasets[i].bytes) << (*one)->datasets[i].name;
  }
  EXPECT_EQ(*store->BlobCount(), static_cast<int64_t>((*one)->datasets.size()));
  std::map<std::string, std::string> by_name;
  for (const store::CaseDataset& dataset : (*one)->datasets) by_name[dataset.name] = dataset.bytes;
  // The account master comes back with the same number of 150-byte records.
  std::ifstream master(kBankdemo + "/data-ascii/ACCTMAST", std::ios::binary | std::ios::ate);
  EXPECT_EQ(by_name["ACCTOUT"].size(), static_cast<size_t>(master.tellg()));
  EXPECT_NE(by_name["stdout"].find("INTACCR  BUSINESS DATE 2024-02-29"), std::string::npos)
      << by_name["stdout"];
  EXPECT_FALSE(by_name["JRNLOUT"].empty());  // month end: interest credited and journaled

  // Read back: shown as hex, exported byte for byte.
  const CliResult shown = RunRemint({"--db", db, "trace", "show", "INTACCR", "month-end"}, root);
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("outcome: return code 0"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("  00000000  42 41 4e 4b 43 54 4c 31"), std::string::npos)
      << shown.out;  // BANKCTL1
  const CliResult exported = RunRemint(
      {"--db", db, "trace", "export", "INTACCR", "month-end", "-o", root + "/exported"}, root);
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::ifstream out(root + "/exported/output/ACCTOUT", std::ios::binary);
  const std::string exported_master((std::istreambuf_iterator<char>(out)),
                                    std::istreambuf_iterator<char>());
  EXPECT_EQ(exported_master, by_name["ACCTOUT"]);
  EXPECT_EQ(RunRemint({"--db", db, "trace", "show", "INTACCR", "no-such-case"}, root).exit_code, 2);
}

TEST(RecordCommandTest, AProgramCobcRejectsIsReportedAndNothingIsStored) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = FreshDirectory("record-command-bad");
  std::ofstream(root + "/BAD.cbl") << "       IDENTIFICATION DIVISION.\n"
                                      "       PROGRAM-ID. BAD.\n"
                                      "       PROCEDURE DIVISION.\n"
                                      "           MOVE NOWHERE TO NOTHING.\n";
  const CliResult result =
      RunRemint({"--db", root + "/db/remint.db", "record", root + "/BAD.cbl", "--case", "c"}, root);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("NOWHERE"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(root + "/db/remint.db"));
}

}  // namespace
}  // namespace remint::testing
