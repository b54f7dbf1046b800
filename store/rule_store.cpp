// The rules tables of the project database (schema migration 5): what `remint rules` and
// `remint report` extracted, read back by `remint rules PROGRAM`.
#include <nlohmann/json.hpp>

#include "base/fault_injection.h"
#include "store/project_store.h"

namespace remint::store {

auto ProjectStore::WriteProgramRules(std::span<const StoredProgramRules> programs)
    -> ErrorOr<Success> {
  if (FaultInjected("store-write")) return Error("disk I/O error (injected)");
  ErrorOr<std::unique_ptr<Transaction>> transaction = Transaction::Begin(*db_);
  if (!transaction) return transaction.error();
  ErrorOr<Statement> remove_rules = db_->Prepare("DELETE FROM rules WHERE program = ?1");
  if (!remove_rules) return remove_rules.error();
  ErrorOr<Statement> upsert_program = db_->Prepare(
      "INSERT INTO rule_programs (program, member, files, has_errors) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT (program) DO UPDATE SET member = ?2, files = ?3, has_errors = ?4");
  if (!upsert_program) return upsert_program.error();
  ErrorOr<Statement> insert_rule =
      db_->Prepare("INSERT INTO rules (program, ordinal, rule_id, rule) VALUES (?1, ?2, ?3, ?4)");
  if (!insert_rule) return insert_rule.error();
  for (const StoredProgramRules& program : programs) {
    remove_rules->Bind(1, program.program);
    REMINT_TRY(remove_rules->Run());
    nlohmann::ordered_json files = nlohmann::ordered_json::object();
    for (const auto& [path, sha256] : program.files) files[path] = sha256;
    upsert_program->Bind(1, program.program);
    upsert_program->Bind(2, program.member);
    upsert_program->Bind(3, files.dump());
    upsert_program->Bind(4, int64_t{program.has_errors ? 1 : 0});
    REMINT_TRY(upsert_program->Run());
    for (size_t index = 0; index < program.rules.size(); ++index) {
      insert_rule->Bind(1, program.program);
      insert_rule->Bind(2, static_cast<int64_t>(index));
      insert_rule->Bind(3, index < program.rule_ids.size() ? program.rule_ids[index] : "");
      insert_rule->Bind(4, program.rules[index]);
      REMINT_TRY(insert_rule->Run());
    }
  }
  return (*transaction)->Commit();
}

auto ProjectStore::LoadProgramRules(const std::string& program)
    -> ErrorOr<std::optional<StoredProgramRules>> {
  ErrorOr<Statement> header =
      db_->Prepare("SELECT member, files, has_errors FROM rule_programs WHERE program = ?1");
  if (!header) return header.error();
  header->Bind(1, program);
  ErrorOr<bool> found = header->Step();
  if (!found) return found.error();
  if (!*found) return std::optional<StoredProgramRules>();
  StoredProgramRules stored;
  stored.program = program;
  stored.member = header->ColumnText(0);
  nlohmann::json files = nlohmann::json::parse(header->ColumnText(1), nullptr, false);
  if (!files.is_object()) return Error("rules of " + program + ": file list is not JSON");
  for (const auto& [path, sha256] : files.items()) {
    if (!sha256.is_string()) return Error("rules of " + program + ": file list is not JSON");
    stored.files[path] = sha256.get<std::string>();
  }
  stored.has_errors = header->ColumnInt(2) != 0;
  ErrorOr<Statement> rules =
      db_->Prepare("SELECT rule_id, rule FROM rules WHERE program = ?1 ORDER BY ordinal");
  if (!rules) return rules.error();
  rules->Bind(1, program);
  for (;;) {
    ErrorOr<bool> row = rules->Step();
    if (!row) return row.error();
    if (!*row) break;
    stored.rule_ids.push_back(rules->ColumnText(0));
    stored.rules.push_back(rules->ColumnText(1));
  }
  return std::optional<StoredProgramRules>(std::move(stored));
}

auto ProjectStore::ListRulePrograms() -> ErrorOr<std::vector<std::string>> {
  ErrorOr<Statement> select = db_->Prepare("SELECT program FROM rule_programs ORDER BY program");
  if (!select) return select.error();
  std::vector<std::string> programs;
  for (;;) {
    ErrorOr<bool> row = select->Step();
    if (!row) return row.error();
    if (!*row) break;
    programs.push_back(select->ColumnText(0));
  }
  return programs;
}

}  // namespace remint::store
