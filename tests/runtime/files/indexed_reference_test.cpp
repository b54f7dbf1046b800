// INDEXED files of cobrt against cobc (BDB). One COBOL program (IDXOPS) interprets operation
// scripts from stdin on three indexed files with FILE STATUS and ASSIGN to a data item: FID
// (ACCESS DYNAMIC, 10 bytes: RECORD KEY 1:4, ALTERNATE KEY 5:2 WITH DUPLICATES, ALTERNATE KEY
// 7:2 unique), FIS (ACCESS SEQUENTIAL, key 1:4) and FIO (OPTIONAL, ACCESS RANDOM). It DISPLAYs
// each status and each record area read. The test interprets the same scripts through
// cobrt::IndexedFile and compares stdout and stderr byte for byte (cobc's files are BDB's, not
// compared).
//
// A scenario is operations separated by ';', each "<file> <op> [data]", file ID, IS or IO; op
// OI OO OU OX CL (OPEN / CLOSE); RD RA RU (READ by primary / duplicate / unique key, the value
// moved into the key of an area of '*'); RN RP (READ NEXT / PREVIOUS); WR RW (WRITE / REWRITE
// data); DL (DELETE, data moved to the primary key); S= S> SG S< SL on the primary key, A= A>
// AG A< AL on the duplicate key, U= UG on the unique key, P= P> PG P< PL on the first 2 bytes of
// the primary key (START, the value moved to the key);
// SF SZ (START FIRST / LAST).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runtime/files/indexed_file.h"
#include "runtime/io/termination.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

