// The estate's call graph (analyzers/call_graph): static, dynamic (the literals reaching the
// identifier) and unresolved calls and CANCEL on a small program; bankdemo's programs and nightly
// stream as golden text (golden/bankdemo.txt; REMINT_UPDATE_GOLDEN=1 rewrites it).
#include "analyzers/call_graph/call_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"
#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/golden.h"

namespace remint::analysis::testing {
namespace {

namespace fs = std::filesystem;

auto Lines(const std::string& text) -> std::vector<std::string> {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

TEST(CallGraphTest, StaticDynamicUnresolvedAndCancel) {
  cobol::testing::LowerResult result = cobol::testing::LowerFreeFormat(R"(IDENTIFICATION DIVISION.
PROGRAM-ID. MAINP.
DATA DIVISION.
WORKING-STORAGE SECTION.
01 WS-PGM PIC X(8) VALUE 'suba'.
01 WS-NEVER PIC X(8).
PROCEDURE DIVISION.
    CALL 'SUBB'.
    CALL WS-PGM.
    MOVE 'SUBC' TO WS-PGM.
    CALL WS-NEVER.
    CANCEL 'SUBB' WS-PGM.
    STOP RUN.
)");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  result.module.ImportSources(*result.sources);
  CallGraphBuilder builder;
  builder.AddProgramModule(result.module);
  CallGraph graph = builder.Build();
  EXPECT_EQ(graph.programs, std::vector<std::string>{"MAINP"});
  EXPECT_EQ(graph.uncalled, std::vector<std::string>{"MAINP"});
  EXPECT_EQ(graph.external, (std::vector<std::string>{"SUBA", "SUBB", "SUBC"}));
  // The identifier's VALUE (upper-cased, as the runtime resolves names) and the literal MOVEd
  // into it both reach each CALL and CANCEL through it, wherever the MOVE is.
  EXPECT_EQ(Lines(FormatCallGraph(graph)),
            (std::vector<std::string>{
                "1 programs, 7 calls and steps",
                "programs: MAINP",
                "entry points (run by job steps): (none)",
                "nothing calls or runs: MAINP",
                "outside the estate: SUBA SUBB SUBC",
                "MAINP calls SUBB (outside the estate) (test.cbl:8)",
                "MAINP calls (dynamic) SUBA through WS-PGM (outside the estate) (test.cbl:9)",
                "MAINP calls (dynamic) SUBC through WS-PGM (outside the estate) (test.cbl:9)",
                "MAINP calls (dynamic) ? through WS-NEVER (test.cbl:11)",
                "MAINP cancels SUBA through WS-PGM (outside the estate) (test.cbl:12)",
                "MAINP cancels SUBB (outside the estate) (test.cbl:12)",
                "MAINP cancels SUBC through WS-PGM (outside the estate) (test.cbl:12)",
                "unresolved: MAINP calls (dynamic) ? through WS-NEVER (test.cbl:11)",
            }));
}

TEST(CallGraphTest, CicsLinkAndXctlAreCalls) {
  cobol::testing::LowerResult result = cobol::testing::LowerFreeFormat(R"(IDENTIFICATION DIVISION.
PROGRAM-ID. ONLINE.
DATA DIVISION.
WORKING-STORAGE SECTION.
01 NEXT-PGM PIC X(8) VALUE 'menu01'.
PROCEDURE DIVISION.
    EXEC CICS LINK PROGRAM('LGSTSQ') COMMAREA(NEXT-PGM) END-EXEC.
    EXEC CICS XCTL PROGRAM(NEXT-PGM) END-EXEC.
    EXEC CICS RETURN END-EXEC.
)");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  result.module.ImportSources(*result.sources);
  CallGraphBuilder builder;
  builder.AddProgramModule(result.module);
  EXPECT_EQ(Lines(FormatCallGraph(builder.Build())),
            (std::vector<std::string>{
                "1 programs, 2 calls and steps",
                "programs: ONLINE",
                "entry points (run by job steps): (none)",
                "nothing calls or runs: ONLINE",
                "outside the estate: LGSTSQ MENU01",
                "ONLINE links to (CICS) LGSTSQ (outside the estate) (test.cbl:7)",
                "ONLINE transfers control to (CICS XCTL) MENU01 through NEXT-PGM (outside the "
                "estate) (test.cbl:8)",
            }));
}

// bankdemo: its eight programs (DATEUTIL called by the others) and the steps of its nightly
// stream; paths relative to the estate.
TEST(CallGraphTest, BankdemoProgramsAndNightlyStream) {
  const std::string estate = REMINT_BANKDEMO_DIR;
  CallGraphBuilder builder;
  std::vector<cobol::testing::LowerResult> programs;
  std::vector<std::string> members;
  for (const auto& entry : fs::directory_iterator(estate + "/BANK.PROD.COBOL")) {
    members.push_back(entry.path().filename().string());
  }
  std::sort(members.begin(), members.end());
  for (const std::string& member : members) {
    cobol::testing::FileLowerOptions options;
    options.copy_directories.push_back(estate + "/BANK.PROD.COPYLIB");
    programs.push_back(cobol::testing::LowerFile(estate + "/BANK.PROD.COBOL/" + member, options));
    ASSERT_EQ(programs.back().error_count(), 0u) << member;
    programs.back().module.ImportSources(*programs.back().sources);
    builder.AddProgramModule(programs.back().module);
  }
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ir::Module jobs;
  ir::Builder job_builder(jobs, &sources);
  jcl::LibraryOptions libraries;
  libraries.library_roots.push_back(estate);
  libraries.symbols["SYSUID"] = "REMINT";
  for (const char* job : {"BANKD01", "BANKD02", "BANKD03", "BANKD04"}) {
    std::string member = std::string("BANK.PROD.JCL/") + job;
    ErrorOr<FileId> file = sources.Load(estate + "/" + member, member);
    ASSERT_TRUE(file.ok());
    jcl::LowerJobs(jcl::ExpandMember(sources, *file, libraries, emitter), job_builder, emitter);
  }
  ASSERT_EQ(collector.error_count(), 0u);
  jobs.ImportSources(sources);
  builder.AddJobModule(jobs);
  std::string text =
      remint::testing::ReplaceAll(FormatCallGraph(builder.Build()), estate + "/", "");
  EXPECT_TRUE(remint::testing::MatchesGolden(
      std::string(REMINT_CALL_GRAPH_GOLDEN_DIR) + "/bankdemo.txt", text));
}

}  // namespace
}  // namespace remint::analysis::testing
