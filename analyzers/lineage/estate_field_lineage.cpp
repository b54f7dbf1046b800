#include "analyzers/lineage/estate_field_lineage.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "analyzers/rules/render.h"

namespace remint::lineage {
namespace {

using analysis::UpperCaseName;

// Utilities whose output records are their input records, byte for byte (as far as the JCL
// shows: a SORT's INREC/OUTREC control statements are not read).
auto CopiesRecords(std::string_view program) -> bool {
  static constexpr std::string_view kCopiers[] = {"DFSORT",   "ICEGENER", "ICEMAN",  "IDCAMS",
                                                  "IEBGENER", "SORT",     "SYNCSORT"};
  return std::find(std::begin(kCopiers), std::end(kCopiers), UpperCaseName(program)) !=
         std::end(kCopiers);
}

class EstateTracer {
 public:
  EstateTracer(const std::vector<FieldLineage>& programs, const DatasetLineage& datasets,
               EstateDirection direction)
      : programs_(programs),
        datasets_(datasets),
        upstream_(direction == EstateDirection::kUpstream) {}

  auto Trace(std::string_view program, std::string_view field) -> std::vector<EstateHop> {
    const FieldLineage* lineage = Program(program);
    if (lineage == nullptr) return {};
    EstateHop root;
    root.kind = EstateHop::Kind::kField;
    root.program = lineage->program;
    const FieldFacts* facts = lineage->Find(field);
    if (facts == nullptr) {
      root.fields = {UpperCaseName(field)};
      root.note = "no such field in " + lineage->program;
      hops_.push_back(std::move(root));
      return std::move(hops_);
    }
    LineageReach reach =
        upstream_ ? lineage->SourceReach(facts->name) : lineage->AffectReach(facts->name);
    root.fields = {facts->name};
    root.file = facts->file;
    root.offset = facts->record_offset;
    root.length = facts->length;
    root.within = reach.names;
    hops_.push_back(std::move(root));
    Files(*lineage, reach, "", "", 1);
    return std::move(hops_);
  }

 private:
  auto Program(std::string_view name) const -> const FieldLineage* {
    std::string wanted = UpperCaseName(name);
    for (const FieldLineage& lineage : programs_) {
      if (UpperCaseName(lineage.program) == wanted) return &lineage;
    }
    return nullptr;
  }

  // The file bytes a program's closure reached, through the DDs of its step (of any step that
  // runs it, when `job` is empty) to the datasets they read (upstream) or write.
  void Files(const FieldLineage& lineage, const LineageReach& reach, const std::string& job,
             const std::string& step, size_t depth) {
    std::set<std::string> missing;
    for (const FileSlice& slice : reach.files) {
      const FileFacts* file = lineage.FindFile(slice.file);
      if (file == nullptr || file->sort || file->assign.empty() || missing.contains(file->name)) {
        continue;
      }
      bool found = false;
      for (const auto& [name, node] : datasets_.nodes()) {
        for (const DatasetUse& use : upstream_ ? node.readers : node.writers) {
          if (UpperCaseName(use.program) != lineage.program ||
              UpperCaseName(use.dd) != UpperCaseName(file->assign) ||
              (!job.empty() && (use.job != job || use.step != step))) {
            continue;
          }
          found = true;
          EstateHop hop;
          hop.kind = EstateHop::Kind::kDataset;
          hop.depth = depth;
          hop.job = use.job;
          hop.step = use.step;
          hop.program = lineage.program;
          hop.dd = use.dd;
          hop.dataset = node.name;
          hop.file = file->name;
          hop.offset = slice.offset;
          hop.length = slice.length;
          hops_.push_back(std::move(hop));
          Dataset(node, slice.offset, slice.length, use.order, depth + 1);
        }
      }
      if (!found) {
        // SYSOUT, DUMMY, in-stream data, or a DD the stream does not have: once per file.
        missing.insert(file->name);
        EstateHop note;
        note.depth = depth;
        note.program = lineage.program;
        note.dd = file->assign;
        note.file = file->name;
        note.note = "no dataset of the stream (SYSOUT, DUMMY, in-stream data or no such DD)";
        hops_.push_back(std::move(note));
      }
    }
  }

