// LINAGE of cobrt against cobc. One COBOL program (LINOPS) writes a LINE SEQUENTIAL file with
// LINAGE IS 5 LINES WITH FOOTING AT 4 LINES AT TOP 2 LINES AT BOTTOM 1, following operation
// scripts from stdin, and DISPLAYs the status, LINAGE-COUNTER and "EOP" when AT END-OF-PAGE is
// taken. Each scenario opens a file of its own. The test does the same through
// cobrt::LinageFile and compares stdout and every file byte for byte.
//
// A scenario is operations separated by ';': WR (WRITE), WAn / WBn (AFTER / BEFORE n LINES),
// WP / WQ (AFTER / BEFORE PAGE), each followed by the record's text.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "runtime/files/linage.h"
#include "runtime/io/termination.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

constexpr const char* kLinageProgram = R"(
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LINOPS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT PRTF ASSIGN TO PF-NAME ORGANIZATION LINE SEQUENTIAL
               FILE STATUS FS.
       DATA DIVISION.
       FILE SECTION.
       FD PRTF LINAGE IS 5 LINES WITH FOOTING AT 4
             LINES AT TOP 2 LINES AT BOTTOM 1.
       01 PR PIC X(10).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 PF-NAME PIC X(30) VALUE SPACES.
       01 CMD.
          05 C-OP PIC XX.
          05 FILLER PIC X.
          05 C-N PIC 9.
          05 FILLER PIC X.
          05 C-DATA PIC X(30).
       PROCEDURE DIVISION.
           ACCEPT CMD.
           PERFORM UNTIL C-OP = "EN"
             MOVE C-DATA TO PR
             EVALUATE C-OP
             WHEN "SC"
               IF PF-NAME NOT = SPACES
                 CLOSE PRTF
               END-IF
               MOVE C-DATA TO PF-NAME
               OPEN OUTPUT PRTF
             WHEN "WR"
               WRITE PR AT END-OF-PAGE DISPLAY "EOP"
             WHEN "WA"
               WRITE PR AFTER ADVANCING C-N LINES
                 AT END-OF-PAGE DISPLAY "EOP"
             WHEN "WB"
               WRITE PR BEFORE ADVANCING C-N LINES
                 AT END-OF-PAGE DISPLAY "EOP"
             WHEN "WP"
               WRITE PR AFTER ADVANCING PAGE
                 AT END-OF-PAGE DISPLAY "EOP"
             WHEN "WQ"
               WRITE PR BEFORE ADVANCING PAGE
                 AT END-OF-PAGE DISPLAY "EOP"
             END-EVALUATE
             DISPLAY C-OP " " FS " " LINAGE-COUNTER
             ACCEPT CMD
           END-PERFORM.
           CLOSE PRTF.
           STOP RUN.
)";

struct Scenario {
  std::string name;
  std::string operations;
};

const std::vector<Scenario> kScenarios = {
    {"plain-pages",
     "WR L1; WR L2; WR L3; WR L4; WR L5; WR L6; WA2 L7; WB1 L8; WP L9; WA3 L10; WA1 L11"},
    {"after-overflow", "WR L1; WR L2; WR L3; WA3 L4; WR L5"},
    {"before-overflow", "WR L1; WR L2; WR L3; WB3 L4; WR L5"},
    {"after-page", "WP L1; WP L2; WR L3"},
    {"after-big", "WA1 L1; WA5 L2; WA7 L3; WR L4"},
    {"before-big", "WB5 L1; WB6 L2; WR L3"},
    {"before-page", "WR L1; WQ L2; WR L3; WR L4; WR L5; WQ L6; WR L7"},
    {"mixed", "WA4 L1; WA2 L2; WA2 L3; WB2 L4; WB4 L5; WR L6"},
    {"after-one-at-last-line", "WR L1; WR L2; WR L3; WR L4; WA1 L5; WR L6; WA1 L7"},
    {"trailing-spaces", "WR   A  B  ; WR; WB2 X"},
    {"empty", ""},
};

TEST(LinageReferenceTest, PagesMatchCobc) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  struct Operation {
    std::string op;
    int lines = 0;
    std::string data;
  };
  std::string script;
  std::vector<std::vector<Operation>> parsed;
  for (const Scenario& scenario : kScenarios) {
    script += "SC 0 " + scenario.name + "\n";
    parsed.emplace_back();
    for (const std::string& text : SplitTrimmed(scenario.operations, ';')) {
      Operation operation;
      operation.op = text.substr(0, 2);
      std::size_t at = 2;
      if (at < text.size() && text[at] >= '0' && text[at] <= '9')
        operation.lines = text[at++] - '0';
      operation.data = at + 1 < text.size() ? text.substr(at + 1) : "";
      script += operation.op + " " + std::to_string(operation.lines) + " " + operation.data + "\n";
      parsed.back().push_back(operation);
    }
  }
  script += "EN\n";
  CobcRunInputs inputs;
  inputs.standard_input = script;
  const CobcRunOutcome reference = Reference({"LINOPS", kLinageProgram, {}, {}}, inputs);

  const std::string directory = FreshDirectory("linage-reference");
  StreamSink sink;
  {
    ScopedWorkingDirectory working_directory(directory);
    cobrt::Console console(sink);
    cobrt::RunTermination termination(console, [](int) {});
    cobrt::OpenFileRegistry open_files;
    const cobrt::FileContext context{
        &termination, &open_files, [](const std::string&) { return std::optional<std::string>(); }};
    cobrt::SequentialFile file(cobrt::SequentialFile::Kind::kLineSequential,
                               {"PRTF", false, 10, 10}, context);
    cobrt::LinageFile printer(file, {5, 4, 2, 1});
    auto show = [&](const std::string& op, cobrt::FileStatus status) {
      console.Display(
          cobrt::ConsoleStream::kStandardOutput,
          {op, " ", status.text(), " ",
           Padded(std::string(10 - std::to_string(printer.linage_counter()).size(), '0') +
                      std::to_string(printer.linage_counter()),
                  10)});
    };
    for (std::size_t index = 0; index < kScenarios.size(); ++index) {
      if (index > 0) printer.Close();
      show("SC", printer.Open(cobrt::OpenMode::kOutput, kScenarios[index].name));
      for (const Operation& operation : parsed[index]) {
        const std::string record = Padded(operation.data, 10);
        cobrt::Advancing advancing;
        if (operation.op == "WA") advancing = cobrt::Advancing::After(operation.lines);
        if (operation.op == "WB") advancing = cobrt::Advancing::Before(operation.lines);
        if (operation.op == "WP") advancing = cobrt::Advancing::AfterPage();
        if (operation.op == "WQ") advancing = cobrt::Advancing::BeforePage();
        const cobrt::LinageWriteResult result = printer.Write(record, advancing);
        if (result.end_of_page) console.Display(cobrt::ConsoleStream::kStandardOutput, "EOP");
        show(operation.op, result.status);
      }
    }
    printer.Close();
  }
  EXPECT_EQ(sink.output, reference.standard_output);
  const std::map<std::string, std::string> written = FilesBelow(directory);
  for (const auto& [path, bytes] : reference.files) {
    auto found = written.find(path);
    if (found == written.end()) {
      ADD_FAILURE() << "cobrt did not write " << path;
      continue;
    }
    EXPECT_EQ(found->second, bytes) << path;
  }
}

}  // namespace
}  // namespace remint::testing
