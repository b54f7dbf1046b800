// What a run of a program built with decision counters wrote (runtime/io/decision_counts.h):
// which way each decision went and, for each relation, how its operands compared and some of
// the values they had. Coverage tables use the decisions; case synthesis also steers by the
// relations.
#ifndef REMINT_MIGRATE_DECISION_LOG_H_
#define REMINT_MIGRATE_DECISION_LOG_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace remint::migrate {

// Which decision outcomes runs reached, by program: outcome 2*i is decision i false, 2*i+1
// true. `labels` names each program's decisions ("IF FEEASSES:330"); relations are labelled
// "= FEEASSES:330" and are not decisions (their outcome 1 is "operands equal").
struct DecisionCoverage {
  std::map<std::string, std::vector<std::string>> labels;
  std::map<std::string, std::set<uint32_t>> reached;

  void Merge(const DecisionCoverage& other);
  auto Reached(const std::string& program) const -> size_t;
  auto Outcomes(const std::string& program) const -> size_t;
};

auto IsRelationLabel(std::string_view label) -> bool;

// One pair of operand values a relation compared: numbers as decimal text, texts as bytes.
struct OperandSample {
  bool number = false;
  std::string a;
  std::string b;
};

struct RelationRun {
  uint64_t less = 0;
  uint64_t equal = 0;
  uint64_t greater = 0;
  long double closest = -1;  // the smallest |a - b| of numbers; -1 when none were noted
  std::vector<OperandSample> samples;
};

// (program, relation index) -> what the run saw.
using RelationKey = std::pair<std::string, uint32_t>;

struct DecisionLog {
  DecisionCoverage coverage;
  std::map<RelationKey, RelationRun> relations;
};

// Reads the counts file; lines it does not know are skipped (a newer runtime's).
auto ParseDecisionLog(std::string_view text) -> DecisionLog;

// The tab-separated fields of a line of the logs and states migrate keeps, and an unsigned
// decimal field of one (nullopt unless the whole field is digits that fit).
auto SplitTabs(std::string_view line) -> std::vector<std::string_view>;
auto ToUnsigned(std::string_view text) -> std::optional<uint64_t>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_DECISION_LOG_H_