constexpr const char* kIndexedOperationsProgram = R"(
       IDENTIFICATION DIVISION.
       PROGRAM-ID. IDXOPS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT FID ASSIGN TO FID-NAME
               ORGANIZATION INDEXED ACCESS DYNAMIC
               RECORD KEY D-PRI
               ALTERNATE RECORD KEY D-ALT WITH DUPLICATES
               ALTERNATE RECORD KEY D-UNQ
               FILE STATUS FS.
           SELECT FIS ASSIGN TO FIS-NAME
               ORGANIZATION INDEXED ACCESS SEQUENTIAL
               RECORD KEY S-PRI
               FILE STATUS FS.
           SELECT OPTIONAL FIO ASSIGN TO FIO-NAME
               ORGANIZATION INDEXED ACCESS RANDOM
               RECORD KEY O-PRI
               FILE STATUS FS.
       DATA DIVISION.
       FILE SECTION.
       FD FID.
       01 D-REC.
          05 D-PRI.
             10 D-PRI-HEAD PIC X(2).
             10 D-PRI-TAIL PIC X(2).
          05 D-ALT PIC X(2).
          05 D-UNQ PIC X(2).
          05 D-DATA PIC X(2).
       FD FIS.
       01 S-REC.
          05 S-PRI PIC X(4).
          05 S-DATA PIC X(6).
       FD FIO.
       01 O-REC.
          05 O-PRI PIC X(4).
          05 O-DATA PIC X(6).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       01 FID-NAME PIC X(30).
       01 FIS-NAME PIC X(30).
       01 FIO-NAME PIC X(30).
       01 CMD.
          05 C-FILE PIC XX.
          05 FILLER PIC X.
          05 C-OP PIC XX.
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
               DISPLAY C-FILE " " C-OP " " FS
             END-IF
             ACCEPT CMD
           END-PERFORM.
           STOP RUN.
       NEW-SCENARIO.
           DISPLAY "SCN " C-DATA.
           CLOSE FID FIS FIO.
           MOVE SPACES TO FID-NAME FIS-NAME FIO-NAME.
           STRING C-DATA DELIMITED SPACE "-fid" DELIMITED SIZE
             INTO FID-NAME.
           STRING C-DATA DELIMITED SPACE "-fis" DELIMITED SIZE
             INTO FIS-NAME.
           STRING C-DATA DELIMITED SPACE "-fio" DELIMITED SIZE
             INTO FIO-NAME.
       ONE-OPERATION.
           EVALUATE C-FILE ALSO C-OP
           WHEN "ID" ALSO "OI" OPEN INPUT FID
           WHEN "ID" ALSO "OO" OPEN OUTPUT FID
           WHEN "ID" ALSO "OU" OPEN I-O FID
           WHEN "ID" ALSO "OX" OPEN EXTEND FID
           WHEN "ID" ALSO "CL" CLOSE FID
           WHEN "ID" ALSO "RD"
             MOVE ALL "*" TO D-REC
             MOVE C-DATA TO D-PRI
             READ FID
             DISPLAY "[" D-REC "]"
           WHEN "ID" ALSO "RA"
             MOVE ALL "*" TO D-REC
             MOVE C-DATA TO D-ALT
             READ FID KEY IS D-ALT
             DISPLAY "[" D-REC "]"
           WHEN "ID" ALSO "RU"
             MOVE ALL "*" TO D-REC
             MOVE C-DATA TO D-UNQ
             READ FID KEY IS D-UNQ
             DISPLAY "[" D-REC "]"
           WHEN "ID" ALSO "RN"
             MOVE ALL "*" TO D-REC
             READ FID NEXT
             DISPLAY "[" D-REC "]"
           WHEN "ID" ALSO "RP"
             MOVE ALL "*" TO D-REC
             READ FID PREVIOUS
             DISPLAY "[" D-REC "]"
           WHEN "ID" ALSO "WR"
             MOVE C-DATA TO D-REC
             WRITE D-REC
           WHEN "ID" ALSO "RW"
             MOVE C-DATA TO D-REC
             REWRITE D-REC
           WHEN "ID" ALSO "DL"
             MOVE C-DATA TO D-PRI
             DELETE FID
           WHEN "ID" ALSO "S="
             MOVE C-DATA TO D-PRI
             START FID KEY = D-PRI
           WHEN "ID" ALSO "S>"
             MOVE C-DATA TO D-PRI
             START FID KEY > D-PRI
           WHEN "ID" ALSO "SG"
             MOVE C-DATA TO D-PRI
             START FID KEY >= D-PRI
           WHEN "ID" ALSO "S<"
             MOVE C-DATA TO D-PRI
             START FID KEY < D-PRI
           WHEN "ID" ALSO "SL"
             MOVE C-DATA TO D-PRI
             START FID KEY <= D-PRI
           WHEN "ID" ALSO "P="
             MOVE C-DATA TO D-PRI-HEAD
             START FID KEY = D-PRI-HEAD
           WHEN "ID" ALSO "P>"
             MOVE C-DATA TO D-PRI-HEAD
             START FID KEY > D-PRI-HEAD
           WHEN "ID" ALSO "PG"
             MOVE C-DATA TO D-PRI-HEAD
             START FID KEY >= D-PRI-HEAD
           WHEN "ID" ALSO "P<"
             MOVE C-DATA TO D-PRI-HEAD
             START FID KEY < D-PRI-HEAD
           WHEN "ID" ALSO "PL"
             MOVE C-DATA TO D-PRI-HEAD
             START FID KEY <= D-PRI-HEAD
           WHEN "ID" ALSO "SF"
             START FID FIRST
           WHEN "ID" ALSO "SZ"
             START FID LAST
           WHEN "ID" ALSO "A="
             MOVE C-DATA TO D-ALT
             START FID KEY = D-ALT
           WHEN "ID" ALSO "A>"
             MOVE C-DATA TO D-ALT
             START FID KEY > D-ALT
           WHEN "ID" ALSO "AG"
             MOVE C-DATA TO D-ALT
             START FID KEY >= D-ALT
           WHEN "ID" ALSO "A<"
             MOVE C-DATA TO D-ALT
             START FID KEY < D-ALT
           WHEN "ID" ALSO "AL"
             MOVE C-DATA TO D-ALT
             START FID KEY <= D-ALT
           WHEN "ID" ALSO "U="
             MOVE C-DATA TO D-UNQ
             START FID KEY = D-UNQ
           WHEN "ID" ALSO "UG"
             MOVE C-DATA TO D-UNQ
             START FID KEY >= D-UNQ
           WHEN "IS" ALSO "OI" OPEN INPUT FIS
           WHEN "IS" ALSO "OO" OPEN OUTPUT FIS
           WHEN "IS" ALSO "OU" OPEN I-O FIS
           WHEN "IS" ALSO "OX" OPEN EXTEND FIS
           WHEN "IS" ALSO "CL" CLOSE FIS
           WHEN "IS" ALSO "RN"
             MOVE ALL "*" TO S-REC
             READ FIS
             DISPLAY "[" S-REC "]"
           WHEN "IS" ALSO "WR"
             MOVE C-DATA TO S-REC
             WRITE S-REC
           WHEN "IS" ALSO "RW"
             MOVE C-DATA TO S-REC
             REWRITE S-REC
           WHEN "IS" ALSO "DL"
             DELETE FIS
           WHEN "IS" ALSO "SG"
             MOVE C-DATA TO S-PRI
             START FIS KEY >= S-PRI
           WHEN "IO" ALSO "OI" OPEN INPUT FIO
           WHEN "IO" ALSO "OO" OPEN OUTPUT FIO
           WHEN "IO" ALSO "OU" OPEN I-O FIO
           WHEN "IO" ALSO "CL" CLOSE FIO
           WHEN "IO" ALSO "RD"
             MOVE ALL "*" TO O-REC
             MOVE C-DATA TO O-PRI
             READ FIO
             DISPLAY "[" O-REC "]"
           WHEN "IO" ALSO "WR"
             MOVE C-DATA TO O-REC
             WRITE O-REC
           WHEN "IO" ALSO "RW"
             MOVE C-DATA TO O-REC
             REWRITE O-REC
           WHEN "IO" ALSO "DL"
             MOVE C-DATA TO O-PRI
             DELETE FIO
           END-EVALUATE.
)";

