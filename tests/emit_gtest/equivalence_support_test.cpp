// The emitted projects' test support (emitters/gtest/support): how a field's value is shown and
// how the first difference between two versions of a dataset is described.
#include <gtest/gtest.h>

#include <string>

#include "emitters/gtest/support/equivalence.h"

namespace equivalence {
namespace {

using namespace std::string_literals;

constexpr Field kFields[] = {
    {"ACCT-ID", 0, 5, FieldKind::kText, 0, 0, false, false, false},
    {"ACCT-HOURS", 5, 4, FieldKind::kZoned, 4, 1, false, false, false},
    {"ACCT-BAL", 9, 4, FieldKind::kPacked, 7, 2, true, false, false},
    {"ACCT-COUNT", 13, 2, FieldKind::kBinary, 4, 0, true, false, false},
    {"ACCT-DELTA", 15, 3, FieldKind::kZoned, 3, 0, true, false, false},
};
constexpr Layout kLayout{"ACCT-REC", kFields};

// A record of kLayout: 18 bytes.
auto Record(const std::string& id, const std::string& hours, const std::string& packed,
            const std::string& binary, const std::string& delta) -> std::string {
  return id + hours + packed + binary + delta;
}

TEST(EquivalenceSupportTest, FormatsEachKindOfField) {
  const std::string record =
      Record("A-001", "0455", "\x00\x12\x34\x5D"s, "\xFF\xFE"s, "12\x75"s);  // 0x75: -5 overpunch
  EXPECT_EQ(FormatField(kFields[0], record), "\"A-001\"");
  EXPECT_EQ(FormatField(kFields[1], record), "45.5 [30 34 35 35]");
  EXPECT_EQ(FormatField(kFields[2], record), "-123.45 [00 12 34 5D]");
  EXPECT_EQ(FormatField(kFields[3], record), "-2 [FF FE]");
  EXPECT_EQ(FormatField(kFields[4], record), "-125 [31 32 75]");
}

TEST(EquivalenceSupportTest, ShowsInvalidNumbersAndStrayBytesAsSuch) {
  const std::string record = Record("A\x01\"B ", "04X5", "\x00\x12\x34\x56"s, "\x00\x01"s, "123");
  EXPECT_EQ(FormatField(kFields[0], record), "\"A\\x01\\x22B \"");
  EXPECT_EQ(FormatField(kFields[1], record), "not a valid number [30 34 58 35]");
  EXPECT_EQ(FormatField(kFields[2], record), "not a valid number [00 12 34 56]");
  EXPECT_EQ(FormatField(kFields[4], record.substr(0, 16)), "not a valid number [31]");
  EXPECT_EQ(FormatField(kFields[4], record.substr(0, 10)), "(absent: the record is shorter)");
}

TEST(EquivalenceSupportTest, NamesTheRecordAndFieldOfTheFirstDifference) {
  const std::string one = Record("A-001", "0400", "\x00\x00\x50\x0C"s, "\x00\x01"s, "000");
  const std::string two = Record("A-002", "0400", "\x00\x00\x50\x0C"s, "\x00\x02"s, "000");
  const std::string changed = Record("A-002", "0400", "\x00\x00\x50\x1C"s, "\x00\x02"s, "000");
  const Shape shape{Framing::kFixed, 18, &kLayout};
  EXPECT_EQ(DescribeDifference("ACCTOUT", one + two, one + two, shape), "");
  EXPECT_EQ(DescribeDifference("ACCTOUT", one + two, one + changed, shape),
            "dataset ACCTOUT: record 2 (byte offset 18): field ACCT-BAL (ACCT-REC offset 9, "
            "4 bytes): expected 5.00 [00 00 50 0C], got 5.01 [00 00 50 1C]");
  EXPECT_EQ(DescribeDifference("ACCTOUT", one + two, one, shape),
            "dataset ACCTOUT: expected 2 records (36 bytes), got 1 (18 bytes); the first missing "
            "record is number 2: \"A-0020400\\x00\\x00P\\x0C\\x00\\x02000\"");
  EXPECT_EQ(DescribeDifference("ACCTOUT", one, one + two, shape).substr(0, 72),
            "dataset ACCTOUT: expected 1 records (18 bytes), got 2 (36 bytes); the fi");
}

TEST(EquivalenceSupportTest, DescribesReportLinesByColumn) {
  const Shape lines{Framing::kLines, 0, nullptr};
  EXPECT_EQ(DescribeDifference("RPT", "TITLE\nTOTAL   12.50\n", "TITLE\nTOTAL   12.05\n", lines),
            "dataset RPT: line 2 (byte offset 6): column 12: expected \"TOTAL   12.50\", got "
            "\"TOTAL   12.05\"");
  EXPECT_EQ(DescribeDifference("RPT", "A\nB\n", "A\nBB\n", lines),
            "dataset RPT: line 2 (byte offset 2): column 2: expected \"B\", got \"BB\"");
}

TEST(EquivalenceSupportTest, ReadsGnuCobolVariableRecords) {
  // Headers count the data only (COB_VARSEQ_FORMAT 0).
  const std::string expected =
      "\x00\x03\x00\x00"
      "abc"
      "\x00\x02\x00\x00"
      "de"s;
  const std::string actual =
      "\x00\x03\x00\x00"
      "abc"
      "\x00\x02\x00\x00"
      "dx"s;
  const Shape shape{Framing::kCobcVariable, 0, nullptr};
  EXPECT_EQ(DescribeDifference("VAR", expected, actual, shape),
            "dataset VAR: record 2 (byte offset 7): column 2: expected \"de\", got \"dx\"");
}

TEST(EquivalenceSupportTest, ByteFramingReportsTheOffset) {
  const Shape bytes{Framing::kBytes, 0, nullptr};
  EXPECT_EQ(DescribeDifference("BIN", "abcdef", "abcXef", bytes),
            "dataset BIN: byte 3: column 4: expected \"abcdef\", got \"abcXef\"");
}

}  // namespace
}  // namespace equivalence
