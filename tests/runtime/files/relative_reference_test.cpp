// RELATIVE files of cobrt against cobc. One COBOL program (RELOPS) interprets operation scripts
// from stdin on four relative files, each with FILE STATUS, a RELATIVE KEY and ASSIGN to a data
// item: FRD (ACCESS DYNAMIC, 6 bytes, key 9(4)), FRS (ACCESS SEQUENTIAL, key 9(2), so record 100
// gives status 14), FRR (ACCESS RANDOM, 01s of 3 and 6 bytes) and FRO (OPTIONAL, DYNAMIC). It
// DISPLAYs each status, every key item and each record area read. The test interprets the same
// scripts through cobrt::RelativeFile and compares stdout, stderr and every file written, byte
// for byte: the on-disk format is cobc's.
//
// A scenario is one line of operations separated by ';', each "<file> <op>[key] [data]", file
// RD, RS, RR or RO; op NM (name the file data), OI OO OU OX (OPEN INPUT, OUTPUT, I-O, EXTEND),
// CL, KY (set the key), RD (random READ), RN (READ NEXT), WR / WS (WRITE the 6-byte / 3-byte
// 01), RW / RS (REWRITE), DL (DELETE), S= S> SG S< SL (START = > >= < <=).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runtime/files/relative_file.h"
#include "runtime/io/termination.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

