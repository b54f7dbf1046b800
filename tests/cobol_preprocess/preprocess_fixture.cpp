#include "tests/cobol_preprocess/preprocess_fixture.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontends/cobol/preprocess/expansion_listing.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;

auto StripRoot(std::string text, const std::string& root) -> std::string {
  if (root.empty()) return text;
  std::string prefix = root + "/";
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) {
    text.erase(at, prefix.size());
  }
  // The root itself (in lists of searched directories) reads as ".".
  for (size_t at = text.find(root); at != std::string::npos; at = text.find(root, at)) {
    text.replace(at, root.size(), ".");
  }
  return text;
}

}  // namespace

TempDirectory::TempDirectory() {
  std::string pattern = (fs::temp_directory_path() / "remint-pp-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  path_ = made != nullptr ? std::string(made) : pattern;
}

TempDirectory::~TempDirectory() {
  std::error_code error;
  fs::remove_all(path_, error);
}

auto TempDirectory::Write(const std::string& relative, const std::string& contents) const
    -> std::string {
  fs::path full = fs::path(path_) / relative;
  fs::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary);
  out << contents;
  return full.string();
}

auto PreprocessRun::codes() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const Diagnostic& diagnostic : diagnostics) result.emplace_back(diagnostic.code());
  return result;
}

auto PreprocessRun::words() const -> std::vector<std::string> {
  std::vector<std::string> result;
  std::istringstream in(expanded.text);
  for (std::string word; in >> word;) result.push_back(word);
  return result;
}

auto PreprocessRun::squeezed() const -> std::string {
  std::string result;
  for (const std::string& word : words()) {
    if (!result.empty()) result += ' ';
    result += word;
  }
  return result;
}

auto PreprocessRun::LocationOf(const std::string& needle, const std::string& root) const
    -> std::string {
  size_t at = expanded.text.find(needle);
  if (at == std::string::npos) return "<not found>";
  return StripRoot(DescribeLocation(*sources, expanded.locations.Lookup(static_cast<uint32_t>(at))),
                   root);
}

auto RunPreprocessor(const std::string& main_path, PreprocessOptions options,
                     const std::string& root) -> PreprocessRun {
  PreprocessRun run;
  std::string display = root.empty() ? main_path : StripRoot(main_path, root);
  ErrorOr<FileId> main = run.sources->Load(main_path, display);
  EXPECT_TRUE(main.ok()) << main_path;
  if (!main) return run;
  if (options.main_file_directory.empty()) {
    options.main_file_directory = fs::path(main_path).parent_path().string();
  }
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(run.sources.get(), collector);
  run.expanded = Preprocess(*run.sources, *main, options, emitter);
  run.diagnostics = collector.TakeSorted();
  return run;
}

auto RunOnText(const TempDirectory& directory, const std::string& main,
               const std::map<std::string, std::string>& copybooks, PreprocessOptions options)
    -> PreprocessRun {
  std::string main_path = directory.Write("MAIN.cbl", main);
  for (const auto& [name, text] : copybooks) directory.Write(name, text);
  return RunPreprocessor(main_path, std::move(options), directory.path());
}

auto Card(const std::string& text) -> std::string { return Card(' ', text); }

auto Card(char indicator, const std::string& text) -> std::string {
  return std::string("000100") + indicator + text + "\n";
}

auto DescribeDiagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& root)
    -> std::string {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics) {
    text +=
        StripRoot(std::string(diagnostic.code()) + " " +
                      std::string(SeverityName(diagnostic.severity)) + " " +
                      diagnostic.location.path + ":" + std::to_string(diagnostic.location.line) +
                      ":" + std::to_string(diagnostic.location.column) + ": " + diagnostic.message,
                  root) +
        "\n";
    for (const DiagnosticNote& note : diagnostic.notes) {
      text += StripRoot("  note " + note.location.path + ":" + std::to_string(note.location.line) +
                            ":" + std::to_string(note.location.column) + ": " + note.message,
                        root) +
              "\n";
    }
  }
  return text;
}

}  // namespace remint::cobol::testing
