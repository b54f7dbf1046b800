#include "migrate/project_config.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "base/toml.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

// Reads the keys of one table, refusing keys it does not know: a misspelt key in a project
// file is an error, not a silently ignored setting.
class TableReader {
 public:
  TableReader(const std::string& file, const toml::Table& table, toml::Position position,
              std::string what)
      : file_(file), table_(table), position_(position), what_(std::move(what)) {}

  auto String(std::string_view key, std::string& out) -> ErrorOr<bool> {
    const toml::Value* value = Take(key);
    if (value == nullptr) return false;
    if (!value->is_string()) return WrongKind(key, *value, "a string");
    out = value->as_string();
    return true;
  }
  auto Number(std::string_view key, double& out) -> ErrorOr<bool> {
    const toml::Value* value = Take(key);
    if (value == nullptr) return false;
    if (value->is_integer()) {
      out = static_cast<double>(value->as_integer());
    } else if (value->is_float()) {
      out = value->as_float();
    } else {
      return WrongKind(key, *value, "a number");
    }
    if (!(out > 0)) return Located(value->position(), fmt::format("'{}' must be positive", key));
    return true;
  }
  auto Bool(std::string_view key, bool& out) -> ErrorOr<bool> {
    const toml::Value* value = Take(key);
    if (value == nullptr) return false;
    if (!value->is_boolean()) return WrongKind(key, *value, "true or false");
    out = value->as_boolean();
    return true;
  }
  auto Strings(std::string_view key, std::vector<std::string>& out) -> ErrorOr<bool> {
    const toml::Value* value = Take(key);
    if (value == nullptr) return false;
    if (!value->is_array()) return WrongKind(key, *value, "an array of strings");
    for (const toml::Value& element : value->as_array()) {
      if (!element.is_string()) return WrongKind(key, element, "an array of strings");
      out.push_back(element.as_string());
    }
    return true;
  }
  auto Table(std::string_view key) -> ErrorOr<const toml::Value*> {
    const toml::Value* value = Take(key);
    if (value == nullptr) return value;
    if (!value->is_table()) return WrongKind(key, *value, "a table");
    return value;
  }
  // The first key nobody asked for, as an error.
  auto Finish() -> ErrorOr<Success> {
    for (const auto& [key, value] : table_) {
      if (taken_.contains(key)) continue;
      return Located(value.position(), fmt::format("unknown key '{}' in {}", key, what_));
    }
    return Success{};
  }
  auto Located(toml::Position position, std::string_view message) const -> Error {
    return toml::LocatedError(file_, position, message);
  }
  auto Missing(std::string_view key) const -> Error {
    return Located(position_, fmt::format("{} has no '{}'", what_, key));
  }

 private:
  auto Take(std::string_view key) -> const toml::Value* {
    taken_.insert(std::string(key));
    return toml::Find(table_, key);
  }
  auto WrongKind(std::string_view key, const toml::Value& value, std::string_view wanted) const
      -> Error {
    return Located(value.position(), fmt::format("'{}' must be {}, not {}", key, wanted,
                                                 toml::KindName(value.kind())));
  }

  const std::string& file_;
  const toml::Table& table_;
  toml::Position position_;
  std::string what_;
  std::set<std::string, std::less<>> taken_;
};

auto Upper(std::string text) -> std::string {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

auto Absolute(const std::string& root, const std::string& path) -> std::string {
  return fs::path(path).is_absolute() ? path : (fs::path(root) / path).lexically_normal().string();
}

auto ReadCaseInput(const std::string& file, const std::string& root, const std::string& dd,
                   const toml::Value& value) -> ErrorOr<CaseInput> {
  CaseInput input;
  if (value.is_string()) {
    input.path = Absolute(root, value.as_string());
    return input;
  }
  if (!value.is_table()) {
    return toml::LocatedError(
        file, value.position(),
        fmt::format("DD {} must be a file path or {{ case = \"PROGRAM/case\", dd = \"DD\" }}", dd));
  }
  TableReader reader(file, value.as_table(), value.position(), "DD " + dd);
  std::string from;
  ErrorOr<bool> has_case = reader.String("case", from);
  if (!has_case) return has_case.error();
  if (!*has_case) return reader.Missing("case");
  const size_t slash = from.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == from.size()) {
    return reader.Located(value.position(),
                          fmt::format("'case' of DD {} must be PROGRAM/case, not '{}'", dd, from));
  }
  input.from_program = Upper(from.substr(0, slash));
  input.from_case = from.substr(slash + 1);
  input.from_dd = dd;
  ErrorOr<bool> has_dd = reader.String("dd", input.from_dd);
  if (!has_dd) return has_dd.error();
  REMINT_TRY(reader.Finish());
  return input;
}

