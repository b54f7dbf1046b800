// The NIST COBOL-85 lowering run (label nist): every program cobc -std=cobol85 accepts must
// preprocess, parse and lower with zero errors and an IR the verifier accepts; every program cobc
// rejects must get at least one error from the front end, unless nist_rejects_accepted.txt says
// why not (and no program may crash it). Prints one table per module: programs, programs cobc
// accepts, those lowered without errors, cobc-rejected programs remint accepts, statements
// lowered, and the constructs left out (RM2301 not implemented yet, RM2311 not supported).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/availability.h"
#include "tests/support/cobc_reference.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;
using remint::testing::CobcCompilation;
using remint::testing::NistReferenceCompilations;
using remint::testing::ReferenceSymbols;

constexpr int kWorkers = 2;
constexpr const char* kAcceptedRejectsFile = "nist_rejects_accepted.txt";

struct ModuleRow {
  size_t programs = 0;
  size_t accepted = 0;
  size_t lowered_clean = 0;     // accepted and lowered with no error
  size_t rejects_accepted = 0;  // rejected by cobc, yet no front-end error
  size_t statements = 0;
  size_t not_implemented = 0;  // RM2301
  size_t unsupported = 0;      // RM2311
};

auto ModuleOf(const fs::path& relative) -> std::string {
  return relative.begin()->string();  // NC/NC101A.CBL -> NC
}

// What a warning names: "lowering of X is not implemented yet" -> X.
auto WhatIsLeftOut(const Diagnostic& diagnostic) -> std::string {
  std::string message = diagnostic.message;
  const std::string prefix = "lowering of ";
  if (message.rfind(prefix, 0) == 0) message = message.substr(prefix.size());
  const size_t end = message.find(" is not");
  return end == std::string::npos ? message : message.substr(0, end);
}

// The programs tests/cobol_lower/nist_not_lowered.txt lists (first word of each line).
auto KnownNotLowered() -> std::set<std::string> {
  std::set<std::string> programs;
  std::ifstream in(REMINT_NIST_NOT_LOWERED_FILE);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    programs.insert(line.substr(0, line.find(' ')));
  }
  return programs;
}

