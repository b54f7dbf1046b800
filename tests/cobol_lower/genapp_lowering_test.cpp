// The CICS/Db2 application of ../shared/corpus/cics-genapp (label genapp): every program
// preprocesses, parses and lowers with zero errors and an IR the verifier accepts, unless
// genapp_not_lowered.txt names it with the reason; a listed program that lowers clean fails the
// test too, so the list only shrinks. Prints the EXEC commands the estate holds, by system and
// verb. GnuCOBOL cannot compile these programs (no CICS or Db2 precompiler), so there is no
// reference build: the oracle is a clean lowering with every command and host variable resolved.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "ir/module.h"
#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/availability.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;

// Program -> why it does not lower yet (first word of each line, then the reason).
auto KnownNotLowered() -> std::map<std::string, std::string> {
  std::map<std::string, std::string> programs;
  std::ifstream in(REMINT_GENAPP_NOT_LOWERED_FILE);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t space = line.find(' ');
    programs[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return programs;
}

TEST(GenappLoweringTest, EveryProgramLowersCleanOrIsListedWithItsReason) {
  const fs::path source = fs::path(REMINT_SHARED_CORPUS_DIR) / "cics-genapp" / "src";
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(source),
                         "the CICS/Db2 corpus is not at " << source.string());
  std::set<std::string> programs;
  for (const auto& entry : fs::directory_iterator(source)) {
    if (entry.path().extension() == ".cbl") programs.insert(entry.path().filename().string());
  }
  ASSERT_EQ(programs.size(), 31u);
  const std::map<std::string, std::string> known = KnownNotLowered();
  std::map<std::string, size_t> commands;  // "cics LINK" -> count
  size_t clean = 0;
  for (const std::string& program : programs) {
    FileLowerOptions options;
    options.copy_directories = {source.string()};
    LowerResult result = LowerFile((source / program).string(), options);
    const bool lowered = result.error_count() == 0 && result.verifier_diagnostics.empty();
    clean += lowered;
    if (known.contains(program)) {
      EXPECT_FALSE(lowered) << program << " now lowers clean: take it off "
                            << REMINT_GENAPP_NOT_LOWERED_FILE;
    } else {
      EXPECT_TRUE(lowered) << program << ":\n" << result.messages();
    }
    const ir::StatementArena& statements = result.module.statements();
    for (uint32_t i = 0; i < statements.size(); ++i) {
      if (const auto* external = statements.TryGet<ir::ExternalStatement>(ir::StatementId{i})) {
        ++commands[std::string(ir::Spelling(external->system)) + " " +
                   std::string(result.module.str(external->verb))];
      }
    }
  }
  std::cout << "cics-genapp: " << clean << " of " << programs.size()
            << " programs lower with zero errors\nEXEC commands by system and verb:\n";
  for (const auto& [command, count] : commands) {
    std::cout << "  " << command << ": " << count << "\n";
  }
  EXPECT_GT(commands.size(), 10u);
}

}  // namespace
}  // namespace remint::cobol::testing