auto ReadCase(const std::string& file, const ProjectConfig& project, const toml::Value& value)
    -> ErrorOr<CaseConfig> {
  const std::string& root = project.root;
  if (!value.is_table())
    return toml::LocatedError(file, value.position(), "a case must be a table");
  TableReader reader(file, value.as_table(), value.position(), "the case");
  CaseConfig config;
  config.origin = fmt::format("{}:{}", file, value.position().line);
  config.clock = project.clock;
  config.timeout_seconds = project.timeout_seconds;
  ErrorOr<bool> has_program = reader.String("program", config.program);
  if (!has_program) return has_program.error();
  if (!*has_program) return reader.Missing("program");
  config.program = Upper(config.program);
  ErrorOr<bool> has_name = reader.String("name", config.name);
  if (!has_name) return has_name.error();
  if (!*has_name || config.name.empty()) return reader.Missing("name");
  std::string text;
  ErrorOr<bool> has_parm = reader.String("parm", text);
  if (!has_parm) return has_parm.error();
  if (*has_parm) config.parm = text;
  ErrorOr<bool> has_stdin = reader.String("stdin", text);
  if (!has_stdin) return has_stdin.error();
  if (*has_stdin) config.stdin_path = Absolute(root, text);
  REMINT_TRY(reader.String("clock", config.clock));
  REMINT_TRY(reader.Number("timeout", config.timeout_seconds));
  REMINT_TRY(reader.Strings("out", config.outputs));
  for (std::string& output : config.outputs) output = Upper(output);
  ErrorOr<const toml::Value*> dds = reader.Table("dd");
  if (!dds) return dds.error();
  if (*dds != nullptr) {
    for (const auto& [dd, input] : (*dds)->as_table()) {
      ErrorOr<CaseInput> read = ReadCaseInput(file, root, Upper(dd), input);
      if (!read) return read.error();
      config.inputs[Upper(dd)] = std::move(*read);
    }
  }
  REMINT_TRY(reader.Finish());
  return config;
}

auto ReadCases(const std::string& file, const toml::Table& document, ProjectConfig& project)
    -> ErrorOr<Success> {
  const toml::Value* cases = toml::Find(document, "case");
  if (cases == nullptr) return Success{};
  if (!cases->is_array()) {
    return toml::LocatedError(file, cases->position(),
                              "'case' must be an array of [[case]] tables");
  }
  for (const toml::Value& value : cases->as_array()) {
    ErrorOr<CaseConfig> config = ReadCase(file, project, value);
    if (!config) return config.error();
    for (const CaseConfig& other : project.cases) {
      if (other.program == config->program && other.name == config->name) {
        return toml::LocatedError(file, value.position(),
                                  fmt::format("case {}/{} is defined twice (first at {})",
                                              config->program, config->name, other.origin));
      }
    }
    project.cases.push_back(std::move(*config));
  }
  return Success{};
}

auto ReadUnreachable(const std::string& file, const toml::Table& document, ProjectConfig& project)
    -> ErrorOr<Success> {
  const toml::Value* entries = toml::Find(document, "unreachable");
  if (entries == nullptr) return Success{};
  if (!entries->is_array()) {
    return toml::LocatedError(file, entries->position(),
                              "'unreachable' must be an array of [[unreachable]] tables");
  }
  for (const toml::Value& value : entries->as_array()) {
    if (!value.is_table()) {
      return toml::LocatedError(file, value.position(), "an [[unreachable]] must be a table");
    }
    TableReader reader(file, value.as_table(), value.position(), "[[unreachable]]");
    UnreachableOutcome entry;
    entry.origin = fmt::format("{}:{}", file, value.position().line);
    for (const auto& [key, out] :
         {std::pair<std::string_view, std::string*>{"decision", &entry.decision},
          {"reason", &entry.reason}}) {
      ErrorOr<bool> has = reader.String(key, *out);
      if (!has) return has.error();
      if (!*has || out->empty()) return reader.Missing(key);
    }
    // "IF PROGRAM:LINE" or "WHEN PROGRAM:LINE", as the coverage table lists them.
    const size_t space = entry.decision.find(' ');
    const size_t colon = entry.decision.rfind(':');
    if ((!entry.decision.starts_with("IF ") && !entry.decision.starts_with("WHEN ")) ||
        colon == std::string::npos || colon < space ||
        entry.decision.find_first_not_of("0123456789", colon + 1) != std::string::npos ||
        colon + 1 == entry.decision.size()) {
      return reader.Located(value.position(),
                            fmt::format("decision must be 'IF PROGRAM:LINE' or 'WHEN "
                                        "PROGRAM:LINE', not '{}'",
                                        entry.decision));
    }
    ErrorOr<bool> has_outcome = reader.Bool("outcome", entry.outcome);
    if (!has_outcome) return has_outcome.error();
    if (!*has_outcome) return reader.Missing("outcome");
    REMINT_TRY(reader.Finish());
    project.unreachable.push_back(std::move(entry));
  }
  return Success{};
}

