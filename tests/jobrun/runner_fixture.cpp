#include "tests/jobrun/runner_fixture.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"

namespace remint::jobrun::testing {
namespace fs = std::filesystem;
namespace {

void WriteFile(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

auto RunResult::Summary() const -> std::string {
  std::string text;
  for (const StepResult& step : steps) {
    text += (text.empty() ? "" : " ") + step.step + "=" + step.result;
  }
  return text;
}

auto RunResult::codes() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const Diagnostic& diagnostic : diagnostics) result.emplace_back(diagnostic.code());
  return result;
}

auto RunResult::Sysout(const std::string& job, const std::string& name) const -> std::string {
  std::ifstream in(output + "/sysout/" + job + "/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

RunnerFixture::RunnerFixture(const std::string& name) {
  root_ = (fs::temp_directory_path() / ("remint-jobrun-" + name)).string();
  fs::remove_all(root_);
  fs::create_directories(root_ + "/data");
}

void RunnerFixture::AddProgram(const std::string& name, const std::string& script) {
  std::string path = root_ + "/loadlib/" + name;
  WriteFile(path, "#!/bin/sh\n" + script + "\n");
  fs::permissions(path, fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
  programs_[name] = path;
}

void RunnerFixture::AddDataset(const std::string& dsn, const std::string& bytes,
                               const std::string& dcb) {
  WriteFile(root_ + "/data/" + dsn, bytes);
  seed_lines_.push_back(dsn + "\tdata/" + dsn + "\t" + dcb);
}

void RunnerFixture::AddGdg(const std::string& base, int limit) {
  seed_lines_.push_back("GDG\t" + base + "\t" + std::to_string(limit));
}

auto RunnerFixture::Read(const std::string& path) const -> std::string {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

auto RunnerFixture::CatalogFile(const std::string& dsn) const -> std::string {
  std::vector<std::string> recovered;
  ErrorOr<Catalog> catalog = Catalog::Open(root_ + "/catalog", &recovered);
  if (!catalog) return "";
  const CatalogEntry* entry = catalog->Find(dsn);
  return entry == nullptr ? "" : catalog->PathOf(*entry);
}

auto RunnerFixture::Run(const std::string& jcl) -> RunResult {
  RunResult result;
  result.output = root_ + "/out" + std::to_string(++runs_);
  result.catalog = root_ + "/catalog";
  std::string member = root_ + "/JCL/JOB" + std::to_string(runs_);
  WriteFile(member, jcl);
  std::string seed;
  for (const std::string& line : seed_lines_) seed += line + "\n";
  WriteFile(root_ + "/seed.tsv", seed);

  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ErrorOr<FileId> file = sources.Load(member, "JOB" + std::to_string(runs_));
  if (!file) return result;
  jcl::LibraryOptions libraries;
  libraries.library_roots.push_back(root_);
  std::vector<jcl::ExpandedJob> expanded = jcl::ExpandMember(sources, *file, libraries, emitter);
  ir::Module module;
  ir::Builder builder(module, &sources);
  std::vector<ir::JobId> jobs = jcl::LowerJobs(expanded, builder, emitter);
  std::vector<std::string> recovered;
  ErrorOr<Catalog> catalog = Catalog::Open(result.catalog, &recovered);
  if (catalog && catalog->Seed(root_ + "/seed.tsv")) {
    RunOptions options;
    options.output_dir = result.output;
    std::map<std::string, std::string> programs = programs_;
    options.programs = [programs](std::string_view name) -> std::optional<ProgramImage> {
      auto it = programs.find(std::string(name));
      if (it == programs.end()) return std::nullopt;
      return ProgramImage{it->second, {}, "script " + it->first};
    };
    options.step_timeout = std::chrono::seconds(20);
    options.on_step = [&result](const StepDatasets& step) { result.traced.push_back(step); };
    ErrorOr<std::unique_ptr<JobRunner>> runner =
        JobRunner::Create(module, *catalog, std::move(options), emitter);
    if (runner) {
      for (ir::JobId job : jobs) result.jobs.push_back((*runner)->RunJob(job));
      (*runner)->Finish().ok();
      result.steps = (*runner)->steps();
    }
  }
  result.diagnostics = collector.TakeSorted();
  result.joblog = Read(result.output + "/joblog.txt");
  return result;
}

}  // namespace remint::jobrun::testing
