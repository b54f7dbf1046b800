// LINE SEQUENTIAL and record SEQUENTIAL files of cobrt against cobc. One COBOL program
// (SEQOPS) interprets operation scripts from stdin, on five files: FLS (line sequential, 10
// bytes), FLSO (OPTIONAL line sequential), FRF (fixed 8), FRV (variable: 01s of 4 and 8 bytes)
// and FRO (OPTIONAL fixed 8), each with FILE STATUS and ASSIGN to a data item, and DISPLAYs each
// status and record read. The test interprets the same scripts through cobrt and compares
// stdout, stderr (implicit CLOSE warnings) and every file written, byte for byte.
//
// A scenario is one line: operations separated by ';', each "<file> <op>[n] [data]" with file
// LS, LSO, RF, RV or RO and op NM (name the file data), OI OO OX OU (OPEN INPUT, OUTPUT, EXTEND,
// I-O), CL, RD (READ into a record area of '*'), WR (WRITE data), WS / RS (FRV: WRITE / REWRITE
// its 4-byte 01), RW (REWRITE), WA / WB n (WRITE AFTER / BEFORE n LINES), WP / WQ (AFTER /
// BEFORE PAGE). All scenarios run in one cobc run, each on its own files ("<scenario>-fls"...).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runtime/files/sequential_file.h"
#include "runtime/io/termination.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

