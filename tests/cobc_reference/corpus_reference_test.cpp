// Reference symbol tables for whole corpora: every NIST COBOL-85 program cobc accepts (label
// nist; skipped without ../shared/corpus) and every bankdemo program (label bankdemo). Each
// must give a parsed table with at least one symbol; the counts and the time are reported.
// cobc runs on two workers and its listings are cached (see docs/storage-layout-check.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "tests/support/availability.h"
#include "tests/support/cobc_reference.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kWorkers = 2;

struct Totals {
  size_t programs = 0;
  size_t accepted = 0;
  size_t from_cache = 0;
  size_t symbols = 0;
  std::vector<std::string> rejected;
  std::vector<std::string> without_fields;
  size_t groups_checked = 0;
  size_t duplicate_keys = 0;  // symbols whose key an earlier symbol of the listing has
};

// A check of the parse itself: a group's one occurrence is the sum of its subordinate items
// that do not REDEFINE (cobc adds no slack bytes without SYNCHRONIZED). Report and screen
// groups are left out: COLUMN clauses place their items, so gaps count. Returns the groups
// checked; reports each that does not add up.
auto CheckGroupSums(const CobcListing& listing, const std::string& program) -> size_t {
  auto parent_key = [](const CobcSymbol& symbol) {
    std::string key = symbol.program + ":" + symbol.area + "/" + symbol.file;
    for (const std::string& name : symbol.qualification) key += ":" + name;
    return key;
  };
  std::map<std::string, uint64_t> sums;
  for (const CobcSymbol& symbol : listing.symbols) {
    if (symbol.kind != CobcSymbolKind::kItem || !symbol.redefines.empty()) continue;
    if (symbol.qualification.empty()) continue;
    sums[parent_key(symbol)] += symbol.total_size.value_or(0);
  }
  size_t checked = 0;
  for (const CobcSymbol& symbol : listing.symbols) {
    if (symbol.kind != CobcSymbolKind::kItem || symbol.category != "GROUP") continue;
    if (symbol.area == "REPORT" || symbol.area == "SCREEN") continue;
    std::string key = parent_key(symbol) + ":" +
                      (symbol.filler_ordinal > 0 ? "FILLER#" + std::to_string(symbol.filler_ordinal)
                                                 : symbol.name);
    auto found = sums.find(key);
    if (found == sums.end()) continue;
    ++checked;
    EXPECT_EQ(found->second, symbol.occurrence_size.value_or(0))
        << program << ": subordinate items of " << CobcSymbolKey(symbol) << " do not add up";
  }
  return checked;
}

auto BuildAll(const std::vector<CobcCompilation>& compilations, const fs::path& root) -> Totals {
  Totals totals;
  std::vector<ErrorOr<ReferenceSymbols>> results =
      LoadReferenceSymbolsInParallel(compilations, ReferenceOptions{}, kWorkers);
  for (size_t index = 0; index < results.size(); ++index) {
    const std::string program = fs::relative(compilations[index].program_path, root).string();
    ++totals.programs;
    const ErrorOr<ReferenceSymbols>& result = results[index];
    if (!result) {
      ADD_FAILURE() << program << ": " << result.error().message();
      continue;
    }
    if (result->from_cache) ++totals.from_cache;
    if (!result->accepted()) {
      totals.rejected.push_back(program);
      continue;
    }
    ++totals.accepted;
    const CobcListing& listing = result->listing;
    totals.symbols += listing.symbols.size();
    EXPECT_FALSE(listing.programs.empty()) << program;
    for (const std::string& name : listing.programs) {
      EXPECT_FALSE(name.empty()) << program << ": a program without a name";
    }
    // cobc prints "No fields defined." for a program without data (CM303M: its only data
    // is a COMMUNICATION SECTION, which cobc does not implement); that is still a table.
    bool all_without_fields = listing.programs_without_fields.size() == listing.programs.size();
    if (all_without_fields) totals.without_fields.push_back(program);
    if (!all_without_fields) {
      EXPECT_GE(listing.symbols.size(), 1u) << program << ": no symbols";
    }
    totals.groups_checked += CheckGroupSums(listing, program);
    std::map<std::string, int> keys;
    for (const CobcSymbol& symbol : listing.symbols) {
      if (++keys[CobcSymbolKey(symbol)] == 2) {
        ++totals.duplicate_keys;
        std::cout << "  duplicate key in " << program << ": " << CobcSymbolKey(symbol) << "\n";
      }
    }
    for (const CobcSymbol& symbol : listing.symbols) {
      if (symbol.kind == CobcSymbolKind::kCondition) continue;
      EXPECT_TRUE(symbol.total_size.has_value()) << program << ": " << CobcSymbolKey(symbol);
    }
  }
  return totals;
}

void Report(const std::string& corpus, const Totals& totals, double seconds) {
  std::cout << corpus << ": " << totals.programs << " programs, " << totals.accepted
            << " accepted by cobc (" << totals.rejected.size() << " rejected), " << totals.symbols
            << " symbols (" << totals.groups_checked << " groups add up, " << totals.duplicate_keys
            << " duplicate keys), " << totals.from_cache << " listings from cache, " << seconds
            << " s with " << kWorkers << " workers\n";
  if (!totals.rejected.empty()) {
    std::cout << "  rejected by cobc:";
    for (const std::string& program : totals.rejected) std::cout << " " << program;
    std::cout << "\n";
  }
  if (!totals.without_fields.empty()) {
    std::cout << "  no fields defined:";
    for (const std::string& program : totals.without_fields) std::cout << " " << program;
    std::cout << "\n";
  }
  std::cout << "  cache: " << ReferenceCacheDirectory() << "\n";
}

auto CobcMissing() -> bool { return !CobcVersion("cobc").ok(); }

TEST(NistReferenceTest, EveryAcceptedProgramHasAReferenceSymbolTable) {
  const fs::path root = fs::path(REMINT_SHARED_CORPUS_DIR) / "nist-cobol85";
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(root / "NC"),
                         "NIST COBOL-85 corpus not found at "
                             << root
                             << " (expected ../shared/corpus/nist-cobol85 beside the project)");
  REMINT_REQUIRE_OR_SKIP(!CobcMissing(), "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const auto start = std::chrono::steady_clock::now();
  std::vector<CobcCompilation> compilations = NistReferenceCompilations(root.string());
  Totals totals = BuildAll(compilations, root);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Report("NIST COBOL-85", totals, seconds);
  // 458 programs (the README's 459 members less one copy-only member); cobc 3.1.2 rejects the
  // CM programs and a few that test compiler flagging. Another reject count means the flags or
  // copy paths are wrong; fewer programs, that the corpus is incomplete.
  EXPECT_EQ(totals.programs, 458u);
  EXPECT_EQ(totals.accepted, 443u);
}

TEST(BankdemoReferenceTest, EveryProgramHasAReferenceSymbolTable) {
  REMINT_REQUIRE_OR_SKIP(!CobcMissing(), "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const fs::path root = REMINT_BANKDEMO_DIR;
  const auto start = std::chrono::steady_clock::now();
  std::vector<CobcCompilation> compilations = BankdemoReferenceCompilations(root.string());
  Totals totals = BuildAll(compilations, root);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Report("bankdemo", totals, seconds);
  EXPECT_EQ(totals.programs, 8u);
  EXPECT_EQ(totals.accepted, 8u);
}

}  // namespace
}  // namespace remint::testing