  // The steps that write (upstream) or read the dataset, and on through them.
  void Dataset(const DatasetNode& node, uint64_t offset, uint64_t length, size_t order,
               size_t depth) {
    const std::vector<DatasetUse>& steps = upstream_ ? node.writers : node.readers;
    if (steps.empty()) {
      Note(depth, upstream_ ? "no step writes it: an input of the stream"
                            : "no step reads it: an output of the stream");
      return;
    }
    for (const DatasetUse& use : steps) {
      EstateHop hop;
      hop.depth = depth;
      hop.job = use.job;
      hop.step = use.step;
      hop.program = UpperCaseName(use.program);
      hop.dd = use.dd;
      hop.dataset = node.name;
      hop.offset = offset;
      hop.length = length;
      // A generation written after the step reading it is the previous run's (and read before
      // the step writing it, the next run's).
      bool other_run = upstream_ ? use.order >= order : use.order <= order;
      std::string run = other_run ? (upstream_ ? "an earlier run" : "the next run") : "";
      if (CopiesRecords(use.program)) {
        hop.kind = EstateHop::Kind::kCopy;
        hop.note = run;
        if (!seen_.insert({use.order, "", offset, length}).second) {
          hop.note = "(above)";
          hops_.push_back(std::move(hop));
          continue;
        }
        hops_.push_back(std::move(hop));
        Copy(use, offset, length, depth + 1);
        continue;
      }
      const FieldLineage* lineage = Program(use.program);
      if (lineage == nullptr) {
        hop.note = "not among the programs read";
        hops_.push_back(std::move(hop));
        continue;
      }
      const FileFacts* file = lineage->FindAssign(use.dd);
      if (file == nullptr) {
        hop.note = "no file of the program is assigned to this DD";
        hops_.push_back(std::move(hop));
        continue;
      }
      hop.kind = EstateHop::Kind::kStep;
      hop.file = file->name;
      FileSlice slice{file->name, offset, length};
      LineageReach reach = upstream_ ? lineage->SourcesOf(slice) : lineage->AffectsOf(slice);
      hop.fields = reach.image;
      if (!seen_.insert({use.order, file->name, offset, length}).second) {
        hop.note = "(above)";
        hops_.push_back(std::move(hop));
        continue;
      }
      hop.within = reach.names;
      hop.note = run;
      hops_.push_back(std::move(hop));
      Files(*lineage, reach, use.job, use.step, depth + 1);
    }
  }

  // A utility's other side: the datasets it reads (upstream) or writes, same bytes.
  void Copy(const DatasetUse& step, uint64_t offset, uint64_t length, size_t depth) {
    std::vector<std::string> names =
        upstream_ ? datasets_.StepInputs(step.order) : datasets_.StepOutputs(step.order);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    if (names.empty()) {
      Note(depth, upstream_ ? "it reads no dataset: in-stream data or nothing"
                            : "it writes no dataset: SYSOUT or nothing");
      return;
    }
    for (const std::string& name : names) {
      const DatasetNode* node = datasets_.Find(name);
      if (node == nullptr) continue;
      for (const DatasetUse& use : upstream_ ? node->readers : node->writers) {
        if (use.order != step.order) continue;
        EstateHop hop;
        hop.kind = EstateHop::Kind::kDataset;
        hop.depth = depth;
        hop.job = use.job;
        hop.step = use.step;
        hop.program = UpperCaseName(use.program);
        hop.dd = use.dd;
        hop.dataset = node->name;
        hop.offset = offset;
        hop.length = length;
        hops_.push_back(std::move(hop));
        Dataset(*node, offset, length, use.order, depth + 1);
      }
    }
  }

