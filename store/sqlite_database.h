// A thin RAII layer over SQLite: a connection, prepared statements, and transactions. Errors
// come back as ErrorOr, never as exceptions.
#ifndef REMINT_STORE_SQLITE_DATABASE_H_
#define REMINT_STORE_SQLITE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/error_or.h"

struct sqlite3;
struct sqlite3_stmt;

namespace remint::store {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  auto operator=(const Statement&) -> Statement& = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  void Bind(int index, int64_t value);
  void Bind(int index, std::string_view value);
  // Bytes as a BLOB (datasets: any byte, NUL included).
  void BindBlob(int index, std::string_view bytes);
  void BindNull(int index);
  // Advances: true when a row is available, false when done; errors are returned.
  auto Step() -> ErrorOr<bool>;
  // Runs to completion (for statements without result rows) and resets for reuse.
  auto Run() -> ErrorOr<Success>;
  void Reset();

  auto ColumnInt(int index) const -> int64_t;
  auto ColumnText(int index) const -> std::string;
  auto ColumnBlob(int index) const -> std::string;
  auto ColumnIsNull(int index) const -> bool;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_;
};

class Database {
 public:
  // Opens (creating if needed) a database file in WAL mode with foreign keys on.
  static auto Open(const std::string& path) -> ErrorOr<std::unique_ptr<Database>>;
  // Opens an existing database for reading only; never waits for or blocks a writer.
  static auto OpenReadOnly(const std::string& path) -> ErrorOr<std::unique_ptr<Database>>;
  ~Database();

  auto Execute(std::string_view sql) -> ErrorOr<Success>;
  auto Prepare(std::string_view sql) -> ErrorOr<Statement>;
  auto UserVersion() -> ErrorOr<int64_t>;
  auto LastInsertId() const -> int64_t;
  auto path() const -> const std::string& { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// Commits on Commit(); rolls back if destroyed without it, so an error path never leaves a
// half-written batch behind.
class Transaction {
 public:
  static auto Begin(Database& db) -> ErrorOr<std::unique_ptr<Transaction>>;
  auto Commit() -> ErrorOr<Success>;
  ~Transaction();

 private:
  explicit Transaction(Database& db) : db_(db) {}
  Database& db_;
  bool finished_ = false;
};

}  // namespace remint::store

#endif  // REMINT_STORE_SQLITE_DATABASE_H_