// tests/cobol_lower/nist_rejects_accepted.txt (beside nist_not_lowered.txt): program -> why
// remint's front end accepts a program cobc rejects.
auto KnownAcceptedRejects() -> std::map<std::string, std::string> {
  std::map<std::string, std::string> programs;
  std::ifstream in(fs::path(REMINT_NIST_NOT_LOWERED_FILE).replace_filename(kAcceptedRejectsFile));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    const size_t space = line.find(' ');
    programs[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return programs;
}

TEST(NistLoweringTest, EveryProgramCobcAcceptsLowersWithoutErrors) {
  const fs::path root = fs::path(REMINT_SHARED_CORPUS_DIR) / "nist-cobol85";
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(root / "NC"),
                         "NIST COBOL-85 corpus not found at "
                             << root
                             << " (expected ../shared/corpus/nist-cobol85 beside the project)");
  REMINT_REQUIRE_OR_SKIP(remint::testing::CobcVersion("cobc").ok(),
                         "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const std::vector<CobcCompilation> compilations = NistReferenceCompilations(root.string());
  ASSERT_FALSE(compilations.empty());
  std::vector<ErrorOr<ReferenceSymbols>> references =
      remint::testing::LoadReferenceSymbolsInParallel(compilations, {}, kWorkers);

  std::map<std::string, ModuleRow> modules;
  std::map<std::string, size_t> left_out;  // "RM2301 WRITE statements" -> count
  std::vector<std::string> failures;
  std::set<std::string> not_lowered;       // accepted programs with RM2301
  std::set<std::string> rejected_by_cobc;  // every program cobc rejects
  std::set<std::string> accepted_rejects;  // rejected by cobc, no front-end error
  for (size_t index = 0; index < compilations.size(); ++index) {
    const CobcCompilation& compilation = compilations[index];
    const fs::path relative = fs::relative(compilation.program_path, root);
    ASSERT_TRUE(references[index].ok()) << relative << ": " << references[index].error().message();
    const bool accepted = references[index]->accepted();
    ModuleRow& row = modules[ModuleOf(relative)];
    ++row.programs;
    row.accepted += accepted ? 1 : 0;

    FileLowerOptions options;
    options.copy_directories = compilation.copy_directories;
    for (const std::string& flag : compilation.flags) {
      if (flag == "-fdebugging-line") options.debugging_lines = true;
    }
    options.lower.dialect = CobolDialect::kCobol85;
    // Rejected programs run too: the front end must not crash, and must report an error.
    LowerResult result = LowerFile(compilation.program_path, options);
    if (!accepted) {
      rejected_by_cobc.insert(relative.string());
      if (result.error_count() == 0) {
        ++row.rejects_accepted;
        accepted_rejects.insert(relative.string());
      }
      continue;
    }

    size_t errors = result.error_count();
    for (const Diagnostic& diagnostic : result.verifier_diagnostics) {
      if (diagnostic.severity == Severity::kError) ++errors;
    }
    if (errors == 0) {
      ++row.lowered_clean;
    } else {
      failures.push_back(relative.string() + ":\n" + result.messages());
    }
    row.statements += result.module.statements().size();
    for (const Diagnostic& diagnostic : result.diagnostics) {
      if (diagnostic.code() == "RM2301") {
        ++row.not_implemented;
        not_lowered.insert(relative.string());
      } else if (diagnostic.code() == "RM2311") {
        ++row.unsupported;
      } else {
        continue;
      }
      ++left_out[std::string(diagnostic.code()) + " " + WhatIsLeftOut(diagnostic)];
    }
  }

  std::ostringstream table;
  table << "NIST COBOL-85 lowering (remint, -std=cobol85 reference: cobc 3.1.2)\n"
        << "module  programs  cobc-accepted  lowered-without-errors  rejects-accepted  "
           "statements  not-implemented(RM2301)  unsupported(RM2311)\n";
  ModuleRow total;
  for (const auto& [name, row] : modules) {
    table << std::left << std::setw(8) << name << std::right << std::setw(8) << row.programs
          << std::setw(15) << row.accepted << std::setw(24) << row.lowered_clean << std::setw(18)
          << row.rejects_accepted << std::setw(12) << row.statements << std::setw(25)
          << row.not_implemented << std::setw(21) << row.unsupported << "\n";
    total.programs += row.programs;
    total.accepted += row.accepted;
    total.lowered_clean += row.lowered_clean;
    total.rejects_accepted += row.rejects_accepted;
    total.statements += row.statements;
    total.not_implemented += row.not_implemented;
    total.unsupported += row.unsupported;
  }
  table << std::left << std::setw(8) << "total" << std::right << std::setw(8) << total.programs
        << std::setw(15) << total.accepted << std::setw(24) << total.lowered_clean << std::setw(18)
        << total.rejects_accepted << std::setw(12) << total.statements << std::setw(25)
        << total.not_implemented << std::setw(21) << total.unsupported << "\n";
  if (!left_out.empty()) table << "left out of the IR (code, construct, occurrences):\n";
  for (const auto& [what, count] : left_out) table << "  " << what << ": " << count << "\n";
  std::cout << table.str();

  std::string shown;
  for (size_t i = 0; i < failures.size() && i < 20; ++i) shown += failures[i] + "\n";
  EXPECT_TRUE(failures.empty()) << failures.size()
                                << " programs cobc accepts have lowering errors:\n"
                                << shown;
  EXPECT_EQ(total.lowered_clean, total.accepted);
  // The suite's size, so an empty or partly missing corpus cannot pass by lowering nothing.
  EXPECT_EQ(total.programs, 458u);
  EXPECT_EQ(total.accepted, 443u);
  // RM2301 only where the side file says why; and the side file stays current.
  const std::set<std::string> known = KnownNotLowered();
  for (const std::string& program : not_lowered) {
    EXPECT_TRUE(known.contains(program))
        << program << " leaves constructs out of the IR (RM2301) and is not listed in "
        << REMINT_NIST_NOT_LOWERED_FILE;
  }
  for (const std::string& program : known) {
    EXPECT_TRUE(not_lowered.contains(program))
        << program << " now lowers completely: delete it from " << REMINT_NIST_NOT_LOWERED_FILE;
  }
  // A program cobc rejects gets no error only where the side file says why; and the side file
  // stays current.
  const std::map<std::string, std::string> known_accepted = KnownAcceptedRejects();
  for (const std::string& program : accepted_rejects) {
    EXPECT_TRUE(known_accepted.contains(program))
        << program << ": cobc rejects it but remint's front end reports no error; make remint "
        << "reject it, or list it with the reason in tests/cobol_lower/" << kAcceptedRejectsFile;
  }
  for (const auto& [program, reason] : known_accepted) {
    EXPECT_TRUE(rejected_by_cobc.contains(program))
        << program << " is listed in tests/cobol_lower/" << kAcceptedRejectsFile
        << " but cobc accepts it";
    EXPECT_FALSE(reason.empty()) << program << ": give the reason in tests/cobol_lower/"
                                 << kAcceptedRejectsFile;
    EXPECT_TRUE(!rejected_by_cobc.contains(program) || accepted_rejects.contains(program))
        << program << " now gets a front-end error, as cobc's: delete it from "
        << "tests/cobol_lower/" << kAcceptedRejectsFile;
  }
}

// Done-when 3 of the COBOL front end: every bankdemo program lowers, with no diagnostic at all
// (not even RM2301), and the verifier accepts the IR.
TEST(BankdemoLoweringTest, EveryProgramLowersCompletely) {
  const std::vector<CobcCompilation> compilations =
      remint::testing::BankdemoReferenceCompilations(REMINT_BANKDEMO_DIR);
  ASSERT_EQ(compilations.size(), 8u);
  for (const CobcCompilation& compilation : compilations) {
    FileLowerOptions options;
    options.copy_directories = compilation.copy_directories;
    options.lower.dialect = CobolDialect::kIbm;
    LowerResult result = LowerFile(compilation.program_path, options);
    EXPECT_TRUE(result.diagnostics.empty()) << compilation.program_path << ":\n"
                                            << result.messages();
    EXPECT_TRUE(result.verifier_diagnostics.empty()) << compilation.program_path << ":\n"
                                                     << result.messages();
    EXPECT_GT(result.module.statements().size(), 50u) << compilation.program_path;
    std::cout << fs::path(compilation.program_path).filename().string() << ": "
              << result.module.statements().size() << " statements\n";
  }
}

}  // namespace
}  // namespace remint::cobol::testing
