// The storage-layout check (docs/storage-layout-check.md): every data item of every NIST
// COBOL-85 program cobc accepts (label nist) and of every bankdemo program (label bankdemo) must
// have the size cobc 3.1.2 gives it in its symbol listing. Items are matched by program, area,
// qualified name and FILLER ordinal, ignoring case; 88s by presence.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/availability.h"
#include "tests/support/cobc_reference.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;
using remint::testing::BankdemoReferenceCompilations;
using remint::testing::CobcCompilation;
using remint::testing::CobcSymbol;
using remint::testing::CobcSymbolKey;
using remint::testing::CobcSymbolKind;
using remint::testing::NistReferenceCompilations;
using remint::testing::ReferenceSymbols;

constexpr int kWorkers = 2;
constexpr size_t kMismatchesShown = 1000;
// tests/cobol_lower/golden/dialect_*.cbl and the symbols cobc -std=default lists for them.
constexpr size_t kDialectPrograms = 16;
constexpr size_t kDialectItems = 149;

auto Upper(std::string text) -> std::string {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// cobc lists a data item whose name begins with FILLER ("FILLER-1A") as FILLER.
auto IsFillerName(std::string_view name) -> bool {
  return name.empty() ||
         Upper(std::string(name.substr(0, std::min<size_t>(name.size(), 6)))) == "FILLER";
}

// remint's items under the keys CobcSymbolKey gives cobc's: key -> sizes in declaration order
// (a key repeats only where a program declares a name twice, NIST NC401M); nullopt for 88s.
// Records of files also appear under "PROG:FILE/*:...": cobc lists every record of a SAME
// RECORD AREA under each file sharing the area.
class RemintKeys {
 public:
  using Sizes = std::vector<std::optional<uint64_t>>;
  explicit RemintKeys(const ir::Module& module) : module_(module) {
    for (uint32_t index = 0; index < module.units().size(); ++index) AddUnit(ir::UnitId(index));
  }
  auto items() const -> const std::map<std::string, Sizes>& { return items_; }
  // FD lines of files without records: report files, whose lines the REPORT SECTION describes.
  auto report_files() const -> const std::set<std::string>& { return report_files_; }

 private:
  void Add(const std::string& key, std::optional<uint64_t> size) { items_[key].push_back(size); }

  void AddUnit(ir::UnitId id) {
    const ir::Unit& unit = module_.unit(id);
    const std::string program = Upper(std::string(module_.str(unit.name)));
    std::map<std::string, int> top_fillers;  // per area
    for (ir::FileDescriptionId file : unit.files) {
      const ir::FileDescription& fd = module_.files().Get(file);
      const std::string name = Upper(std::string(module_.str(fd.name)));
      const ir::StorageBlock& block = module_.block(fd.record_block);
      const std::string key = program + ":FILE/" + name + ":" + name;
      // The record area holds the longest record or RECORD CONTAINS/VARYING's maximum.
      Add(key, std::max(block.size, fd.max_record_size));
      if (block.fields.empty()) report_files_.insert(key);
    }
    for (ir::BlockId block_id : unit.blocks) {
      const ir::StorageBlock& block = module_.block(block_id);
      std::string area;
      switch (block.storage) {
        case ir::StorageClass::kWorkingStorage:
          area = "WORKING-STORAGE";
          break;
        case ir::StorageClass::kLocalStorage:
          area = "LOCAL-STORAGE";
          break;
        case ir::StorageClass::kLinkage:
          area = "LINKAGE";
          break;
        case ir::StorageClass::kFileRecord:
          area = "FILE/" + Upper(std::string(module_.str(module_.files().Get(block.file).name)));
          break;
        default:
          continue;
      }
      std::vector<std::string> prefixes = {program + ":" + area + ":"};
      if (block.storage == ir::StorageClass::kFileRecord) {
        prefixes.push_back(program + ":FILE/*:");
      }
      for (ir::FieldId field : block.fields) {
        const ir::Field& item = module_.field(field);
        if (item.view == ir::ViewKind::kRenames) {
          // cobc qualifies a 66 by its record: the 01 holding the first renamed item.
          ir::FieldId record = item.base;
          while (module_.field(record).parent.is_valid()) record = module_.field(record).parent;
          for (const std::string& prefix : prefixes) {
            Add(prefix + NameOf(record, 0) + "." + Upper(std::string(module_.str(item.name))),
                item.size);
          }
          continue;
        }
        const int ordinal = IsFillerName(module_.str(item.name)) ? ++top_fillers[area] : 0;
        for (const std::string& prefix : prefixes) AddField(field, prefix, ordinal);
      }
    }
  }

  auto NameOf(ir::FieldId field, int ordinal) const -> std::string {
    const ir::Field& item = module_.field(field);
    if (IsFillerName(module_.str(item.name))) return "FILLER#" + std::to_string(ordinal);
    return Upper(std::string(module_.str(item.name)));
  }

  void AddField(ir::FieldId field, const std::string& qualification, int ordinal) {
    const ir::Field& item = module_.field(field);
    const std::string name = NameOf(field, ordinal);
    // An ANY LENGTH item has no size until run time; cobc lists "?????".
    Add(qualification + name, item.any_length ? std::nullopt : std::optional(item.size));
    const std::string inner = qualification + name + ".";
    for (ir::ConditionNameId condition : item.condition_names) {
      Add(inner + Upper(std::string(module_.str(module_.condition_names().Get(condition).name))),
          std::nullopt);
    }
    int fillers = 0;
    for (ir::FieldId child : item.children) {
      const bool filler = IsFillerName(module_.str(module_.field(child).name));
      AddField(child, inner, filler ? ++fillers : 0);
    }
  }

  const ir::Module& module_;
  std::map<std::string, Sizes> items_;
  std::set<std::string> report_files_;
};

struct Totals {
  size_t programs = 0;
  size_t items = 0;
  size_t lowering_errors = 0;
  size_t verifier_errors = 0;
  size_t report_files = 0;
  std::vector<std::string> mismatches;
};

void Check(const CobcCompilation& compilation, const ReferenceSymbols& reference,
           const std::string& program, LowerOptions options, Totals& totals) {
  FileLowerOptions file_options;
  file_options.copy_directories = compilation.copy_directories;
  file_options.debugging_lines = std::find(compilation.flags.begin(), compilation.flags.end(),
                                           "-fdebugging-line") != compilation.flags.end();
  file_options.lower = options;
  LowerResult result = LowerFile(compilation.program_path, file_options);
  ++totals.programs;
  totals.lowering_errors += result.error_count();
  for (const Diagnostic& diagnostic : result.verifier_diagnostics) {
    if (diagnostic.severity != Severity::kError) continue;
    ++totals.verifier_errors;
    totals.mismatches.push_back(program + ": verifier: " + diagnostic.message);
  }
  RemintKeys keys(result.module);
  std::map<std::string, size_t> seen;  // occurrences of each key so far
  for (const CobcSymbol& symbol : reference.listing.symbols) {
    // Report and screen items are not lowered (RM2301); cobc's sizes for them follow COLUMN
    // and LINE clauses.
    if (symbol.area == "REPORT" || symbol.area == "SCREEN") continue;
    const std::string key = Upper(CobcSymbolKey(symbol));
    if (symbol.kind == CobcSymbolKind::kFile && keys.report_files().contains(key)) {
      ++totals.report_files;
      continue;
    }
    ++totals.items;
    const size_t occurrence = seen[key]++;
    auto found = keys.items().find(key);
    if (found == keys.items().end() && symbol.area == "FILE") {
      // A record of another file sharing this one's SAME RECORD AREA.
      const size_t area_end = key.find(':', key.find(':') + 1);
      found = keys.items().find(key.substr(0, key.find(':')) + ":FILE/*" + key.substr(area_end));
    }
    if (found == keys.items().end() || occurrence >= found->second.size()) {
      totals.mismatches.push_back(program + ": " + key + " not lowered");
      continue;
    }
    if (symbol.kind == CobcSymbolKind::kCondition) continue;
    if (symbol.any_length != !found->second[occurrence].has_value()) {
      totals.mismatches.push_back(program + ": " + key + (symbol.any_length ? " is" : " is not") +
                                  " ANY LENGTH in cobc's listing, but not in remint's IR");
      continue;
    }
    const uint64_t remint = found->second[occurrence].value_or(0);
    const uint64_t expected = symbol.kind == CobcSymbolKind::kFile
                                  ? symbol.listed_size.value_or(0)
                                  : symbol.occurrence_size.value_or(0);
    if (remint != expected) {
      totals.mismatches.push_back(program + ": " + key + " remint " + std::to_string(remint) +
                                  ", cobc " + std::to_string(expected) + " (pic " + symbol.picture +
                                  " " + symbol.usage + ")");
    }
  }
}

// What a corpus must yield, so that an empty corpus, a listing reader that finds nothing, or a
// program silently left out fails the test instead of comparing nothing.
struct ExpectedCounts {
  size_t programs;  // accepted by cobc and compared
  size_t items;     // listing symbols compared
};

void RunCorpus(const std::string& corpus, const std::vector<CobcCompilation>& compilations,
               const fs::path& root, LowerOptions options, ExpectedCounts expected) {
  std::vector<ErrorOr<ReferenceSymbols>> references =
      remint::testing::LoadReferenceSymbolsInParallel(compilations, {}, kWorkers);
  Totals totals;
  size_t rejected = 0;
  for (size_t index = 0; index < compilations.size(); ++index) {
    const std::string program = fs::relative(compilations[index].program_path, root).string();
    if (!references[index]) {
      ADD_FAILURE() << program << ": " << references[index].error().message();
      continue;
    }
    if (!references[index]->accepted()) {
      ++rejected;
      continue;
    }
    Check(compilations[index], *references[index], program, options, totals);
  }
  std::cout << corpus << " storage layout: " << totals.programs << " programs (" << rejected
            << " rejected by cobc left out), " << totals.items << " items compared, "
            << totals.mismatches.size() << " mismatches; lowering errors " << totals.lowering_errors
            << ", verifier errors " << totals.verifier_errors << "; " << totals.report_files
            << " report-file FD lines left out (REPORT SECTION)\n";
  std::string shown;
  for (size_t i = 0; i < totals.mismatches.size() && i < kMismatchesShown; ++i) {
    shown += "  " + totals.mismatches[i] + "\n";
  }
  EXPECT_TRUE(totals.mismatches.empty())
      << totals.mismatches.size() << " mismatches (first " << kMismatchesShown << "):\n"
      << shown;
  EXPECT_EQ(totals.programs, expected.programs) << corpus << ": programs compared";
  EXPECT_EQ(totals.items, expected.items) << corpus << ": items compared";
}

auto CobcMissing() -> bool { return !remint::testing::CobcVersion("cobc").ok(); }

TEST(StorageLayoutCheckTest, NistProgramsHaveCobcSizes) {
  const fs::path root = fs::path(REMINT_SHARED_CORPUS_DIR) / "nist-cobol85";
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(root / "NC"),
                         "NIST COBOL-85 corpus not found at "
                             << root
                             << " (expected ../shared/corpus/nist-cobol85 beside the project)");
  REMINT_REQUIRE_OR_SKIP(!CobcMissing(), "cobc (GnuCOBOL 3.1.2) not found in PATH");
  // The compilations exactly as tests/cobc_reference builds the reference listings.
  std::vector<CobcCompilation> compilations = NistReferenceCompilations(root.string());
  RunCorpus("NIST COBOL-85", compilations, root, LowerOptions{CobolDialect::kCobol85},
            ExpectedCounts{.programs = 443, .items = 69391});
}

