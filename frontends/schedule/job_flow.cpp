// Graph queries (lookup, successors, edges, run order) and the canonical text rendering.
#include "frontends/schedule/job_flow.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace remint::schedule {
namespace {

// The distinct predecessors of `job` that are jobs of `graph`, reporting the others.
auto KnownPredecessors(const JobFlowGraph& graph, const ScheduledJob& job,
                       std::vector<ScheduleProblem>* problems) -> std::set<std::string> {
  std::set<std::string> known;
  for (const JobRequirement& requirement : job.requirements) {
    if (graph.Find(requirement.predecessor) != nullptr) {
      known.insert(requirement.predecessor);
    } else if (problems != nullptr) {
      problems->push_back({graph.file, job.line, job.column, "unknown-predecessor",
                           "job " + job.name + " requires " + requirement.predecessor +
                               ", which is not a job of this schedule"});
    }
  }
  return known;
}

// Jobs Kahn's algorithm could not place all wait, directly or not, on a cycle. Walking from the
// smallest of them to its smallest unplaced predecessor, and on, must come back to a job already
// visited; the walk from that job on is one cycle, given in run order from its smallest name.
auto FindCycle(const JobFlowGraph& graph, const std::set<std::string>& unplaced)
    -> std::vector<std::string> {
  std::vector<std::string> walk;
  std::map<std::string, size_t> position;
  std::string current = *unplaced.begin();
  while (!position.contains(current)) {
    position[current] = walk.size();
    walk.push_back(current);
    const ScheduledJob* job = graph.Find(current);
    std::string next;
    for (const std::string& predecessor : KnownPredecessors(graph, *job, nullptr)) {
      if (unplaced.contains(predecessor)) {
        next = predecessor;
        break;
      }
    }
    if (next.empty()) return walk;  // cannot happen: an unplaced job has an unplaced predecessor
    current = next;
  }
  // The walk follows requirements backwards; a cycle reads best in run direction.
  std::vector<std::string> cycle(walk.begin() + static_cast<std::ptrdiff_t>(position[current]),
                                 walk.end());
  std::reverse(cycle.begin(), cycle.end());
  std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
  return cycle;
}

auto JoinNames(const std::vector<std::string>& names, std::string_view separator) -> std::string {
  std::string text;
  for (const std::string& name : names) {
    if (!text.empty()) text += separator;
    text += name;
  }
  return text;
}

auto OrDash(const std::string& text) -> std::string { return text.empty() ? "-" : text; }

auto FormatMember(const ScheduledJob& job) -> std::string {
  if (job.member.empty()) return "-";
  if (job.library.empty()) return job.member;
  return job.library + "(" + job.member + ")";
}

auto FormatWeekdays(const std::vector<int>& weekdays) -> std::string {
  std::string text;
  for (int day : weekdays) {
    if (!text.empty()) text += ',';
    text += std::to_string(day);
  }
  return OrDash(text);
}

}  // namespace

auto FormatScheduleProblem(const ScheduleProblem& problem) -> std::string {
  std::string text = problem.file;
  if (problem.line != 0) {
    text += ":" + std::to_string(problem.line);
    if (problem.column != 0) text += ":" + std::to_string(problem.column);
  }
  return text + ": " + problem.code + ": " + problem.message;
}

auto JobFlowGraph::Find(std::string_view name) const -> const ScheduledJob* {
  auto it = std::lower_bound(jobs.begin(), jobs.end(), name,
                             [](const ScheduledJob& job, std::string_view key) {
                               return std::string_view(job.name) < key;
                             });
  if (it == jobs.end() || it->name != name) return nullptr;
  return &*it;
}

auto JobFlowGraph::Successors(std::string_view name) const -> std::vector<std::string> {
  std::vector<std::string> successors;
  for (const ScheduledJob& job : jobs) {
    bool requires_it = std::any_of(
        job.requirements.begin(), job.requirements.end(),
        [&](const JobRequirement& requirement) { return requirement.predecessor == name; });
    if (requires_it) successors.push_back(job.name);
  }
  return successors;  // already sorted: jobs are
}

