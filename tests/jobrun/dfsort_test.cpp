// Tests for the DFSORT emulation of `remint run` (jobrun/utilities/dfsort.h).
#include "jobrun/utilities/dfsort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace remint::jobrun {
namespace {

using Lines = std::vector<std::string>;

auto Sort(Lines cards, Lines records, uint32_t output_lrecl = 0) -> SortResult {
  SortRequest request;
  request.step_name = "STEP1";
  request.control_cards = std::move(cards);
  request.records = std::move(records);
  request.output_lrecl = output_lrecl;
  return RunSortUtility(request);
}

// Raw bytes, for binary and packed fields.
auto Bytes(std::initializer_list<int> values) -> std::string {
  std::string bytes;
  for (int value : values) bytes.push_back(static_cast<char>(value));
  return bytes;
}

auto Has(const Lines& lines, std::string_view line) -> bool {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// The last character of each record: the tests tag records with it to follow their order.
auto Tags(const Lines& records) -> std::string {
  std::string tags;
  for (const std::string& record : records) tags.push_back(record.empty() ? '?' : record.back());
  return tags;
}

// What a failed step prints: the listing with the error below the card, then ICE052I 3.
auto ErrorListing(const std::string& card, size_t marker_column, const std::string& message)
    -> Lines {
  return {"ICE000I 1 - CONTROL STATEMENTS FOR STEP STEP1", std::string(11, ' ') + card,
          std::string(11 + marker_column, ' ') + "$", message, "ICE052I 3 END OF DFSORT"};
}

void ExpectFailure(const SortResult& result, std::string_view message) {
  EXPECT_EQ(result.return_code, 16);
  EXPECT_TRUE(result.records.empty());
  EXPECT_TRUE(Has(result.messages, message)) << "missing " << message;
  ASSERT_FALSE(result.messages.empty());
  EXPECT_EQ(result.messages.back(), "ICE052I 3 END OF DFSORT");
}

TEST(DfsortTest, SuccessfulSortPrintsTheGoldenMessageBlock) {
  SortRequest request;
  request.step_name = "SORTMST";
  // SYSIN cards are 80 columns: the listing drops the trailing blanks.
  std::string card = "  SORT FIELDS=(11,10,CH,A,1,10,CH,A)";
  request.control_cards = {card + std::string(80 - card.size(), ' ')};
  request.records = {"ACCT000002BRANCH0001", "ACCT000001BRANCH0001", "ACCT000003BRANCH0000"};
  request.output_lrecl = 20;
  SortResult result = RunSortUtility(request);
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(result.messages,
            (Lines{"ICE143I 0 BLOCKSET     SORT  TECHNIQUE SELECTED",
                   "ICE000I 1 - CONTROL STATEMENTS FOR STEP SORTMST",
                   "             SORT FIELDS=(11,10,CH,A,1,10,CH,A)",
                   "ICE054I 0 RECORDS - IN: 3, OUT: 3", "ICE052I 0 END OF DFSORT"}));
  EXPECT_EQ(result.records,
            (Lines{"ACCT000003BRANCH0000", "ACCT000001BRANCH0001", "ACCT000002BRANCH0001"}));
}

TEST(DfsortTest, SortsOnSeveralCharacterKeysInPriorityOrder) {
  SortResult result =
      Sort({"  SORT FIELDS=(3,2,CH,A,1,2,CH,A)"}, {"BBX1a", "AAX1b", "ZZA0c", "AAA0d", "BBA0e"});
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(Tags(result.records), "decba");
}

TEST(DfsortTest, CharacterCompareIsUnsignedBytes) {
  SortResult result = Sort({"  SORT FIELDS=(1,1,CH,A)"}, {"\xF0"
                                                          "a",
                                                          "0b",
                                                          "\x01"
                                                          "c"});
  EXPECT_EQ(Tags(result.records), "cba");
}

TEST(DfsortTest, DescendingAndMixedOrders) {
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,3,CH,D)"}, {"100a", "300b", "200c"}).records), "bca");
  SortResult mixed = Sort({"  SORT FIELDS=(1,1,CH,A,2,2,CH,D)"}, {"A10a", "B99b", "A20c", "B01d"});
  EXPECT_EQ(Tags(mixed.records), "cabd");
}

TEST(DfsortTest, ZonedDecimalUsesAsciiTrailingOverpunch) {
  // 10, -11, 5, -0, -109, 0: 'p'..'y' (0x70-0x79) on the last digit make a value negative.
  Lines records = {"00010A", "0001qB", "00005C", "0000pD", "0010yE", "00000F"};
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,5,ZD,A)"}, records).records), "EBDFCA");
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,5,ZD,D)"}, records).records), "ACDFBE");
}

