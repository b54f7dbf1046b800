// `remint emit` as a user runs it: what it writes, what it refuses, and (end to end) that an
// emitted project builds with CMake and runs as the cobc build of the same program does.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/availability.h"
#include "tests/support/cli_runner.h"
#include "tests/support/cobc_run.h"
#include "tests/support/process.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

void WriteText(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A program using only what the emitter translates today: paragraphs, PERFORM, CONTINUE, EXIT.
constexpr const char* kPerformOnly = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFORM-ONLY.
       PROCEDURE DIVISION.
       MAIN-PARA.
           CONTINUE.
           PERFORM SUB-PARA.
           PERFORM SUB-PARA THRU LAST-PARA.
       SUB-PARA.
           EXIT.
       LAST-PARA.
           CONTINUE.
)";

TEST(EmitCommandTest, AConstructNotTranslatedYetIsReportedAndNothingIsWritten) {
  const fs::path dir = FreshDirectory("emit-unsupported");
  WriteText(dir / "prog.cbl",
            "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. SHOW.\n"
            "       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n"
            "       01 A PIC 9.\n       PROCEDURE DIVISION.\n           DISPLAY N\"AB\".\n");
  CliResult result = RunRemint({"emit", "prog.cbl", "-o", "out"}, dir.string());
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("prog.cbl:7:20: error: the C++ emitter does not translate DISPLAY of "
                            "a string-literal operand yet; nothing is written [RM6101]"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

// A literal alphabet reorders comparisons and figurative constants: refused, not ignored.
// An EBCDIC collating sequence is not translated (a literal alphabet is: case
// collating_literal_alphabet).
TEST(EmitCommandTest, AProgramCollatingSequenceOfEbcdicIsNotTranslatedYet) {
  const fs::path dir = FreshDirectory("emit-collating");
  WriteText(dir / "prog.cbl",
            "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. SORTED.\n"
            "       ENVIRONMENT DIVISION.\n       CONFIGURATION SECTION.\n"
            "       OBJECT-COMPUTER. X PROGRAM COLLATING SEQUENCE IS BACKWARDS.\n"
            "       SPECIAL-NAMES. ALPHABET BACKWARDS IS EBCDIC.\n"
            "       PROCEDURE DIVISION.\n           STOP RUN.\n");
  CliResult result = RunRemint({"emit", "prog.cbl", "-o", "out"}, dir.string());
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("does not translate PROGRAM COLLATING SEQUENCE of an alphabet "
                            "'ebcdic' yet; nothing is written [RM6101]"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

// NEXT SENTENCE jumps past the block of its sentence (the lowering makes the sentence one).
TEST(EmitCommandTest, NextSentenceJumpsPastItsSentence) {
  const fs::path dir = FreshDirectory("emit-next-sentence");
  WriteText(dir / "prog.cbl",
            "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. JUMP.\n"
            "       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n"
            "       01 K PIC 9 VALUE 1.\n       PROCEDURE DIVISION.\n       A.\n"
            "           IF K = 1 NEXT SENTENCE.\n       B.\n           CONTINUE.\n");
  CliResult result = RunRemint({"emit", "prog.cbl", "-o", "out"}, dir.string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string code = ReadWholeFile(dir / "out" / "src" / "jump.cpp").value_or("");
  EXPECT_NE(code.find("goto sentence_end_1;  // NEXT SENTENCE prog.cbl:8"), std::string::npos)
      << code;
  EXPECT_NE(code.find("sentence_end_1:;"), std::string::npos) << code;
}

TEST(EmitCommandTest, ADirectoryItDidNotWriteIsLeftAlone) {
  const fs::path dir = FreshDirectory("emit-foreign");
  WriteText(dir / "prog.cbl", kPerformOnly);
  WriteText(dir / "out" / "notes.txt", "mine\n");
  CliResult result = RunRemint({"emit", "prog.cbl", "-o", "out"}, dir.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("[RM6103]"), std::string::npos) << result.err;
  EXPECT_TRUE(fs::exists(dir / "out" / "notes.txt"));
  EXPECT_FALSE(fs::exists(dir / "out" / "CMakeLists.txt"));
}

TEST(EmitCommandTest, AnOutputThatCannotBeWrittenIsReported) {
  const fs::path dir = FreshDirectory("emit-unwritable");
  WriteText(dir / "prog.cbl", kPerformOnly);
  WriteText(dir / "plain-file", "x");
  CliResult result = RunRemint({"emit", "prog.cbl", "-o", "plain-file/out"}, dir.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("[RM6102]"), std::string::npos) << result.err;
}

TEST(EmitCommandTest, ReplacesItsOwnOutputWholeAndIsDeterministic) {
  const fs::path dir = FreshDirectory("emit-replace");
  WriteText(dir / "prog.cbl", kPerformOnly);
  ASSERT_EQ(RunRemint({"emit", "prog.cbl", "-o", "out"}, dir.string()).exit_code, 0);
  const std::string first = ReadWholeFile(dir / "out" / "src" / "perform_only.cpp").value_or("");
  WriteText(dir / "out" / "src" / "stale.cpp", "// left from an older emission\n");
  CliResult again = RunRemint({"emit", "prog.cbl", "-o", "out"}, dir.string());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_FALSE(fs::exists(dir / "out" / "src" / "stale.cpp"));
  EXPECT_EQ(ReadWholeFile(dir / "out" / "src" / "perform_only.cpp").value_or("-"), first);
  EXPECT_NE(first.find("void PerformOnly::MainPara() {"), std::string::npos) << first;
  // The runtime copy is complete: its own build file and every layer present in remint's tree.
  EXPECT_TRUE(fs::exists(dir / "out" / "runtime" / "CMakeLists.txt"));
  EXPECT_TRUE(fs::exists(dir / "out" / "runtime" / "decimal" / "fixed.h"));
}

TEST(EmitCommandTest, PlanPrintsNamesAndFlowAndWritesNothing) {
  const fs::path dir = FreshDirectory("emit-plan");
  WriteText(dir / "prog.cbl", kPerformOnly);
  CliResult result = RunRemint({"emit", "prog.cbl", "--plan"}, dir.string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("unit PERFORM-ONLY class=PerformOnly flow=structured"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("paragraph LAST-PARA fn=LastPara performed"), std::string::npos);
}

constexpr const char* kCaller = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. CALLER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 NAME-ITEM PIC X(6) VALUE "WORLD".
       PROCEDURE DIVISION.
           CALL "GREETER" USING NAME-ITEM.
           CALL "GREETER" USING NAME-ITEM.
           DISPLAY "BACK " NAME-ITEM.
           STOP RUN.
)";

constexpr const char* kGreeter = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. GREETER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TIMES-CALLED PIC 9 VALUE 0.
       LINKAGE SECTION.
       01 WHO PIC X(6).
       PROCEDURE DIVISION USING WHO.
           ADD 1 TO TIMES-CALLED.
           DISPLAY "HELLO " WHO " " TIMES-CALLED.
           MOVE "COBOL" TO WHO.
           GOBACK.
)";

// End to end: emit a folder (two main programs and a called program in its own source), build
// with CMake as a customer would, run, and compare with the cobc builds.
TEST(EmitCommandTest, EmittedProjectBuildsAndRunsAsTheCobcBuild) {
  REMINT_REQUIRE_OR_SKIP(CobcVersion("cobc").ok(), "cobc not found in PATH");
  const fs::path dir = FreshDirectory("emit-run");
  WriteText(dir / "cobol" / "prog.cbl", kPerformOnly);
  WriteText(dir / "cobol" / "caller.cbl", kCaller);
  WriteText(dir / "cobol" / "greeter.cbl", kGreeter);
  CliResult emitted = RunRemint({"emit", "cobol", "-o", "out"}, dir.string());
  ASSERT_EQ(emitted.exit_code, 0) << emitted.err;
  const std::chrono::minutes timeout(5);
  ErrorOr<ProcessResult> configure =
      RunProcess({"cmake", "-S", "out", "-B", "out/build", "-G", "Ninja"}, dir, timeout);
  ASSERT_TRUE(configure.ok() && configure->exit_status == 0)
      << (configure ? configure->standard_output + configure->standard_error : "");
  ErrorOr<ProcessResult> build = RunProcess({"cmake", "--build", "out/build"}, dir, timeout);
  ASSERT_TRUE(build.ok() && build->exit_status == 0)
      << (build ? build->standard_output + build->standard_error : "");
  // No compiler warning under -Wall -Wextra.
  EXPECT_EQ(build->standard_output.find("warning:"), std::string::npos) << build->standard_output;
  // The called program is linked into the executables, not built as one.
  EXPECT_FALSE(fs::exists(dir / "out" / "build" / "GREETER"));

  // cobc builds the caller with the called program as a second program of its source.
  const std::vector<std::pair<std::string, std::string>> programs = {
      {"PERFORM-ONLY", kPerformOnly},
      {"CALLER", std::string(kCaller) + "       END PROGRAM CALLER.\n" + kGreeter +
                     "       END PROGRAM GREETER.\n"}};
  for (const auto& [name, source] : programs) {
    ErrorOr<ProcessResult> ran =
        RunProcess({(dir / "out" / "build" / name).string()}, dir, timeout);
    ASSERT_TRUE(ran.ok()) << ran.error().message();
    ErrorOr<CobcRunOutcome> reference =
        RunWithCobc(CobcProgram{name, source, {}, {}}, CobcRunInputs{});
    ASSERT_TRUE(reference.ok()) << reference.error().message();
    ASSERT_TRUE(reference->compiled) << reference->compile_messages;
    EXPECT_EQ(ran->exit_status, reference->exit_status) << name;
    EXPECT_EQ(ran->standard_output, reference->standard_output) << name;
    EXPECT_EQ(ran->standard_error, reference->standard_error) << name;
  }
}

}  // namespace
}  // namespace remint::testing
