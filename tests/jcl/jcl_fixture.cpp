#include "tests/jcl/jcl_fixture.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/expand/listing.h"
#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"
#include "ir/text_printer.h"
#include "tests/support/golden.h"
#include "tests/support/scratch.h"

namespace remint::jcl::testing {
namespace {

namespace fs = std::filesystem;

auto Codes(const std::vector<Diagnostic>& diagnostics) -> std::vector<std::string> {
  std::vector<std::string> codes;
  for (const Diagnostic& diagnostic : diagnostics) codes.emplace_back(diagnostic.code());
  return codes;
}

}  // namespace

auto ParseResult::codes() const -> std::vector<std::string> { return Codes(diagnostics); }
auto ExpandResult::codes() const -> std::vector<std::string> { return Codes(diagnostics); }

auto ParseText(const std::string& text) -> ParseResult {
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ErrorOr<FileId> file = sources.AddBuffer("test.jcl", text);
  ParseResult result;
  if (!file) return result;
  result.statements = ParseMember(sources, *file, emitter);
  result.diagnostics = collector.TakeSorted();
  return result;
}

auto ExpandFile(const std::string& base, const std::string& member, LibraryOptions options)
    -> ExpandResult {
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ExpandResult result;
  result.base = base;
  std::string path = (fs::path(base) / member).lexically_normal().string();
  ErrorOr<FileId> file = sources.Load(path, path);
  if (!file) return result;
  result.jobs = ExpandMember(sources, *file, options, emitter);
  for (const ExpandedJob& job : result.jobs) result.listing += FormatExpandedJob(job, sources);
  // Lowered too: its diagnostics join the expansion's, and the IR dump is kept for goldens.
  ir::Module module;
  module.ImportSources(sources);
  ir::Builder builder(module, &sources);
  LowerJobs(result.jobs, builder, emitter);
  result.ir = ir::PrintModule(module);
  std::string prefix = fs::path(base).lexically_normal().string() + "/";
  for (std::string* text : {&result.listing, &result.ir}) {
    *text = remint::testing::ReplaceAll(*text, prefix, "");
    *text = remint::testing::ReplaceAll(*text, prefix.substr(0, prefix.size() - 1), ".");
  }
  result.diagnostics = collector.TakeSorted();
  return result;
}

auto ExpandResult::Golden() const -> std::string {
  std::string text = listing + "--- diagnostics\n";
  std::string prefix = fs::path(base).lexically_normal().string() + "/";
  for (const Diagnostic& diagnostic : diagnostics) {
    std::string line =
        fmt::format("{}:{}:{}: {} {}", diagnostic.location.path, diagnostic.location.line,
                    diagnostic.location.column, diagnostic.code(), diagnostic.message);
    line = remint::testing::ReplaceAll(line, prefix, "");
    text += remint::testing::ReplaceAll(line, prefix.substr(0, prefix.size() - 1), ".") + "\n";
    for (const DiagnosticNote& note : diagnostic.notes) {
      text += remint::testing::ReplaceAll(fmt::format("  note: {}:{}: {}", note.location.path,
                                                      note.location.line, note.message),
                                          prefix, "") +
              "\n";
    }
  }
  return text;
}

auto WriteFiles(const std::string& name,
                const std::vector<std::pair<std::string, std::string>>& files) -> std::string {
  std::string directory = remint::testing::FreshDirectory(name);
  for (const auto& [path, text] : files) {
    fs::path full = fs::path(directory) / path;
    fs::create_directories(full.parent_path());
    std::ofstream(full, std::ios::binary) << text;
  }
  return directory;
}

}  // namespace remint::jcl::testing
