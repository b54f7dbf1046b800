#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <fmt/format.h>

namespace remint::store {
namespace {

auto SqliteError(sqlite3* db) -> Error { return Error(sqlite3_errmsg(db)); }

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), statement_(other.statement_) {
  other.statement_ = nullptr;
}

Statement::~Statement() {
  if (statement_ != nullptr) sqlite3_finalize(statement_);
}

void Statement::Bind(int index, int64_t value) { sqlite3_bind_int64(statement_, index, value); }

void Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text64(statement_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                      SQLITE_UTF8);
}

void Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(statement_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
}

void Statement::BindNull(int index) { sqlite3_bind_null(statement_, index); }

auto Statement::Step() -> ErrorOr<bool> {
  int result = sqlite3_step(statement_);
  if (result == SQLITE_ROW) return true;
  if (result == SQLITE_DONE) return false;
  return SqliteError(db_);
}

auto Statement::Run() -> ErrorOr<Success> {
  ErrorOr<bool> stepped = Step();
  Reset();
  if (!stepped) return stepped.error();
  return Success{};
}

void Statement::Reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

auto Statement::ColumnInt(int index) const -> int64_t {
  return sqlite3_column_int64(statement_, index);
}

auto Statement::ColumnBlob(int index) const -> std::string {
  const void* bytes = sqlite3_column_blob(statement_, index);
  if (bytes == nullptr) return {};
  return std::string(static_cast<const char*>(bytes),
                     static_cast<size_t>(sqlite3_column_bytes(statement_, index)));
}

auto Statement::ColumnText(int index) const -> std::string {
  const unsigned char* text = sqlite3_column_text(statement_, index);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(statement_, index)));
}

auto Statement::ColumnIsNull(int index) const -> bool {
  return sqlite3_column_type(statement_, index) == SQLITE_NULL;
}

auto Database::Open(const std::string& path) -> ErrorOr<std::unique_ptr<Database>> {
  sqlite3* db = nullptr;
  int result = sqlite3_open_v2(path.c_str(), &db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                               nullptr);
  if (result != SQLITE_OK) {
    Error error = db != nullptr ? SqliteError(db) : Error(sqlite3_errstr(result));
    sqlite3_close(db);
    return error;
  }
  std::unique_ptr<Database> database(new Database(db, path));
  sqlite3_busy_timeout(db, 10000);
  // WAL: readers (remint serve, reports) never block the writer; synchronous=NORMAL is safe
  // against process crashes in WAL mode, which is what a killed scan is.
  for (std::string_view pragma :
       {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
    ErrorOr<Statement> statement = database->Prepare(pragma);
    if (!statement) return statement.error();
    ErrorOr<bool> stepped = statement->Step();
    if (!stepped) return stepped.error();
  }
  return database;
}

auto Database::OpenReadOnly(const std::string& path) -> ErrorOr<std::unique_ptr<Database>> {
  sqlite3* db = nullptr;
  int result = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                               nullptr);
  if (result != SQLITE_OK) {
    Error error = db != nullptr ? SqliteError(db) : Error(sqlite3_errstr(result));
    sqlite3_close(db);
    return error;
  }
  return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database() { sqlite3_close(db_); }

auto Database::Execute(std::string_view sql) -> ErrorOr<Success> {
  std::string owned(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Error error(message != nullptr ? message : "unknown SQLite error");
    sqlite3_free(message);
    return error;
  }
  return Success{};
}

auto Database::Prepare(std::string_view sql) -> ErrorOr<Statement> {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &statement, nullptr) != SQLITE_OK) {
    return SqliteError(db_);
  }
  return Statement(db_, statement);
}

auto Database::UserVersion() -> ErrorOr<int64_t> {
  ErrorOr<Statement> statement = Prepare("PRAGMA user_version");
  if (!statement) return statement.error();
  ErrorOr<bool> row = statement->Step();
  if (!row) return row.error();
  return *row ? statement->ColumnInt(0) : 0;
}

auto Database::LastInsertId() const -> int64_t { return sqlite3_last_insert_rowid(db_); }

auto Transaction::Begin(Database& db) -> ErrorOr<std::unique_ptr<Transaction>> {
  ErrorOr<Success> begun = db.Execute("BEGIN IMMEDIATE");
  if (!begun) return begun.error();
  return std::unique_ptr<Transaction>(new Transaction(db));
}

auto Transaction::Commit() -> ErrorOr<Success> {
  finished_ = true;
  ErrorOr<Success> committed = db_.Execute("COMMIT");
  if (!committed) {
    (void)db_.Execute("ROLLBACK");
    return committed.error();
  }
  return Success{};
}

Transaction::~Transaction() {
  if (!finished_) (void)db_.Execute("ROLLBACK");
}

}  // namespace remint::store