constexpr const char* kSequentialOperationsProgram = R"(
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SEQOPS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT FLS ASSIGN TO FLS-NAME
               ORGANIZATION LINE SEQUENTIAL FILE STATUS IS FS.
           SELECT OPTIONAL FLSO ASSIGN TO FLSO-NAME
               ORGANIZATION LINE SEQUENTIAL FILE STATUS IS FS.
           SELECT FRF ASSIGN TO FRF-NAME
               ORGANIZATION SEQUENTIAL FILE STATUS IS FS.
           SELECT FRV ASSIGN TO FRV-NAME
               ORGANIZATION SEQUENTIAL FILE STATUS IS FS.
           SELECT OPTIONAL FRO ASSIGN TO FRO-NAME
               ORGANIZATION SEQUENTIAL FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD FLS.
       01 LS-REC PIC X(10).
       FD FLSO.
       01 LSO-REC PIC X(10).
       FD FRF.
       01 RF-REC PIC X(8).
       FD FRV.
       01 RV-SHORT PIC X(4).
       01 RV-LONG PIC X(8).
       FD FRO.
       01 RO-REC PIC X(8).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 FLS-NAME PIC X(30).
       01 FLSO-NAME PIC X(30).
       01 FRF-NAME PIC X(30).
       01 FRV-NAME PIC X(30).
       01 FRO-NAME PIC X(30).
       01 CMD.
          05 C-FILE PIC X(3).
          05 FILLER PIC X.
          05 C-OP PIC XX.
          05 FILLER PIC X.
          05 C-N PIC 9.
          05 FILLER PIC X.
          05 C-DATA PIC X(30).
       PROCEDURE DIVISION.
       MAIN.
           ACCEPT CMD.
           PERFORM UNTIL C-FILE = "END"
             IF C-FILE = "SCN"
               PERFORM NEW-SCENARIO
             ELSE
               MOVE "--" TO FS
               PERFORM ONE-OPERATION
               DISPLAY C-FILE " " C-OP " " FS
             END-IF
             ACCEPT CMD
           END-PERFORM.
           STOP RUN.
       NEW-SCENARIO.
           DISPLAY "SCN " C-DATA.
           CLOSE FLS.
           MOVE SPACES TO FLS-NAME.
           STRING C-DATA DELIMITED SPACE "-fls" DELIMITED SIZE
             INTO FLS-NAME.
           CLOSE FLSO.
           MOVE SPACES TO FLSO-NAME.
           STRING C-DATA DELIMITED SPACE "-flso" DELIMITED SIZE
             INTO FLSO-NAME.
           CLOSE FRF.
           MOVE SPACES TO FRF-NAME.
           STRING C-DATA DELIMITED SPACE "-frf" DELIMITED SIZE
             INTO FRF-NAME.
           CLOSE FRV.
           MOVE SPACES TO FRV-NAME.
           STRING C-DATA DELIMITED SPACE "-frv" DELIMITED SIZE
             INTO FRV-NAME.
           CLOSE FRO.
           MOVE SPACES TO FRO-NAME.
           STRING C-DATA DELIMITED SPACE "-fro" DELIMITED SIZE
             INTO FRO-NAME.
       ONE-OPERATION.
           EVALUATE C-FILE ALSO C-OP
           WHEN "LS " ALSO "NM"
             MOVE C-DATA TO FLS-NAME
           WHEN "LS " ALSO "OI"
             OPEN INPUT FLS
           WHEN "LS " ALSO "OO"
             OPEN OUTPUT FLS
           WHEN "LS " ALSO "OX"
             OPEN EXTEND FLS
           WHEN "LS " ALSO "CL"
             CLOSE FLS
           WHEN "LS " ALSO "RD"
             MOVE ALL "*" TO LS-REC
             READ FLS
             DISPLAY "[" LS-REC "]"
           WHEN "LS " ALSO "WR"
             MOVE C-DATA TO LS-REC
             WRITE LS-REC
           WHEN "LS " ALSO "WA"
             MOVE C-DATA TO LS-REC
             WRITE LS-REC AFTER ADVANCING C-N LINES
           WHEN "LS " ALSO "WB"
             MOVE C-DATA TO LS-REC
             WRITE LS-REC BEFORE ADVANCING C-N LINES
           WHEN "LS " ALSO "WP"
             MOVE C-DATA TO LS-REC
             WRITE LS-REC AFTER ADVANCING PAGE
           WHEN "LS " ALSO "WQ"
             MOVE C-DATA TO LS-REC
             WRITE LS-REC BEFORE ADVANCING PAGE
           WHEN "LSO" ALSO "NM"
             MOVE C-DATA TO FLSO-NAME
           WHEN "LSO" ALSO "OI"
             OPEN INPUT FLSO
           WHEN "LSO" ALSO "OO"
             OPEN OUTPUT FLSO
           WHEN "LSO" ALSO "OX"
             OPEN EXTEND FLSO
           WHEN "LSO" ALSO "CL"
             CLOSE FLSO
           WHEN "LSO" ALSO "RD"
             MOVE ALL "*" TO LSO-REC
             READ FLSO
             DISPLAY "[" LSO-REC "]"
           WHEN "LSO" ALSO "WR"
             MOVE C-DATA TO LSO-REC
             WRITE LSO-REC
           WHEN "LSO" ALSO "WA"
             MOVE C-DATA TO LSO-REC
             WRITE LSO-REC AFTER ADVANCING C-N LINES
           WHEN "LSO" ALSO "WB"
             MOVE C-DATA TO LSO-REC
             WRITE LSO-REC BEFORE ADVANCING C-N LINES
           WHEN "LSO" ALSO "WP"
             MOVE C-DATA TO LSO-REC
             WRITE LSO-REC AFTER ADVANCING PAGE
           WHEN "LSO" ALSO "WQ"
             MOVE C-DATA TO LSO-REC
             WRITE LSO-REC BEFORE ADVANCING PAGE
           WHEN "RF " ALSO "NM"
             MOVE C-DATA TO FRF-NAME
           WHEN "RF " ALSO "OI"
             OPEN INPUT FRF
           WHEN "RF " ALSO "OO"
             OPEN OUTPUT FRF
           WHEN "RF " ALSO "OX"
             OPEN EXTEND FRF
           WHEN "RF " ALSO "OU"
             OPEN I-O FRF
           WHEN "RF " ALSO "CL"
             CLOSE FRF
           WHEN "RF " ALSO "RD"
             MOVE ALL "*" TO RF-REC
             READ FRF
             DISPLAY "[" RF-REC "]"
           WHEN "RF " ALSO "WR"
             MOVE C-DATA TO RF-REC
             WRITE RF-REC
           WHEN "RF " ALSO "RW"
             MOVE C-DATA TO RF-REC
             REWRITE RF-REC
           WHEN "RV " ALSO "NM"
             MOVE C-DATA TO FRV-NAME
           WHEN "RV " ALSO "OI"
             OPEN INPUT FRV
           WHEN "RV " ALSO "OO"
             OPEN OUTPUT FRV
           WHEN "RV " ALSO "OX"
             OPEN EXTEND FRV
           WHEN "RV " ALSO "OU"
             OPEN I-O FRV
           WHEN "RV " ALSO "CL"
             CLOSE FRV
           WHEN "RV " ALSO "RD"
             MOVE ALL "*" TO RV-LONG
             READ FRV
             DISPLAY "[" RV-LONG "]"
           WHEN "RV " ALSO "WR"
             MOVE C-DATA TO RV-LONG
             WRITE RV-LONG
           WHEN "RV " ALSO "WS"
             MOVE C-DATA TO RV-SHORT
             WRITE RV-SHORT
           WHEN "RV " ALSO "RS"
             MOVE C-DATA TO RV-SHORT
             REWRITE RV-SHORT
           WHEN "RV " ALSO "RW"
             MOVE C-DATA TO RV-LONG
             REWRITE RV-LONG
           WHEN "RO " ALSO "NM"
             MOVE C-DATA TO FRO-NAME
           WHEN "RO " ALSO "OI"
             OPEN INPUT FRO
           WHEN "RO " ALSO "OO"
             OPEN OUTPUT FRO
           WHEN "RO " ALSO "OX"
             OPEN EXTEND FRO
           WHEN "RO " ALSO "OU"
             OPEN I-O FRO
           WHEN "RO " ALSO "CL"
             CLOSE FRO
           WHEN "RO " ALSO "RD"
             MOVE ALL "*" TO RO-REC
             READ FRO
             DISPLAY "[" RO-REC "]"
           WHEN "RO " ALSO "WR"
             MOVE C-DATA TO RO-REC
             WRITE RO-REC
           WHEN "RO " ALSO "RW"
             MOVE C-DATA TO RO-REC
             REWRITE RO-REC
           END-EVALUATE.
)";

