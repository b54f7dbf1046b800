// The listing parser on listings captured from cobc 3.1.2 and checked in beside their source
// (listings/), so these tests need no cobc; and on malformed listings, which must give an
// error result and never a crash.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/cobc_symbols.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

auto Listing(const std::string& name) -> std::string {
  return ReadTextFile(std::string(REMINT_COBC_LISTINGS_DIR) + "/" + name);
}

auto Find(const CobcListing& listing, const std::string& key) -> const CobcSymbol* {
  for (const CobcSymbol& symbol : listing.symbols) {
    if (CobcSymbolKey(symbol) == key) return &symbol;
  }
  return nullptr;
}

auto ParseSample(const std::string& name) -> CobcListing {
  std::string text = Listing(name);
  EXPECT_FALSE(text.empty()) << name << " missing";
  ErrorOr<CobcListing> parsed = ParseCobcListing(text);
  EXPECT_TRUE(parsed.ok()) << (parsed ? "" : parsed.error().message());
  return parsed ? *parsed : CobcListing{};
}

TEST(ListingParserTest, LayoutProbeMatchesItsGoldenDump) {
  CobcListing listing = ParseSample("layout_probe.lst");
  EXPECT_TRUE(MatchesGolden(std::string(REMINT_COBC_LISTINGS_DIR) + "/layout_probe.symbols",
                            DumpCobcListing(listing)));
}

TEST(ListingParserTest, SingleProgramMatchesItsGoldenDump) {
  CobcListing listing = ParseSample("single_program.lst");
  EXPECT_TRUE(MatchesGolden(std::string(REMINT_COBC_LISTINGS_DIR) + "/single_program.symbols",
                            DumpCobcListing(listing)));
}

TEST(ListingParserTest, NestedProgramsAreNamedByTheirProgramLines) {
  CobcListing listing = ParseSample("layout_probe.lst");
  EXPECT_EQ(listing.programs, (std::vector<std::string>{"LAYOUT-PROBE", "LAYOUT-INNER"}));
  const CobcSymbol* inner = Find(listing, "LAYOUT-INNER:WORKING-STORAGE:W-NUMBERS.W-INNER");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->listed_size, 3u);
  const CobcSymbol* outer = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-NUMBERS");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(outer->listed_size, 24u);
  EXPECT_EQ(listing.error_count, 0);
  EXPECT_EQ(listing.warning_count, 0);
}

TEST(ListingParserTest, SingleProgramTakesItsNameFromTheSource) {
  CobcListing listing = ParseSample("single_program.lst");
  EXPECT_EQ(listing.programs, std::vector<std::string>{"SINGLE1"});
  ASSERT_EQ(listing.symbols.size(), 5u);
  EXPECT_EQ(CobcSymbolKey(listing.symbols[1]), "SINGLE1:WORKING-STORAGE:REC-A.FILLER#1");
  EXPECT_EQ(CobcSymbolKey(listing.symbols[3]), "SINGLE1:WORKING-STORAGE:REC-A.FILLER#2");
  EXPECT_EQ(listing.symbols[3].filler_ordinal, 2);
}

TEST(ListingParserTest, FileRecordsBelongToTheirFd) {
  CobcListing listing = ParseSample("layout_probe.lst");
  const CobcSymbol* file = Find(listing, "LAYOUT-PROBE:FILE/MASTER-FILE:MASTER-FILE");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->kind, CobcSymbolKind::kFile);
  EXPECT_EQ(file->listed_size, 40u);  // the longest record
  const CobcSymbol* amount = Find(listing, "LAYOUT-PROBE:FILE/MASTER-FILE:MASTER-REC.MR-AMOUNT");
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->listed_size, 5u);
  EXPECT_EQ(amount->picture, "S9(7)V99");
  EXPECT_EQ(amount->usage, "COMP-3");
  EXPECT_NE(Find(listing, "LAYOUT-PROBE:FILE/SORT-FILE:SORT-REC.FILLER#1"), nullptr);
}

