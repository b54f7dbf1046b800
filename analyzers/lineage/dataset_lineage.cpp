#include "analyzers/lineage/dataset_lineage.h"

#include <fmt/format.h>

#include <algorithm>

#include "ir/job_walk.h"
#include "ir/text_printer.h"

namespace remint::lineage {
namespace {

// Whether a DD reads or writes its dataset, by DISP's status: NEW (or omitted) and MOD write,
// OLD and SHR read (OLD also allows an update in place, which JCL alone cannot tell apart).
auto Writes(ir::DispositionStatus status) -> bool {
  return status == ir::DispositionStatus::kNew || status == ir::DispositionStatus::kDefault ||
         status == ir::DispositionStatus::kMod;
}

auto IsGenerationSuffix(std::string_view text) -> bool {
  // .GnnnnVnn
  if (text.size() != 9 || text[0] != '.' || text[1] != 'G' || text[6] != 'V') return false;
  return std::all_of(text.begin() + 2, text.begin() + 6,
                     [](char c) { return c >= '0' && c <= '9'; }) &&
         std::all_of(text.begin() + 7, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

auto StepLabel(const DatasetUse& use) -> std::string {
  return fmt::format("{} {} ({})", use.job, use.step, use.program);
}

}  // namespace

auto LineageName(std::string_view dsn) -> std::string {
  size_t open = dsn.find('(');
  if (open != std::string_view::npos) {
    std::string_view inside = dsn.substr(open + 1, dsn.size() - open - 2);
    bool relative = !inside.empty() && (inside[0] == '+' || inside[0] == '-' ||
                                        (inside[0] >= '0' && inside[0] <= '9'));
    if (relative) return std::string(dsn.substr(0, open));
  }
  if (dsn.size() > 9 && IsGenerationSuffix(dsn.substr(dsn.size() - 9))) {
    return std::string(dsn.substr(0, dsn.size() - 9));
  }
  return std::string(dsn);
}

void DatasetLineage::AddJobs(const ir::Module& module, const std::vector<ir::JobId>& jobs) {
  for (ir::JobId id : jobs) {
    const ir::Job& job = module.jobs().Get(id);
    std::string name(module.str(job.name));
    ir::ForEachProgramStep(module, job, [&](ir::StepId step, const std::string& prefix) {
      AddStep(module, step, name, prefix);
    });
  }
}

void DatasetLineage::AddStep(const ir::Module& module, ir::StepId id, const std::string& job,
                             const std::string& prefix) {
  const ir::JobStep& step = module.steps().Get(id);
  std::string program(module.str(step.program));
  if (program == "IEFBR14") return;  // its DDs only allocate or delete: no data flows
  std::string name(module.str(step.name));
  StepUses uses;
  uses.step = DatasetUse{job, prefix.empty() ? name : prefix + "." + name, program,      "",
                         "",  ir::FormatLocation(module, step.loc),        steps_.size()};
  auto add = [&](const ir::DdStatement& dd, std::string_view dd_name) {
    std::string dsn(module.str(dd.dsn));
    std::string node;
    std::string written = dsn;
    switch (dd.dataset) {
      case ir::DatasetKind::kCataloged:
      case ir::DatasetKind::kGeneration:
      case ir::DatasetKind::kMember:
        node = LineageName(dsn);
        if (dd.dataset == ir::DatasetKind::kGeneration) {
          written = fmt::format("{}({}{})", dsn, dd.generation > 0 ? "+" : "", dd.generation);
        } else if (dd.dataset == ir::DatasetKind::kMember) {
          written = fmt::format("{}({})", dsn, module.str(dd.member));
        }
        break;
      case ir::DatasetKind::kTemporary:
        node = job + ":" + dsn;
        break;
      default:
        return;  // SYSOUT, DUMMY, in-stream data, referbacks, unnamed work space
    }
    DatasetUse use = uses.step;
    use.dd = std::string(dd_name);
    use.as_written = written;
    use.location = ir::FormatLocation(module, dd.loc);
    DatasetNode& target = nodes_[node];
    target.name = node;
    if (Writes(dd.status)) {
      target.writers.push_back(use);
      uses.outputs.push_back(node);
    } else {
      target.readers.push_back(use);
      uses.inputs.push_back(node);
    }
  };
  for (ir::DdId dd_id : step.dds) {
    const ir::DdStatement& dd = module.dds().Get(dd_id);
    std::string dd_name(module.str(dd.name));
    if (dd_name == "STEPLIB" || dd_name == "JOBLIB") continue;
    add(dd, dd_name);
    for (ir::DdId member : dd.concatenation) add(module.dds().Get(member), dd_name);
  }
  steps_.push_back(std::move(uses));
}

auto DatasetLineage::Find(std::string_view dsn) const -> const DatasetNode* {
  auto it = nodes_.find(LineageName(dsn));
  return it == nodes_.end() ? nullptr : &it->second;
}

void DatasetLineage::Trace(const std::string& node, bool upstream, int depth,
                           std::vector<std::string>& visited, std::string& out) const {
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  bool seen = std::find(visited.begin(), visited.end(), node) != visited.end();
  const DatasetNode& entry = nodes_.at(node);
  const std::vector<DatasetUse>& uses = upstream ? entry.writers : entry.readers;
  if (seen) {
    out += indent + node + " (above)\n";
    return;
  }
  if (uses.empty()) {
    out += indent + node +
           (upstream ? " (no step writes it: an input of the stream)\n"
                     : " (no step reads it: an output of the stream)\n");
    return;
  }
  out += indent + node + "\n";
  visited.push_back(node);
  for (const DatasetUse& use : uses) {
    const StepUses& step = steps_[use.order];
    out += indent + (upstream ? "  <- " : "  -> ") + StepLabel(use) + "\n";
    for (const std::string& next : upstream ? step.inputs : step.outputs) {
      Trace(next, upstream, depth + 2, visited, out);
    }
  }
}

auto DatasetLineage::Describe(std::string_view dsn) const -> std::string {
  const DatasetNode* node = Find(dsn);
  if (node == nullptr) return {};
  std::string out = node->name + "\n";
  for (const auto& [title, uses] :
       {std::pair{"written by", &node->writers}, std::pair{"read by", &node->readers}}) {
    out += fmt::format("  {}:{}\n", title, uses->empty() ? " nothing" : "");
    for (const DatasetUse& use : *uses) {
      out += fmt::format("    {} DD {} {}  {}\n", StepLabel(use), use.dd, use.as_written,
                         use.location);
    }
  }
  std::vector<std::string> visited;
  out += "upstream (where its data comes from):\n";
  Trace(node->name, /*upstream=*/true, 1, visited, out);
  visited.clear();
  out += "downstream (where its data goes):\n";
  Trace(node->name, /*upstream=*/false, 1, visited, out);
  return out;
}

}  // namespace remint::lineage
