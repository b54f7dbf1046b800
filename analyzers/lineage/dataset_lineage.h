// Dataset lineage across job streams, from the lowered JCL (ir::Job): which steps write a
// dataset and which read it, and through the programs of those steps, where its data comes from
// and where it goes, across steps (temporaries passed from step to step) and jobs (cataloged
// datasets and GDG generations, by base name). Static: from DISP and the DD statements, not from a
// run. `remint lineage DSN` prints it.
#ifndef REMINT_ANALYZERS_LINEAGE_DATASET_LINEAGE_H_
#define REMINT_ANALYZERS_LINEAGE_DATASET_LINEAGE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ir/module.h"

namespace remint::lineage {

// One DD of a program step that touches a dataset.
struct DatasetUse {
  std::string job;
  std::string step;  // STEP or STEP.PROCSTEP
  std::string program;
  std::string dd;
  std::string as_written;  // the DSN as the DD names it: A.B(+1), &&TEMP
  std::string location;    // where the DD (or the step) is written: member:line:column
  size_t order = 0;        // the step's position in the stream (jobs in the order given)
};

struct DatasetNode {
  std::string name;  // a DSN, a GDG base, or JOB:&&TEMP for a temporary
  std::vector<DatasetUse> writers;
  std::vector<DatasetUse> readers;
};

class DatasetLineage {
 public:
  // Adds the jobs of `module` in order (call once per module; jobs run in the order added).
  void AddJobs(const ir::Module& module, const std::vector<ir::JobId>& jobs);

  // The node of a DSN as the user names it (a generation `A.B(+1)` or `A.B.G0003V00` names its
  // base); null when no step touches it.
  auto Find(std::string_view dsn) const -> const DatasetNode*;

  // The lineage of `dsn` as text: its writers and readers, then everything upstream (the inputs
  // of the steps that write it, recursively) and downstream (the outputs of the steps that read
  // it, recursively). Deterministic.
  auto Describe(std::string_view dsn) const -> std::string;

  // Every dataset node, by name; and the node names a step (by DatasetUse::order) reads and
  // writes. Field lineage across the stream (estate_field_lineage.h) walks them.
  auto nodes() const -> const std::map<std::string, DatasetNode, std::less<>>& { return nodes_; }
  auto StepInputs(size_t order) const -> std::vector<std::string> {
    return order < steps_.size() ? steps_[order].inputs : std::vector<std::string>();
  }
  auto StepOutputs(size_t order) const -> std::vector<std::string> {
    return order < steps_.size() ? steps_[order].outputs : std::vector<std::string>();
  }

 private:
  struct StepUses {
    DatasetUse step;                   // dd and as_written empty
    std::vector<std::string> inputs;   // node names
    std::vector<std::string> outputs;  // node names
  };
  void AddStep(const ir::Module& module, ir::StepId id, const std::string& job,
               const std::string& prefix);
  void Trace(const std::string& node, bool upstream, int depth, std::vector<std::string>& visited,
             std::string& out) const;

  std::map<std::string, DatasetNode, std::less<>> nodes_;
  std::vector<StepUses> steps_;
  size_t order_ = 0;
};

// The node name of a DSN: a generation's base, or the DSN itself.
auto LineageName(std::string_view dsn) -> std::string;

}  // namespace remint::lineage

#endif  // REMINT_ANALYZERS_LINEAGE_DATASET_LINEAGE_H_