TEST(ListingParserTest, OccursSizesAreNormalisedToOneOccurrence) {
  CobcListing listing = ParseSample("layout_probe.lst");
  // A group: cobc lists all occurrences.
  const CobcSymbol* row = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.W-ROW");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->listed_size, 110u);
  EXPECT_TRUE(row->listed_size_covers_occurs);
  EXPECT_EQ(row->occurrence_size, 11u);
  EXPECT_EQ(row->total_size, 110u);
  // An item with a PICTURE: cobc lists one occurrence.
  const CobcSymbol* cell = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.W-ROW.W-CELL-AMT");
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->listed_size, 2u);
  EXPECT_FALSE(cell->listed_size_covers_occurs);
  EXPECT_EQ(cell->total_size, 8u);
  // INDEX has no PICTURE, so it is listed like a group.
  const CobcSymbol* indexes = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.W-INDEXES");
  ASSERT_NE(indexes, nullptr);
  EXPECT_EQ(indexes->category, "INDEX");
  EXPECT_EQ(indexes->occurrence_size, 4u);
  const CobcSymbol* varying = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-VARYING.W-VAR-ITEM");
  ASSERT_NE(varying, nullptr);
  EXPECT_EQ(varying->occurs_min, 1u);
  EXPECT_EQ(varying->occurs_max, 20u);
  EXPECT_EQ(varying->total_size, 140u);
  const CobcSymbol* big = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-BIG");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->listed_size, 200000u);  // six digits shift the columns
}

TEST(ListingParserTest, ConditionsRenamesAndRedefinesAreQualified) {
  CobcListing listing = ParseSample("layout_probe.lst");
  const CobcSymbol* ok =
      Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-NUMBERS.W-STATUS.W-STATUS-OK");
  ASSERT_NE(ok, nullptr);
  EXPECT_EQ(ok->kind, CobcSymbolKind::kCondition);
  EXPECT_FALSE(ok->listed_size.has_value());
  const CobcSymbol* empty = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.W-TABLE-EMPTY");
  ASSERT_NE(empty, nullptr);
  const CobcSymbol* head = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-NUMBERS.W-NUMBERS-HEAD");
  ASSERT_NE(head, nullptr);
  EXPECT_EQ(head->kind, CobcSymbolKind::kRenames);
  EXPECT_EQ(head->listed_size, 17u);
  EXPECT_EQ(head->redefines, "W-BINARY-4");
  const CobcSymbol* view = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE-VIEW.W-VIEW-ALT");
  ASSERT_NE(view, nullptr);
  EXPECT_EQ(view->redefines, "W-VIEW-HEAD");
  EXPECT_EQ(view->occurs_max, 2u);
  EXPECT_EQ(view->occurrence_size, 5u);
}

