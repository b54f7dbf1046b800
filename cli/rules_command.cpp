#include "cli/rules_command.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyzers/rules/render.h"
#include "analyzers/rules/rules.h"
#include "analyzers/rules/rules_json.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "cli/parse_command.h"
#include "cli/rule_records.h"
#include "frontends/cobol/lower/lower.h"

namespace remint::cli {
namespace {

struct RulesOptions {
  std::vector<std::string> items;  // sources, or names of programs whose rules are kept
  CobolInputOptions input;
  bool markdown = false;
};

auto RulesJson(const std::vector<analysis::Rule>& rules) -> nlohmann::ordered_json {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const analysis::Rule& rule : rules) list.push_back(analysis::RuleToJson(rule));
  return list;
}

// What one run gathers: the rules to print, and the programs extracted from sources.
struct Gathered {
  std::vector<analysis::Rule> rules;
  std::vector<store::StoredProgramRules> extracted;
  std::vector<Diagnostic> diagnostics;
  bool errors = false;  // a source with errors, or a program with none kept
  bool failed = false;  // a source or the database could not be read
};

void ExtractFromSource(const std::string& path, const CobolInputOptions& input,
                       Gathered& gathered) {
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  std::unique_ptr<cobol::ParsedProgram> program =
      ParseCobolFile(path, input, sources, emitter, nullptr);
  if (program == nullptr) {
    for (Diagnostic& diagnostic : collector.TakeSorted()) {
      gathered.diagnostics.push_back(std::move(diagnostic));
    }
    gathered.failed = true;
    return;
  }
  cobol::LowerOptions lower;
  lower.dialect = DialectFromName(input.dialect);
  ir::Module module = cobol::LowerCobol(*program, sources, emitter, lower);
  module.ImportSources(sources);
  bool has_errors = collector.error_count() > 0;
  gathered.errors = gathered.errors || has_errors;
  for (Diagnostic& diagnostic : collector.TakeSorted()) {
    gathered.diagnostics.push_back(std::move(diagnostic));
  }
  // A program with errors still gets its rules: what lowered is what a reviewer can read.
  for (uint32_t unit = 0; unit < module.units().size(); ++unit) {
    std::vector<analysis::Rule> found = analysis::ExtractRules(module, ir::UnitId(unit));
    std::string name =
        analysis::UpperCaseName(std::string(module.str(module.units().Get(ir::UnitId(unit)).name)));
    gathered.extracted.push_back(MakeStoredRules(name, found, sources, path, has_errors));
    gathered.rules.insert(gathered.rules.end(), found.begin(), found.end());
  }
}

// The rules kept for `program`, with a warning for each file changed since they were extracted.
void ReadKept(store::ProjectStore& project, const std::string& program, Gathered& gathered) {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  ErrorOr<std::optional<store::StoredProgramRules>> kept = project.LoadProgramRules(program);
  if (!kept) {
    emitter.EmitForPath(DiagnosticKind::kStoreRulesUnreadable, "", program, project.path(),
                        kept.error().message());
    gathered.failed = true;
  } else if (!*kept) {
    emitter.EmitForPath(DiagnosticKind::kStoreRulesNotKept, "", program, project.path());
    gathered.errors = true;
  } else {
    ErrorOr<std::vector<analysis::Rule>> rules = RulesOf(**kept);
    if (!rules) {
      emitter.EmitForPath(DiagnosticKind::kStoreRulesUnreadable, "", program, project.path(),
                          rules.error().message());
      gathered.failed = true;
    } else {
      for (const std::string& file : ChangedFiles(**kept)) {
        emitter.EmitForPath(DiagnosticKind::kStoreRulesStale, file, program, file);
      }
      gathered.rules.insert(gathered.rules.end(), rules->begin(), rules->end());
    }
  }
  for (Diagnostic& diagnostic : collector.TakeSorted()) {
    gathered.diagnostics.push_back(std::move(diagnostic));
  }
}

// The rules kept for `programs` (none named: every program kept) in the database at `db_path`.
// A database that does not exist is not created: nothing is kept there.
void ReadFromDatabase(const std::string& db_path, std::vector<std::string> programs,
                      DiagnosticEmitter& emitter, Gathered& gathered) {
  const bool every = programs.empty();
  if (every) programs.push_back("*");
  std::error_code error;
  if (!std::filesystem::is_regular_file(db_path, error)) {
    for (const std::string& program : programs) {
      emitter.EmitForPath(DiagnosticKind::kStoreRulesNotKept, "", program, db_path);
    }
    gathered.failed = true;
    return;
  }
  std::unique_ptr<store::ProjectStore> project = store::ProjectStore::Open(db_path, emitter);
  if (project == nullptr) {
    gathered.failed = true;
    return;
  }
  if (every) {
    ErrorOr<std::vector<std::string>> listed = project->ListRulePrograms();
    if (!listed) {
      emitter.EmitForPath(DiagnosticKind::kStoreRulesUnreadable, "", "*", db_path,
                          listed.error().message());
      gathered.failed = true;
      return;
    }
    if (listed->empty()) {
      emitter.EmitForPath(DiagnosticKind::kStoreRulesNotKept, "", "*", db_path);
      gathered.errors = true;
      return;
    }
    programs = std::move(*listed);
  }
  for (const std::string& program : programs) ReadKept(*project, program, gathered);
}

// Markdown for reviewers: a table of rules per program, the guarded actions under each condition.
auto RulesMarkdown(const std::vector<analysis::Rule>& rules) -> std::string {
  auto cell = [](std::string text) {
    std::string escaped;
    for (char c : text) {
      if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>') escaped += '\\';
      escaped += c;
    }
    return escaped;
  };
  std::string text;
  std::string program;
  for (const analysis::Rule& rule : rules) {
    if (rule.program != program) {
      program = rule.program;
      text += "\n## " + cell(program) + "\n\n| id | procedure | kind | condition | actions |\n";
      text += "|---|---|---|---|---|\n";
    }
    std::string actions;
    for (const std::string& action : rule.actions) {
      actions += (actions.empty() ? "" : "<br>") + cell(action);
    }
    text += "| " + rule.id + " | " + cell(rule.procedure) + " (line " + std::to_string(rule.line) +
            ") | " + rule.kind + " | " + cell(rule.condition) + " | " + actions + " |\n";
  }
  return text;
}

}  // namespace

void RegisterRulesCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                          int& exit_code) {
  RulesOptions& options = storage.Make<RulesOptions>();
  CLI::App* command = app.add_subcommand(
      "rules",
      "List the business rules of COBOL programs: every decision (IF, EVALUATE WHEN, SEARCH "
      "WHEN, UNTIL, ON SIZE ERROR / AT END / INVALID KEY with statements) with the actions it "
      "guards, and every computation as a formula, in the program's own names, with ids that "
      "survive unrelated edits (--json: JSON; --markdown: a table per program)");
  command->add_option("item", options.items,
                      "COBOL sources (their rules are extracted, and kept in the project "
                      "database when it exists or --db names it), or names of programs whose "
                      "rules are kept there; none: every program kept");
  // One directory per -I, so that the items after it stay items.
  command
      ->add_option("-I,--copy-dir", options.input.copy_directories,
                   "Copybook directory, searched in order (repeatable)")
      ->allow_extra_args(false);
  command
      ->add_option(
          "--dialect", options.input.dialect,
          "cobc's -std: default, cobol85, cobol2002, cobol2014, ibm or mf; decides binary item "
          "sizes and the constructs allowed (default: default)")
      ->check(CLI::IsMember(DialectChoices()));
  command->add_flag("--markdown", options.markdown, "Markdown tables instead of text");
  command->callback([&global, &exit_code, &options] {
    Gathered gathered;
    const std::string db_path = global.EffectiveDbPath();
    std::error_code error;
    const bool database_exists = std::filesystem::is_regular_file(db_path, error);
    std::vector<std::string> programs;
    for (const std::string& item : options.items) {
      if (std::filesystem::exists(item, error)) {
        ExtractFromSource(item, options.input, gathered);
      } else {
        programs.push_back(analysis::UpperCaseName(item));
      }
    }
    DiagnosticCollector store_collector;
    DiagnosticEmitter store_emitter(nullptr, store_collector);
    if (!gathered.extracted.empty() && (database_exists || !global.db_path.empty())) {
      gathered.failed = !KeepRules(db_path, gathered.extracted, store_emitter) || gathered.failed;
    }
    if (!programs.empty() || options.items.empty()) {
      ReadFromDatabase(db_path, programs, store_emitter, gathered);
    }
    for (Diagnostic& diagnostic : store_collector.TakeSorted()) {
      gathered.diagnostics.push_back(std::move(diagnostic));
    }
    PrintDiagnostics(global, gathered.diagnostics);
    const std::vector<analysis::Rule>& rules = gathered.rules;
    if (global.json) {
      std::cout << RulesJson(rules).dump(1) << '\n';
    } else if (options.markdown) {
      std::cout << RulesMarkdown(rules);
    } else {
      std::cout << analysis::FormatRules(rules);
    }
    exit_code = gathered.failed ? kExitUsageOrIo : gathered.errors ? kExitErrorsFound : kExitOk;
  });
}

}  // namespace remint::cli
