// The storage layout of the NIST FCVS programs (labels fortran and fcvs): every unit's symbols
// and COMMON/EQUIVALENCE laid out from its parsed statements with no error, and the size of every
// COMMON block checked against the object gfortran compiles from the same file (`nm -S`: the
// common symbol `name_` or `__BLNK__`, which the compiler gives the largest size any unit of the
// file declares), and the padding warnings (RM4306) against gfortran's -Walign-commons warnings.
// Skipped with a message when the corpus or gfortran is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "frontends/fortran/sema/storage_layout.h"
#include "frontends/fortran/sema/symbols.h"
#include "frontends/fortran/sema/unit_storage.h"
#include "tests/fortran/fortran_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/process.h"

namespace remint::fortran::testing {
namespace {

namespace fs = std::filesystem;

auto FcvsDirectory() -> std::string {
  return (fs::path(REMINT_SHARED_CORPUS_DIR) / "nist-fcvs").lexically_normal().string();
}

// Each COMMON block of an object file and its size, by the block's Fortran name ("" blank).
auto CommonSymbolSizes(const std::string& nm_output) -> std::map<std::string, int64_t> {
  std::map<std::string, int64_t> sizes;
  for (const std::string& line : remint::testing::SplitLines(nm_output)) {
    std::istringstream fields(line);
    std::string value, size, type, name;
    if (!(fields >> value >> size >> type >> name)) continue;
    if (name == "__BLNK__") {
      sizes[""] = std::stoll(size, nullptr, 16);
    } else if (type == "C" || type == "B" || type == "D") {
      if (name.empty() || name.back() != '_' || name.find('.') != std::string::npos) continue;
      std::string block = name.substr(0, name.size() - 1);
      for (char& c : block) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      sizes[block] = std::stoll(size, nullptr, 16);
    }
  }
  return sizes;
}

TEST(FcvsStorageTest, CommonBlockSizesMatchGfortranObjects) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(FcvsDirectory()), "../shared/corpus/nist-fcvs is absent");
  REMINT_REQUIRE_OR_SKIP(remint::testing::GfortranAvailable(), "gfortran is not installed");
  std::vector<std::string> programs;
  for (const auto& entry : fs::directory_iterator(FcvsDirectory())) {
    if (entry.path().extension() == ".FOR") programs.push_back(entry.path().string());
  }
  std::sort(programs.begin(), programs.end());
  size_t files_with_storage = 0;
  size_t blocks_compared = 0;
  size_t equivalence_sets = 0;
  size_t padding_warnings = 0;
  for (const std::string& program : programs) {
    ReadResult result = ReadFile(program, ReadOptions{}, /*build_units=*/true);
    std::vector<ProgramUnitStorage> storage;
    std::vector<UnitStorageLayout> layouts;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    for (const ProgramUnit& unit : result.units) {
      UnitSymbols symbols = BuildUnitSymbols(result.parsed, unit);
      storage.push_back(BuildUnitStorage(result.parsed, unit, symbols));
      layouts.push_back(LayOutUnitStorage(storage.back(), emitter));
    }
    std::vector<ProgramCommonBlock> blocks = CombineCommonBlocks(storage, layouts, emitter);
    // The padding warning (RM4306) is gfortran's -Walign-commons warning, compared below; any
    // other diagnostic is a fault.
    std::multiset<std::string> our_padding;
    const std::regex ours_pattern(R"((\d+) bytes of padding before '(\w+)')");
    std::smatch match;
    for (const Diagnostic& diagnostic : collector.TakeSorted()) {
      if (diagnostic.code() == "RM4306" &&
          std::regex_search(diagnostic.message, match, ours_pattern)) {
        std::string member = match[2].str();
        for (char& c : member) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        our_padding.insert(match[1].str() + " " + member);
        continue;
      }
      ADD_FAILURE() << fs::path(program).filename().string() << ": " << diagnostic.code() << " "
                    << diagnostic.message;
    }
    for (const ProgramUnitStorage& unit : storage) equivalence_sets += unit.equivalences.size();
    if (blocks.empty()) continue;
    ++files_with_storage;
    auto directory = remint::testing::TemporaryDirectory::Create();
    ASSERT_TRUE(directory.ok());
    auto compiled =
        remint::testing::RunProcess({"gfortran", "-std=legacy", "-c", program, "-o", "unit.o"},
                                    directory->path(), std::chrono::minutes(2));
    ASSERT_TRUE(compiled.ok());
    ASSERT_EQ(compiled->exit_status, 0) << program << "\n" << compiled->standard_error;
    std::multiset<std::string> their_padding;
    const std::regex theirs_pattern(
        R"(Padding of (\d+) bytes required before [^a-z0-9_]*([a-z0-9_]+))");
    const std::string& messages = compiled->standard_error;
    for (auto it = std::sregex_iterator(messages.begin(), messages.end(), theirs_pattern);
         it != std::sregex_iterator(); ++it) {
      their_padding.insert((*it)[1].str() + " " + (*it)[2].str());
      ++padding_warnings;
    }
    EXPECT_EQ(our_padding, their_padding) << fs::path(program).filename().string();
    auto listed = remint::testing::RunProcess({"nm", "-S", "unit.o"}, directory->path(),
                                              std::chrono::minutes(1));
    ASSERT_TRUE(listed.ok());
    std::map<std::string, int64_t> theirs = CommonSymbolSizes(listed->standard_output);
    for (const ProgramCommonBlock& block : blocks) {
      ++blocks_compared;
      auto it = theirs.find(block.name);
      if (it == theirs.end()) {
        ADD_FAILURE() << fs::path(program).filename().string() << ": COMMON /" << block.name
                      << "/ not in gfortran's object";
        continue;
      }
      EXPECT_EQ(block.size, it->second)
          << fs::path(program).filename().string() << ": COMMON /" << block.name << "/";
    }
  }
  std::cout << files_with_storage << " FCVS files with COMMON, " << blocks_compared
            << " blocks compared with gfortran's objects, " << equivalence_sets
            << " EQUIVALENCE sets laid out, " << padding_warnings
            << " padding warnings as gfortran's\n";
  // Not vacuous: the suite has a few dozen COMMON blocks.
  EXPECT_GE(blocks_compared, 30u);
}

}  // namespace
}  // namespace remint::fortran::testing