struct Scenario {
  std::string name;
  std::string operations;
};

// Each row is one scenario; add a row to add a case.
const std::vector<Scenario> kScenarios = {
    {"ls-write-read",
     "LS OO; LS WR ABC; LS WR; LS WR   X; LS WR A B  ; LS CL; LS OI; LS RD; LS RD; LS RD; LS RD; "
     "LS RD; LS RD; LS CL"},
    {"ls-advancing",
     "LS OO; LS WA1 L1; LS WA2 L2; LS WP L3; LS WB1 L4; LS WQ L5; LS WR L6; LS WA0 L7; "
     "LS WA1 L8; LS CL"},
    {"ls-close-after-before", "LS OO; LS WB2 B1; LS WB0 B2; LS CL"},
    {"ls-long-line-cut",
     "LS OO; LS WR 0123456789; LS CL; LS OX; LS WR X; LS CL; LS OI; LS RD; "
     "LS RD; LS RD"},
    {"ls-status-errors",
     "LS CL; LS RD; LS WR X; LS OI; LS OO; LS OO; LS RD; LS WR Y; LS OX; LS CL; LS CL"},
    {"ls-missing", "LS NM nosuchfile; LS OI; LS OX; LS RD; LS NM nodir/x; LS OO"},
    {"lso-optional-missing",
     "LSO NM nofile; LSO OI; LSO RD; LSO RD; LSO CL; LSO OX; LSO WR NEW; LSO CL; LSO OI; LSO RD"},
    {"rf-fixed", "RF OO; RF WR ABCDEFGH; RF WR 12; RF CL; RF OI; RF RD; RF RD; RF RD; RF RD"},
    {"rf-rewrite",
     "RF OO; RF WR AAAA; RF WR BBBB; RF CL; RF OU; RF RW X; RF RD; RF RW ZZZZ; RF RW Q; RF RD; "
     "RF WR C; RF CL; RF OI; RF RD; RF RD; RF RW Y; RF CL"},
    {"rf-extend",
     "RF OX; RF OO; RF WR ONE; RF CL; RF OX; RF WR TWO; RF RD; RF CL; RF OI; RF RD; "
     "RF RD; RF RD"},
    {"rv-variable",
     "RV OO; RV WS AAAA; RV WR BBBBBBBB; RV WS C; RV CL; RV OI; RV RD; RV RD; RV RD; RV RD; "
     "RV CL; RV OU; RV RD; RV RS XY; RV RD; RV RS Z; RV RW LONGER; RV CL"},
    {"ro-optional",
     "RO OU; RO WR X; RO RD; RO CL; RO NM other; RO OX; RO WR E; RO CL; RO OI; "
     "RO RD; RO RD; RO RD"},
    {"left-open", "LS OO; RF OO; LS WR OPEN; RO OI"},
};

// One operation of a script, in SEQOPS's fixed columns.
struct Operation {
  std::string file;  // "LS", "LSO", ...
  std::string op;    // "WR", ...
  int lines = 0;
  std::string data;
};

auto ParseOperation(const std::string& text) -> Operation {
  Operation operation;
  const std::size_t first_space = text.find(' ');
  operation.file = text.substr(0, first_space);
  std::string rest = first_space == std::string::npos ? "" : text.substr(first_space + 1);
  const std::size_t op_end = rest.find(' ');
  std::string op = rest.substr(0, op_end);
  operation.data = op_end == std::string::npos ? "" : rest.substr(op_end + 1);
  if (op.size() == 3) operation.lines = op[2] - '0';
  operation.op = op.substr(0, 2);
  return operation;
}

auto CommandLine(const Operation& operation) -> std::string {
  return Padded(operation.file, 3) + " " + Padded(operation.op, 2) + " " +
         static_cast<char>('0' + operation.lines) + " " + operation.data + "\n";
}

auto ScenarioCommand(const std::string& name) -> std::string { return "SCN      " + name + "\n"; }

