#include "store/project_store.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/fault_injection.h"
#include "base/sha256.h"
#include "store/schema.h"

namespace remint::store {
namespace {

auto ParseSeverity(std::string_view name) -> Severity {
  if (name == "error") return Severity::kError;
  if (name == "warning") return Severity::kWarning;
  return Severity::kNote;
}

auto NotesToJson(const std::vector<DiagnosticNote>& notes) -> std::string {
  nlohmann::json json = nlohmann::json::array();
  for (const DiagnosticNote& note : notes) {
    json.push_back({{"message", note.message},
                    {"path", note.location.path},
                    {"line", note.location.line},
                    {"column", note.location.column},
                    {"source_line", note.location.source_line}});
  }
  return json.dump();
}

auto NotesFromJson(const std::string& text) -> std::vector<DiagnosticNote> {
  std::vector<DiagnosticNote> notes;
  nlohmann::json json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_array()) return notes;
  for (const nlohmann::json& entry : json) {
    DiagnosticNote note;
    note.message = entry.value("message", "");
    note.location.path = entry.value("path", "");
    note.location.line = entry.value("line", 0u);
    note.location.column = entry.value("column", 0u);
    note.location.source_line = entry.value("source_line", "");
    notes.push_back(std::move(note));
  }
  return notes;
}

}  // namespace

auto ProjectStore::Open(const std::string& path, DiagnosticEmitter& emitter)
    -> std::unique_ptr<ProjectStore> {
  auto fail = [&](const std::string& why) -> std::unique_ptr<ProjectStore> {
    emitter.EmitForPath(DiagnosticKind::kStoreOpenFailed, "", path, why);
    return nullptr;
  };
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code error;
    std::filesystem::create_directories(parent, error);
    if (error) return fail(error.message());
  }
  struct stat info {};
  if (stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) return fail("not a regular file");
  ErrorOr<std::unique_ptr<Database>> db = Database::Open(path);
  if (!db) return fail(db.error().message());
  std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db)));
  ErrorOr<std::optional<int64_t>> migrated = store->Migrate();
  if (!migrated) return fail(migrated.error().message());
  if (*migrated) {
    emitter.EmitForPath(DiagnosticKind::kStoreSchemaTooNew, "", path, **migrated,
                        SchemaMigrations().size());
    return nullptr;
  }
  return store;
}

auto ProjectStore::Migrate() -> ErrorOr<std::optional<int64_t>> {
  ErrorOr<int64_t> version = db_->UserVersion();
  if (!version) return version.error();
  std::span<const std::string_view> migrations = SchemaMigrations();
  auto newest = static_cast<int64_t>(migrations.size());
  if (*version > newest) return std::optional<int64_t>(*version);
  for (int64_t next = *version + 1; next <= newest; ++next) {
    ErrorOr<std::unique_ptr<Transaction>> transaction = Transaction::Begin(*db_);
    if (!transaction) return transaction.error();
    REMINT_TRY(db_->Execute(migrations[static_cast<size_t>(next - 1)]));
    REMINT_TRY(db_->Execute(fmt::format("PRAGMA user_version = {}", next)));
    REMINT_TRY((*transaction)->Commit());
  }
  return std::optional<int64_t>();
}

auto ProjectStore::GetOrCreateRoot(const std::string& root_path) -> ErrorOr<int64_t> {
  ErrorOr<Statement> insert =
      db_->Prepare("INSERT INTO scan_roots (path) VALUES (?1) ON CONFLICT (path) DO NOTHING");
  if (!insert) return insert.error();
  insert->Bind(1, root_path);
  REMINT_TRY(insert->Run());
  ErrorOr<Statement> select = db_->Prepare("SELECT id FROM scan_roots WHERE path = ?1");
  if (!select) return select.error();
  select->Bind(1, root_path);
  ErrorOr<bool> row = select->Step();
  if (!row) return row.error();
  if (!*row) return Error("scan root vanished after insert");
  return select->ColumnInt(0);
}

auto ProjectStore::LoadStamps(int64_t root_id) -> ErrorOr<std::map<std::string, SourceStamp>> {
  ErrorOr<Statement> select = db_->Prepare(
      "SELECT path, size, mtime_ns, status, sha256, analysis_key, scan_started_ns "
      "FROM sources WHERE root_id = ?1");
  if (!select) return select.error();
  select->Bind(1, root_id);
  std::map<std::string, SourceStamp> stamps;
  while (true) {
    ErrorOr<bool> row = select->Step();
    if (!row) return row.error();
    if (!*row) break;
    stamps[select->ColumnText(0)] = {select->ColumnInt(1),  select->ColumnInt(2),
                                     select->ColumnText(3), select->ColumnText(4),
                                     select->ColumnText(5), select->ColumnInt(6)};
  }
  return stamps;
}

