#include "cli/rules_command.h"

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyzers/rules/rules.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "cli/parse_command.h"
#include "frontends/cobol/lower/lower.h"

namespace remint::cli {
namespace {

struct RulesOptions {
  std::vector<std::string> paths;
  CobolInputOptions input;
  bool markdown = false;
};

auto RulesJson(const std::vector<analysis::Rule>& rules) -> nlohmann::ordered_json {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const analysis::Rule& rule : rules) {
    list.push_back({{"id", rule.id},
                    {"program", rule.program},
                    {"procedure", rule.procedure},
                    {"kind", rule.kind},
                    {"condition", rule.condition},
                    {"file", rule.file},
                    {"line", rule.line},
                    {"reads", rule.reads},
                    {"writes", rule.writes},
                    {"performs", rule.performs},
                    {"actions", rule.actions}});
  }
  return list;
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
  command->add_option("source", options.paths, "COBOL sources")->required();
  command->add_option("-I,--copy-dir", options.input.copy_directories,
                      "Copybook directory, searched in order (repeatable)");
  command
      ->add_option("--dialect", options.input.dialect,
                   "ibm or cobol85: decides binary item sizes (default cobol85)")
      ->check(CLI::IsMember({"ibm", "cobol85"}));
  command->add_flag("--markdown", options.markdown, "Markdown tables instead of text");
  command->callback([&global, &exit_code, &options] {
    std::vector<analysis::Rule> rules;
    bool errors = false;
    for (const std::string& path : options.paths) {
      SourceManager sources;
      DiagnosticCollector collector;
      DiagnosticEmitter emitter(&sources, collector);
      std::unique_ptr<cobol::ParsedProgram> program =
          ParseCobolFile(path, options.input, sources, emitter, nullptr);
      if (program == nullptr) {
        PrintDiagnostics(global, collector.TakeSorted());
        exit_code = kExitUsageOrIo;
        return;
      }
      cobol::LowerOptions lower;
      lower.dialect = DialectFromName(options.input.dialect);
      ir::Module module = cobol::LowerCobol(*program, sources, emitter, lower);
      module.ImportSources(sources);
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      PrintDiagnostics(global, diagnostics);
      for (const Diagnostic& diagnostic : diagnostics) {
        errors = errors || diagnostic.severity == Severity::kError;
      }
      // A program with errors still gets its rules: what lowered is what a reviewer can read.
      for (uint32_t unit = 0; unit < module.units().size(); ++unit) {
        std::vector<analysis::Rule> found = analysis::ExtractRules(module, ir::UnitId(unit));
        rules.insert(rules.end(), found.begin(), found.end());
      }
    }
    if (global.json) {
      std::cout << RulesJson(rules).dump(1) << '\n';
    } else if (options.markdown) {
      std::cout << RulesMarkdown(rules);
    } else {
      std::cout << analysis::FormatRules(rules);
    }
    exit_code = errors ? kExitErrorsFound : kExitOk;
  });
}

}  // namespace remint::cli
