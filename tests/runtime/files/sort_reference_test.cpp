// SORT and MERGE of cobrt against cobc. One COBOL program (SORTREF) sorts a file of 16-byte
// records (alphanumeric 1:2 with few distinct values, so many equal keys; S9(4) zoned 3:4;
// S9(5) packed 7:3; S9(4) BINARY 10:2; input sequence number 12:5) five ways: by one
// alphanumeric key (stability), descending zoned then alphanumeric, packed then descending
// binary, binary through an INPUT PROCEDURE that drops some records and an OUTPUT PROCEDURE that
// DISPLAYs each record RETURNed, a MERGE of two sorted files (equal keys: which file first) and
// one of two unsorted files (cobc sorts them all). It DISPLAYs SORT-RETURN after each. Last, a
// SORT and a MERGE USING a missing file (cobc takes it as empty, silently). The test does the
// same through cobrt::SortFile, once with the default memory budget and once with a budget of a
// few records (external merge of many runs), and compares stdout and every file written byte
// for byte.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/files/sequential_file.h"
#include "runtime/io/termination.h"
#include "runtime/sort/sort_file.h"
#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/zoned.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

constexpr const char* kSortProgram = R"(
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORTREF.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN1 ASSIGN TO "in1" ORGANIZATION SEQUENTIAL.
           SELECT IN2 ASSIGN TO "in2" ORGANIZATION SEQUENTIAL.
           SELECT OUT1 ASSIGN TO "out1" ORGANIZATION SEQUENTIAL.
           SELECT OUT2 ASSIGN TO "out2" ORGANIZATION SEQUENTIAL.
           SELECT OUT3 ASSIGN TO "out3" ORGANIZATION SEQUENTIAL.
           SELECT OUT5 ASSIGN TO "out5" ORGANIZATION SEQUENTIAL.
           SELECT OUT6 ASSIGN TO "out6" ORGANIZATION SEQUENTIAL.
           SELECT NOF ASSIGN TO "nofile" ORGANIZATION SEQUENTIAL.
           SELECT OUT7 ASSIGN TO "out7" ORGANIZATION SEQUENTIAL.
           SELECT OUT8 ASSIGN TO "out8" ORGANIZATION SEQUENTIAL.
           SELECT SD1 ASSIGN TO "sortwork".
       DATA DIVISION.
       FILE SECTION.
       FD IN1.
       01 IN1-REC PIC X(16).
       FD IN2.
       01 IN2-REC PIC X(16).
       FD OUT1.
       01 OUT1-REC PIC X(16).
       FD OUT2.
       01 OUT2-REC PIC X(16).
       FD OUT3.
       01 OUT3-REC PIC X(16).
       FD OUT5.
       01 OUT5-REC PIC X(16).
       FD OUT6.
       01 OUT6-REC PIC X(16).
       FD NOF.
       01 NOF-REC PIC X(16).
       FD OUT7.
       01 OUT7-REC PIC X(16).
       FD OUT8.
       01 OUT8-REC PIC X(16).
       SD SD1.
       01 SD1-REC.
          05 S-ALPHA PIC X(2).
          05 S-ZONED PIC S9(4).
          05 S-PACKED PIC S9(5) PACKED-DECIMAL.
          05 S-BIN PIC S9(4) BINARY.
          05 S-SEQ PIC X(5).
       WORKING-STORAGE SECTION.
       01 EOF-FLAG PIC X.
       PROCEDURE DIVISION.
       MAIN.
           SORT SD1 ON ASCENDING KEY S-ALPHA USING IN1 GIVING OUT1.
           DISPLAY "SORT1 " SORT-RETURN.
           SORT SD1 ON DESCENDING KEY S-ZONED ASCENDING KEY S-ALPHA
             USING IN1 GIVING OUT2.
           DISPLAY "SORT2 " SORT-RETURN.
           SORT SD1 ON ASCENDING KEY S-PACKED DESCENDING KEY S-BIN
             USING IN1 GIVING OUT3.
           DISPLAY "SORT3 " SORT-RETURN.
           SORT SD1 ON ASCENDING KEY S-BIN
             INPUT PROCEDURE KEEP-SOME OUTPUT PROCEDURE SHOW-ALL.
           DISPLAY "SORT4 " SORT-RETURN.
           SORT SD1 ON ASCENDING KEY S-ALPHA USING IN2 GIVING OUT6.
           DISPLAY "SORT6 " SORT-RETURN.
           MERGE SD1 ON ASCENDING KEY S-ALPHA USING OUT1 OUT6
             GIVING OUT5.
           DISPLAY "MERGE5 " SORT-RETURN.
           MERGE SD1 ON DESCENDING KEY S-ZONED USING IN1 IN2
             GIVING OUT8.
           DISPLAY "MERGE8 " SORT-RETURN.
           SORT SD1 ON ASCENDING KEY S-ALPHA USING NOF GIVING OUT7.
           DISPLAY "SORT7 " SORT-RETURN.
           MERGE SD1 ON ASCENDING KEY S-ALPHA USING NOF OUT1
             GIVING OUT7.
           DISPLAY "MERGE7 " SORT-RETURN.
           STOP RUN.
       KEEP-SOME.
           OPEN INPUT IN1.
           MOVE "N" TO EOF-FLAG.
           PERFORM UNTIL EOF-FLAG = "Y"
             READ IN1
               AT END MOVE "Y" TO EOF-FLAG
               NOT AT END
                 IF IN1-REC(1:2) NOT = "CC"
                   MOVE IN1-REC TO SD1-REC
                   RELEASE SD1-REC
                 END-IF
             END-READ
           END-PERFORM.
           CLOSE IN1.
       SHOW-ALL.
           MOVE "N" TO EOF-FLAG.
           PERFORM UNTIL EOF-FLAG = "Y"
             RETURN SD1
               AT END MOVE "Y" TO EOF-FLAG
               NOT AT END DISPLAY "R " S-ALPHA " " S-ZONED " " S-SEQ
             END-RETURN
           END-PERFORM.
)";

