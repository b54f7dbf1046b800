// A job run killed with SIGKILL at arbitrary moments (as `kill -9` or an operator's cancel would)
// leaves a catalog whose every entry is complete and whose folder holds nothing else, and the
// next run goes on from it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "tests/jobrun/runner_fixture.h"

namespace remint::jobrun::testing {
namespace {
namespace fs = std::filesystem;

constexpr int kSteps = 12;

// Each step writes a dataset of 64 KiB in many small writes (so that a kill can land while it is
// half written) and catalogs it.
auto JobText() -> std::string {
  std::string jcl = "//KILLJOB  JOB (A),'KILL'\n";
  for (int step = 1; step <= kSteps; ++step) {
    jcl += "//S" + std::to_string(step) + "       EXEC PGM=WRITER,PARM='" + std::to_string(step) +
           "'\n";
    jcl += "//OUT      DD DSN=K.DATA" + std::to_string(step) +
           ",DISP=(MOD,CATLG,DELETE),DCB=(RECFM=FB,LRECL=64)\n";
  }
  return jcl;
}

auto Expected(int step) -> std::string {
  std::string record = "STEP " + std::to_string(step);
  record.resize(64, '.');
  std::string data;
  for (int i = 0; i < 1024; ++i) data += record;
  return data;
}

TEST(JobRunnerKillTest, CatalogStaysConsistentWhenTheRunIsKilled) {
  RunnerFixture fixture("kill");
  // MOD: a rerun appends to nothing (the dataset is deleted first by DISP=MOD on a new one) or
  // recreates what the killed run did not catalog.
  fixture.AddProgram("WRITER",
                     "rec=$(printf '%-64s' \"STEP $1\" | tr ' ' '.' | sed 's/^STEP\\./STEP /')\n"
                     ": > \"$DD_OUT\"\n"
                     "i=0; while [ $i -lt 1024 ]; do printf '%s' \"$rec\" >> \"$DD_OUT\"; "
                     "i=$((i+1)); done");
  std::mt19937 random(2026);
  std::uniform_int_distribution<int> delay_ms(5, 400);
  int kills = 0;
  for (int trial = 0; trial < 8; ++trial) {
    fs::remove_all(fixture.root() + "/catalog");
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      fixture.Run(JobText());
      _exit(0);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    kills += kill(child, SIGKILL) == 0 ? 1 : 0;
    int status = 0;
    waitpid(child, &status, 0);
    // Reopen: leftovers of the killed commit are removed; what is cataloged is whole.
    std::vector<std::string> recovered;
    ErrorOr<Catalog> catalog = Catalog::Open(fixture.root() + "/catalog", &recovered);
    ASSERT_TRUE(catalog.ok()) << catalog.error().message();
    int cataloged = 0;
    for (const auto& [dsn, entry] : catalog->entries()) {
      int step = std::stoi(dsn.substr(std::string("K.DATA").size()));
      EXPECT_EQ(fixture.Read(catalog->PathOf(entry)), Expected(step)) << dsn << " trial " << trial;
      ++cataloged;
    }
    for (const fs::directory_entry& file : fs::directory_iterator(catalog->directory())) {
      std::string name = file.path().filename().string();
      EXPECT_TRUE(name == ".catalog.tsv" || catalog->Find(name) != nullptr)
          << name << " left in the catalog folder, trial " << trial;
    }
    EXPECT_LE(cataloged, kSteps);
  }
  EXPECT_GT(kills, 0) << "no run was killed while running";
  // A run on the catalog a killed run left completes every step.
  RunResult rerun = fixture.Run(JobText());
  for (const StepResult& step : rerun.steps) EXPECT_EQ(step.result, "0") << step.step;
  for (int step = 1; step <= kSteps; ++step) {
    EXPECT_EQ(fixture.Read(fixture.CatalogFile("K.DATA" + std::to_string(step))), Expected(step));
  }
}

}  // namespace
}  // namespace remint::jobrun::testing
