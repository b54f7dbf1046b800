#include "cli/migrate_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "base/diagnostics/diagnostic_emitter.h"
#include "cli/progress_bar.h"
#include "migrate/migrate.h"
#include "migrate/program_build.h"
#include "migrate/project_config.h"
#include "migrate/verify.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct ProjectLocation {
  std::string config;  // remint.toml
  std::string work;    // the work directory
};

// A project argument is remint.toml itself or its directory; the work directory defaults to
// .remint beside it (where the other commands keep the project database).
auto Locate(const std::string& project, const std::string& work) -> ProjectLocation {
  ProjectLocation location;
  fs::path config = project.empty() ? fs::path(FindProjectRoot()) : fs::path(project);
  std::error_code error;
  if (fs::is_directory(config, error)) config /= "remint.toml";
  location.config = config.string();
  location.work = work.empty() ? (config.parent_path() / ".remint").string() : work;
  return location;
}

auto WriteText(const std::string& path, const std::string& text) -> bool {
  std::error_code error;
  if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path(), error);
  const std::string temporary = path + fmt::format(".tmp-{}", getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) return false;
  }
  fs::rename(temporary, path, error);
  return !error;
}

void PrintVerifyResult(const migrate::VerifyResult& result) {
  if (!result.built) {
    std::cout << "verify: the emitted project or its tests do not build (RM9103 below)\n";
    return;
  }
  std::map<std::string, int> programs;
  for (const migrate::CaseResult& c : result.cases) ++programs[c.program];
  std::cout << fmt::format(
      "verify: {} of {} cases equivalent to the legacy runs, {} differ, {} not compared "
      "({} programs)\n",
      result.Count(migrate::CaseStatus::kPassed), result.cases.size(),
      result.Count(migrate::CaseStatus::kFailed), result.Count(migrate::CaseStatus::kSkipped),
      programs.size());
}

// Writes the JUnit and SARIF reports asked for; false when one cannot be written.
auto WriteReports(const std::string& junit_path, const std::string& junit_xml,
                  const std::string& sarif_path, std::span<const Diagnostic> diagnostics) -> bool {
  bool ok = true;
  if (!junit_path.empty()) {
    if (WriteText(junit_path, junit_xml)) {
      std::cout << "JUnit report: " << junit_path << "\n";
    } else {
      std::cerr << "remint: cannot write " << junit_path << "\n";
      ok = false;
    }
  }
  if (!sarif_path.empty()) {
    if (WriteText(sarif_path, RenderSarif(diagnostics, RemintVersion()).dump(2) + "\n")) {
      std::cout << "SARIF report: " << sarif_path << "\n";
    } else {
      std::cerr << "remint: cannot write " << sarif_path << "\n";
      ok = false;
    }
  }
  return ok;
}

struct MigrateCommandOptions {
  std::string project;
  std::string work;
  std::string junit;
  std::string sarif;
  bool no_verify = false;
  bool no_synthesize = false;
  int synthesis_runs = migrate::kDefaultSynthesisRuns;
};

