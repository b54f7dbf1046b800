#include "runtime/io/decision_counts.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace cobrt {
namespace {

auto Written() -> std::string {
  std::FILE* file = std::tmpfile();
  DecisionSites::WriteTo(file);
  std::rewind(file);
  std::string text;
  char buffer[4096];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, n);
  std::fclose(file);
  return text;
}

auto Has(const std::string& text, const std::string& line) -> bool {
  return text.find(line) != std::string::npos;
}

TEST(DecisionCountsTest, CountsOutcomesAndNotesTheOperandsOfRelations) {
  static DecisionSites sites("PROG", {"IF PROG:10", "= PROG:10", "= PROG:12"});
  // 123.45 > 100, then 100.00 = 100, then -0.50 < 100.
  EXPECT_TRUE(sites.Decide(0, sites.CompareNumbers(1, Fixed<5, 2>{12345}, Fixed<3, 0>{100}) > 0));
  EXPECT_EQ(sites.CompareNumbers(1, Fixed<5, 2>{10000}, Fixed<3, 0>{100}), 0);
  EXPECT_LT(sites.CompareNumbers(1, Fixed<5, 2>{-50}, Fixed<3, 0>{100}), 0);
  const uint8_t ab[] = {'A', 'B', ' '};
  const uint8_t ac[] = {'A', 'C'};
  EXPECT_LT(sites.CompareText(2, ab, 3, ac, 2), 0);

  const std::string text = Written();
  EXPECT_TRUE(Has(text, "PROG\t0\tIF PROG:10\t0\t1\n")) << text;
  EXPECT_TRUE(Has(text, "PROG\t1\t= PROG:10\t2\t1\n")) << text;  // unequal twice, equal once
  EXPECT_TRUE(Has(text, "PROG\t1\t<=>\t1\t1\t1\t0\n")) << text;  // closest: equal
  EXPECT_TRUE(Has(text, "PROG\t1\tnumber\t123.45\t100\n")) << text;
  EXPECT_TRUE(Has(text, "PROG\t1\tnumber\t100.00\t100\n")) << text;
  EXPECT_TRUE(Has(text, "PROG\t1\tnumber\t-0.50\t100\n")) << text;
  EXPECT_TRUE(Has(text, "PROG\t2\t<=>\t1\t0\t0\t-1\n")) << text;  // texts have no distance
  EXPECT_TRUE(Has(text, "PROG\t2\ttext\t414220\t4143\n")) << text;
}

}  // namespace
}  // namespace cobrt
