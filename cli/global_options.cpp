#include "cli/global_options.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <thread>

namespace remint::cli {

auto RemintVersion() -> std::string_view { return "0.1.0"; }

auto GlobalOptions::EffectiveJobs() const -> int {
  if (jobs > 0) return jobs;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

auto GlobalOptions::EffectiveDbPath() const -> std::string {
  if (!db_path.empty()) return db_path;
  return (std::filesystem::path(FindProjectRoot()) / ".remint" / "remint.db").string();
}

auto GlobalOptions::UseColor() const -> bool {
  if (color == "always") return true;
  if (color == "never") return false;
  return isatty(STDERR_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
}

auto FindProjectRoot() -> std::string {
  std::error_code error;
  std::filesystem::path current = std::filesystem::current_path(error);
  if (error) return ".";
  for (std::filesystem::path dir = current; !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "remint.toml", error)) return dir.string();
    if (dir == dir.root_path()) break;
  }
  return current.string();
}

void PrintDiagnostics(const GlobalOptions& options, std::span<const Diagnostic> diagnostics) {
  switch (options.diagnostics_format) {
    case DiagnosticFormat::kConsole:
      std::cerr << RenderConsole(diagnostics, options.UseColor());
      break;
    case DiagnosticFormat::kJson:
      std::cerr << RenderJson(diagnostics).dump(2) << '\n';
      break;
    case DiagnosticFormat::kSarif:
      std::cerr << RenderSarif(diagnostics, RemintVersion()).dump(2) << '\n';
      break;
  }
  std::cerr.flush();
}

}  // namespace remint::cli
