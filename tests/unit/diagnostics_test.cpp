#include <gtest/gtest.h>

#include <set>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/diagnostics/diagnostic_render.h"
#include "base/source_manager.h"

namespace remint {
namespace {

TEST(DiagnosticRegistryTest, CodesAreUniqueWellFormedAndInOrder) {
  std::set<std::string_view> codes;
  std::string_view previous;
  for (const DiagnosticKindInfo& info : AllDiagnosticKinds()) {
    EXPECT_TRUE(codes.insert(info.code).second) << "duplicate code " << info.code;
    ASSERT_EQ(info.code.size(), 6u) << info.code;
    EXPECT_EQ(info.code.substr(0, 2), "RM") << info.code;
    EXPECT_LT(previous, info.code) << "kinds must be listed in code order";
    previous = info.code;
    EXPECT_FALSE(info.format.empty());
    EXPECT_EQ(FindDiagnosticKindByCode(info.code), info.kind);
  }
}

// Builds a SourceManager with a main file that copies a copybook, to exercise include notes.
class DiagnosticRenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    main_ = *sources_.AddBuffer("PROG.cbl", "       COPY BOOK.\n       MOVE A TO B.\n");
    book_ = *sources_.AddBuffer("BOOK.cpy", "       01 X PIC 9.\n       01 Y PIC Q.\n");
    include_ = sources_.AddInclude(SourceLoc{main_, 1, 8, {}}, book_);
  }

  SourceManager sources_;
  FileId main_;
  FileId book_;
  IncludeId include_;
  DiagnosticCollector collector_;
};

TEST_F(DiagnosticRenderTest, ConsoleShowsLocationCaretCodeAndIncludeChain) {
  DiagnosticEmitter emitter(&sources_, collector_);
  emitter.Emit(DiagnosticKind::kScanUndecodableText, SourceLoc{book_, 2, 20, include_}, "X",
               "Y");
  std::vector<Diagnostic> diagnostics = collector_.TakeSorted();
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(RenderConsole(diagnostics, /*color=*/false),
            "BOOK.cpy:2:20: error: cannot decode member as X: Y [RM1007]\n"
            "       01 Y PIC Q.\n"
            "                   ^\n"
            "PROG.cbl:1:8: note: in 'BOOK.cpy', copied here\n"
            "       COPY BOOK.\n"
            "       ^\n");
  std::string colored = RenderConsole(diagnostics, /*color=*/true);
  EXPECT_NE(colored.find("\033[1;31merror"), std::string::npos);
}

TEST_F(DiagnosticRenderTest, JsonAndSarifCarryCodesLevelsAndLocations) {
  DiagnosticEmitter emitter(&sources_, collector_);
  emitter.Emit(DiagnosticKind::kScanUndecodableText, SourceLoc{book_, 2, 20, include_}, "X",
               "Y");
  emitter.EmitForPath(DiagnosticKind::kScanEmptyMember, "EMPTY");
  std::vector<Diagnostic> diagnostics = collector_.TakeSorted();
  nlohmann::ordered_json json = RenderJson(diagnostics);
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["code"], "RM1007");
  EXPECT_EQ(json[0]["location"]["line"], 2);
  EXPECT_EQ(json[0]["notes"][0]["location"]["path"], "PROG.cbl");

  nlohmann::ordered_json sarif = RenderSarif(diagnostics, "0.1.0");
  EXPECT_EQ(sarif["version"], "2.1.0");
  const nlohmann::ordered_json& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "remint");
  ASSERT_EQ(run["tool"]["driver"]["rules"].size(), 2u);
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "RM1002");
  const nlohmann::ordered_json& result = run["results"][0];
  EXPECT_EQ(result["ruleId"], "RM1007");
  EXPECT_EQ(result["ruleIndex"], 1);
  EXPECT_EQ(result["level"], "error");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "BOOK.cpy");
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["startLine"], 2);
  EXPECT_EQ(result["relatedLocations"][0]["message"]["text"], "in 'BOOK.cpy', copied here");
  EXPECT_EQ(run["results"][1]["level"], "warning");
  EXPECT_FALSE(run["results"][1]["locations"][0]["physicalLocation"].contains("region"));
}

TEST_F(DiagnosticRenderTest, CollectorSortsByPathLineColumn) {
  DiagnosticEmitter emitter(&sources_, collector_);
  emitter.EmitForPath(DiagnosticKind::kScanEmptyMember, "B");
  emitter.EmitForPath(DiagnosticKind::kScanEmptyMember, "A");
  std::vector<Diagnostic> diagnostics = collector_.TakeSorted();
  EXPECT_EQ(diagnostics[0].location.path, "A");
  EXPECT_EQ(collector_.error_count(), 0u);
}

}  // namespace
}  // namespace remint
