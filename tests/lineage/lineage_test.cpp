// Dataset lineage over corpus/bankdemo's nightly stream (the four jobs lowered together): the
// writers, readers, upstream and downstream of a GDG, a cataloged dataset passed between jobs and
// a dataset nothing writes. golden/<DSN>.txt; REMINT_UPDATE_GOLDEN=1 rewrites them.
#include <gtest/gtest.h>

#include "analyzers/lineage/dataset_lineage.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"
#include "tests/support/golden.h"

namespace remint::lineage {
namespace {

class BankdemoLineageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string estate = REMINT_BANKDEMO_DIR;
    DiagnosticEmitter emitter(&sources_, collector_);
    jcl::LibraryOptions options;
    options.library_roots.push_back(estate);
    options.symbols["SYSUID"] = "REMINT";
    ir::Builder builder(module_, &sources_);
    for (const char* job : {"BANKD01", "BANKD02", "BANKD03", "BANKD04"}) {
      std::string member = std::string("BANK.PROD.JCL/") + job;
      ErrorOr<FileId> file = sources_.Load(estate + "/" + member, member);
      ASSERT_TRUE(file.ok());
      std::vector<jcl::ExpandedJob> expanded = jcl::ExpandMember(sources_, *file, options, emitter);
      std::vector<ir::JobId> jobs = jcl::LowerJobs(expanded, builder, emitter);
      jobs_.insert(jobs_.end(), jobs.begin(), jobs.end());
    }
    ASSERT_EQ(collector_.error_count(), 0u);
    module_.ImportSources(sources_);
    lineage_.AddJobs(module_, jobs_);
    estate_ = estate + "/";
  }

  auto Describe(const std::string& dsn) -> std::string {
    return remint::testing::ReplaceAll(lineage_.Describe(dsn), estate_, "");
  }

  SourceManager sources_;
  DiagnosticCollector collector_;
  ir::Module module_;
  std::vector<ir::JobId> jobs_;
  DatasetLineage lineage_;
  std::string estate_;
};

TEST_F(BankdemoLineageTest, GenerationDataGroupByItsBase) {
  EXPECT_TRUE(remint::testing::MatchesGolden(
      std::string(REMINT_LINEAGE_GOLDEN_DIR) + "/BANK.PROD.ACCTMAST.txt",
      Describe("BANK.PROD.ACCTMAST(+1)")));
  EXPECT_EQ(Describe("BANK.PROD.ACCTMAST.G0002V00"), Describe("BANK.PROD.ACCTMAST"));
}

TEST_F(BankdemoLineageTest, DatasetPassedBetweenJobs) {
  EXPECT_TRUE(remint::testing::MatchesGolden(
      std::string(REMINT_LINEAGE_GOLDEN_DIR) + "/BANK.PROD.TRAN.SORTED.txt",
      Describe("BANK.PROD.TRAN.SORTED")));
  const DatasetNode* node = lineage_.Find("BANK.PROD.TRAN.SORTED");
  ASSERT_NE(node, nullptr);
  ASSERT_EQ(node->writers.size(), 1u);
  EXPECT_EQ(node->writers[0].step, "SAVETRAN");
  ASSERT_EQ(node->readers.size(), 1u);
  EXPECT_EQ(node->readers[0].job, "BANKD02");
  EXPECT_EQ(node->readers[0].step, "POST.RUN");
}

TEST_F(BankdemoLineageTest, InputOfTheStreamAndUnknownDataset) {
  std::string text = Describe("BANK.PROD.CUSTMAST");
  EXPECT_NE(text.find("(no step writes it: an input of the stream)"), std::string::npos) << text;
  EXPECT_EQ(lineage_.Find("NO.SUCH.DATASET"), nullptr);
  EXPECT_EQ(lineage_.Find("BANK.PROD.LOADLIB"), nullptr) << "STEPLIB is not data";
}

TEST(LineageNameTest, GenerationsNameTheirBase) {
  EXPECT_EQ(LineageName("A.B(+1)"), "A.B");
  EXPECT_EQ(LineageName("A.B(0)"), "A.B");
  EXPECT_EQ(LineageName("A.B.G0012V00"), "A.B");
  EXPECT_EQ(LineageName("A.LIB(MEMBER)"), "A.LIB(MEMBER)");
  EXPECT_EQ(LineageName("A.GOOD"), "A.GOOD");
}

}  // namespace
}  // namespace remint::lineage