TEST(DfsortTest, PackedDecimalSignNibbles) {
  Lines records = {Bytes({0x00, 0x12, 0x3C}) + "A", Bytes({0x00, 0x12, 0x3D}) + "B",
                   Bytes({0x00, 0x00, 0x5F}) + "C", Bytes({0x99, 0x99, 0x9D}) + "D",
                   Bytes({0x00, 0x01, 0x0B}) + "E"};
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,3,PD,A)"}, records).records), "DBECA");
}

TEST(DfsortTest, BinaryIsUnsignedAndFixedPointIsSigned) {
  Lines records = {Bytes({0x80, 0x00}) + "A", Bytes({0x7F, 0xFF}) + "B", Bytes({0xFF, 0xFF}) + "C",
                   Bytes({0x00, 0x01}) + "D"};
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,2,BI,A)"}, records).records), "DBAC");
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,2,FI,A)"}, records).records), "ACDB");
  EXPECT_EQ(Tags(Sort({"  SORT FIELDS=(1,2,A),FORMAT=FI"}, records).records), "ACDB");
}

TEST(DfsortTest, EqualKeysKeepTheirInputOrder) {
  Lines records;
  for (int i = 0; i < 300; ++i) {
    records.push_back(std::to_string(i % 3) + std::string(3 - std::to_string(i).size(), '0') +
                      std::to_string(i));
  }
  for (const char* card : {"  SORT FIELDS=(1,1,CH,A)", "  SORT FIELDS=(1,1,CH,D),EQUALS"}) {
    SortResult result = Sort({card}, records);
    ASSERT_EQ(result.records.size(), records.size());
    for (size_t i = 1; i < result.records.size(); ++i) {
      const std::string& before = result.records[i - 1];
      const std::string& after = result.records[i];
      if (before[0] == after[0]) {
        EXPECT_LT(before.substr(1), after.substr(1)) << card;
      }
    }
  }
}

// Department (CH 3), amount (ZD 5), flag (CH 1).
const Lines kAccounts = {"ABC00100Y", "ABC0001pN", "XYZ00050Y", "XYZ00200N", "QQQ00000Y"};

TEST(DfsortTest, IncludeWithAndOrAndConstants) {
  // AND binds tighter than OR; X'4E' is 'N'.
  SortResult result = Sort(
      {"  OPTION COPY", "  INCLUDE COND=(1,3,CH,EQ,C'ABC',AND,4,5,ZD,GT,0,OR,9,1,CH,EQ,X'4E')"},
      kAccounts);
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(result.records, (Lines{"ABC00100Y", "ABC0001pN", "XYZ00200N"}));
  ASSERT_GE(result.messages.size(), 3u);
  EXPECT_EQ(result.messages[result.messages.size() - 3], "ICE054I 0 RECORDS - IN: 5, OUT: 3");
  EXPECT_EQ(result.messages[result.messages.size() - 2], "ICE055I 0 INSERT 0, DELETE 2");
  EXPECT_EQ(result.messages[0], "ICE143I 0 BLOCKSET     COPY  TECHNIQUE SELECTED");
}

TEST(DfsortTest, IncludeWithParenthesesSymbolsAndSignedNumbers) {
  SortResult grouped =
      Sort({"  SORT FIELDS=COPY", "  INCLUDE COND=((1,3,CH,EQ,C'ABC',|,1,3,CH,EQ,C'XYZ'),&,",
            "                (4,5,ZD,LT,+100))"},
           kAccounts);
  EXPECT_EQ(grouped.records, (Lines{"ABC0001pN", "XYZ00050Y"}));
  SortResult negative = Sort({"  OPTION COPY", "  INCLUDE COND=(4,5,ZD,LE,-10)"}, kAccounts);
  EXPECT_EQ(negative.records, (Lines{"ABC0001pN"}));
  SortResult with_format =
      Sort({"  OPTION COPY", "  INCLUDE COND=(4,5,GE,50),FORMAT=ZD"}, kAccounts);
  EXPECT_EQ(with_format.records, (Lines{"ABC00100Y", "XYZ00050Y", "XYZ00200N"}));
}

