#include "frontends/inventory/analyze_member.h"

#include <gtest/gtest.h>

#include <set>

namespace remint::inventory {
namespace {

TEST(AnalysisKeyTest, NamesTheAnalyzerAndTheCanonicalCodePage) {
  AnalyzeOptions options;
  EXPECT_EQ(AnalysisKey(options),
            "analyzer=" + std::to_string(kAnalyzerVersion) +
                ";code-page=IBM037;max-member-bytes=104857600;oversize-sample-bytes=1048576");
  // Spellings of one code page decode alike, so they share the key.
  for (const char* spelling : {"IBM-037", "ibm037", "037", "37"}) {
    AnalyzeOptions other;
    other.code_page = spelling;
    EXPECT_EQ(AnalysisKey(other), AnalysisKey(options)) << spelling;
  }
}

// Every option that can change an analysis changes the key (a field left out of it would let a
// rescan reuse results computed with another value).
TEST(AnalysisKeyTest, EveryOptionChangesTheKey) {
  std::vector<AnalyzeOptions> variants(5);
  variants[1].analyzer_version = kAnalyzerVersion + 1;
  variants[2].code_page = "IBM-1047";
  variants[3].max_member_bytes = 1 << 20;
  variants[4].oversize_sample_bytes = 4096;
  std::set<std::string> keys;
  for (const AnalyzeOptions& options : variants) keys.insert(AnalysisKey(options));
  EXPECT_EQ(keys.size(), variants.size());
}

}  // namespace
}  // namespace remint::inventory