struct Scenario {
  std::string name;
  std::string operations;
};

// Each row is one scenario; add a row to add a case.
const std::vector<Scenario> kScenarios = {
    {"dup-order",
     "ID OO; ID WR 0005BBu5e5; ID WR 0003AAu3e3; ID WR 0009AAu9e9; ID WR 0001BBu1e1; ID WR "
     "0003XXxxxx; ID WR 0007CCu3zz; ID WR 0004AAu4e4; ID RD 0003; ID CL; ID OI; ID RN; ID RN; ID "
     "RD 0005; ID RN; ID RA AA; ID RN; ID RN; ID RN; ID RN; ID RN; ID RN; ID RN; ID RP; ID RU u4; "
     "ID RN; ID RA ZZ; ID RN; ID CL"},
    {"start",
     "ID OO; ID WR 0005BBu5e5; ID WR 0003AAu3e3; ID WR 0009AAu9e9; ID WR 0001BBu1e1; ID CL; ID OU; "
     "ID S= 0004; ID RN; ID S> 0003; ID RN; ID SG 0004; ID RN; ID S< 0005; ID RN; ID SL 0005; ID "
     "RN; ID RP; ID RP; ID RP; ID RP; ID SF; ID RN; ID SZ; ID RN; ID RP; ID A= AA; ID RN; ID RN; "
     "ID RN; ID A> AA; ID RN; ID A< BB; ID RN; ID RP; ID AL BB; ID RN; ID RN; ID U= u9; ID RN; ID "
     "UG u2; ID RN; ID CL"},
    {"rewrite-delete",
     "ID OO; ID WR 0005BBu5e5; ID WR 0003AAu3e3; ID WR 0009AAu9e9; ID CL; ID OU; ID RW 0003CCu3r3; "
     "ID RW 0004CCu4r4; ID RW 0003CCu5r3; ID RD 0003; ID RN; ID RW 0005AAu5R5; ID RN; ID RN; ID DL "
     "0003; ID DL 0003; ID RN; ID RA AA; ID RN; ID DL 0005; ID RN; ID RN; ID RA AA; ID RD 0005; ID "
     "WR 0003AAu3nw; ID RA AA; ID RN; ID RN; ID CL; ID OI; ID RN; ID RN; ID RN; ID CL"},
    {"sequential-access",
     "IS OO; IS WR 0002aaaaaa; IS WR 0004bbbbbb; IS WR 0003cccccc; IS WR 0004dddddd; IS WR "
     "0005eeeeee; IS RN; IS CL; IS OU; IS RW 0002xxxxxx; IS RN; IS RW 0003xxxxxx; IS RW "
     "0002yyyyyy; IS DL; IS RN; IS DL; IS DL; IS RN; IS RN; IS RN; IS SG 0000; IS RN; IS WR "
     "0009zzzzzz; IS CL; IS OX; IS WR 0001ffffff; IS WR 0007gggggg; IS CL; IS OI; IS RN; IS RN; IS "
     "RN; IS RN; IS CL"},
    {"optional-random",
     "IO OI; IO RD 0001; IO CL; IO OU; IO WR 0001oooooo; IO RD 0001; IO RW 0001OOOOOO; IO RW "
     "0002pppppp; IO DL 0002; IO CL; IO OI; IO WR 0002pppppp; IO RD 0001; IO RD 0002; IO CL; ID "
     "OI; ID OX; ID WR 0001AAu1xx; ID CL"},
    {"positions",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RD 0004; ID RN; ID RD 0004; ID RP; ID RA BA; ID RN; ID RA AB; ID RP; ID RD 0005; ID DL "
     "0005; ID RN; ID RD 0005; ID RP; ID RD 0003; ID WR 0004DDu4e4; ID RN; ID RD 0009; ID RN; ID "
     "RP; ID RP; ID RA AA; ID RW 0003AAu3XX; ID RN; ID RA CC; ID RW 0009AAu9XX; ID RN; ID RN; ID "
     "CL"},
    {"sequential-rewrite-key",
     "IS OO; IS WR 0002aaaaaa; IS WR 0004bbbbbb; IS WR 0006cccccc; IS CL; IS OX; IS WR 0004dddddd; "
     "IS WR 0008eeeeee; IS WR 0007ffffff; IS WR 0008gggggg; IS CL; IS OU; IS RN; IS RW 0004zzzzzz; "
     "IS RN; IS RN; IS RW 0005yyyyyy; IS RN; IS CL; IS OI; IS RN; IS RN; IS RN; IS RN; IS RN; IS "
     "CL"},
    {"previous",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID CL; ID OI; ID RP; ID RP; ID RN; ID RN; ID RP; "
     "ID CL; ID OI; ID SZ; ID RP; ID RP; ID RP; ID RN; ID S= 0001; ID RP; ID SF; ID RP; ID CL"},
    {"empty",
     "ID OO; ID RN; ID S= 0000; ID CL; ID OU; ID RN; ID SF; ID RN; ID WR 0001AAu1e1; ID RN; ID RN; "
     "ID CL; ID OI; ID WR 0001AAu1e1; ID RW 0001AAu1e1; ID DL 0001; ID CL"},
    {"failed-read-same-key",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RD 0005; ID RD 0004; ID RN; ID RN; ID RD 0004; ID RP"},
    {"failed-read-other-key",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RD 0005; ID RU u4; ID RN; ID RN; ID RA AA; ID RN; ID RD 0005; ID RA AB; ID RN; ID RD "
     "0004; ID RN"},
    {"failed-read-unique",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RU u5; ID RN; ID RU u4; ID RN; ID RN"},
    {"failed-start",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RD 0005; ID S= 0004; ID RP; ID RP; ID RD 0003; ID S< 0003; ID RP; ID RN; ID S> 0009; ID "
     "RP; ID RN"},
    {"failed-start-other-key",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RD 0005; ID A= AB; ID RP; ID RN; ID RN"},
    {"failed-start-after-open",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID S= 0004; ID RP; ID RP"},
    {"failed-start-key-next",
     "ID OO; ID WR 0003AAu3e3; ID WR 0005BBu5e5; ID WR 0007AAu7e7; ID WR 0009CCu9e9; ID CL; ID OU; "
     "ID RD 0005; ID A= AB; ID RN"},
    {"write-order",
     "IS OO; IS WR 0002aaaaaa; IS WR 0004bbbbbb; IS WR 0004cccccc; IS WR 0003dddddd; IS WR "
     "0004eeeeee; IS WR 0005ffffff; IS WR 0005gggggg; IS CL; IS OX; IS WR 0006aaaaaa; IS WR "
     "0006cccccc; IS WR 0003dddddd; IS WR 0006eeeeee; IS WR 0007ffffff; IS WR 0001hhhhhh; IS CL"},
    {"partial-key-equal",
     "ID OO; ID WR 0103AAu3e3; ID WR 0105BBu5e5; ID WR 0201AAu7e7; ID WR 0309CCu9e9; ID CL; ID OU; "
     "ID P= 01; ID RN; ID RN; ID RN; ID P= 02; ID RN; ID P= 04; ID RN"},
    {"partial-key-conditions",
     "ID OO; ID WR 0103AAu3e3; ID WR 0105BBu5e5; ID WR 0201AAu7e7; ID WR 0309CCu9e9; ID CL; ID OU; "
     "ID P> 01; ID RN; ID PG 02; ID RN; ID P< 02; ID RN; ID PL 01; ID RN; ID RP; ID PL 00; ID RN; "
     "ID P> 03; ID RN"},
    {"extend-dynamic",
     "ID OO; ID WR 0001AAu1e1; ID CL; ID OX; ID WR 0002AAu2e2; ID RN; ID CL; ID OI; ID RN; ID RN; "
     "ID RN; ID CL"},
    {"sequential-extend-start",
     "IS OO; IS WR 0001aaaaaa; IS CL; IS OX; IS RN; IS SG 0000; IS CL; IS OU; IS SG 0002; IS RN; "
     "IS CL"},
    {"left-open", "ID OO; ID WR 0001AAu1e1; IO OI"},
};

struct Operation {
  std::string file;
  std::string op;
  std::string data;
};

auto ParseOperation(const std::string& text) -> Operation {
  Operation operation;
  operation.file = text.substr(0, 2);
  operation.op = text.substr(3, 2);
  operation.data = text.size() > 6 ? text.substr(6) : "";
  return operation;
}

// cobrt's side of IDXOPS.
class IndexedOperations {
 public:
  IndexedOperations(cobrt::RunTermination& termination, cobrt::OpenFileRegistry& open_files)
      : context_{&termination, &open_files,
                 [](const std::string&) { return std::optional<std::string>(); }} {
    Add("ID", "FID", cobrt::Access::kDynamic, false, {{0, 4, false}, {4, 2, true}, {6, 2, false}});
    Add("IS", "FIS", cobrt::Access::kSequential, false, {{0, 4, false}});
    Add("IO", "FIO", cobrt::Access::kRandom, true, {{0, 4, false}});
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
    cobrt::IndexedFile& file = *state.file;
    const std::string data = Padded(operation.data, 30);
    const std::string& op = operation.op;
    std::string& area = state.area;
    auto move_to = [&](std::size_t offset, std::size_t length) {
      std::copy_n(data.begin(), length, area.begin() + static_cast<std::ptrdiff_t>(offset));
    };
    auto show = [&] { console.Display(cobrt::ConsoleStream::kStandardOutput, {"[", area, "]"}); };
    cobrt::FileStatus result;
    if (op == "OI") {
      result = file.Open(cobrt::OpenMode::kInput, state.name);
    } else if (op == "OO") {
      result = file.Open(cobrt::OpenMode::kOutput, state.name);
    } else if (op == "OU") {
      result = file.Open(cobrt::OpenMode::kInputOutput, state.name);
    } else if (op == "OX") {
      result = file.Open(cobrt::OpenMode::kExtend, state.name);
    } else if (op == "CL") {
      result = file.Close();
    } else if (op == "RD" || op == "RA" || op == "RU") {
      std::fill(area.begin(), area.end(), '*');
      const std::size_t key = op == "RD" ? 0 : op == "RA" ? 1 : 2;
      if (key == 0) move_to(0, 4);
      if (key == 1) move_to(4, 2);
      if (key == 2) move_to(6, 2);
      result = file.Read(area, key).status;
      show();
    } else if (op == "RN" || op == "RP") {
      std::fill(area.begin(), area.end(), '*');
      result = op == "RN" ? file.ReadNext(area).status : file.ReadPrevious(area).status;
      show();
    } else if (op == "WR") {
      move_to(0, 10);
      result = file.Write(area, 10);
    } else if (op == "RW") {
      move_to(0, 10);
      result = file.Rewrite(area, 10);
    } else if (op == "DL") {
      if (operation.file != "IS") move_to(0, 4);
      result = file.Delete(area);
    } else if (op == "SF" || op == "SZ") {
      result = file.Start(op == "SF" ? cobrt::StartPosition::kFirst : cobrt::StartPosition::kLast);
    } else {
      const std::size_t key = op[0] == 'S' || op[0] == 'P' ? 0 : op[0] == 'A' ? 1 : 2;
      // P: START on D-PRI-HEAD, the first 2 bytes of the primary key.
      const std::size_t length = op[0] == 'P' ? 2 : key == 0 ? 4 : 2;
      move_to(key == 0 ? 0 : key == 1 ? 4 : 6, length);
      const char c = op[1];
      const cobrt::StartCondition condition = c == '='   ? cobrt::StartCondition::kEqual
                                              : c == '>' ? cobrt::StartCondition::kGreater
                                              : c == 'G' ? cobrt::StartCondition::kGreaterOrEqual
                                              : c == '<' ? cobrt::StartCondition::kLess
                                                         : cobrt::StartCondition::kLessOrEqual;
      result = file.Start(condition, area, key, op[0] == 'P' ? 2 : 0);
    }
    console.Display(cobrt::ConsoleStream::kStandardOutput,
                    {operation.file, " ", op, " ", result.text()});
  }

 private:
  struct FileState {
    std::string select_name;
    std::unique_ptr<cobrt::IndexedFile> file;
    std::string area;
    std::string name;
  };

  void Add(const std::string& id, const std::string& select_name, cobrt::Access access,
           bool optional, std::vector<cobrt::KeyDescription> keys) {
    FileState state;
    state.select_name = select_name;
    state.file = std::make_unique<cobrt::IndexedFile>(
        access, cobrt::FileDescription{select_name, optional, 10, 10}, std::move(keys), context_);
    state.area.assign(10, ' ');
    files_.emplace(id, std::move(state));
  }

  cobrt::FileContext context_;
  std::map<std::string, FileState> files_;
};

TEST(IndexedReferenceTest, ScenariosMatchCobc) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  std::string script;
  std::vector<std::vector<Operation>> parsed;
  for (const Scenario& scenario : kScenarios) {
    script += "SC    " + scenario.name + "\n";
    parsed.emplace_back();
    for (const std::string& text : SplitTrimmed(scenario.operations, ';')) {
      parsed.back().push_back(ParseOperation(text));
      const Operation& operation = parsed.back().back();
      script += operation.file + " " + operation.op + " " + operation.data + "\n";
    }
  }
  script += "EN\n";
  CobcRunInputs inputs;
  inputs.standard_input = script;
  const CobcRunOutcome reference = Reference({"IDXOPS", kIndexedOperationsProgram, {}, {}}, inputs);

  const std::string directory = FreshDirectory("indexed-reference");
  StreamSink sink;
  {
    ScopedWorkingDirectory working_directory(directory);
    cobrt::Console console(sink);
    int exit_code = -1;
    cobrt::RunTermination termination(console, [&](int code) { exit_code = code; });
    cobrt::OpenFileRegistry open_files;
    cobrt::CloseOpenFilesAtEndOfRun(termination, open_files);
    IndexedOperations operations(termination, open_files);
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
  // The same files exist (their formats differ: BDB's against cobrt's log). BDB keeps each
  // alternate key in a file of its own, "<name>.1", "<name>.2"..., which cobrt does not have.
  const std::map<std::string, std::string> written = FilesBelow(directory);
  for (const auto& [path, bytes] : reference.files) {
    const std::size_t dot = path.rfind('.');
    if (dot != std::string::npos &&
        path.find_first_not_of("0123456789", dot + 1) == std::string::npos) {
      continue;
    }
    EXPECT_TRUE(written.count(path) != 0) << "cobrt did not write " << path;
  }
  for (const auto& [path, bytes] : written) {
    EXPECT_TRUE(reference.files.count(path) != 0) << "cobc did not write " << path;
  }
}

}  // namespace
}  // namespace remint::testing