using ZonedKey = cobrt::Zoned<4, 0, cobrt::ZonedSign::kTrailing>;
using PackedKey = cobrt::Packed<5, 0, true>;
using BinaryKey = cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                cobrt::BinaryTruncation::kToPictureDigits>;

// `count` records from a fixed pseudo-random sequence (the same every run).
auto MakeRecords(int count, std::uint32_t seed) -> std::string {
  static const char* const kAlpha[] = {"BB", "AA", "CC", "A ", "DD"};
  std::string bytes;
  std::uint32_t state = seed;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return static_cast<int>(state >> 16 & 0x7FFF);
  };
  for (int index = 0; index < count; ++index) {
    std::string record(16, ' ');
    auto* data = reinterpret_cast<std::uint8_t*>(record.data());
    record.replace(0, 2, kAlpha[next() % 5]);
    const int zoned = next() % 41 - 20;
    ZonedKey::Write(data + 2, static_cast<std::int64_t>(zoned < 0 ? -zoned : zoned), zoned < 0);
    const int packed = next() % 21 - 10;
    PackedKey::Write(data + 6, static_cast<std::int64_t>(packed < 0 ? -packed : packed),
                     packed < 0);
    BinaryKey::Write(data + 9, static_cast<std::int64_t>(next() % 61 - 30));
    // Room for any int, so the compiler can prove nothing is cut; the record takes 5 digits.
    char sequence[16];
    std::snprintf(sequence, sizeof sequence, "%05d", index % 100000);
    record.replace(11, 5, sequence, 5);
    bytes += record;
  }
  return bytes;
}

auto Asc(std::size_t offset, std::size_t length) -> cobrt::SortKey {
  return cobrt::SortKey::Alphanumeric(offset, length, cobrt::SortOrder::kAscending);
}

