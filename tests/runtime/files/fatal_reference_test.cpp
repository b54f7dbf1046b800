// Unhandled file errors and files left open, against cobc (fact sheet §7, §9): a program
// without FILE STATUS ends with libcob's message and status 1, closing what is open with the
// implicit CLOSE warning; ASSIGN names resolve through DD_/dd_/plain variables and
// COB_FILE_PATH (the message shows what was looked up). One cobc run per row.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "runtime/files/sequential_file.h"
#include "runtime/io/termination.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

constexpr const char* kUnhandledProgram = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. UNHANDLED.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F1 ASSIGN TO WS-N1 ORGANIZATION LINE SEQUENTIAL.
           SELECT F2 ASSIGN TO "out2.txt" ORGANIZATION LINE SEQUENTIAL.
           SELECT F3 ASSIGN TO "out3.txt" ORGANIZATION SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD F1.
       01 R1 PIC X(10).
       FD F2.
       01 R2 PIC X(10).
       FD F3.
       01 R3 PIC X(10).
       WORKING-STORAGE SECTION.
       01 WS-N1 PIC X(40).
       01 ARG PIC X(10).
       PROCEDURE DIVISION.
           ACCEPT ARG FROM ARGUMENT-VALUE.
           ACCEPT WS-N1 FROM ARGUMENT-VALUE.
           DISPLAY "BEGIN".
           EVALUATE ARG
           WHEN "missing"  OPEN INPUT F1
           WHEN "readend"  OPEN OUTPUT F2 OPEN OUTPUT F3 OPEN INPUT F1
                           READ F1 READ F1 DISPLAY "AFTER"
           WHEN "leave"    OPEN OUTPUT F3 OPEN OUTPUT F2 OPEN INPUT F1
           WHEN "twice"    OPEN INPUT F1 OPEN INPUT F1
           WHEN "notopen"  CLOSE F1
           WHEN "readno"   READ F1
           WHEN "wrin"     OPEN INPUT F1 WRITE R1
           WHEN "output"   OPEN OUTPUT F1 WRITE R1 FROM ARG CLOSE F1
           END-EVALUATE.
           DISPLAY "END" NO ADVANCING.
           MOVE 3 TO RETURN-CODE.
           STOP RUN.
)";

struct Case {
  std::string action;
  std::string name;
  std::map<std::string, std::string> environment;
};

const std::vector<Case> kCases = {
    {"missing", "nofile.txt", {}},
    {"missing", "sub/nofile.txt", {}},
    {"missing", "in.txt", {{"DD_in_txt", "mapped.txt"}}},
    {"missing", "0in.txt", {{"COB_FILE_PATH", "sub"}}},
    {"missing", "$ELEM/x.txt", {{"ELEM", "sub"}}},
    {"missing", "sub/x.txt", {{"DD_sub", "sub2"}}},
    {"readend", "in.txt", {}},
    {"leave", "in.txt", {}},
    {"twice", "in.txt", {}},
    {"notopen", "in.txt", {}},
    {"readno", "in.txt", {}},
    {"wrin", "in.txt", {}},
    {"output", "out.txt", {{"COB_FILE_PATH", "sub"}}},
    {"output", "sub/o.txt", {{"dd_sub", "sub2"}}},
    {"output", "o.txt", {{"o_txt", "sub/p.txt"}, {"COB_FILE_PATH", "sub2"}}},
};

