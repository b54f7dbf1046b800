// Options every subcommand understands, and the plumbing they share: where the project database
// is, how diagnostics are printed, and the documented exit codes.
#ifndef REMINT_CLI_GLOBAL_OPTIONS_H_
#define REMINT_CLI_GLOBAL_OPTIONS_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/diagnostics/diagnostic_render.h"

namespace remint::cli {

// Exit codes, as documented in README.md and `remint --help`.
enum ExitCode : int {
  kExitOk = 0,
  kExitErrorsFound = 1,  // The input has errors (diagnostics of severity error).
  kExitUsageOrIo = 2,    // Bad command line, unreadable input root, database failure.
};

struct GlobalOptions {
  int jobs = 0;  // 0: one per core.
  bool json = false;
  int verbosity = 0;    // -1 quiet, 0 normal, 1+ verbose.
  std::string db_path;  // Empty: <project root>/.remint/remint.db.
  DiagnosticFormat diagnostics_format = DiagnosticFormat::kConsole;
  std::string color = "auto";  // auto, always, never.

  auto EffectiveJobs() const -> int;
  auto EffectiveDbPath() const -> std::string;
  auto UseColor() const -> bool;
};

// Owns the values CLI11 writes while it parses. CLI11 keeps raw pointers to option targets, so
// each subcommand allocates its option struct here and main keeps this alive across
// CLI::App::parse (a shared_ptr owned by the registering function died before parse wrote it).
class OptionStorage {
 public:
  template <typename T>
  auto Make() -> T& {
    auto holder = std::make_unique<Holder<T>>();
    T& value = holder->value;
    holders_.push_back(std::move(holder));
    return value;
  }

 private:
  struct HolderBase {
    virtual ~HolderBase() = default;
  };
  template <typename T>
  struct Holder : HolderBase {
    T value{};
  };
  std::vector<std::unique_ptr<HolderBase>> holders_;
};

// The project root: the nearest directory from the current one upwards holding remint.toml,
// else the current directory.
auto FindProjectRoot() -> std::string;

// Prints diagnostics to stderr in the chosen format.
void PrintDiagnostics(const GlobalOptions& options, std::span<const Diagnostic> diagnostics);

auto RemintVersion() -> std::string_view;

}  // namespace remint::cli

#endif  // REMINT_CLI_GLOBAL_OPTIONS_H_