  void Note(size_t depth, std::string text) {
    EstateHop note;
    note.depth = depth;
    note.note = std::move(text);
    hops_.push_back(std::move(note));
  }

  const std::vector<FieldLineage>& programs_;
  const DatasetLineage& datasets_;
  bool upstream_;
  std::vector<EstateHop> hops_;
  std::set<std::tuple<size_t, std::string, uint64_t, uint64_t>> seen_;
};

auto Join(const std::vector<std::string>& names) -> std::string {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace

auto TraceFieldAcrossJobs(const std::vector<FieldLineage>& programs, const DatasetLineage& datasets,
                          std::string_view program, std::string_view field,
                          EstateDirection direction) -> std::vector<EstateHop> {
  return EstateTracer(programs, datasets, direction).Trace(program, field);
}

auto FormatEstateTrace(const std::vector<EstateHop>& hops, EstateDirection direction)
    -> std::string {
  bool upstream = direction == EstateDirection::kUpstream;
  const char* arrow = upstream ? "<- " : "-> ";
  std::string text;
  for (const EstateHop& hop : hops) {
    std::string indent(hop.depth * 2, ' ');
    std::string suffix = hop.note.empty()            ? ""
                         : hop.note.starts_with("(") ? " " + hop.note
                                                     : " (" + hop.note + ")";
    switch (hop.kind) {
      case EstateHop::Kind::kField:
        text += fmt::format("{} {}, {} of its record{}{}\n", hop.program, Join(hop.fields),
                            FormatBytes(hop.offset, hop.length),
                            hop.file.empty() ? "" : " (file " + hop.file + ")", suffix);
        if (!hop.within.empty()) {
          text += fmt::format("  within {}, {}: {}\n", hop.program, upstream ? "from" : "into",
                              Join(hop.within));
        }
        break;
      case EstateHop::Kind::kDataset:
        text += fmt::format("{}{}{} {} ({}) DD {}", indent, arrow, hop.job, hop.step, hop.program,
                            hop.dd);
        if (!hop.file.empty()) {
          text += fmt::format(", file {} {}", hop.file, FormatBytes(hop.offset, hop.length));
        }
        text += fmt::format(" {} {}{}\n", upstream ? "reads" : "writes", hop.dataset, suffix);
        break;
      case EstateHop::Kind::kStep:
        text += fmt::format("{}{}{} by {} {} ({}) DD {}, file {} {}", indent, arrow,
                            upstream ? "written" : "read", hop.job, hop.step, hop.program, hop.dd,
                            hop.file, FormatBytes(hop.offset, hop.length));
        if (!hop.fields.empty()) text += ": " + Join(hop.fields);
        text += suffix + "\n";
        if (!hop.within.empty()) {
          text += fmt::format("{}  within {}, {}: {}\n", indent, hop.program,
                              upstream ? "from" : "into", Join(hop.within));
        }
        break;
      case EstateHop::Kind::kCopy:
        text += fmt::format("{}{}{} by {} {} ({}) DD {}: copied unchanged{}\n", indent, arrow,
                            upstream ? "written" : "read", hop.job, hop.step, hop.program, hop.dd,
                            suffix);
        break;
      case EstateHop::Kind::kNote:
        if (!hop.job.empty()) {
          text += fmt::format("{}{}{} by {} {} ({}) DD {}: {}\n", indent, arrow,
                              upstream ? "written" : "read", hop.job, hop.step, hop.program, hop.dd,
                              hop.note);
        } else if (!hop.dd.empty()) {
          text += fmt::format("{}{}{} DD {}, file {}: {}\n", indent, arrow, hop.program, hop.dd,
                              hop.file, hop.note);
        } else {
          text += fmt::format("{}({})\n", indent, hop.note);
        }
        break;
    }
  }
  return text;
}

}  // namespace remint::lineage