constexpr const char* kRelativeOperationsProgram = R"(
       IDENTIFICATION DIVISION.
       PROGRAM-ID. RELOPS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT FRD ASSIGN TO FRD-NAME
               ORGANIZATION RELATIVE ACCESS DYNAMIC
               RELATIVE KEY RK-D FILE STATUS FS.
           SELECT FRS ASSIGN TO FRS-NAME
               ORGANIZATION RELATIVE ACCESS SEQUENTIAL
               RELATIVE KEY RK-S FILE STATUS FS.
           SELECT FRR ASSIGN TO FRR-NAME
               ORGANIZATION RELATIVE ACCESS RANDOM
               RELATIVE KEY RK-R FILE STATUS FS.
           SELECT OPTIONAL FRO ASSIGN TO FRO-NAME
               ORGANIZATION RELATIVE ACCESS DYNAMIC
               RELATIVE KEY RK-O FILE STATUS FS.
       DATA DIVISION.
       FILE SECTION.
       FD FRD.
       01 D-REC PIC X(6).
       FD FRS.
       01 S-REC PIC X(6).
       FD FRR.
       01 R-SHORT PIC X(3).
       01 R-LONG PIC X(6).
       FD FRO.
       01 O-REC PIC X(6).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 RK-D PIC 9(4).
       01 RK-S PIC 9(2).
       01 RK-R PIC 9(4).
       01 RK-O PIC 9(4).
       01 FRD-NAME PIC X(30).
       01 FRS-NAME PIC X(30).
       01 FRR-NAME PIC X(30).
       01 FRO-NAME PIC X(30).
       01 CMD.
          05 C-FILE PIC XX.
          05 FILLER PIC X.
          05 C-OP PIC XX.
          05 FILLER PIC X.
          05 C-KEY PIC 9(4).
          05 FILLER PIC X.
          05 C-DATA PIC X(30).
       PROCEDURE DIVISION.
       MAIN.
           ACCEPT CMD.
           PERFORM UNTIL C-FILE = "EN"
             IF C-FILE = "SC"
               PERFORM NEW-SCENARIO
             ELSE
               MOVE "--" TO FS
               PERFORM ONE-OPERATION
               DISPLAY C-FILE " " C-OP " " FS " " RK-D " " RK-S " "
                 RK-R " " RK-O
             END-IF
             ACCEPT CMD
           END-PERFORM.
           STOP RUN.
       NEW-SCENARIO.
           DISPLAY "SCN " C-DATA.
           CLOSE FRD FRS FRR FRO.
           MOVE 0 TO RK-D RK-S RK-R RK-O.
           MOVE SPACES TO FRD-NAME FRS-NAME FRR-NAME FRO-NAME.
           STRING C-DATA DELIMITED SPACE "-frd" DELIMITED SIZE
             INTO FRD-NAME.
           STRING C-DATA DELIMITED SPACE "-frs" DELIMITED SIZE
             INTO FRS-NAME.
           STRING C-DATA DELIMITED SPACE "-frr" DELIMITED SIZE
             INTO FRR-NAME.
           STRING C-DATA DELIMITED SPACE "-fro" DELIMITED SIZE
             INTO FRO-NAME.
       ONE-OPERATION.
           EVALUATE C-FILE ALSO C-OP
           WHEN "RD" ALSO "OI" OPEN INPUT FRD
           WHEN "RD" ALSO "OO" OPEN OUTPUT FRD
           WHEN "RD" ALSO "OU" OPEN I-O FRD
           WHEN "RD" ALSO "OX" OPEN EXTEND FRD
           WHEN "RD" ALSO "CL" CLOSE FRD
           WHEN "RD" ALSO "KY" MOVE C-KEY TO RK-D
           WHEN "RD" ALSO "RD"
             MOVE ALL "*" TO D-REC
             MOVE C-KEY TO RK-D
             READ FRD
             DISPLAY "[" D-REC "]"
           WHEN "RD" ALSO "RN"
             MOVE ALL "*" TO D-REC
             READ FRD NEXT
             DISPLAY "[" D-REC "]"
           WHEN "RD" ALSO "WR"
             MOVE C-KEY TO RK-D
             MOVE C-DATA TO D-REC
             WRITE D-REC
           WHEN "RD" ALSO "RW"
             MOVE C-KEY TO RK-D
             MOVE C-DATA TO D-REC
             REWRITE D-REC
           WHEN "RD" ALSO "DL"
             MOVE C-KEY TO RK-D
             DELETE FRD
           WHEN "RD" ALSO "S="
             MOVE C-KEY TO RK-D
             START FRD KEY = RK-D
           WHEN "RD" ALSO "S>"
             MOVE C-KEY TO RK-D
             START FRD KEY > RK-D
           WHEN "RD" ALSO "SG"
             MOVE C-KEY TO RK-D
             START FRD KEY >= RK-D
           WHEN "RD" ALSO "S<"
             MOVE C-KEY TO RK-D
             START FRD KEY < RK-D
           WHEN "RD" ALSO "SL"
             MOVE C-KEY TO RK-D
             START FRD KEY <= RK-D
           WHEN "RS" ALSO "NM" MOVE C-DATA TO FRS-NAME
           WHEN "RS" ALSO "OI" OPEN INPUT FRS
           WHEN "RS" ALSO "OO" OPEN OUTPUT FRS
           WHEN "RS" ALSO "OU" OPEN I-O FRS
           WHEN "RS" ALSO "OX" OPEN EXTEND FRS
           WHEN "RS" ALSO "CL" CLOSE FRS
           WHEN "RS" ALSO "KY" MOVE C-KEY TO RK-S
           WHEN "RS" ALSO "RN"
             MOVE ALL "*" TO S-REC
             READ FRS
             DISPLAY "[" S-REC "]"
           WHEN "RS" ALSO "WR"
             MOVE C-DATA TO S-REC
             WRITE S-REC
           WHEN "RS" ALSO "RW"
             MOVE C-DATA TO S-REC
             REWRITE S-REC
           WHEN "RS" ALSO "DL"
             DELETE FRS
           WHEN "RS" ALSO "S="
             MOVE C-KEY TO RK-S
             START FRS KEY = RK-S
           WHEN "RS" ALSO "S>"
             MOVE C-KEY TO RK-S
             START FRS KEY > RK-S
           WHEN "RR" ALSO "OI" OPEN INPUT FRR
           WHEN "RR" ALSO "OO" OPEN OUTPUT FRR
           WHEN "RR" ALSO "OU" OPEN I-O FRR
           WHEN "RR" ALSO "CL" CLOSE FRR
           WHEN "RR" ALSO "RD"
             MOVE ALL "*" TO R-LONG
             MOVE C-KEY TO RK-R
             READ FRR
             DISPLAY "[" R-LONG "]"
           WHEN "RR" ALSO "WR"
             MOVE C-KEY TO RK-R
             MOVE C-DATA TO R-LONG
             WRITE R-LONG
           WHEN "RR" ALSO "WS"
             MOVE C-KEY TO RK-R
             MOVE C-DATA TO R-SHORT
             WRITE R-SHORT
           WHEN "RR" ALSO "RW"
             MOVE C-KEY TO RK-R
             MOVE C-DATA TO R-LONG
             REWRITE R-LONG
           WHEN "RR" ALSO "RS"
             MOVE C-KEY TO RK-R
             MOVE C-DATA TO R-SHORT
             REWRITE R-SHORT
           WHEN "RR" ALSO "DL"
             MOVE C-KEY TO RK-R
             DELETE FRR
           WHEN "RO" ALSO "NM" MOVE C-DATA TO FRO-NAME
           WHEN "RO" ALSO "OI" OPEN INPUT FRO
           WHEN "RO" ALSO "OO" OPEN OUTPUT FRO
           WHEN "RO" ALSO "OU" OPEN I-O FRO
           WHEN "RO" ALSO "OX" OPEN EXTEND FRO
           WHEN "RO" ALSO "CL" CLOSE FRO
           WHEN "RO" ALSO "RN"
             MOVE ALL "*" TO O-REC
             READ FRO NEXT
             DISPLAY "[" O-REC "]"
           WHEN "RO" ALSO "RD"
             MOVE ALL "*" TO O-REC
             MOVE C-KEY TO RK-O
             READ FRO
             DISPLAY "[" O-REC "]"
           WHEN "RO" ALSO "WR"
             MOVE C-KEY TO RK-O
             MOVE C-DATA TO O-REC
             WRITE O-REC
           END-EVALUATE.
)";

