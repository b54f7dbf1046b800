// Runs small JCL jobs through expansion, lowering and the job runner in a scratch folder, with
// programs written as shell scripts, for the job runner's tests.
#ifndef REMINT_TESTS_JOBRUN_RUNNER_FIXTURE_H_
#define REMINT_TESTS_JOBRUN_RUNNER_FIXTURE_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "jobrun/catalog.h"
#include "jobrun/job_runner.h"

namespace remint::jobrun::testing {

struct RunResult {
  std::vector<StepResult> steps;
  std::vector<JobResult> jobs;
  std::vector<Diagnostic> diagnostics;
  std::string joblog;
  std::string output;                // the output folder
  std::string catalog;               // the catalog folder
  std::vector<StepDatasets> traced;  // RunOptions::on_step's reports, in order
  // "STEP=result" for each step, space-separated, in order.
  auto Summary() const -> std::string;
  auto codes() const -> std::vector<std::string>;
  auto Sysout(const std::string& job, const std::string& name) const -> std::string;
};

class RunnerFixture {
 public:
  // A fresh scratch folder named after the test.
  explicit RunnerFixture(const std::string& name);

  // A program the locator finds: a shell script body (run by /bin/sh; $1 is PARM=).
  void AddProgram(const std::string& name, const std::string& script);
  // A dataset cataloged before the run (file in the scratch folder, seeded).
  void AddDataset(const std::string& dsn, const std::string& bytes,
                  const std::string& dcb = "FB80");
  void AddGdg(const std::string& base, int limit);
  // Writes `jcl` as member JOB, expands, lowers and runs it against the catalog (which persists
  // across calls: a second Run sees what the first cataloged).
  auto Run(const std::string& jcl) -> RunResult;

  auto root() const -> const std::string& { return root_; }
  auto Read(const std::string& path) const -> std::string;
  auto CatalogFile(const std::string& dsn) const -> std::string;  // "" if not cataloged

 private:
  std::string root_;
  std::vector<std::string> seed_lines_;
  std::map<std::string, std::string> programs_;
  int runs_ = 0;
};

}  // namespace remint::jobrun::testing

#endif  // REMINT_TESTS_JOBRUN_RUNNER_FIXTURE_H_