// The document, or an error that names the file even when it could not be read.
auto ReadDocument(const std::string& path) -> ErrorOr<toml::Table> {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return Error(path + ": no such file");
  return toml::ParseFile(path);
}

}  // namespace

auto LoadProjectConfig(const std::string& path) -> ErrorOr<ProjectConfig> {
  ErrorOr<toml::Table> document = ReadDocument(path);
  if (!document) return document.error();
  ProjectConfig project;
  project.config_path = path;
  std::error_code error;
  project.root = fs::absolute(fs::path(path), error).parent_path().lexically_normal().string();
  TableReader top(path, *document, {1, 1}, "the project file");
  ErrorOr<const toml::Value*> table = top.Table("project");
  if (!table) return table.error();
  if (*table == nullptr) return top.Missing("[project]");
  top.Table("case").ok();  // read below, with each case's position
  top.Table("unreachable").ok();
  ErrorOr<const toml::Value*> run_table = top.Table("run");
  if (!run_table) return run_table.error();
  REMINT_TRY(top.Finish());
  TableReader reader(path, (*table)->as_table(), (*table)->position(), "[project]");
  REMINT_TRY(reader.String("name", project.name));
  ErrorOr<bool> has_dialect = reader.String("dialect", project.dialect);
  if (!has_dialect) return has_dialect.error();
  if (!cobol::DialectFromName(project.dialect)) {
    return reader.Located((*table)->position(),
                          fmt::format("dialect must be default, cobol85, cobol2002, cobol2014, ibm "
                                      "or mf (cobc's -std), not '{}'",
                                      project.dialect));
  }
  ErrorOr<bool> has_sources = reader.Strings("sources", project.sources);
  if (!has_sources) return has_sources.error();
  if (!*has_sources || project.sources.empty()) return reader.Missing("sources");
  REMINT_TRY(reader.Strings("copybooks", project.copybooks));
  REMINT_TRY(reader.Strings("cobc-flags", project.cobc_flags));
  REMINT_TRY(reader.String("clock", project.clock));
  REMINT_TRY(reader.Number("timeout", project.timeout_seconds));
  std::vector<std::string> case_files;
  REMINT_TRY(reader.Strings("cases", case_files));
  REMINT_TRY(reader.Finish());
  for (std::string& source : project.sources) source = Absolute(project.root, source);
  for (std::string& copybook : project.copybooks) {
    // "SYSLIB=copy/syslib" maps a library (COPY X OF SYSLIB): only its folder is a path.
    if (std::optional<std::pair<std::string, std::string>> mapping =
            cobol::LibraryMapping(copybook)) {
      copybook = mapping->first + "=" + Absolute(project.root, mapping->second);
    } else {
      copybook = Absolute(project.root, copybook);
    }
  }
  if (*run_table != nullptr) {
    // [run]: what `remint run` needs beyond the COBOL sources.
    TableReader run(path, (*run_table)->as_table(), (*run_table)->position(), "[run]");
    REMINT_TRY(run.Strings("fortran", project.run.fortran_sources));
    REMINT_TRY(run.Strings("jcl", project.run.job_libraries));
    REMINT_TRY(run.String("catalog", project.run.catalog_seed));
    REMINT_TRY(run.Finish());
    for (std::string& entry : project.run.fortran_sources) entry = Absolute(project.root, entry);
    for (std::string& entry : project.run.job_libraries) entry = Absolute(project.root, entry);
    if (!project.run.catalog_seed.empty()) {
      project.run.catalog_seed = Absolute(project.root, project.run.catalog_seed);
    }
  }
  REMINT_TRY(ReadCases(path, *document, project));
  REMINT_TRY(ReadUnreachable(path, *document, project));
  for (const std::string& case_file : case_files) {
    const std::string absolute = Absolute(project.root, case_file);
    ErrorOr<toml::Table> cases = ReadDocument(absolute);
    if (!cases) return cases.error();
    TableReader case_reader(absolute, *cases, {1, 1}, "a case file");
    case_reader.Table("case").ok();
    REMINT_TRY(case_reader.Finish());
    REMINT_TRY(ReadCases(absolute, *cases, project));
  }
  return project;
}

auto ListMembers(const std::vector<std::string>& entries) -> std::vector<std::string> {
  std::vector<std::string> members;
  for (const std::string& entry : entries) {
    std::error_code error;
    if (!fs::is_directory(entry, error)) {
      members.push_back(entry);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& file : fs::directory_iterator(entry, error)) {
      const std::string name = file.path().filename().string();
      if (file.is_regular_file() && !name.empty() && name[0] != '.') {
        found.push_back(file.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    members.insert(members.end(), found.begin(), found.end());
  }
  return members;
}

}  // namespace remint::migrate