struct Scenario {
  std::string name;
  std::string operations;
};

// Each row is one scenario; add a row to add a case.
const std::vector<Scenario> kScenarios = {
    {"rd-write-read",
     "RD OO; RD WR3 CCC; RD WR1 AAAAAA; RD WR3 DUP; RD WR0 ZERO; RD RD1; RD RN; RD CL; RD OI; "
     "RD RN; RD RN; RD RN; RD RN; RD RD2; RD RD9; RD RD0; RD RN; RD WR5 X; RD RW1 X; RD DL1; "
     "RD CL"},
    {"rd-update",
     "RD OO; RD WR3 C; RD WR1 A; RD CL; RD OU; RD RN; RD RW0 R1; RD RN; RD DL0; RD RN; RD RD1; "
     "RD RW2 NOPE; RD DL3; RD DL3; RD WR3 AGAIN; RD WR7 SEVEN; RD DL9; RD RW9 FAR; RD CL"},
    {"rd-start",
     "RD OO; RD WR1 ONE; RD WR3 THREE; RD WR7 SEVEN; RD CL; RD OI; RD S=2; RD RN; RD S=3; RD RN; "
     "RD S>3; RD RN; RD SG4; RD RN; RD S<3; RD RN; RD SL3; RD RN; RD S<1; RD RN; RD RD1; "
     "RD RN; RD S>7; RD RN; RD SG0; RD RN; RD SL99; RD RN; RD CL"},
    {"rd-positioning",
     "RD OO; RD WR1 ONE; RD WR2 TWO; RD WR4 FOUR; RD WR6 SIX; RD CL; RD OU; RD RD3; RD RN; "
     "RD RD2; RD RN; RD RD9; RD RN; RD WR3 THREE; RD RN; RD WR5 FIVE; RD RN; RD DL4; RD RN; "
     "RD RW1 UNO; RD RN; RD RD1; RD RN; RD S=9; RD RD1; RD RN; RD SG1; RD DL2; RD RN; "
     "RD WR8 EIGHT; RD RN; RD RW8 HUIT; RD RN; RD CL"},
    {"rd-status-errors",
     "RD CL; RD RN; RD WR1 X; RD OU; RD OO; RD S=1; RD RW1 X; RD DL1; RD OO; RD CL; RD CL; "
     "RD OX; RD WR1 X; RD CL"},
    {"rs-sequential",
     "RS OO; RS WR ONE; RS WR TWO; RS RN; RS CL; RS OX; RS WR THREE; RS CL; RS OU; RS RW NO; "
     "RS DL; RS RN; RS RW ONE'; RS RN; RS DL; RS DL; RS RN; RS RN; RS RN; RS S=2; RS S>0; RS RN; "
     "RS WR W; RS CL; RS OI; RS RN; RS RN; RS RW X; RS CL"},
    {"rs-key-overflow",
     "RD OO; RD WR100 HUNDRD; RD WR2 TWO; RD CL; RS NM rs-key-overflow-frd; RS OI; RS RN; RS RN; "
     "RS RN; RS CL; RS NM rs-key-overflow-copy; RS OO; RS S>0; RS RN; RS DL; RS CL"},
    {"rr-random-variable",
     "RR OI; RR OO; RR WS2 ab; RR WR4 abcdef; RR WR5 ghijkl; RR WS1 mn; RR RD2; RR RS4 xy; "
     "RR CL; RR OU; RR RD4; RR RS4 xy; RR RD4; RR RW2 long; RR RD2; RR RD1; RR DL4; RR DL4; "
     "RR RD4; RR WR4 back; RR CL"},
    {"ro-optional",
     "RO RN; RO OI; RO RN; RO RD1; RO CL; RO OU; RO WR2 TWO; RO CL; RO OX; RO WR5 FIVE; RO CL; "
     "RO NM other; RO OX; RO CL"},
    {"left-open", "RD OO; RD WR1 OPEN; RO OI"},
};

