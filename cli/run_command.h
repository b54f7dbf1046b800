// `remint run JOB...`: job streams executed locally from their JCL (jobrun/job_runner.h).
#ifndef REMINT_CLI_RUN_COMMAND_H_
#define REMINT_CLI_RUN_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/global_options.h"
#include "cli/jcl_inputs.h"

namespace remint::cli {

struct RunArguments {
  std::vector<std::string> jobs;
  std::string project;
  std::string use = "reference";
  std::string output = "remint-run";
  std::string catalog;
  std::string catalog_seed;
  std::string load_library;
  std::string schedule;
  bool fresh = false;
  int step_timeout = 3600;
  JclLibraryArguments libraries;
};

// Job-level traces: every step that ran stored in the project database as a case of its
// program, named JOB.STEP (`remint record --job`); programs run with the case's clock.
struct JobRecording {
  std::string db_path;
  std::string clock;
};

// `remint run` with these arguments; with `recording`, also records each step.
auto RunJobs(const RunArguments& arguments, const GlobalOptions& global,
             const JobRecording* recording) -> int;

void RegisterRunCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                        int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_RUN_COMMAND_H_