// cobrt's side of SEQOPS.
class SequentialOperations {
 public:
  SequentialOperations(cobrt::RunTermination& termination, cobrt::OpenFileRegistry& open_files)
      : context_{&termination, &open_files,
                 [](const std::string&) { return std::optional<std::string>(); }} {
    Add("LS", "FLS", cobrt::SequentialFile::Kind::kLineSequential, false, 10, 10);
    Add("LSO", "FLSO", cobrt::SequentialFile::Kind::kLineSequential, true, 10, 10);
    Add("RF", "FRF", cobrt::SequentialFile::Kind::kRecordSequential, false, 8, 8);
    Add("RV", "FRV", cobrt::SequentialFile::Kind::kRecordSequential, false, 4, 8);
    Add("RO", "FRO", cobrt::SequentialFile::Kind::kRecordSequential, true, 8, 8);
  }

  void NewScenario(const std::string& name, cobrt::Console& console) {
    console.Display(cobrt::ConsoleStream::kStandardOutput, "SCN " + Padded(name, 30));
    for (auto& [id, state] : files_) {
      state.file->Close();
      std::string lower = state.select_name;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](char c) { return static_cast<char>(std::tolower(c)); });
      state.name = name + "-" + lower;
    }
  }

  void Perform(const Operation& operation, cobrt::Console& console) {
    FileState& state = files_.at(operation.file);
    cobrt::SequentialFile& file = *state.file;
    const std::string data = Padded(operation.data, 30);
    const std::size_t size = state.record.size();
    std::string status = "--";
    auto record_from_data = [&] { state.record = data.substr(0, size); };
    const std::string& op = operation.op;
    cobrt::FileStatus result;
    bool has_result = true;
    if (op == "NM") {
      state.name = data;
      has_result = false;
    } else if (op == "OI") {
      result = file.Open(cobrt::OpenMode::kInput, state.name);
    } else if (op == "OO") {
      result = file.Open(cobrt::OpenMode::kOutput, state.name);
    } else if (op == "OX") {
      result = file.Open(cobrt::OpenMode::kExtend, state.name);
    } else if (op == "OU") {
      result = file.Open(cobrt::OpenMode::kInputOutput, state.name);
    } else if (op == "CL") {
      result = file.Close();
    } else if (op == "RD") {
      std::fill(state.record.begin(), state.record.end(), '*');
      result = file.Read(state.record).status;
      console.Display(cobrt::ConsoleStream::kStandardOutput, {"[", state.record, "]"});
    } else if (op == "WR") {
      record_from_data();
      result = file.Write(state.record);
    } else if (op == "WS" || op == "RS") {
      std::copy_n(data.begin(), 4, state.record.begin());
      const std::string_view short_record(state.record.data(), 4);
      result = op == "WS" ? file.Write(short_record) : file.Rewrite(short_record);
    } else if (op == "RW") {
      record_from_data();
      result = file.Rewrite(state.record);
    } else if (op == "WA" || op == "WB" || op == "WP" || op == "WQ") {
      record_from_data();
      const cobrt::Advancing advancing = op == "WA"   ? cobrt::Advancing::After(operation.lines)
                                         : op == "WB" ? cobrt::Advancing::Before(operation.lines)
                                         : op == "WP" ? cobrt::Advancing::AfterPage()
                                                      : cobrt::Advancing::BeforePage();
      result = file.Write(state.record, advancing);
    } else {
      ADD_FAILURE() << "unknown operation " << op;
    }
    if (has_result) status = std::string(result.text());
    console.Display(cobrt::ConsoleStream::kStandardOutput,
                    {Padded(operation.file, 3), " ", op, " ", status});
  }

 private:
  struct FileState {
    std::string select_name;
    std::unique_ptr<cobrt::SequentialFile> file;
    std::string record;
    std::string name;
  };

  void Add(const std::string& id, const std::string& select_name, cobrt::SequentialFile::Kind kind,
           bool optional, std::size_t minimum, std::size_t maximum) {
    FileState state;
    state.select_name = select_name;
    state.file = std::make_unique<cobrt::SequentialFile>(
        kind, cobrt::FileDescription{select_name, optional, minimum, maximum}, context_);
    state.record.assign(maximum, ' ');
    files_.emplace(id, std::move(state));
  }

  cobrt::FileContext context_;
  std::map<std::string, FileState> files_;
};

TEST(SequentialReferenceTest, ScenariosMatchCobc) {
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
  script += "END\n";
  CobcRunInputs inputs;
  inputs.standard_input = script;
  const CobcRunOutcome reference =
      Reference({"SEQOPS", kSequentialOperationsProgram, {}, {}}, inputs);

  const std::string directory = FreshDirectory("sequential-reference");
  StreamSink sink;
  {
    ScopedWorkingDirectory working_directory(directory);
    cobrt::Console console(sink);
    int exit_code = -1;
    cobrt::RunTermination termination(console, [&](int code) { exit_code = code; });
    cobrt::OpenFileRegistry open_files;
    cobrt::CloseOpenFilesAtEndOfRun(termination, open_files);
    SequentialOperations operations(termination, open_files);
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