auto JobFlowGraph::Edges() const -> std::vector<JobEdge> {
  std::vector<JobEdge> edges;
  for (const ScheduledJob& job : jobs) {
    for (const std::string& predecessor : KnownPredecessors(*this, job, nullptr)) {
      edges.push_back({predecessor, job.name});
    }
  }
  std::sort(edges.begin(), edges.end(), [](const JobEdge& a, const JobEdge& b) {
    return std::tie(a.predecessor, a.successor) < std::tie(b.predecessor, b.successor);
  });
  return edges;
}

auto JobFlowGraph::RunOrder(std::vector<ScheduleProblem>& problems) const
    -> std::vector<std::string> {
  std::map<std::string, size_t> waiting_on;  // job -> predecessors not yet placed
  std::map<std::string, std::vector<std::string>> successors_of;
  for (const ScheduledJob& job : jobs) {
    std::set<std::string> predecessors = KnownPredecessors(*this, job, &problems);
    if (!waiting_on.emplace(job.name, predecessors.size()).second) {
      // Only a graph built by hand can get here; the readers keep names unique.
      problems.push_back({file, job.line, job.column, "duplicate-job",
                          "job " + job.name + " is in the graph twice; no run order exists"});
      return {};
    }
    for (const std::string& predecessor : predecessors) {
      successors_of[predecessor].push_back(job.name);
    }
  }
  std::set<std::string> ready;  // ordered, so the smallest ready name is taken first
  for (const auto& [name, count] : waiting_on) {
    if (count == 0) ready.insert(name);
  }
  std::vector<std::string> order;
  while (!ready.empty()) {
    std::string next = *ready.begin();
    ready.erase(ready.begin());
    order.push_back(next);
    for (const std::string& successor : successors_of[next]) {
      if (--waiting_on[successor] == 0) ready.insert(successor);
    }
  }
  if (order.size() == jobs.size()) return order;

  std::set<std::string> unplaced;
  for (const auto& [name, count] : waiting_on) {
    if (count != 0) unplaced.insert(name);
  }
  std::vector<std::string> cycle = FindCycle(*this, unplaced);
  const ScheduledJob* first = Find(cycle.front());
  problems.push_back({file, first->line, first->column, "cycle",
                      "the requirements form a cycle: " + JoinNames(cycle, " -> ") + " -> " +
                          cycle.front() + "; no run order exists"});
  return {};
}

void SortJobFlowGraph(JobFlowGraph& graph) {
  std::sort(graph.jobs.begin(), graph.jobs.end(),
            [](const ScheduledJob& a, const ScheduledJob& b) { return a.name < b.name; });
  for (ScheduledJob& job : graph.jobs) {
    std::vector<JobRequirement>& requirements = job.requirements;
    std::sort(requirements.begin(), requirements.end(),
              [](const JobRequirement& a, const JobRequirement& b) {
                return std::tie(a.predecessor, a.condition) < std::tie(b.predecessor, b.condition);
              });
    requirements.erase(std::unique(requirements.begin(), requirements.end()), requirements.end());
  }
}

auto FormatJobFlowGraph(const JobFlowGraph& graph) -> std::string {
  std::string text;
  for (const ScheduledJob& job : graph.jobs) {
    std::set<std::string> predecessors;
    for (const JobRequirement& requirement : job.requirements) {
      predecessors.insert(requirement.predecessor);
    }
    text += "job " + job.name + " member=" + FormatMember(job) + " system=" + OrDash(job.system) +
            " days=" + FormatWeekdays(job.weekdays) + " start=" + OrDash(job.start_time) +
            " max-ok-rc=" + std::to_string(job.max_ok_return_code) +
            " after=" + OrDash(JoinNames({predecessors.begin(), predecessors.end()}, ",")) + "\n";
  }
  for (const JobEdge& edge : graph.Edges()) {
    text += edge.predecessor + " -> " + edge.successor + "\n";
  }
  return text;
}

}  // namespace remint::schedule
