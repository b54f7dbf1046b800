// Job-level traces (`remint record --job`): the bytes a step found when it started and the bytes
// it left when it ended, read around its run for RunOptions::on_step.
#include <filesystem>

#include "base/source_manager.h"
#include "jobrun/step_context.h"

namespace remint::jobrun {
namespace {

namespace fs = std::filesystem;
using Kind = Allocation::Kind;

// A dataset that existed before the step, or the step's in-stream data.
auto FoundByStep(const Allocation& allocation) -> bool {
  switch (allocation.kind) {
    case Kind::kInStream:
      return true;
    case Kind::kTemporary:
    case Kind::kCataloged:
      return !allocation.is_new;
    case Kind::kSysout:
    case Kind::kDummy:
    case Kind::kScratch:
      return false;
  }
  return false;
}

// A dataset the step creates, or its SYSOUT: an output whatever it holds. (A scratch work file
// goes with the step and is no output; an existing dataset is one when the step changed it.)
auto CreatedByStep(const Allocation& allocation) -> bool {
  switch (allocation.kind) {
    case Kind::kSysout:
      return true;
    case Kind::kTemporary:
    case Kind::kCataloged:
      return allocation.is_new;
    case Kind::kInStream:
    case Kind::kDummy:
    case Kind::kScratch:
      return false;
  }
  return false;
}

// The bytes of a file; empty when the step never wrote it.
auto BytesOf(const std::string& path) -> std::string {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return {};
  ErrorOr<std::string> bytes = ReadFileBytes(path);
  return bytes ? std::move(*bytes) : std::string();
}

}  // namespace

auto ReadStepInputs(const StepRun& step) -> std::map<std::string, std::string> {
  std::map<std::string, std::string> inputs;
  for (const Allocation& allocation : step.allocations) {
    if (FoundByStep(allocation)) inputs[allocation.dd] = BytesOf(allocation.path);
  }
  return inputs;
}

void ReadStepOutputs(const StepRun& step, const JobState& job, StepDatasets& datasets) {
  for (const Allocation& allocation : step.allocations) {
    auto input = datasets.inputs.find(allocation.dd);
    bool found = input != datasets.inputs.end() && allocation.kind != Kind::kInStream;
    if (!CreatedByStep(allocation) && !found) continue;
    // A SYSOUT the step never wrote prints nothing: no output.
    std::error_code error;
    if (allocation.kind == Kind::kSysout && !fs::exists(allocation.path, error)) continue;
    std::string bytes = BytesOf(allocation.path);
    // An existing dataset the step changed is an output whatever its DISP (SHR allows writing
    // too); one it left as it was is not, even under OLD or MOD.
    if (CreatedByStep(allocation) || input->second != bytes) {
      datasets.outputs[allocation.dd] = std::move(bytes);
    }
  }
  std::string streams = job.sysout_dir + "/" + step.name;
  datasets.stdout_bytes = BytesOf(streams + ".STDOUT");
  datasets.stderr_bytes = BytesOf(streams + ".STDERR");
}

}  // namespace remint::jobrun
