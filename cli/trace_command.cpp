#include "cli/trace_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/sha256.h"
#include "store/project_store.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct TraceOptions {
  std::string program;
  std::string case_name;
  std::string output;          // export: the directory
  uint64_t bytes_shown = 256;  // show: how much of each dataset
};

auto LoadCase(const TraceOptions& options, const GlobalOptions& global,
              std::optional<store::CaseRecord>* record) -> int {
  const std::string db_path = global.EffectiveDbPath();
  std::error_code error;
  if (!fs::exists(db_path, error)) {
    std::cerr << "remint trace: no project database at " << db_path << "\n";
    return kExitUsageOrIo;
  }
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<store::ProjectStore> project = store::ProjectStore::Open(db_path, emitter);
  if (project == nullptr) {
    std::cerr << "remint trace: cannot open the project database " << db_path << "\n";
    return kExitUsageOrIo;
  }
  ErrorOr<std::optional<store::CaseRecord>> loaded =
      project->LoadCase(options.program, options.case_name);
  if (!loaded.ok()) {
    std::cerr << "remint trace: " << loaded.error().message() << "\n";
    return kExitUsageOrIo;
  }
  if (!loaded->has_value()) {
    std::cerr << "remint trace: no case " << options.case_name << " of " << options.program
              << " in " << db_path << "\n";
    return kExitUsageOrIo;
  }
  *record = std::move(*loaded);
  return kExitOk;
}

// Sixteen bytes a line: offset, hex, and the printable ASCII bytes (others as '.').
void HexDump(std::string_view bytes, std::ostream& out) {
  char line[128];
  for (size_t offset = 0; offset < bytes.size(); offset += 16) {
    const size_t count = std::min<size_t>(16, bytes.size() - offset);
    int at = std::snprintf(line, sizeof line, "  %08zx ", offset);
    for (size_t i = 0; i < 16; ++i) {
      at += i < count ? std::snprintf(line + at, sizeof line - static_cast<size_t>(at), " %02x",
                                      static_cast<unsigned char>(bytes[offset + i]))
                      : std::snprintf(line + at, sizeof line - static_cast<size_t>(at), "   ");
    }
    out << line << "  ";
    for (size_t i = 0; i < count; ++i) {
      const auto c = static_cast<unsigned char>(bytes[offset + i]);
      out << (c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '.');
    }
    out << "\n";
  }
}

auto Show(const TraceOptions& options, const GlobalOptions& global) -> int {
  std::optional<store::CaseRecord> record;
  if (int code = LoadCase(options, global, &record); code != kExitOk) return code;
  std::cout << "case " << record->name << " of " << record->program << "\n"
            << "  legacy build " << record->build_key.substr(0, 16) << "\n"
            << "  clock " << record->clock << "\n";
  if (record->parm) std::cout << "  parm " << *record->parm << "\n";
  if (record->timed_out) {
    std::cout << "  outcome: timed out\n";
  } else if (record->signal != 0) {
    std::cout << "  outcome: ended by signal " << record->signal << "\n";
  } else {
    std::cout << "  outcome: return code " << record->exit_code << "\n";
  }
  for (const store::CaseDataset& dataset : record->datasets) {
    std::cout << dataset.role << " " << dataset.name << ": " << dataset.bytes.size()
              << " bytes, sha256 " << Sha256Hex(dataset.bytes).substr(0, 16) << "\n";
    const std::string_view shown =
        std::string_view(dataset.bytes).substr(0, static_cast<size_t>(options.bytes_shown));
    HexDump(shown, std::cout);
    if (shown.size() < dataset.bytes.size()) {
      std::cout << "  ... " << dataset.bytes.size() - shown.size()
                << " bytes more (--bytes, or trace export)\n";
    }
  }
  return kExitOk;
}

// Writes DIR/<role>/<name> for every dataset and stream: what `remint data decode` reads.
auto Export(const TraceOptions& options, const GlobalOptions& global) -> int {
  std::optional<store::CaseRecord> record;
  if (int code = LoadCase(options, global, &record); code != kExitOk) return code;
  for (const store::CaseDataset& dataset : record->datasets) {
    const fs::path path = fs::path(options.output) / dataset.role / dataset.name;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    std::ofstream out(path, std::ios::binary);
    out.write(dataset.bytes.data(), static_cast<std::streamsize>(dataset.bytes.size()));
    if (error || !out) {
      std::cerr << "remint trace: cannot write " << path.string() << "\n";
      return kExitUsageOrIo;
    }
  }
  std::cout << "exported " << record->datasets.size() << " datasets and streams of case "
            << record->name << " to " << options.output << "\n";
  return kExitOk;
}

}  // namespace

void RegisterTraceCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                          int& exit_code) {
  TraceOptions& options = storage.Make<TraceOptions>();
  CLI::App* trace = app.add_subcommand("trace", "Read back recorded cases (remint record)");
  trace->require_subcommand(1);
  CLI::App* show = trace->add_subcommand(
      "show", "A case's outcome and every dataset and stream, as hex and ASCII");
  show->add_option("program", options.program, "The program (its member name)")->required();
  show->add_option("case", options.case_name, "The case's name")->required();
  show->add_option("--bytes", options.bytes_shown, "Bytes shown of each dataset (default 256)");
  show->callback([&global, &exit_code, &options] { exit_code = Show(options, global); });
  CLI::App* exported =
      trace->add_subcommand("export", "Write a case's datasets and streams to OUT/<role>/<name>");
  exported->add_option("program", options.program, "The program (its member name)")->required();
  exported->add_option("case", options.case_name, "The case's name")->required();
  exported->add_option("-o,--output", options.output, "The directory to write")->required();
  exported->callback([&global, &exit_code, &options] { exit_code = Export(options, global); });
}

}  // namespace remint::cli