TEST(ListingParserTest, NestedFillersGetOrdinalsPerParent) {
  CobcListing listing = ParseSample("layout_probe.lst");
  EXPECT_NE(Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.FILLER#1.FILLER#1"), nullptr);
  EXPECT_NE(Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.FILLER#1.W-LAST"), nullptr);
  EXPECT_NE(Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-TABLE.FILLER#2"), nullptr);
  EXPECT_NE(Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:FILLER#1"), nullptr);
}

TEST(ListingParserTest, UsagesFlagsAndTruncation) {
  CobcListing listing = ParseSample("layout_probe.lst");
  const CobcSymbol* pointer = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-POINTER");
  ASSERT_NE(pointer, nullptr);
  EXPECT_EQ(pointer->category, "POINTER");
  EXPECT_EQ(pointer->listed_size, 8u);
  EXPECT_TRUE(pointer->picture.empty());
  const CobcSymbol* floating = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-DOUBLE");
  ASSERT_NE(floating, nullptr);
  EXPECT_EQ(floating->usage, "COMP-2");
  const CobcSymbol* shared = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-SHARED");
  ASSERT_NE(shared, nullptr);
  EXPECT_TRUE(shared->is_external);
  EXPECT_EQ(shared->picture, "X(4)");
  EXPECT_TRUE(shared->usage.empty());
  const CobcSymbol* global =
      Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-GLOBAL-GROUP.W-GLOBAL-ITEM");
  ASSERT_NE(global, nullptr);
  EXPECT_TRUE(global->is_global);
  EXPECT_EQ(global->occurs_max, 2u);
  const CobcSymbol* currency = Find(listing, "LAYOUT-PROBE:WORKING-STORAGE:W-EDITED.W-CURRENCY");
  ASSERT_NE(currency, nullptr);
  EXPECT_EQ(currency->category, "NUMERIC");  // cobc lists numeric-edited as NUMERIC
  EXPECT_TRUE(currency->picture_may_be_truncated);
  EXPECT_EQ(currency->listed_size, 28u);
  EXPECT_FALSE(currency->source_line.has_value());  // cobc 3.1.2 gives no lines
}

TEST(ListingParserTest, MalformedListingsAreErrors) {
  const std::string title = "SIZE  TYPE           LVL  NAME                           PICTURE\n";
  const std::string ws = "      WORKING-STORAGE SECTION\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "no symbol table"},
      {"garbage\n", "no symbol table"},
      {title + ws + "00004 GROUP          05   ORPHAN\n", "without an enclosing record"},
      {title + ws + "      CONDITIONAL    88   C\n", "88 without an item"},
      {title + ws + "00004 GROUP          01\n", "no data name"},
      {title + ws + "00004 GROUP          5x   NAME\n", "bad level"},
      {title + ws + "00004 GROUP          55   NAME\n", "bad level"},
      {title + ws + "0000X GROUP          01   NAME\n", "expected a symbol line"},
      {title + ws + "99999999999999999999999 GROUP          01   NAME\n", "expected a symbol line"},
      {title + ws + "00004 GROUP\n", "no TYPE column"},
      {title + ws + "00010 GROUP          01   T                              OCCURS 3\n",
       "not a multiple"},
      {title + ws + "00010 GROUP          01   T                              OCCURS 3 TO 2\n",
       "bad OCCURS"},
      {title + ws + "00001 ALPHANUMERIC   01   T                              X, WHATEVER\n",
       "unknown clause"},
      {title + "00001 ALPHANUMERIC   01   T                              X\n", "outside any"},
      {title + ws + "      CONDITIONAL    66   R\n", "without a size"},
      {title + "00001 FILE                A B\n", "bad FILE line"},
      {title + ws + std::string("00001 ALPHA\0NUMERIC", 19) + "\n", "NUL byte"},
  };
  for (const auto& [text, expected] : cases) {
    ErrorOr<CobcListing> parsed = ParseCobcListing(text);
    ASSERT_FALSE(parsed.ok()) << "accepted: " << text;
    EXPECT_NE(parsed.error().message().find(expected), std::string::npos)
        << parsed.error().message();
  }
}

TEST(ListingParserTest, EveryPrefixOfARealListingParsesOrFailsCleanly) {
  const std::string text = Listing("layout_probe.lst");
  ASSERT_FALSE(text.empty());
  size_t parsed_prefixes = 0;
  // Every cut inside the symbol table, where lines end early; every 7th before it.
  const size_t table = text.find("SIZE  TYPE");
  ASSERT_NE(table, std::string::npos);
  for (size_t length = 0; length <= text.size(); length += length < table ? 7 : 1) {
    ErrorOr<CobcListing> parsed = ParseCobcListing(std::string_view(text).substr(0, length));
    if (parsed) ++parsed_prefixes;
  }
  EXPECT_GT(parsed_prefixes, 0u);
}

TEST(ListingParserTest, CorruptedBytesNeverCrash) {
  std::string text = Listing("layout_probe.lst");
  ASSERT_FALSE(text.empty());
  const size_t start = text.find("SIZE  TYPE");
  ASSERT_NE(start, std::string::npos);
  uint32_t state = 12345;
  for (int round = 0; round < 400; ++round) {
    std::string damaged = text;
    for (int hit = 0; hit < 4; ++hit) {
      state = state * 1103515245u + 12345u;
      size_t at = start + state % (damaged.size() - start);
      static constexpr char kBytes[] = {' ', ',', '\n', '9', 'X', '\f', '\r', '-', '\x80'};
      damaged[at] = kBytes[(state >> 16) % sizeof(kBytes)];
    }
    ErrorOr<CobcListing> parsed = ParseCobcListing(damaged);
    (void)parsed.ok();
  }
}

}  // namespace
}  // namespace remint::testing