TEST(StorageLayoutCheckTest, BankdemoProgramsHaveCobcSizes) {
  REMINT_REQUIRE_OR_SKIP(!CobcMissing(), "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const fs::path root = REMINT_BANKDEMO_DIR;
  std::vector<CobcCompilation> compilations = BankdemoReferenceCompilations(root.string());
  ASSERT_FALSE(compilations.empty());
  RunCorpus("bankdemo", compilations, root, LowerOptions{CobolDialect::kIbm},
            ExpectedCounts{.programs = 8, .items = 1591});
}

// The dialect golden programs (tests/cobol_lower/golden/dialect_*.cbl: level 78, CONSTANT,
// BINARY-CHAR..., COMP-6, national items): constructs cobc -std=cobol85 rejects, so they are
// compared under cobc -std=default, whose binary sizes (1-2-4-8) are remint's cobol85 dialect.
TEST(StorageLayoutCheckTest, DialectGoldenProgramsHaveCobcSizes) {
  REMINT_REQUIRE_OR_SKIP(!CobcMissing(), "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const fs::path root = REMINT_COBOL_LOWER_GOLDEN_DIR;
  std::vector<CobcCompilation> compilations;
  for (const fs::directory_entry& entry : fs::directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("dialect_") && name.ends_with(".cbl")) {
      compilations.push_back(CobcCompilation{entry.path().string(), {"-std=default"}, {}});
    }
  }
  std::sort(compilations.begin(), compilations.end(),
            [](const CobcCompilation& a, const CobcCompilation& b) {
              return a.program_path < b.program_path;
            });
  RunCorpus("dialect golden programs", compilations, root, LowerOptions{CobolDialect::kDefault},
            ExpectedCounts{.programs = kDialectPrograms, .items = kDialectItems});
}

}  // namespace
}  // namespace remint::cobol::testing
