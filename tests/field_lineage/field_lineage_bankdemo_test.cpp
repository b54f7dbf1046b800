// Field lineage on corpus/bankdemo: two programs as golden text, a master-file field traced
// across the nightly stream (FEEASSES writes ACCT-BALANCE into ACCTMAST(+1); its bytes come
// through INTACCR and DAILYPST from the previous master and from the transactions TRNSORT edited),
// and `remint lineage --field`. REMINT_UPDATE_GOLDEN=1 rewrites golden/*.txt.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "analyzers/lineage/dataset_lineage.h"
#include "analyzers/lineage/estate_field_lineage.h"
#include "analyzers/lineage/field_lineage.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"
#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"

namespace remint::lineage {
namespace {

namespace fs = std::filesystem;

const std::string kEstate = REMINT_BANKDEMO_DIR;
const std::string kGolden = REMINT_FIELD_LINEAGE_GOLDEN_DIR;

auto Relative(const std::string& text) -> std::string {
  return remint::testing::ReplaceAll(text, kEstate + "/", "");
}

// As the project builds it: cobc -std=ibm with the copy library.
auto ProgramLineage(const std::string& member) -> FieldLineage {
  cobol::testing::FileLowerOptions options;
  options.copy_directories.push_back(kEstate + "/BANK.PROD.COPYLIB");
  options.lower.dialect = cobol::CobolDialect::kIbm;
  cobol::testing::LowerResult result =
      cobol::testing::LowerFile(kEstate + "/BANK.PROD.COBOL/" + member, options);
  EXPECT_EQ(result.error_count(), 0u) << member << "\n" << result.messages();
  result.module.ImportSources(*result.sources);
  return BuildFieldLineage(result.module, ir::UnitId(0));
}

TEST(BankdemoFieldLineageTest, DailyPostingMatchesGolden) {
  FieldLineage lineage = ProgramLineage("DAILYPST");
  std::string text = Relative(FormatFieldLineage(lineage));
  EXPECT_TRUE(remint::testing::MatchesGolden(kGolden + "/DAILYPST.txt", text));
  EXPECT_EQ(text, Relative(FormatFieldLineage(ProgramLineage("DAILYPST")))) << "deterministic";
}

TEST(BankdemoFieldLineageTest, DateSubprogramMatchesGolden) {
  FieldLineage lineage = ProgramLineage("DATEUTIL");
  EXPECT_TRUE(remint::testing::MatchesGolden(kGolden + "/DATEUTIL.txt",
                                             Relative(FormatFieldLineage(lineage))));
}

// In DAILYPST the balance is read with the master record, and changed by the transaction amount.
TEST(BankdemoFieldLineageTest, BalanceComesFromTheMasterAndTheTransactions) {
  FieldLineage lineage = ProgramLineage("DAILYPST");
  LineageReach reach = lineage.SourceReach("ACCT-BALANCE");
  for (const char* name :
       {"WS-AMOUNT", "TR-AMOUNT", "file ACCOUNT-IN", "file TRAN-IN", "DD ACCTIN", "DD TRANIN"}) {
    EXPECT_TRUE(std::find(reach.names.begin(), reach.names.end(), name) != reach.names.end())
        << name;
  }
  // Only the balance's own bytes of the master, and the amount's of the transaction.
  ASSERT_EQ(reach.files.size(), 2u);
  EXPECT_EQ(reach.files[0], (FileSlice{"ACCOUNT-IN", 49, 7}));
  EXPECT_EQ(reach.files[1], (FileSlice{"TRAN-IN", 33, 6}));
  LineageReach written = lineage.SourcesOf(FileSlice{"ACCOUNT-OUT", 49, 7});
  EXPECT_EQ(written.image, std::vector<std::string>{"ACCT-BALANCE"});
}

class BankdemoEstateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    programs_ = new std::vector<FieldLineage>();
    for (const auto& entry : fs::directory_iterator(kEstate + "/BANK.PROD.COBOL")) {
      programs_->push_back(ProgramLineage(entry.path().filename().string()));
    }
    std::sort(programs_->begin(), programs_->end(),
              [](const FieldLineage& a, const FieldLineage& b) { return a.program < b.program; });
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    jcl::LibraryOptions options;
    options.library_roots.push_back(kEstate);
    options.symbols["SYSUID"] = "REMINT";
    ir::Module module;
    ir::Builder builder(module, &sources);
    std::vector<ir::JobId> jobs;
    for (const char* job : {"BANKD01", "BANKD02", "BANKD03", "BANKD04"}) {
      std::string member = std::string("BANK.PROD.JCL/") + job;
      ErrorOr<FileId> file = sources.Load(kEstate + "/" + member, member);
      ASSERT_TRUE(file.ok());
      std::vector<jcl::ExpandedJob> expanded = jcl::ExpandMember(sources, *file, options, emitter);
      std::vector<ir::JobId> lowered = jcl::LowerJobs(expanded, builder, emitter);
      jobs.insert(jobs.end(), lowered.begin(), lowered.end());
    }
    ASSERT_EQ(collector.error_count(), 0u);
    module.ImportSources(sources);
    datasets_ = new DatasetLineage();
    datasets_->AddJobs(module, jobs);
  }