// cobrt's side of UNHANDLED: every status that is not successful is unhandled.
void RunThroughCobrt(const Case& run, cobrt::RunTermination& termination) {
  cobrt::OpenFileRegistry open_files;
  cobrt::CloseOpenFilesAtEndOfRun(termination, open_files);
  const std::map<std::string, std::string> environment = run.environment;
  const cobrt::FileContext context{
      &termination, &open_files, [environment](const std::string& name) {
        auto found = environment.find(name);
        return found == environment.end() ? std::optional<std::string>() : found->second;
      }};
  using Kind = cobrt::SequentialFile::Kind;
  cobrt::SequentialFile f1(Kind::kLineSequential, {"F1", false, 10, 10}, context);
  cobrt::SequentialFile f2(Kind::kLineSequential, {"F2", false, 10, 10}, context);
  cobrt::SequentialFile f3(Kind::kRecordSequential, {"F3", false, 10, 10}, context);
  std::string record(10, ' ');
  auto check = [&](cobrt::SequentialFile& file, const std::string& name, cobrt::FileStatus status) {
    if (!status.IsSuccessful() && termination.exit_code() < 0) file.FailUnhandled(status, name);
    return termination.exit_code() < 0;
  };
  cobrt::Console& console = termination.console();
  console.Display(cobrt::ConsoleStream::kStandardOutput, "BEGIN");
  const std::string& a = run.action;
  const std::string& n = run.name;
  const auto input = cobrt::OpenMode::kInput;
  const auto output = cobrt::OpenMode::kOutput;
  bool going = true;
  if (a == "missing") {
    going = check(f1, n, f1.Open(input, n));
  } else if (a == "readend") {
    going = check(f2, "out2.txt", f2.Open(output, "out2.txt")) &&
            check(f3, "out3.txt", f3.Open(output, "out3.txt")) && check(f1, n, f1.Open(input, n)) &&
            check(f1, n, f1.Read(record).status) && check(f1, n, f1.Read(record).status);
    if (going) console.Display(cobrt::ConsoleStream::kStandardOutput, "AFTER");
  } else if (a == "leave") {
    going = check(f3, "out3.txt", f3.Open(output, "out3.txt")) &&
            check(f2, "out2.txt", f2.Open(output, "out2.txt")) && check(f1, n, f1.Open(input, n));
  } else if (a == "twice") {
    going = check(f1, n, f1.Open(input, n)) && check(f1, n, f1.Open(input, n));
  } else if (a == "notopen") {
    going = check(f1, n, f1.Close());
  } else if (a == "readno") {
    going = check(f1, n, f1.Read(record).status);
  } else if (a == "wrin") {
    going = check(f1, n, f1.Open(input, n)) && check(f1, n, f1.Write(record));
  } else if (a == "output") {
    std::string argument = a;
    argument.resize(10, ' ');
    going = check(f1, n, f1.Open(output, n)) && check(f1, n, f1.Write(argument)) &&
            check(f1, n, f1.Close());
  }
  if (!going) return;
  console.Display(cobrt::ConsoleStream::kStandardOutput, "END", false);
  termination.StopRun(3);
}

TEST(FatalReferenceTest, UnhandledErrorsAndNamesMatchCobc) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  const std::map<std::string, std::string> input_files = {
      {"in.txt", "one\n"}, {"sub/keep", ""}, {"sub2/keep", ""}};
  for (const Case& run : kCases) {
    CobcRunInputs inputs;
    inputs.files = input_files;
    inputs.environment = run.environment;
    inputs.arguments = {run.action, run.name};
    const CobcRunOutcome reference = Reference({"UNHANDLED", kUnhandledProgram, {}, {}}, inputs);

    const std::string directory = FreshDirectory("unhandled");
    for (const auto& [path, bytes] : input_files) {
      std::filesystem::create_directories(
          std::filesystem::path(directory + "/" + path).parent_path());
      std::FILE* file = std::fopen((directory + "/" + path).c_str(), "wb");
      std::fwrite(bytes.data(), 1, bytes.size(), file);
      std::fclose(file);
    }
    StreamSink sink;
    int exit_code = -1;
    {
      ScopedWorkingDirectory working_directory(directory);
      cobrt::Console console(sink);
      cobrt::RunTermination termination(console, [&](int code) { exit_code = code; });
      RunThroughCobrt(run, termination);
    }
    const std::string label = run.action + " " + run.name;
    EXPECT_EQ(sink.output, reference.standard_output) << label;
    EXPECT_EQ(sink.errors, reference.standard_error) << label;
    EXPECT_EQ(exit_code, reference.exit_status) << label;
    EXPECT_EQ(FilesBelow(directory), reference.files) << label;
  }
}

}  // namespace
}  // namespace remint::testing