auto ProjectStore::WriteSources(int64_t root_id, std::span<const SourceRecord> sources)
    -> ErrorOr<Success> {
  if (FaultInjected("store-write")) return Error("disk I/O error (injected)");
  ErrorOr<std::unique_ptr<Transaction>> transaction = Transaction::Begin(*db_);
  if (!transaction) return transaction.error();
  ErrorOr<Statement> remove = db_->Prepare("DELETE FROM sources WHERE root_id = ?1 AND path = ?2");
  ErrorOr<Statement> insert = db_->Prepare(
      "INSERT INTO sources (root_id, path, size, mtime_ns, sha256, kind, form, encoding, "
      "code_page, record_format, line_count, reason, status, analysis_key, scan_started_ns) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
  ErrorOr<Statement> insert_dependency = db_->Prepare(
      "INSERT INTO dependencies (source_id, ordinal, kind, target, library, line) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  ErrorOr<Statement> insert_diagnostic = db_->Prepare(
      "INSERT INTO diagnostics (source_id, ordinal, code, severity, path, line, column_number, "
      "message, source_line, notes_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  for (const ErrorOr<Statement>* statement :
       {&remove, &insert, &insert_dependency, &insert_diagnostic}) {
    if (!*statement) return statement->error();
  }
  for (const SourceRecord& source : sources) {
    remove->Bind(1, root_id);
    remove->Bind(2, source.path);
    REMINT_TRY(remove->Run());

    insert->Bind(1, root_id);
    insert->Bind(2, source.path);
    insert->Bind(3, source.size);
    insert->Bind(4, source.mtime_ns);
    insert->Bind(5, source.sha256);
    insert->Bind(6, source.kind);
    insert->Bind(7, source.form);
    insert->Bind(8, source.encoding);
    insert->Bind(9, source.code_page);
    insert->Bind(10, source.record_format);
    insert->Bind(11, source.line_count);
    insert->Bind(12, source.reason);
    insert->Bind(13, source.status);
    insert->Bind(14, source.analysis_key);
    insert->Bind(15, source.scan_started_ns);
    REMINT_TRY(insert->Run());
    int64_t source_id = db_->LastInsertId();

    int64_t ordinal = 0;
    for (const DependencyRecord& dependency : source.dependencies) {
      insert_dependency->Bind(1, source_id);
      insert_dependency->Bind(2, ordinal++);
      insert_dependency->Bind(3, dependency.kind);
      insert_dependency->Bind(4, dependency.target);
      insert_dependency->Bind(5, dependency.library);
      insert_dependency->Bind(6, dependency.line);
      REMINT_TRY(insert_dependency->Run());
    }
    ordinal = 0;
    for (const Diagnostic& diagnostic : source.diagnostics) {
      insert_diagnostic->Bind(1, source_id);
      insert_diagnostic->Bind(2, ordinal++);
      insert_diagnostic->Bind(3, diagnostic.code());
      insert_diagnostic->Bind(4, SeverityName(diagnostic.severity));
      insert_diagnostic->Bind(5, diagnostic.location.path);
      insert_diagnostic->Bind(6, int64_t{diagnostic.location.line});
      insert_diagnostic->Bind(7, int64_t{diagnostic.location.column});
      insert_diagnostic->Bind(8, diagnostic.message);
      insert_diagnostic->Bind(9, diagnostic.location.source_line);
      insert_diagnostic->Bind(10, NotesToJson(diagnostic.notes));
      REMINT_TRY(insert_diagnostic->Run());
    }
  }
  return (*transaction)->Commit();
}

auto ProjectStore::RemoveSourcesNotIn(int64_t root_id, const std::vector<std::string>& present)
    -> ErrorOr<int64_t> {
  ErrorOr<std::map<std::string, SourceStamp>> stamps = LoadStamps(root_id);
  if (!stamps) return stamps.error();
  std::vector<std::string> stale;
  for (const auto& [path, stamp] : *stamps) {
    if (!std::binary_search(present.begin(), present.end(), path)) stale.push_back(path);
  }
  if (stale.empty()) return int64_t{0};
  ErrorOr<std::unique_ptr<Transaction>> transaction = Transaction::Begin(*db_);
  if (!transaction) return transaction.error();
  ErrorOr<Statement> remove = db_->Prepare("DELETE FROM sources WHERE root_id = ?1 AND path = ?2");
  if (!remove) return remove.error();
  for (const std::string& path : stale) {
    remove->Bind(1, root_id);
    remove->Bind(2, path);
    REMINT_TRY(remove->Run());
  }
  REMINT_TRY((*transaction)->Commit());
  return static_cast<int64_t>(stale.size());
}

auto ProjectStore::LoadSources(int64_t root_id) -> ErrorOr<std::vector<SourceRecord>> {
  ErrorOr<Statement> select = db_->Prepare(
      "SELECT id, path, size, mtime_ns, sha256, kind, form, encoding, code_page, record_format, "
      "line_count, reason, status, analysis_key, scan_started_ns FROM sources WHERE root_id = ?1 "
      "ORDER BY path");
  ErrorOr<Statement> select_dependencies = db_->Prepare(
      "SELECT d.source_id, d.kind, d.target, d.library, d.line FROM dependencies d "
      "JOIN sources s ON s.id = d.source_id WHERE s.root_id = ?1 ORDER BY d.source_id, "
      "d.ordinal");
  ErrorOr<Statement> select_diagnostics = db_->Prepare(
      "SELECT g.source_id, g.code, g.severity, g.path, g.line, g.column_number, g.message, "
      "g.source_line, g.notes_json FROM diagnostics g JOIN sources s ON s.id = g.source_id "
      "WHERE s.root_id = ?1 ORDER BY g.source_id, g.ordinal");
  for (const ErrorOr<Statement>* statement : {&select, &select_dependencies, &select_diagnostics}) {
    if (!*statement) return statement->error();
  }
  std::vector<SourceRecord> sources;
  std::map<int64_t, size_t> index_by_id;
  select->Bind(1, root_id);
  while (true) {
    ErrorOr<bool> row = select->Step();
    if (!row) return row.error();
    if (!*row) break;
    SourceRecord source;
    source.path = select->ColumnText(1);
    source.size = select->ColumnInt(2);
    source.mtime_ns = select->ColumnInt(3);
    source.sha256 = select->ColumnText(4);
    source.kind = select->ColumnText(5);
    source.form = select->ColumnText(6);
    source.encoding = select->ColumnText(7);
    source.code_page = select->ColumnText(8);
    source.record_format = select->ColumnText(9);
    source.line_count = select->ColumnInt(10);
    source.reason = select->ColumnText(11);
    source.status = select->ColumnText(12);
    source.analysis_key = select->ColumnText(13);
    source.scan_started_ns = select->ColumnInt(14);
    index_by_id[select->ColumnInt(0)] = sources.size();
    sources.push_back(std::move(source));
  }
  select_dependencies->Bind(1, root_id);
  while (true) {
    ErrorOr<bool> row = select_dependencies->Step();
    if (!row) return row.error();
    if (!*row) break;
    SourceRecord& source = sources[index_by_id.at(select_dependencies->ColumnInt(0))];
    source.dependencies.push_back(
        {select_dependencies->ColumnText(1), select_dependencies->ColumnText(2),
         select_dependencies->ColumnText(3), select_dependencies->ColumnInt(4)});
  }
  select_diagnostics->Bind(1, root_id);
  while (true) {
    ErrorOr<bool> row = select_diagnostics->Step();
    if (!row) return row.error();
    if (!*row) break;
    SourceRecord& source = sources[index_by_id.at(select_diagnostics->ColumnInt(0))];
    std::optional<DiagnosticKind> kind =
        FindDiagnosticKindByCode(select_diagnostics->ColumnText(1));
    if (!kind) continue;  // A kind retired since: the next scan of the member replaces it.
    Diagnostic diagnostic;
    diagnostic.kind = *kind;
    diagnostic.severity = ParseSeverity(select_diagnostics->ColumnText(2));
    diagnostic.location.path = select_diagnostics->ColumnText(3);
    diagnostic.location.line = static_cast<uint32_t>(select_diagnostics->ColumnInt(4));
    diagnostic.location.column = static_cast<uint32_t>(select_diagnostics->ColumnInt(5));
    diagnostic.message = select_diagnostics->ColumnText(6);
    diagnostic.location.source_line = select_diagnostics->ColumnText(7);
    diagnostic.notes = NotesFromJson(select_diagnostics->ColumnText(8));
    source.diagnostics.push_back(std::move(diagnostic));
  }
  return sources;
}

auto ProjectStore::BeginRun(const std::string& command, const std::string& arguments)
    -> ErrorOr<int64_t> {
  ErrorOr<Statement> insert = db_->Prepare("INSERT INTO runs (command, arguments) VALUES (?1, ?2)");
  if (!insert) return insert.error();
  insert->Bind(1, command);
  insert->Bind(2, arguments);
  REMINT_TRY(insert->Run());
  return db_->LastInsertId();
}

auto ProjectStore::FinishRun(int64_t run_id, const std::string& status,
                             const std::string& summary_json) -> ErrorOr<Success> {
  ErrorOr<Statement> update = db_->Prepare(
      "UPDATE runs SET status = ?2, summary_json = ?3, "
      "finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
  if (!update) return update.error();
  update->Bind(1, run_id);
  update->Bind(2, status);
  update->Bind(3, summary_json);
  return update->Run();
}

}  // namespace remint::store

namespace remint::store {

auto ProjectStore::WriteCase(const CaseRecord& record) -> ErrorOr<Success> {
  if (FaultInjected("store-write")) return Error("disk I/O error (injected)");
  ErrorOr<std::unique_ptr<Transaction>> transaction = Transaction::Begin(*db_);
  if (!transaction) return transaction.error();
  REMINT_TRY(DeleteCaseRows(record.program, record.name));
  ErrorOr<Statement> insert = db_->Prepare(
      "INSERT INTO cases (program, name, build_key, parm, clock, exit_code, signal, timed_out) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  ErrorOr<Statement> insert_blob =
      db_->Prepare("INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?1, ?2, ?3)");
  ErrorOr<Statement> insert_dataset = db_->Prepare(
      "INSERT INTO case_datasets (case_id, role, name, sha256) VALUES (?1, ?2, ?3, ?4)");
  for (const ErrorOr<Statement>* statement : {&insert, &insert_blob, &insert_dataset}) {
    if (!*statement) return statement->error();
  }
  insert->Bind(1, record.program);
  insert->Bind(2, record.name);
  insert->Bind(3, record.build_key);
  if (record.parm) {
    insert->Bind(4, *record.parm);
  } else {
    insert->BindNull(4);
  }
  insert->Bind(5, record.clock);
  insert->Bind(6, record.exit_code);
  insert->Bind(7, record.signal);
  insert->Bind(8, int64_t{record.timed_out ? 1 : 0});
  REMINT_TRY(insert->Run());
  const int64_t case_id = db_->LastInsertId();
  for (const CaseDataset& dataset : record.datasets) {
    const std::string hash = Sha256Hex(dataset.bytes);
    insert_blob->Bind(1, hash);
    insert_blob->Bind(2, static_cast<int64_t>(dataset.bytes.size()));
    insert_blob->BindBlob(3, dataset.bytes);
    REMINT_TRY(insert_blob->Run());
    insert_dataset->Bind(1, case_id);
    insert_dataset->Bind(2, dataset.role);
    insert_dataset->Bind(3, dataset.name);
    insert_dataset->Bind(4, hash);
    REMINT_TRY(insert_dataset->Run());
  }
  return (*transaction)->Commit();
}

auto ProjectStore::LoadCase(const std::string& program, const std::string& name)
    -> ErrorOr<std::optional<CaseRecord>> {
  ErrorOr<Statement> select = db_->Prepare(
      "SELECT id, build_key, parm, clock, exit_code, signal, timed_out FROM cases "
      "WHERE program = ?1 AND name = ?2");
  if (!select) return select.error();
  select->Bind(1, program);
  select->Bind(2, name);
  ErrorOr<bool> row = select->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<CaseRecord>();
  CaseRecord record;
  record.program = program;
  record.name = name;
  const int64_t case_id = select->ColumnInt(0);
  record.build_key = select->ColumnText(1);
  if (!select->ColumnIsNull(2)) record.parm = select->ColumnText(2);
  record.clock = select->ColumnText(3);
  record.exit_code = select->ColumnInt(4);
  record.signal = select->ColumnInt(5);
  record.timed_out = select->ColumnInt(6) != 0;
  ErrorOr<Statement> datasets = db_->Prepare(
      "SELECT d.role, d.name, b.bytes FROM case_datasets d JOIN blobs b ON b.sha256 = d.sha256 "
      "WHERE d.case_id = ?1 ORDER BY d.role, d.name");
  if (!datasets) return datasets.error();
  datasets->Bind(1, case_id);
  for (;;) {
    ErrorOr<bool> next = datasets->Step();
    if (!next) return next.error();
    if (!*next) break;
    record.datasets.push_back(
        {datasets->ColumnText(0), datasets->ColumnText(1), datasets->ColumnBlob(2)});
  }
  return std::optional<CaseRecord>(std::move(record));
}

auto ProjectStore::BlobCount() -> ErrorOr<int64_t> {
  ErrorOr<Statement> count = db_->Prepare("SELECT COUNT(*) FROM blobs");
  if (!count) return count.error();
  ErrorOr<bool> row = count->Step();
  if (!row) return row.error();
  return count->ColumnInt(0);
}

auto ProjectStore::ListCases() -> ErrorOr<std::vector<std::pair<std::string, std::string>>> {
  ErrorOr<Statement> select =
      db_->Prepare("SELECT program, name FROM cases ORDER BY program, name");
  if (!select) return select.error();
  std::vector<std::pair<std::string, std::string>> cases;
  for (;;) {
    ErrorOr<bool> next = select->Step();
    if (!next) return next.error();
    if (!*next) break;
    cases.emplace_back(select->ColumnText(0), select->ColumnText(1));
  }
  return cases;
}

auto ProjectStore::RemoveCase(const std::string& program, const std::string& name)
    -> ErrorOr<Success> {
  ErrorOr<std::unique_ptr<Transaction>> transaction = Transaction::Begin(*db_);
  if (!transaction) return transaction.error();
  REMINT_TRY(DeleteCaseRows(program, name));
  return (*transaction)->Commit();
}

auto ProjectStore::DeleteCaseRows(const std::string& program, const std::string& name)
    -> ErrorOr<Success> {
  ErrorOr<Statement> remove_datasets = db_->Prepare(
      "DELETE FROM case_datasets WHERE case_id IN "
      "(SELECT id FROM cases WHERE program = ?1 AND name = ?2)");
  ErrorOr<Statement> remove = db_->Prepare("DELETE FROM cases WHERE program = ?1 AND name = ?2");
  for (ErrorOr<Statement>* statement : {&remove_datasets, &remove}) {
    if (!*statement) return statement->error();
    (*statement)->Bind(1, program);
    (*statement)->Bind(2, name);
    REMINT_TRY((*statement)->Run());
  }
  return Success{};
}

auto ProjectStore::PutBlob(std::string_view bytes) -> ErrorOr<std::string> {
  if (FaultInjected("store-write")) return Error("disk I/O error (injected)");
  ErrorOr<Statement> insert =
      db_->Prepare("INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?1, ?2, ?3)");
  if (!insert) return insert.error();
  std::string hash = Sha256Hex(bytes);
  insert->Bind(1, hash);
  insert->Bind(2, static_cast<int64_t>(bytes.size()));
  insert->BindBlob(3, bytes);
  REMINT_TRY(insert->Run());
  return hash;
}

auto ProjectStore::GetBlob(const std::string& sha256) -> ErrorOr<std::optional<std::string>> {
  ErrorOr<Statement> select = db_->Prepare("SELECT bytes FROM blobs WHERE sha256 = ?1");
  if (!select) return select.error();
  select->Bind(1, sha256);
  ErrorOr<bool> row = select->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(select->ColumnBlob(0));
}

auto ProjectStore::LoadStageState(const std::string& stage)
    -> ErrorOr<std::map<std::string, StageState>> {
  ErrorOr<Statement> select = db_->Prepare(
      "SELECT item, input_key, detail FROM migrate_state WHERE stage = ?1 ORDER BY item");
  if (!select) return select.error();
  select->Bind(1, stage);
  std::map<std::string, StageState> states;
  for (;;) {
    ErrorOr<bool> next = select->Step();
    if (!next) return next.error();
    if (!*next) break;
    states[select->ColumnText(0)] = {select->ColumnText(1), select->ColumnText(2)};
  }
  return states;
}

auto ProjectStore::WriteStageState(const std::string& stage, const std::string& item,
                                   const StageState& state) -> ErrorOr<Success> {
  if (FaultInjected("store-write")) return Error("disk I/O error (injected)");
  ErrorOr<Statement> upsert = db_->Prepare(
      "INSERT INTO migrate_state (stage, item, input_key, detail) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT (stage, item) DO UPDATE SET input_key = ?3, detail = ?4");
  if (!upsert) return upsert.error();
  upsert->Bind(1, stage);
  upsert->Bind(2, item);
  upsert->Bind(3, state.input_key);
  upsert->Bind(4, state.detail);
  return upsert->Run();
}

auto ProjectStore::RemoveStageState(const std::string& stage, const std::string& item)
    -> ErrorOr<Success> {
  ErrorOr<Statement> remove =
      db_->Prepare("DELETE FROM migrate_state WHERE stage = ?1 AND item = ?2");
  if (!remove) return remove.error();
  remove->Bind(1, stage);
  remove->Bind(2, item);
  return remove->Run();
}

}  // namespace remint::store