  static void TearDownTestSuite() {
    delete programs_;
    delete datasets_;
  }

  static auto Trace(const std::string& program, const std::string& field, EstateDirection direction)
      -> std::vector<EstateHop> {
    return TraceFieldAcrossJobs(*programs_, *datasets_, program, field, direction);
  }

  static auto Find(const std::vector<EstateHop>& hops, EstateHop::Kind kind,
                   const std::string& program, const std::string& step) -> const EstateHop* {
    for (const EstateHop& hop : hops) {
      if (hop.kind == kind && hop.program == program && hop.step == step) return &hop;
    }
    return nullptr;
  }

  static std::vector<FieldLineage>* programs_;
  static DatasetLineage* datasets_;
};

std::vector<FieldLineage>* BankdemoEstateTest::programs_ = nullptr;
DatasetLineage* BankdemoEstateTest::datasets_ = nullptr;

// Done-when of issue 12: "where does this output field come from" across the stream.
TEST_F(BankdemoEstateTest, MasterBalanceWrittenByFeesComesFromPostingAndTheDaysTransactions) {
  std::vector<EstateHop> hops = Trace("FEEASSES", "ACCT-BALANCE", EstateDirection::kUpstream);
  ASSERT_FALSE(hops.empty());
  EXPECT_EQ(hops[0].kind, EstateHop::Kind::kField);
  EXPECT_EQ(hops[0].fields, std::vector<std::string>{"ACCT-BALANCE"});
  // FEES reads &&INTMST, which ACCRUE (INTACCR) writes with its own ACCT-BALANCE at bytes 50-56.
  const EstateHop* read = Find(hops, EstateHop::Kind::kDataset, "FEEASSES", "FEES.RUN");
  ASSERT_NE(read, nullptr);
  EXPECT_EQ(read->dd, "ACCTIN");
  EXPECT_EQ(read->dataset, "BANKD02:&&INTMST");
  EXPECT_EQ(read->offset, 49u);
  EXPECT_EQ(read->length, 7u);
  const EstateHop* accrue = Find(hops, EstateHop::Kind::kStep, "INTACCR", "ACCRUE.RUN");
  ASSERT_NE(accrue, nullptr);
  EXPECT_EQ(accrue->dd, "ACCTOUT");
  EXPECT_EQ(accrue->file, "ACCOUNT-OUT");
  EXPECT_EQ(accrue->fields, std::vector<std::string>{"ACCT-BALANCE"});
  // ... from &&POSTMST, which POST (DAILYPST) writes, from the master and TRAN.SORTED.
  const EstateHop* post = Find(hops, EstateHop::Kind::kStep, "DAILYPST", "POST.RUN");
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->fields, std::vector<std::string>{"ACCT-BALANCE"});
  EXPECT_NE(std::find(post->within.begin(), post->within.end(), "TR-AMOUNT"), post->within.end());
  // TRAN.SORTED is an IDCAMS copy of what TRNSORT wrote, from the day's TRANDAY.
  const EstateHop* copy = Find(hops, EstateHop::Kind::kCopy, "IDCAMS", "SAVETRAN");
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->dataset, "BANK.PROD.TRAN.SORTED");
  const EstateHop* sort = Find(hops, EstateHop::Kind::kStep, "TRNSORT", "TRNSORT.RUN");
  ASSERT_NE(sort, nullptr);
  EXPECT_EQ(sort->offset, 33u) << "the amount's bytes of the sorted transaction";
  bool tranday = false;
  for (size_t i = 0; i + 1 < hops.size(); ++i) {
    tranday = tranday || (hops[i].dataset == "BANK.PROD.TRANDAY" &&
                          hops[i + 1].note == "no step writes it: an input of the stream");
  }
  EXPECT_TRUE(tranday);
  // The master generation POST reads is the one an earlier run's FEES wrote.
  bool earlier = false;
  for (const EstateHop& hop : hops) {
    earlier = earlier || (hop.program == "FEEASSES" && hop.note == "an earlier run");
  }
  EXPECT_TRUE(earlier);
  EXPECT_TRUE(remint::testing::MatchesGolden(kGolden + "/FEEASSES.ACCT-BALANCE.upstream.txt",
                                             FormatEstateTrace(hops, EstateDirection::kUpstream)));
}