TEST(DfsortTest, OmitAndFieldToFieldComparisons) {
  SortResult omitted = Sort({"  OPTION COPY", "  OMIT COND=(9,1,CH,EQ,C'Y')"}, kAccounts);
  EXPECT_EQ(omitted.records, (Lines{"ABC0001pN", "XYZ00200N"}));
  EXPECT_TRUE(Has(omitted.messages, "ICE055I 0 INSERT 0, DELETE 3"));
  SortResult fields =
      Sort({"  OPTION COPY", "  INCLUDE COND=(1,3,CH,EQ,4,3,CH)"}, {"ABCABC1", "ABCABD2"});
  EXPECT_EQ(fields.records, (Lines{"ABCABC1"}));
  // A short character constant is padded with blanks to the field's length.
  SortResult padded =
      Sort({"  OPTION COPY", "  INCLUDE COND=(1,5,CH,EQ,C'ABC')"}, {"ABC  1", "ABCDE2"});
  EXPECT_EQ(padded.records, (Lines{"ABC  1"}));
  SortResult all = Sort({"  OPTION COPY", "  OMIT COND=NONE"}, kAccounts);
  EXPECT_EQ(all.records, kAccounts);
}

TEST(DfsortTest, SumAddsZonedFieldsAndKeepsTheFirstRecord) {
  SortResult result = Sort({"  SORT FIELDS=(1,3,CH,A)", "  SUM FIELDS=(4,5,ZD)"},
                           {"AAA00010x", "BBB00005x", "AAA0002qy", "AAA00001z", "BBB0000uy"});
  EXPECT_EQ(result.return_code, 0);
  // AAA: 10 - 21 + 1 = -10, written with the negative overpunch; BBB: 5 - 5 = 0.
  EXPECT_EQ(result.records, (Lines{"AAA0001px", "BBB00000x"}));
  EXPECT_TRUE(Has(result.messages, "ICE054I 0 RECORDS - IN: 5, OUT: 2"));
  EXPECT_TRUE(Has(result.messages, "ICE055I 0 INSERT 0, DELETE 3"));
}

TEST(DfsortTest, SumPackedLeavesOverflowingRecordsUnsummed) {
  SortResult result = Sort({"  SORT FIELDS=(1,1,CH,A)", "  SUM FIELDS=(2,3,PD)"},
                           {"A" + Bytes({0x00, 0x10, 0x0C}), "B" + Bytes({0x99, 0x99, 0x9C}),
                            "A" + Bytes({0x00, 0x05, 0x0D}), "B" + Bytes({0x00, 0x00, 0x1C})});
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(result.records, (Lines{"A" + Bytes({0x00, 0x05, 0x0C}), "B" + Bytes({0x99, 0x99, 0x9C}),
                                   "B" + Bytes({0x00, 0x00, 0x1C})}));
  EXPECT_TRUE(Has(result.messages, "ICE152I 0 OVERFLOW DURING SUMMATION - RC=0"));
  EXPECT_TRUE(Has(result.messages, "ICE055I 0 INSERT 0, DELETE 1"));
}

TEST(DfsortTest, SumBinaryAndFixedPoint) {
  SortResult result =
      Sort({"  SORT FIELDS=(1,1,CH,A)", "  SUM FIELDS=(2,2,BI,4,2,FI)"},
           {"K" + Bytes({0x00, 0x01, 0xFF, 0xFF}), "K" + Bytes({0x00, 0x02, 0xFF, 0xFE})});
  EXPECT_EQ(result.records, (Lines{"K" + Bytes({0x00, 0x03, 0xFF, 0xFD})}));
}

TEST(DfsortTest, SumFieldsNoneDropsDuplicates) {
  SortResult result =
      Sort({"  SORT FIELDS=(1,1,CH,A)", "  SUM FIELDS=NONE"}, {"A1", "B1", "A2", "B2", "C1"});
  EXPECT_EQ(result.records, (Lines{"A1", "B1", "C1"}));
  EXPECT_TRUE(Has(result.messages, "ICE055I 0 INSERT 0, DELETE 2"));
}