struct Operation {
  std::string file;
  std::string op;
  int key = 0;
  std::string data;
};

auto ParseOperation(const std::string& text) -> Operation {
  Operation operation;
  const std::size_t first_space = text.find(' ');
  operation.file = text.substr(0, first_space);
  std::string rest = first_space == std::string::npos ? "" : text.substr(first_space + 1);
  const std::size_t op_end = rest.find(' ');
  const std::string op = rest.substr(0, op_end);
  operation.data = op_end == std::string::npos ? "" : rest.substr(op_end + 1);
  operation.op = op.substr(0, 2);
  if (op.size() > 2) operation.key = std::stoi(op.substr(2));
  return operation;
}

auto Digits(std::int64_t value, int width) -> std::string {
  std::string text = std::to_string(value);
  if (static_cast<int>(text.size()) > width) text = text.substr(text.size() - width);
  return std::string(static_cast<std::size_t>(width) - text.size(), '0') + text;
}

auto CommandLine(const Operation& operation) -> std::string {
  return Padded(operation.file, 2) + " " + operation.op + " " + Digits(operation.key, 4) + " " +
         operation.data + "\n";
}

auto ScenarioCommand(const std::string& name) -> std::string { return "SC    0000 " + name + "\n"; }

// cobrt's side of RELOPS.
class RelativeOperations {
 public:
  RelativeOperations(cobrt::RunTermination& termination, cobrt::OpenFileRegistry& open_files)
      : context_{&termination, &open_files,
                 [](const std::string&) { return std::optional<std::string>(); }} {
    Add("RD", "FRD", cobrt::Access::kDynamic, false, 6, 6, 9999);
    Add("RS", "FRS", cobrt::Access::kSequential, false, 6, 6, 99);
    Add("RR", "FRR", cobrt::Access::kRandom, false, 3, 6, 9999);
    Add("RO", "FRO", cobrt::Access::kDynamic, true, 6, 6, 9999);
  }

