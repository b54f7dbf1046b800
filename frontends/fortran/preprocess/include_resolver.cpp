#include "frontends/fortran/preprocess/include_resolver.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "frontends/fortran/source/source_reader.h"

namespace remint::fortran {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kInclude = "INCLUDE";

class IncludeReader {
 public:
  IncludeReader(SourceManager& sources, const ReadOptions& options, DiagnosticEmitter& emitter)
      : sources_(sources), options_(options), emitter_(emitter) {}

  void Read(FileId file, IncludeId include, std::vector<LogicalStatement>& out) {
    active_.push_back(Canonical(sources_.file(file).path));
    std::vector<LogicalStatement> statements =
        ReadLogicalStatements(sources_, file, include, options_.form, emitter_);
    for (LogicalStatement& statement : statements) {
      std::optional<std::string> name = IncludedName(statement);
      if (!name) {
        out.push_back(std::move(statement));
        continue;
      }
      Include(sources_.file(file).path, *name, statement, out);
    }
    active_.pop_back();
  }

 private:
  static auto Canonical(const std::string& path) -> std::string {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    return error ? fs::path(path).lexically_normal().string() : canonical.string();
  }

  void Include(const std::string& including_path, const std::string& name,
               const LogicalStatement& directive, std::vector<LogicalStatement>& out) {
    // The including file's directory first, as gfortran does, then the search path.
    std::vector<std::string> directories;
    directories.push_back(fs::path(including_path).parent_path().string());
    for (const std::string& directory : options_.include_path) directories.push_back(directory);
    std::optional<std::string> found;
    for (const std::string& directory : directories) {
      fs::path candidate = directory.empty() ? fs::path(name) : fs::path(directory) / name;
      std::error_code error;
      if (fs::is_regular_file(candidate, error)) {
        found = candidate.lexically_normal().string();
        break;
      }
    }
    if (!found) {
      std::string searched;
      for (const std::string& directory : directories) {
        searched += (searched.empty() ? "" : ", ") + (directory.empty() ? "." : directory);
      }
      emitter_.Emit(DiagnosticKind::kFortranIncludeNotFound, directive.loc, name, searched);
      return;
    }
    if (std::find(active_.begin(), active_.end(), Canonical(*found)) != active_.end()) {
      emitter_.Emit(DiagnosticKind::kFortranIncludeCycle, directive.loc, name);
      return;
    }
    ErrorOr<FileId> file = sources_.Load(*found, *found);
    if (!file) {
      emitter_.Emit(DiagnosticKind::kFortranIncludeNotFound, directive.loc, name,
                    fmt::format("{} (unreadable)", *found));
      return;
    }
    IncludeId include = sources_.AddInclude(directive.loc, *file);
    Read(*file, include, out);
  }

  SourceManager& sources_;
  const ReadOptions& options_;
  DiagnosticEmitter& emitter_;
  std::vector<std::string> active_;  // The files being read, outermost first.
};

}  // namespace

auto IncludedName(const LogicalStatement& statement) -> std::optional<std::string> {
  const std::string& text = statement.text;
  if (statement.label || !text.starts_with(kInclude) || text.size() < kInclude.size() + 2) {
    return std::nullopt;
  }
  size_t open = kInclude.size();
  char delimiter = text[open];
  if (statement.IsCode(open) || (delimiter != '\'' && delimiter != '"')) return std::nullopt;
  if (text.back() != delimiter || statement.IsCode(text.size() - 1)) return std::nullopt;
  for (size_t i = open; i < text.size(); ++i) {
    if (statement.IsCode(i)) return std::nullopt;
  }
  // The constant's contents, a doubled delimiter standing for one.
  std::string name;
  for (size_t i = open + 1; i + 1 < text.size(); ++i) {
    name.push_back(text[i]);
    if (text[i] == delimiter) ++i;
  }
  return name;
}

auto ReadWithIncludes(SourceManager& sources, FileId file, const ReadOptions& options,
                      DiagnosticEmitter& emitter) -> std::vector<LogicalStatement> {
  std::vector<LogicalStatement> statements;
  IncludeReader(sources, options, emitter).Read(file, IncludeId{}, statements);
  return statements;
}

}  // namespace remint::fortran