TEST(DfsortTest, InrecAndOutrecBuildRecords) {
  // INREC runs before the sort (keys refer to its output), OUTREC after it.
  SortResult result = Sort({"  INREC BUILD=(15,2,C'-',1,10)", "  SORT FIELDS=(1,2,CH,A,4,10,CH,A)",
                            "  OUTREC FIELDS=(4,10,3X,1,2,20:C'END',X'21',2Z,2C'AB')"},
                           {"SMITH     0042NY", "JONES     0007NY", "BROWN     0100CA"});
  EXPECT_EQ(result.return_code, 0);
  std::string tail = "END" + Bytes({0x21, 0x00, 0x00}) + "ABAB";
  EXPECT_EQ(result.records, (Lines{"BROWN        CA    " + tail, "JONES        NY    " + tail,
                                   "SMITH        NY    " + tail}));
}

TEST(DfsortTest, MergeTakesEqualKeysFromTheFirstInputFirst) {
  SortRequest request;
  request.step_name = "MRG";
  request.control_cards = {"  MERGE FIELDS=(1,1,CH,A)"};
  request.merge_inputs = {{"A1", "C1", "E1"}, {"B2", "C2", "D2"}};
  SortResult result = RunSortUtility(request);
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(result.records, (Lines{"A1", "B2", "C1", "C2", "D2", "E1"}));
  EXPECT_EQ(result.messages.front(), "ICE143I 0 BLOCKSET     MERGE TECHNIQUE SELECTED");
  EXPECT_TRUE(Has(result.messages, "ICE054I 0 RECORDS - IN: 6, OUT: 6"));
}

TEST(DfsortTest, CopyKeepsInputOrder) {
  Lines records = {"C", "A", "B"};
  for (const char* card : {"  OPTION COPY", "  SORT FIELDS=COPY"}) {
    SortResult result = Sort({card}, records);
    EXPECT_EQ(result.return_code, 0) << card;
    EXPECT_EQ(result.records, records) << card;
    EXPECT_EQ(result.messages.front(), "ICE143I 0 BLOCKSET     COPY  TECHNIQUE SELECTED");
  }
}

TEST(DfsortTest, SkiprecAndStopaftLimitTheRecordsRead) {
  SortResult result =
      Sort({"  OPTION COPY,SKIPREC=1,STOPAFT=2"}, {"skipped", "one", "two", "unread"});
  EXPECT_EQ(result.records, (Lines{"one", "two"}));
  EXPECT_TRUE(Has(result.messages, "ICE054I 0 RECORDS - IN: 3, OUT: 2"));
}

TEST(DfsortTest, CommentsLabelsRemarksAndContinuationCards) {
  Lines cards = {"* SORT BY BRANCH, THEN BY ACCOUNT",
                 "  SORT FIELDS=(11,10,CH,A,    THE BRANCH FIRST",
                 "* A COMMENT BETWEEN CONTINUATION CARDS",
                 "               1,10,CH,A)     THEN THE ACCOUNT",
                 "INC1 INCLUDE COND=(1,4,CH,EQ,C'ACCT')",
                 "  END",
                 "  THIS CARD IS NEVER READ"};
  SortResult result = Sort(cards, {"ACCT000002BRANCH0001", "XXXX000009BRANCH0000",
                                   "ACCT000001BRANCH0001", "ACCT000003BRANCH0000"});
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(result.records,
            (Lines{"ACCT000003BRANCH0000", "ACCT000001BRANCH0001", "ACCT000002BRANCH0001"}));
  Lines listing(result.messages.begin() + 2, result.messages.begin() + 8);
  for (size_t i = 0; i < listing.size(); ++i) {
    EXPECT_EQ(listing[i], std::string(11, ' ') + cards[i]);
  }
  EXPECT_FALSE(Has(result.messages, std::string(11, ' ') + cards[6]));
}

TEST(DfsortTest, ColumnsPast71AreIgnored) {
  // Column 72 is the continuation column and 73-80 hold sequence numbers: an operand field that
  // reaches column 71 ends there even when column 72 is not blank.
  std::string statement = "SORT FIELDS=(1,1,CH,A)";
  std::string card = std::string(71 - statement.size(), ' ') + statement + "X0001000";
  SortResult result = Sort({card}, {"B", "A"});
  EXPECT_EQ(result.return_code, 0);
  EXPECT_EQ(result.records, (Lines{"A", "B"}));
  EXPECT_EQ(result.messages[2], std::string(11, ' ') + card);
}

