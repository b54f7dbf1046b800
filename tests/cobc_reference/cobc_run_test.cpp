// RunWithCobc: the reference outcome of a program (stdout, stderr, exit status, files written)
// and its cache. Skipped where cobc is not installed (a failure under CI).
#include "tests/support/cobc_run.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/cobc_reference/reference_fixture.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

class CobcRunTest : public ReferenceFixture {
 protected:
  void SetUp() override {
    ReferenceFixture::SetUp();
    REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  }
};

constexpr const char* kCopyInput = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. COPYIN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "in.txt"
               ORGANIZATION LINE SEQUENTIAL.
           SELECT OUT-FILE ASSIGN TO "out.txt"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD IN-FILE.
       01 IN-REC PIC X(10).
       FD OUT-FILE.
       01 OUT-REC PIC X(10).
       WORKING-STORAGE SECTION.
       COPY WSLINE.
       PROCEDURE DIVISION.
           ACCEPT WS-LINE.
           DISPLAY "STDIN " WS-LINE.
           OPEN INPUT IN-FILE OUTPUT OUT-FILE.
           READ IN-FILE.
           MOVE IN-REC TO OUT-REC.
           WRITE OUT-REC.
           CLOSE IN-FILE OUT-FILE.
           DISPLAY "TO STDERR" UPON SYSERR.
           MOVE 7 TO RETURN-CODE.
           STOP RUN.
)";

TEST_F(CobcRunTest, RecordsWhatTheProgramDidAndCachesIt) {
  CobcProgram program{
      "COPYIN", kCopyInput, {"-std=default"}, {{"WSLINE.cpy", "       01 WS-LINE PIC X(5).\n"}}};
  CobcRunInputs inputs;
  inputs.files["in.txt"] = "HELLO\n";
  inputs.standard_input = "ABCDE\n";
  ErrorOr<CobcRunOutcome> first = RunWithCobc(program, inputs, options_);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_TRUE(first->compiled) << first->compile_messages;
  EXPECT_FALSE(first->from_cache);
  EXPECT_EQ(first->exit_status, 7);
  EXPECT_EQ(first->standard_output, "STDIN ABCDE\n");
  EXPECT_EQ(first->standard_error, "TO STDERR\n");
  EXPECT_EQ(first->files.at("out.txt"), "HELLO\n");
  EXPECT_EQ(first->files.at("in.txt"), "HELLO\n");

  ErrorOr<CobcRunOutcome> second = RunWithCobc(program, inputs, options_);
  ASSERT_TRUE(second.ok()) << second.error().message();
  EXPECT_TRUE(second->from_cache);
  EXPECT_EQ(second->standard_output, first->standard_output);
  EXPECT_EQ(second->files, first->files);

  // Another input is another case.
  inputs.files["in.txt"] = "WORLD\n";
  ErrorOr<CobcRunOutcome> third = RunWithCobc(program, inputs, options_);
  ASSERT_TRUE(third.ok()) << third.error().message();
  EXPECT_FALSE(third->from_cache);
  EXPECT_EQ(third->files.at("out.txt"), "WORLD\n");
}

TEST_F(CobcRunTest, AProgramCobcRejectsIsNotRun) {
  CobcProgram program{"BAD",
                      "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. BAD.\n"
                      "       PROCEDURE DIVISION.\n           MOVE.\n",
                      {},
                      {}};
  ErrorOr<CobcRunOutcome> outcome = RunWithCobc(program, {}, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.error().message();
  EXPECT_FALSE(outcome->compiled);
  EXPECT_NE(outcome->compile_messages.find("error"), std::string::npos);
  EXPECT_TRUE(outcome->files.empty());
}

}  // namespace
}  // namespace remint::testing