auto RunMigrateCommand(const MigrateCommandOptions& options, const GlobalOptions& global) -> int {
  const ProjectLocation location = Locate(options.project, options.work);
  // The project file first: its errors are the user's to fix, located in it.
  if (ErrorOr<migrate::ProjectConfig> config = migrate::LoadProjectConfig(location.config);
      !config) {
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    emitter.EmitForPath(DiagnosticKind::kMigrateProjectFile, location.config,
                        config.error().message());
    PrintDiagnostics(global, collector.TakeSorted());
    return kExitUsageOrIo;
  }
  const auto started = std::chrono::steady_clock::now();
  migrate::MigrateOptions migrate_options;
  migrate_options.config_path = location.config;
  migrate_options.work_dir = location.work;
  migrate_options.verify = !options.no_verify;
  migrate_options.synthesize = !options.no_synthesize;
  migrate_options.synthesis_runs = options.synthesis_runs;
  migrate_options.jobs = global.EffectiveJobs();
  const bool show_progress = global.verbosity >= 0 && isatty(STDERR_FILENO) != 0;
  std::unique_ptr<ProgressBar> bar;
  std::string bar_stage;
  migrate_options.progress = [&](std::string_view stage, size_t done, size_t total) {
    if (bar_stage != stage) {
      if (bar) bar->Finish();
      bar = std::make_unique<ProgressBar>(std::string(stage), total, show_progress);
      bar_stage = stage;
    }
    bar->Update(done);
  };
  migrate_options.log = [&](std::string_view line) {
    if (global.verbosity > 0) std::cerr << line << "\n";
  };
  ErrorOr<migrate::MigrateSummary> summary = migrate::RunMigrate(migrate_options);
  if (bar) bar->Finish();
  if (!summary) {
    std::cerr << "remint migrate: " << summary.error().message() << "\n";
    return kExitUsageOrIo;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  PrintDiagnostics(global, summary->diagnostics);
  const migrate::StageCounts& programs = summary->programs;
  const migrate::StageCounts& cases = summary->cases;
  std::cout << fmt::format(
      "translate: {} programs, {} translated now, {} unchanged, {} not translated\n",
      programs.total, programs.redone, programs.reused, programs.failed);
  if (!summary->programs_redone.empty()) {
    std::cout << "  redone: " << fmt::format("{}", fmt::join(summary->programs_redone, " "))
              << "\n";
  }
  std::cout << fmt::format("record: {} cases, {} recorded now, {} unchanged, {} not recorded\n",
                           cases.total, cases.redone, cases.reused, cases.failed);
  if (!summary->cases_redone.empty()) {
    std::cout << "  redone: " << fmt::format("{}", fmt::join(summary->cases_redone, " ")) << "\n";
  }
  if (!options.no_synthesize) {
    std::cout << fmt::format(
        "synthesize: {} cases synthesized; {} programs searched now, {} unchanged\n",
        summary->synthesized.total, summary->synthesized.redone, summary->synthesized.reused);
    if (!summary->coverage.empty()) {
      // Percentages are of the reachable outcomes: those no run reached of decisions only the
      // environment steers (a failing OPEN OUTPUT or WRITE), and those remint.toml declares
      // unreachable, are left out.
      std::cout << fmt::format("  {:<10} {:>9} {:>10} {:>16} {:>16} {:>16}\n", "program",
                               "outcomes", "reachable", "nightly", "synthesized", "both");
      for (const migrate::CoverageRow& row : summary->coverage) {
        const double reachable = static_cast<double>(row.reachable);
        auto cell = [&](size_t reached) {
          return fmt::format(
              "{} ({:.1f}%)", reached,
              reachable == 0 ? 100.0 : 100.0 * static_cast<double>(reached) / reachable);
        };
        const std::string through = row.caller == "*"           ? "  (all callers)"
                                    : row.caller == row.program ? ""
                                                                : "  (through " + row.caller + ")";
        std::cout << fmt::format("  {:<10} {:>9} {:>10} {:>16} {:>16} {:>16}{}\n", row.program,
                                 row.outcomes, row.reachable, cell(row.nightly),
                                 cell(row.synthesized), cell(row.both), through);
      }
    }
  }
  std::cout << fmt::format("project: {} ({} files written)\n", summary->project_dir,
                           summary->files_written);
  bool equivalent = true;
  if (summary->verify_reused) {
    std::cout << "verify: nothing changed since the last verification, which passed\n";
  } else if (summary->verified) {
    PrintVerifyResult(summary->verify);
    equivalent = summary->verify.Equivalent();
  } else if (!options.no_verify) {
    std::cout << "verify: no recorded cases to replay\n";
  }
  std::cout << fmt::format("migrate took {:.2f} s\n", seconds);
  const fs::path work = location.work;
  std::cout << "outputs:\n"
            << fmt::format("  {:<34} the C++ project: CMakeLists.txt, src/, runtime/\n",
                           summary->project_dir)
            << fmt::format("  {:<34} GoogleTest equivalence tests and the recorded cases\n",
                           (fs::path(summary->project_dir) / "tests").string())
            << fmt::format("  {:<34} its build (remint verify rebuilds and replays)\n",
                           (work / "emitted-build").string())
            << fmt::format("  {:<34} the cases (remint trace show PROGRAM CASE --db ...)\n",
                           (work / "remint.db").string());
  if (!options.junit.empty()) {
    std::cout << fmt::format("  {:<34} the verification, one test per program and case\n",
                             options.junit);
  }
  const bool reports = WriteReports({}, {}, options.sarif, summary->diagnostics) &&
                       (options.junit.empty() || WriteText(options.junit, summary->junit_xml));
  const bool complete = programs.failed == 0 && cases.failed == 0 && equivalent;
  if (!reports) return kExitUsageOrIo;
  return complete ? kExitOk : kExitErrorsFound;
}

struct VerifyCommandOptions {
  std::vector<std::string> programs;
  std::string project;
  std::string work;
  std::string junit;
  std::string sarif;
};

auto RunVerifyCommand(const VerifyCommandOptions& options, const GlobalOptions& global) -> int {
  const ProjectLocation location = Locate(options.project, options.work);
  migrate::VerifyOptions verify;
  verify.project_dir = (fs::path(location.work) / "emitted").string();
  verify.build_dir = (fs::path(location.work) / "emitted-build").string();
  verify.programs = options.programs;
  verify.jobs = global.EffectiveJobs();
  if (!fs::exists(verify.project_dir)) {
    std::cerr << "remint verify: " << verify.project_dir
              << " does not exist: run remint migrate first\n";
    return kExitUsageOrIo;
  }
  ErrorOr<migrate::VerifyResult> result = migrate::Verify(verify);
  if (!result) {
    std::cerr << "remint verify: " << result.error().message() << "\n";
    return kExitUsageOrIo;
  }
  // Locations name the legacy sources when the project file can be read.
  std::map<std::string, std::string> sources;
  if (ErrorOr<migrate::ProjectConfig> config = migrate::LoadProjectConfig(location.config);
      config) {
    for (const std::string& member : migrate::ListMembers(config->sources)) {
      sources[migrate::ProgramNameOf(member)] = fs::relative(member, config->root).string();
    }
  }
  std::vector<Diagnostic> diagnostics = migrate::VerifyDiagnostics(*result, sources);
  PrintDiagnostics(global, diagnostics);
  PrintVerifyResult(*result);
  if (!WriteReports(options.junit, migrate::JUnitXml(*result), options.sarif, diagnostics)) {
    return kExitUsageOrIo;
  }
  return result->Equivalent() ? kExitOk : kExitErrorsFound;
}

}  // namespace

void RegisterMigrateCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                            int& exit_code) {
  MigrateCommandOptions& options = storage.Make<MigrateCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "migrate",
      "Take the project described by remint.toml from COBOL to a verified C++ translation: "
      "translate each program, record each case with the legacy build (cobc), write the "
      "emitted project with its GoogleTest equivalence tests, build it and replay every case. "
      "Only what changed since the last run is done again (a changed copybook re-does the "
      "programs that copy it); an interrupted run resumes where it stopped.");
  command->add_option("project", options.project,
                      "remint.toml or its directory (default: the nearest one upwards)");
  command->add_option("--work", options.work,
                      "Work directory: database, legacy builds, emitted project "
                      "(default: .remint beside remint.toml)");
  command->add_option("--junit", options.junit, "Write the verification as JUnit XML");
  command->add_option("--sarif", options.sarif, "Write the diagnostics as SARIF");
  command->add_flag("--no-verify", options.no_verify, "Stop before building and replaying");
  command->add_flag("--no-synthesize", options.no_synthesize,
                    "Record only the project's cases: synthesize none");
  command
      ->add_option("--synthesis-runs", options.synthesis_runs,
                   "Runs the search for cases may spend per program (the same budget gives the "
                   "same cases; a larger one keeps every outcome a smaller one reaches)")
      ->check(CLI::Range(1, 10000000));
  command->callback(
      [&global, &exit_code, &options] { exit_code = RunMigrateCommand(options, global); });
}

void RegisterVerifyCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                           int& exit_code) {
  VerifyCommandOptions& options = storage.Make<VerifyCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "verify",
      "Build the emitted project (as remint migrate last wrote it, or as edited since) and its "
      "equivalence tests, replay every recorded case and compare every output byte for byte. "
      "Exits 0 only when every case of every program is equivalent.");
  command->add_option("programs", options.programs, "Only these programs (default: all)");
  command->add_option("--project", options.project, "remint.toml or its directory");
  command->add_option("--work", options.work, "Work directory (as given to remint migrate)");
  command->add_option("--junit", options.junit, "Write the results as JUnit XML");
  command->add_option("--sarif", options.sarif, "Write the differences as SARIF");
  command->callback(
      [&global, &exit_code, &options] { exit_code = RunVerifyCommand(options, global); });
}

}  // namespace remint::cli