TEST(DfsortTest, SyntaxErrorMarksTheColumn) {
  std::string card = "  SORT FIELDS=(1,5,CH,X)";
  SortResult result = Sort({card}, {"AAAAA"});
  EXPECT_EQ(result.return_code, 16);
  EXPECT_TRUE(result.records.empty());
  EXPECT_EQ(result.messages, ErrorListing(card, 22, "ICE007A 1 SYNTAX ERROR"));
}

TEST(DfsortTest, ErrorIsPrintedBelowItsCardAndLaterCardsAreStillListed) {
  SortResult result = Sort({"  SORT FIELDS=(1,5,CH,A)", "  SUM FIELDS=(6,2,CH)", "* AFTER"}, {});
  EXPECT_EQ(result.return_code, 16);
  EXPECT_EQ(result.messages,
            (Lines{"ICE000I 1 - CONTROL STATEMENTS FOR STEP STEP1",
                   "             SORT FIELDS=(1,5,CH,A)", "             SUM FIELDS=(6,2,CH)",
                   std::string(11 + 18, ' ') + "$", "ICE018A 0 INVALID OR MISSING FIELD FORMAT",
                   "           * AFTER", "ICE052I 3 END OF DFSORT"}));
}

TEST(DfsortTest, UnknownStatementIsAStatementDefinerError) {
  std::string card = "  SROT FIELDS=(1,5,CH,A)";
  SortResult result = Sort({card}, {"AAAAA"});
  ExpectFailure(result, "ICE005A 0 STATEMENT DEFINER ERROR");
  EXPECT_EQ(result.messages[2], std::string(13, ' ') + "$");
  ExpectFailure(Sort({"  OUTFIL FNAMES=OUT1"}, {}), "ICE005A 0 STATEMENT DEFINER ERROR");
}

TEST(DfsortTest, NoSortOrMerge) {
  SortResult result = Sort({"  INCLUDE COND=(1,1,CH,EQ,C'A')"}, {"A"});
  ExpectFailure(result, "ICE010A 0 NO SORT OR MERGE");
  ExpectFailure(Sort({}, {"A"}), "ICE010A 0 NO SORT OR MERGE");
}

TEST(DfsortTest, FieldBeyondTheOutputRecordLength) {
  std::string card = "  SORT FIELDS=(75,10,CH,A)";
  SortResult result = Sort({card}, {}, 80);
  EXPECT_EQ(result.messages,
            ErrorListing(card, 15, "ICE027A 1 END OF FIELD BEYOND MAXIMUM RECORD LENGTH"));
  ExpectFailure(Sort({"  SORT FIELDS=(1,99999,CH,A)"}, {}),
                "ICE027A 1 END OF FIELD BEYOND MAXIMUM RECORD LENGTH");
  // INREC fixes the length the sort keys see.
  ExpectFailure(Sort({"  INREC FIELDS=(1,4)", "  SORT FIELDS=(3,3,CH,A)"}, {}),
                "ICE027A 1 END OF FIELD BEYOND MAXIMUM RECORD LENGTH");
}

TEST(DfsortTest, RecordShorterThanAFieldFailsTheStep) {
  constexpr std::string_view kMessage = "ICE027A 1 END OF FIELD BEYOND MAXIMUM RECORD LENGTH";
  ExpectFailure(Sort({"  SORT FIELDS=(1,10,CH,A)"}, {"LONG ENOUGH", "SHORT"}), kMessage);
  ExpectFailure(Sort({"  OPTION COPY", "  INCLUDE COND=(5,2,CH,EQ,C'XX')"}, {"ABC"}), kMessage);
  ExpectFailure(Sort({"  OPTION COPY", "  OUTREC FIELDS=(1,8)"}, {"ABCDEFGH", "ABC"}), kMessage);
  ExpectFailure(Sort({"  SORT FIELDS=(1,1,CH,A)", "  SUM FIELDS=(2,4,ZD)"}, {"A0001", "A01"}),
                kMessage);
}

