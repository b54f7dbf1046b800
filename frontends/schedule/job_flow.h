// Job-flow graph: the batch jobs a scheduler runs and the "must have ended OK first" edges between
// them, read from a scheduler's own export (Control-M DEFTABLE XML, CA 7 LJOB listing; see
// controlm_reader.h and ca7_reader.h for what each reader takes from its format).
//
// The graph is format-neutral: a job carries its JCL member, the week days it is ordered on, the
// time it may start, the highest condition code that still counts as "ended OK", and its
// requirements (one per predecessor job and format-specific condition). FormatJobFlowGraph renders
// the format-neutral part only, so graphs read from two formats can be compared as text.
#ifndef REMINT_FRONTENDS_SCHEDULE_JOB_FLOW_H_
#define REMINT_FRONTENDS_SCHEDULE_JOB_FLOW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace remint::schedule {

// One thing wrong with a schedule file. `code` is a short stable name, one per kind of problem
// (e.g. "xml-syntax", "duplicate-job", "unknown-predecessor", "cycle"); tests and tools match on
// it, people read `message`.
struct ScheduleProblem {
  std::string file;
  uint32_t line = 0;    // 1-based; 0 when the problem has no place in the file
  uint32_t column = 0;  // 1-based byte column; 0 when a column means nothing for it
  std::string code;
  std::string message;
};

// "file:line:column: code: message", leaving out a zero line or column.
auto FormatScheduleProblem(const ScheduleProblem& problem) -> std::string;

// S must wait for `predecessor` to end OK. `condition` says how the format expressed it: the
// Control-M condition name, or "CA7:JOB" (a JOB= requirement) / "CA7:TRIGGER" (a trigger only).
struct JobRequirement {
  std::string predecessor;
  std::string condition;

  friend auto operator==(const JobRequirement&, const JobRequirement&) -> bool = default;
};

struct ScheduledJob {
  std::string name;
  std::string member;   // JCL member (Control-M MEMNAME, CA 7 JCL MEMBER)
  std::string library;  // JCL library (Control-M MEMLIB, CA 7 the library its JCL ID stands for)
  std::string system;   // Control-M SUB_APPLICATION, CA 7 SYSTEM NAME
  std::string application, description;
  // Days the job is ordered on, 0 = Sunday .. 6 = Saturday, sorted; empty when it has none.
  std::vector<int> weekdays;
  // True when `weekdays` are not the job's own but those of the jobs that trigger it (CA 7).
  bool weekdays_inherited = false;
  std::string start_time;      // earliest start "HHMM" when given (TIMEFROM, SUBTM)
  int max_ok_return_code = 4;  // ended OK when the highest step condition code <= this
  std::vector<JobRequirement> requirements;  // sorted by predecessor, then condition
  uint32_t line = 0, column = 0;             // where the job is defined in its file
};

struct JobEdge {
  std::string predecessor, successor;

  friend auto operator==(const JobEdge&, const JobEdge&) -> bool = default;
};

struct JobFlowGraph {
  std::string format;              // "control-m" | "ca7"
  std::string file;                // the file it was read from, for locating graph-level problems
  std::vector<ScheduledJob> jobs;  // sorted by name, names unique

  auto Find(std::string_view name) const -> const ScheduledJob*;
  // Jobs that require `name`, sorted, each once.
  auto Successors(std::string_view name) const -> std::vector<std::string>;
  // Every predecessor -> successor pair between jobs of the graph, sorted, each once.
  auto Edges() const -> std::vector<JobEdge>;
  // Jobs in an order the requirements allow (Kahn's algorithm; among ready jobs the smallest name
  // goes first). On a cycle: empty, and a "cycle" problem naming one cycle. Requirements on jobs
  // not in the graph are reported ("unknown-predecessor") and otherwise left out.
  auto RunOrder(std::vector<ScheduleProblem>& problems) const -> std::vector<std::string>;
};

struct ScheduleReadResult {
  JobFlowGraph graph;
  std::vector<ScheduleProblem> problems;

  // Read cleanly. The graph is still filled as far as the input allowed when this is false.
  auto ok() const -> bool { return problems.empty(); }
};

// Puts jobs in name order and each job's requirements in (predecessor, condition) order without
// repeats; the readers finish with it.
void SortJobFlowGraph(JobFlowGraph& graph);

// The format-neutral text of a graph: one line per job in name order,
//   job NAME member=LIBRARY(MEMBER) system=S days=1,2,3 start=HHMM max-ok-rc=N after=P1,P2
// ("-" for an empty field), then one line "P -> S" per edge. Condition names, descriptions,
// applications and source lines are left out so that two formats describing the same flow match.
auto FormatJobFlowGraph(const JobFlowGraph& graph) -> std::string;

}  // namespace remint::schedule

#endif  // REMINT_FRONTENDS_SCHEDULE_JOB_FLOW_H_
