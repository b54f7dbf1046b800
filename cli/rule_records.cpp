#include "cli/rule_records.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "analyzers/rules/rules_json.h"
#include "base/sha256.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

auto AbsolutePath(const std::string& path) -> std::string {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? fs::path(path) : absolute).lexically_normal().string();
}

}  // namespace

auto MakeStoredRules(const std::string& program, const std::vector<analysis::Rule>& rules,
                     const SourceManager& sources, const std::string& member_path, bool has_errors)
    -> store::StoredProgramRules {
  store::StoredProgramRules stored;
  stored.program = program;
  stored.has_errors = has_errors;
  for (size_t index = 0; index < sources.file_count(); ++index) {
    const SourceFile& file = sources.file(FileId(static_cast<uint32_t>(index)));
    if (index == 0) stored.member = file.path;
    std::string path = AbsolutePath(index == 0 ? member_path : file.path);
    stored.files[path] = Sha256Hex(file.text.text);
  }
  for (const analysis::Rule& rule : rules) {
    stored.rules.push_back(analysis::RuleToJson(rule).dump());
    stored.rule_ids.push_back(rule.id);
  }
  return stored;
}

auto ChangedFiles(const store::StoredProgramRules& stored) -> std::vector<std::string> {
  std::vector<std::string> changed;
  for (const auto& [path, sha256] : stored.files) {
    // Decoded as the extraction decoded it, so that the digests compare text with text.
    SourceManager sources;
    ErrorOr<FileId> file = sources.Load(path, path);
    if (!file || Sha256Hex(sources.file(*file).text.text) != sha256) changed.push_back(path);
  }
  return changed;
}

auto RulesOf(const store::StoredProgramRules& stored) -> ErrorOr<std::vector<analysis::Rule>> {
  std::vector<analysis::Rule> rules;
  for (size_t index = 0; index < stored.rules.size(); ++index) {
    std::optional<analysis::Rule> rule =
        analysis::RuleFromJson(nlohmann::json::parse(stored.rules[index], nullptr, false));
    if (!rule) return Error("entry " + std::to_string(index + 1) + " is not a rule");
    rules.push_back(std::move(*rule));
  }
  return rules;
}

auto KeepRules(const std::string& db_path, std::span<const store::StoredProgramRules> programs,
               DiagnosticEmitter& emitter) -> bool {
  std::unique_ptr<store::ProjectStore> project = store::ProjectStore::Open(db_path, emitter);
  if (project == nullptr) return false;
  // Only programs whose rules or files differ from what is kept are written: a report made
  // again over unchanged sources leaves the database as it was (`remint serve` watches it).
  std::vector<store::StoredProgramRules> changed;
  for (const store::StoredProgramRules& program : programs) {
    ErrorOr<std::optional<store::StoredProgramRules>> kept =
        project->LoadProgramRules(program.program);
    bool same = kept && *kept && (*kept)->member == program.member &&
                (*kept)->files == program.files && (*kept)->has_errors == program.has_errors &&
                (*kept)->rules == program.rules && (*kept)->rule_ids == program.rule_ids;
    if (!same) changed.push_back(program);
  }
  if (changed.empty()) return true;
  ErrorOr<Success> written = project->WriteProgramRules(changed);
  if (!written) {
    emitter.EmitForPath(DiagnosticKind::kStoreWriteFailed, "", db_path, written.error().message());
    return false;
  }
  return true;
}

}  // namespace remint::cli