TEST(DfsortTest, MissingOrInvalidFormat) {
  ExpectFailure(Sort({"  SORT FIELDS=(1,5,A)"}, {}), "ICE018A 0 INVALID OR MISSING FIELD FORMAT");
  ExpectFailure(Sort({"  SORT FIELDS=(1,5,XY,A)"}, {}),
                "ICE018A 0 INVALID OR MISSING FIELD FORMAT");
  EXPECT_EQ(Sort({"  SORT FIELDS=(1,1,A),FORMAT=CH"}, {"B", "A"}).records, (Lines{"A", "B"}));
}

TEST(DfsortTest, OperandAndFieldDefinitionErrors) {
  ExpectFailure(Sort({"  SORT FEILDS=(1,5,CH,A)"}, {}), "ICE006A 0 OPERAND DEFINER ERROR");
  ExpectFailure(Sort({"  SORT EQUALS"}, {}), "ICE012A 0 MISSING FIELD DEFINITIONS");
  ExpectFailure(Sort({"  SORT FIELDS=(0,5,CH,A)"}, {}), "ICE007A 1 SYNTAX ERROR");
  ExpectFailure(Sort({"  SORT FIELDS=(1,5,CH,A)", "  SORT FIELDS=(1,5,CH,D)"}, {}),
                "ICE007A 1 SYNTAX ERROR");
}

TEST(DfsortTest, ReformattingErrors) {
  constexpr std::string_view kMessage = "ICE111A 0 REFORMATTING FIELD ERROR";
  ExpectFailure(Sort({"  OPTION COPY", "  OUTREC FIELDS=(1,5,ZD,TO=PD)"}, {}), kMessage);
  ExpectFailure(Sort({"  OPTION COPY", "  OUTREC FIELDS=(1,10,5:C'X')"}, {}), kMessage);
  ExpectFailure(Sort({"  OPTION COPY", "  INREC BUILD=(99999X)"}, {}), kMessage);
}

TEST(DfsortTest, ComparisonErrors) {
  ExpectFailure(Sort({"  OPTION COPY", "  INCLUDE COND=(1,3,CH,EQ,5)"}, {}),
                "ICE114A 0 INVALID COMPARISON");
  ExpectFailure(Sort({"  OPTION COPY", "  INCLUDE COND=(1,3,ZD,EQ,C'A')"}, {}),
                "ICE114A 0 INVALID COMPARISON");
  ExpectFailure(Sort({"  OPTION COPY", "  INCLUDE COND=(1,40,ZD,EQ,5)"}, {}),
                "ICE113A 0 COMPARISON FIELD ERROR");
}

TEST(DfsortTest, MalformedCardsAreSyntaxErrors) {
  constexpr std::string_view kMessage = "ICE007A 1 SYNTAX ERROR";
  ExpectFailure(Sort({"  OPTION COPY", "  INCLUDE COND=(1,3,CH,EQ,C'AB)"}, {}), kMessage);
  ExpectFailure(Sort({"  SORT FIELDS=(1,3,CH,A,"}, {}), kMessage);  // nothing continues it
  ExpectFailure(Sort({"  SORT FIELDS=(1,3,CH,A"}, {}), kMessage);
  ExpectFailure(Sort({"  OPTION COPY", "  INCLUDE COND=(1,1,CH,EQ,X'F')"}, {}), kMessage);
}

TEST(DfsortTest, ParenthesesNestOnlySoDeep) {
  auto nested = [](size_t depth) -> Lines {
    return {"  OPTION COPY", "  INCLUDE COND=" + std::string(depth, '(') + "1,1,CH,EQ,C'A',OR,",
            "  1,1,CH,EQ,C'B'" + std::string(depth, ')')};
  };
  EXPECT_EQ(Sort(nested(30), {"A", "B", "C"}).records, (Lines{"A", "B"}));
  ExpectFailure(Sort(nested(35), {"A"}), "ICE007A 1 SYNTAX ERROR");
}