  void NewScenario(const std::string& name, cobrt::Console& console) {
    console.Display(cobrt::ConsoleStream::kStandardOutput, "SCN " + Padded(name, 30));
    for (const std::string id : {"RD", "RS", "RR", "RO"}) {
      FileState& state = files_.at(id);
      state.file->Close();
      state.key = 0;
      std::string lower = state.select_name;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](char c) { return static_cast<char>(std::tolower(c)); });
      state.name = name + "-" + lower;
    }
  }

  void Perform(const Operation& operation, cobrt::Console& console) {
    FileState& state = files_.at(operation.file);
    cobrt::RelativeFile& file = *state.file;
    const std::string data = Padded(operation.data, 30);
    const std::string& op = operation.op;
    cobrt::FileStatus result;
    bool has_result = true;
    auto show_area = [&] {
      console.Display(cobrt::ConsoleStream::kStandardOutput, {"[", state.area, "]"});
    };
    if (op == "NM") {
      state.name = data;
      has_result = false;
    } else if (op == "OI") {
      result = file.Open(cobrt::OpenMode::kInput, state.name);
    } else if (op == "OO") {
      result = file.Open(cobrt::OpenMode::kOutput, state.name);
    } else if (op == "OU") {
      result = file.Open(cobrt::OpenMode::kInputOutput, state.name);
    } else if (op == "OX") {
      result = file.Open(cobrt::OpenMode::kExtend, state.name);
    } else if (op == "CL") {
      result = file.Close();
    } else if (op == "KY") {
      state.key = operation.key;
      has_result = false;
    } else if (op == "RD") {
      std::fill(state.area.begin(), state.area.end(), '*');
      state.key = operation.key;
      result = file.Read(state.area, state.key).status;
      show_area();
    } else if (op == "RN") {
      std::fill(state.area.begin(), state.area.end(), '*');
      result = file.ReadNext(state.area, state.key).status;
      show_area();
    } else if (op == "WR" || op == "WS") {
      if (operation.file != "RS") state.key = operation.key;
      const std::size_t length = op == "WR" ? 6 : 3;
      std::copy_n(data.begin(), length, state.area.begin());
      result = file.Write(state.area, length, state.key);
    } else if (op == "RW" || op == "RS") {
      if (operation.file != "RS") state.key = operation.key;
      std::copy_n(data.begin(), op == "RW" ? 6 : 3, state.area.begin());
      result = file.Rewrite(state.area, state.key);
    } else if (op == "DL") {
      if (operation.file != "RS") state.key = operation.key;
      result = file.Delete(state.key);
    } else if (op[0] == 'S') {
      state.key = operation.key;
      const cobrt::StartCondition condition = op == "S="   ? cobrt::StartCondition::kEqual
                                              : op == "S>" ? cobrt::StartCondition::kGreater
                                              : op == "SG" ? cobrt::StartCondition::kGreaterOrEqual
                                              : op == "S<" ? cobrt::StartCondition::kLess
                                                           : cobrt::StartCondition::kLessOrEqual;
      result = file.Start(condition, state.key);
    } else {
      ADD_FAILURE() << "unknown operation " << op;
    }
    const std::string status = has_result ? std::string(result.text()) : "--";
    console.Display(cobrt::ConsoleStream::kStandardOutput,
                    {Padded(operation.file, 2), " ", op, " ", status, " ",
                     Digits(files_.at("RD").key, 4), " ", Digits(files_.at("RS").key, 2), " ",
                     Digits(files_.at("RR").key, 4), " ", Digits(files_.at("RO").key, 4)});
  }

 private:
  struct FileState {
    std::string select_name;
    std::unique_ptr<cobrt::RelativeFile> file;
    std::string area;
    std::int64_t key = 0;
    std::string name;
  };

  void Add(const std::string& id, const std::string& select_name, cobrt::Access access,
           bool optional, std::size_t minimum, std::size_t maximum, std::int64_t key_limit) {
    FileState state;
    state.select_name = select_name;
    state.file = std::make_unique<cobrt::RelativeFile>(
        access, cobrt::FileDescription{select_name, optional, minimum, maximum}, key_limit,
        context_);
    // cobc's FD record areas start as zeros; the bytes past a short record are written too.
    state.area.assign(maximum, '\0');
    files_.emplace(id, std::move(state));
  }

  cobrt::FileContext context_;
  std::map<std::string, FileState> files_;
};

TEST(RelativeReferenceTest, ScenariosMatchCobc) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  std::string script;
  std::vector<std::vector<Operation>> parsed;
  for (const Scenario& scenario : kScenarios) {
    script += ScenarioCommand(scenario.name);
    parsed.emplace_back();
    for (const std::string& text : SplitTrimmed(scenario.operations, ';')) {
      parsed.back().push_back(ParseOperation(text));
      script += CommandLine(parsed.back().back());
    }
  }
  script += "EN\n";
  CobcRunInputs inputs;
  inputs.standard_input = script;
  const CobcRunOutcome reference =
      Reference({"RELOPS", kRelativeOperationsProgram, {}, {}}, inputs);

  const std::string directory = FreshDirectory("relative-reference");
  StreamSink sink;
  {
    ScopedWorkingDirectory working_directory(directory);
    cobrt::Console console(sink);
    int exit_code = -1;
    cobrt::RunTermination termination(console, [&](int code) { exit_code = code; });
    cobrt::OpenFileRegistry open_files;
    cobrt::CloseOpenFilesAtEndOfRun(termination, open_files);
    RelativeOperations operations(termination, open_files);
    for (std::size_t index = 0; index < kScenarios.size(); ++index) {
      operations.NewScenario(kScenarios[index].name, console);
      for (const Operation& operation : parsed[index]) operations.Perform(operation, console);
    }
    termination.StopRun(0);
    EXPECT_EQ(exit_code, reference.exit_status);
  }
  for (const Scenario& scenario : kScenarios) {
    EXPECT_EQ(ScenarioOutput(sink.output, scenario.name),
              ScenarioOutput(reference.standard_output, scenario.name))
        << "scenario " << scenario.name << ": " << scenario.operations;
  }
  EXPECT_EQ(sink.errors, reference.standard_error);
  ExpectSameFiles(FilesBelow(directory), reference.files);
}

}  // namespace
}  // namespace remint::testing
