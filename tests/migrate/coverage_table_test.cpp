// The coverage table's rows: kept as lines in the project database, and a CALLed program's
// outcomes over all its callers.
#include "migrate/coverage_table.h"

#include <gtest/gtest.h>

namespace remint::migrate {
namespace {

auto Through(const std::string& caller, std::vector<std::string> nightly,
             std::vector<std::string> synthesized, std::vector<std::string> missed,
             std::vector<std::string> declared) -> CoverageRow {
  CoverageRow row;
  row.caller = caller;
  row.program = "SUB";
  row.outcomes = 6;
  row.nightly_reached = std::move(nightly);
  row.synthesized_reached = std::move(synthesized);
  row.missed = std::move(missed);
  row.declared = std::move(declared);
  return row;
}

TEST(CoverageTableTest, ARowSurvivesItsLine) {
  CoverageRow row = Through("MAIN", {"IF SUB:5 true"}, {"IF SUB:5 true", "IF SUB:5 false"},
                            {"IF SUB:9 true", "IF SUB:9 false"}, {});
  row.reachable = 5;
  row.nightly = 1;
  row.synthesized = 2;
  row.both = 2;
  row.environment = {"IF SUB:7 true"};
  const std::optional<CoverageRow> read = CoverageRow::Parse(row.Format());
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->Format(), row.Format());
  EXPECT_EQ(read->missed, row.missed);
  EXPECT_EQ(read->environment, row.environment);
  EXPECT_TRUE(read->declared.empty());
  EXPECT_EQ(read->reachable, 5u);
  EXPECT_FALSE(CoverageRow::Parse("MAIN\tSUB\t6\t5").has_value());
  EXPECT_FALSE(CoverageRow::Parse(std::string("MAIN\tSUB\tsix") + std::string(10, '\t')));
}

TEST(CoverageTableTest, ACalledProgramOverAllItsCallers) {
  const std::vector<CoverageRow> rows = {
      Through("A", {"IF SUB:5 true"}, {"IF SUB:5 false"}, {"IF SUB:9 true", "IF SUB:9 false"},
              {"IF SUB:7 true", "IF SUB:7 false"}),
      Through("B", {}, {"IF SUB:9 true"}, {"IF SUB:5 true", "IF SUB:5 false", "IF SUB:9 false"},
              {"IF SUB:7 true", "IF SUB:7 false"}),
  };
  const std::vector<CoverageRow> unions = CallerUnion(rows);
  ASSERT_EQ(unions.size(), 1u);
  const CoverageRow& all = unions[0];
  EXPECT_EQ(all.caller, "*");
  EXPECT_EQ(all.program, "SUB");
  EXPECT_EQ(all.nightly, 1u);
  EXPECT_EQ(all.synthesized, 2u);
  EXPECT_EQ(all.both, 3u);
  EXPECT_EQ(all.reachable, 4u);  // the two declared outcomes nobody reached are left out
  EXPECT_EQ(all.missed, (std::vector<std::string>{"IF SUB:9 false"}));
  EXPECT_EQ(all.declared, (std::vector<std::string>{"IF SUB:7 false", "IF SUB:7 true"}));
  // A program only one caller runs has its row already.
  EXPECT_TRUE(CallerUnion({rows[0]}).empty());
}

}  // namespace
}  // namespace remint::migrate