// SORTREF through cobrt, in the current directory; returns what it DISPLAYs.
auto RunThroughCobrt(std::size_t budget) -> std::string {
  StreamSink sink;
  cobrt::Console console(sink);
  cobrt::RunTermination termination(console, [](int) {});
  cobrt::OpenFileRegistry open_files;
  const cobrt::FileContext context{&termination, &open_files,
                                   [](const std::string&) { return std::optional<std::string>(); }};
  // Each FD with its record area, as the emitted program has them.
  struct Fd {
    std::unique_ptr<cobrt::SequentialFile> file;
    std::string name;
    char area[16] = {};
    auto Io() -> cobrt::SortIoFile { return {file.get(), name, area}; }
  };
  auto fd = [&](const char* select, const char* name) {
    auto made = std::make_unique<Fd>();
    made->file = std::make_unique<cobrt::SequentialFile>(
        cobrt::SequentialFile::Kind::kRecordSequential,
        cobrt::FileDescription{select, false, 16, 16}, context);
    made->name = name;
    return made;
  };
  auto in1 = fd("IN1", "in1"), in2 = fd("IN2", "in2"), out1 = fd("OUT1", "out1"),
       out2 = fd("OUT2", "out2"), out3 = fd("OUT3", "out3"), out5 = fd("OUT5", "out5"),
       out6 = fd("OUT6", "out6"), out7 = fd("OUT7", "out7"), out8 = fd("OUT8", "out8"),
       missing = fd("NOF", "nofile");
  char sd_area[16] = {};
  cobrt::SortFile sd("SD1", "sortwork", sd_area, context);
  int sort_return = -1;
  const auto descending = cobrt::SortOrder::kDescending;
  const auto ascending = cobrt::SortOrder::kAscending;
  auto show_return = [&](const char* label) {
    console.Display(cobrt::ConsoleStream::kStandardOutput,
                    {label, sort_return == 0 ? "+000000000" : "+000000016"});
  };
  sd.Begin({Asc(0, 2)}, sort_return, budget);
  sd.Using(in1->Io());
  sd.Giving({out1->Io()});
  sd.End();
  show_return("SORT1 ");
  sd.Begin({cobrt::SortKey::Numeric<ZonedKey>(2, descending), Asc(0, 2)}, sort_return, budget);
  sd.Using(in1->Io());
  sd.Giving({out2->Io()});
  sd.End();
  show_return("SORT2 ");
  sd.Begin({cobrt::SortKey::Numeric<PackedKey>(6, ascending),
            cobrt::SortKey::Numeric<BinaryKey>(9, descending)},
           sort_return, budget);
  sd.Using(in1->Io());
  sd.Giving({out3->Io()});
  sd.End();
  show_return("SORT3 ");
  sd.Begin({cobrt::SortKey::Numeric<BinaryKey>(9, ascending)}, sort_return, budget);
  in1->file->Open(cobrt::OpenMode::kInput, "in1");
  while (in1->file->Read(in1->area).status.IsSuccessful()) {
    if (std::string_view(in1->area, 2) != "CC") {
      std::copy_n(in1->area, 16, sd_area);
      sd.Release();
    }
  }
  in1->file->Close();
  while (sd.Return()) {
    const auto value = ZonedKey::Read(reinterpret_cast<const std::uint8_t*>(sd_area) + 2);
    char zoned[16];
    std::snprintf(zoned, sizeof zoned, "%c%04d", value.mantissa < 0 ? '-' : '+',
                  static_cast<int>(value.mantissa < 0 ? -value.mantissa : value.mantissa));
    console.Display(
        cobrt::ConsoleStream::kStandardOutput,
        {"R ", std::string_view(sd_area, 2), " ", zoned, " ", std::string_view(sd_area + 11, 5)});
  }
  sd.End();
  show_return("SORT4 ");
  sd.Begin({Asc(0, 2)}, sort_return, budget);
  sd.Using(in2->Io());
  sd.Giving({out6->Io()});
  sd.End();
  show_return("SORT6 ");
  sd.Begin({Asc(0, 2)}, sort_return, budget);
  sd.Using(out1->Io());
  sd.Using(out6->Io());
  sd.Giving({out5->Io()});
  sd.End();
  show_return("MERGE5 ");
  sd.Begin({cobrt::SortKey::Numeric<ZonedKey>(2, descending)}, sort_return, budget);
  sd.Using(in1->Io());
  sd.Using(in2->Io());
  sd.Giving({out8->Io()});
  sd.End();
  show_return("MERGE8 ");
  sd.Begin({Asc(0, 2)}, sort_return, budget);
  sd.Using(missing->Io());
  sd.Giving({out7->Io()});
  sd.End();
  show_return("SORT7 ");
  sd.Begin({Asc(0, 2)}, sort_return, budget);
  sd.Using(missing->Io());
  sd.Using(out1->Io());
  sd.Giving({out7->Io()});
  sd.End();
  show_return("MERGE7 ");
  console.Flush();
  return sink.output;
}

class SortReferenceTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(SortReferenceTest, SortsAndMergesAsCobc) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  CobcRunInputs inputs;
  inputs.files["in1"] = MakeRecords(400, 7);
  inputs.files["in2"] = MakeRecords(60, 11);
  const CobcRunOutcome reference = Reference({"SORTREF", kSortProgram, {}, {}}, inputs);

  const std::string directory = FreshDirectory("sort-reference");
  std::string output;
  {
    ScopedWorkingDirectory working_directory(directory);
    for (const auto& [path, bytes] : inputs.files) {
      std::FILE* stream = std::fopen(path.c_str(), "wb");
      std::fwrite(bytes.data(), 1, bytes.size(), stream);
      std::fclose(stream);
    }
    output = RunThroughCobrt(GetParam());
  }
  EXPECT_EQ(output, reference.standard_output);
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

// The default budget (all in memory) and 200 bytes: a run every few records.
INSTANTIATE_TEST_SUITE_P(Budgets, SortReferenceTest,
                         ::testing::Values(cobrt::kDefaultSortMemoryBudget, std::size_t{200}));

}  // namespace
}  // namespace remint::testing
