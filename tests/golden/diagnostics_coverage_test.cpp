// Every registered diagnostic kind is triggered by some test: its code (RMnnnn) or its
// enumerator (kName) appears in a test source or a golden expectation under tests/.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "base/diagnostics/diagnostic_kind.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

TEST(DiagnosticsCoverageTest, EveryKindIsTriggeredByATest) {
  std::string corpus;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(REMINT_SOURCE_DIR) + "/tests")) {
    if (!entry.is_regular_file()) continue;
    if (entry.path().filename() == "diagnostics_coverage_test.cpp") continue;
    if (entry.file_size() > (4 << 20)) continue;
    corpus += ReadTextFile(entry.path().string());
  }
  std::vector<std::string> untested;
  for (const DiagnosticKindInfo& info : AllDiagnosticKinds()) {
    std::string enumerator = "k" + std::string(info.name);
    bool by_code = corpus.find(info.code) != std::string::npos;
    bool by_name = corpus.find("DiagnosticKind::" + enumerator) != std::string::npos;
    if (!by_code && !by_name) untested.push_back(std::string(info.code) + " " + enumerator);
  }
  EXPECT_TRUE(untested.empty()) << "kinds no test triggers:\n  " << [&] {
    std::string list;
    for (const std::string& kind : untested) list += kind + "\n  ";
    return list;
  }();
}

}  // namespace
}  // namespace remint::testing