// "What does this input field affect": the transaction amount TRNSORT edits reaches the master's
// balance, the posting journal and, through the sorted journals, the printed statements.
TEST_F(BankdemoEstateTest, TransactionAmountAffectsTheMasterJournalAndStatements) {
  std::vector<EstateHop> hops = Trace("DAILYPST", "TR-AMOUNT", EstateDirection::kDownstream);
  std::vector<std::string> datasets;
  for (const EstateHop& hop : hops) {
    if (hop.kind == EstateHop::Kind::kDataset) datasets.push_back(hop.dataset);
  }
  for (const char* dataset : {"BANKD02:&&POSTMST", "BANK.PROD.JRNL.POST", "BANK.PROD.ACCTMAST",
                              "BANK.PROD.STMT.PRINT", "BANK.PROD.GL.FEED"}) {
    EXPECT_NE(std::find(datasets.begin(), datasets.end(), dataset), datasets.end()) << dataset;
  }
  const EstateHop* statements = Find(hops, EstateHop::Kind::kStep, "STMTPRT", "STMT.RUN");
  ASSERT_NE(statements, nullptr);
  EXPECT_TRUE(
      remint::testing::MatchesGolden(kGolden + "/DAILYPST.TR-AMOUNT.downstream.txt",
                                     FormatEstateTrace(hops, EstateDirection::kDownstream)));
  EXPECT_EQ(FormatEstateTrace(hops, EstateDirection::kDownstream),
            FormatEstateTrace(Trace("dailypst", "tr-amount", EstateDirection::kDownstream),
                              EstateDirection::kDownstream))
      << "names are case-insensitive; the walk is deterministic";
  EXPECT_TRUE(Trace("NOSUCHPGM", "X", EstateDirection::kUpstream).empty());
}

// `remint lineage --field`: the field's facts and closures from sources, and with a project the
// walk across the stream.
TEST(FieldLineageCliTest, FieldOfAProgramAndAcrossTheStream) {
  remint::testing::CliResult alone =
      remint::testing::RunRemint({"lineage", "BANK.PROD.COBOL/DAILYPST", "--field", "ws-amount",
                                  "--dialect", "ibm", "-I", "BANK.PROD.COPYLIB"},
                                 kEstate);
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  FieldLineage lineage = ProgramLineage("DAILYPST");
  std::string expected =
      Relative("program DAILYPST\n" + FormatFieldFacts(*lineage.Find("WS-AMOUNT")));
  EXPECT_EQ(alone.out.substr(0, expected.size()), expected) << alone.out;
  EXPECT_NE(alone.out.find("\nsources: DD TRANIN, TR-AMOUNT, TR-TRAN-RECORD, TRAN-IN-REC, file "
                           "TRAN-IN\n"),
            std::string::npos)
      << alone.out;
  EXPECT_EQ(alone.out.find("across the job stream"), std::string::npos) << "no project: no jobs";

  remint::testing::CliResult estate = remint::testing::RunRemint(
      {"lineage", "--field", "ACCT-BALANCE", "--program", "FEEASSES", "--project", "remint.toml"},
      kEstate);
  ASSERT_EQ(estate.exit_code, 0) << estate.err;
  EXPECT_NE(estate.out.find("program FEEASSES\nACCT-BALANCE (record ACCOUNT-RECORD, bytes 50-56)"),
            std::string::npos)
      << estate.out;
  EXPECT_NE(estate.out.find("across the job stream, where it comes from:\n"), std::string::npos);
  EXPECT_NE(estate.out.find("<- written by BANKD02 ACCRUE.RUN (INTACCR) DD ACCTOUT, file "
                            "ACCOUNT-OUT bytes 50-56: ACCT-BALANCE\n"),
            std::string::npos)
      << estate.out;
  EXPECT_NE(estate.out.find("across the job stream, what it affects:\n"), std::string::npos);
  EXPECT_NE(estate.out.find("at BANK.PROD.COBOL/FEEASSES:"), std::string::npos)
      << "display paths relative to the project";

  remint::testing::CliResult unknown = remint::testing::RunRemint(
      {"lineage", "--field", "NO-SUCH-FIELD", "--program", "FEEASSES", "--project", "remint.toml"},
      kEstate);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("FEEASSES has no field NO-SUCH-FIELD"), std::string::npos)
      << unknown.err;
  remint::testing::CliResult ambiguous = remint::testing::RunRemint(
      {"lineage", "--field", "ACCT-BALANCE", "--project", "remint.toml"}, kEstate);
  EXPECT_EQ(ambiguous.exit_code, 2) << "several programs: --program is needed";
  // The dataset form is unchanged.
  remint::testing::CliResult dataset = remint::testing::RunRemint(
      {"lineage", "BANK.PROD.TRAN.SORTED", "--project", "remint.toml"}, kEstate);
  ASSERT_EQ(dataset.exit_code, 0) << dataset.err;
  EXPECT_EQ(dataset.out.rfind("BANK.PROD.TRAN.SORTED\n", 0), 0u) << dataset.out;
}

}  // namespace
}  // namespace remint::lineage