// Valid statements that the robustness test combines and mutates: one that says what to do (sort,
// merge or copy), then some of the others.
const std::vector<Lines> kOperations = {
    {"  SORT FIELDS=(1,3,CH,A,4,5,ZD,D)"},
    {"  MERGE FIELDS=(1,3,A),FORMAT=CH"},
    {"  OPTION COPY,SKIPREC=1,STOPAFT=5"},
    {"  SORT FIELDS=(1,3,CH,A,", "               4,2,PD,D,6,2,FI,A)"},
};
const std::vector<Lines> kOtherStatements = {
    {"  INCLUDE COND=((1,3,CH,EQ,C'ABC',OR,4,5,ZD,GT,-10),AND,9,1,CH,NE,X'4E')"},
    {"  OMIT COND=(4,5,EQ,+0,|,1,2,BI,LT,9,2,BI),FORMAT=ZD"},
    {"  SUM FIELDS=(4,5,ZD)"},
    {"  SUM FIELDS=(6,2),FORMAT=BI"},
    {"  INREC BUILD=(1,9,2X,C'XY',3C'Z',20:X'00FF',2Z)"},
    {"  OUTREC FIELDS=(1,8,30:C'END')"},
    {"* A COMMENT"},
    {"  END"},
};

auto RandomRecord(std::mt19937& random, size_t min_length) -> std::string {
  static constexpr std::string_view kBytes = "0123456789pqrstuvwxyABCXYZ \x0C\x0D\x80\xFF";
  std::string record(std::uniform_int_distribution<size_t>(min_length, 24)(random), ' ');
  for (char& c : record) {
    c = kBytes[std::uniform_int_distribution<size_t>(0, kBytes.size() - 1)(random)];
  }
  return record;
}

void Mutate(std::mt19937& random, Lines& cards) {
  static constexpr std::string_view kAlphabet = "(),'=:&|+-*0123456789ACDEFINOPQRSTXZ ";
  auto pick = [&](size_t bound) { return std::uniform_int_distribution<size_t>(0, bound)(random); };
  std::string& card = cards[pick(cards.size() - 1)];
  size_t at = card.empty() ? 0 : pick(card.size() - 1);
  switch (pick(6)) {
    case 0:
      if (!card.empty()) card[at] = kAlphabet[pick(kAlphabet.size() - 1)];
      break;
    case 1:
      card.insert(card.begin() + static_cast<std::ptrdiff_t>(at),
                  kAlphabet[pick(kAlphabet.size() - 1)]);
      break;
    case 2:
      if (!card.empty()) card.erase(at, 1);
      break;
    case 3:
      card.resize(at);
      break;
    case 4:
      card.insert(at, "4294967299");
      break;
    case 5:
      cards.push_back(cards[pick(cards.size() - 1)]);
      break;
    default:
      card.insert(at, "((((");
      break;
  }
}

TEST(DfsortTest, RandomlyMutatedCardsNeverCrash) {
  std::mt19937 random(20240611);
  int failures = 0;
  for (int run = 0; run < 2000; ++run) {
    SortRequest request;
    request.step_name = "FUZZ";
    auto pick = [&](size_t count) {
      return std::uniform_int_distribution<size_t>(0, count - 1)(random);
    };
    request.control_cards = kOperations[pick(kOperations.size())];
    for (size_t extra = pick(4); extra > 0; --extra) {
      const Lines& statement = kOtherStatements[pick(kOtherStatements.size())];
      request.control_cards.insert(request.control_cards.end(), statement.begin(), statement.end());
    }
    int mutations = std::uniform_int_distribution<int>(0, 3)(random);
    for (int i = 0; i < mutations; ++i) Mutate(random, request.control_cards);
    // Mostly records long enough for every field of kValidCards, so that the sort runs too.
    size_t min_length = run % 10 == 0 ? 0 : 12;
    for (int i = 0; i < 12; ++i) request.records.push_back(RandomRecord(random, min_length));
    request.merge_inputs = {{RandomRecord(random, min_length), RandomRecord(random, min_length)},
                            {RandomRecord(random, min_length)}};
    if (run % 3 == 0) request.output_lrecl = 16;
    SortResult result = RunSortUtility(request);
    ASSERT_TRUE(result.return_code == 0 || result.return_code == 4 || result.return_code == 16)
        << "run " << run;
    ASSERT_FALSE(result.messages.empty());
    EXPECT_EQ(result.messages.back(),
              result.return_code == 16 ? "ICE052I 3 END OF DFSORT" : "ICE052I 0 END OF DFSORT");
    if (result.return_code == 16) {
      EXPECT_TRUE(result.records.empty());
      ++failures;
    }
  }
  // The mutations must exercise both outcomes, or the test proves little.
  EXPECT_GT(failures, 100);
  EXPECT_LT(failures, 1900);
}

}  // namespace
}  // namespace remint::jobrun
