// Case synthesis: inputs that take each decision of a program each way, found by search on the
// program's C++ built with decision counters (runtime/io/decision_counts.h), and starting from
// what the IR says each field is compared with (ProgramBuild::domains). The inputs it keeps are
// then recorded with the legacy build like any case: the counters only guide the search, the
// expectations always come from cobc. docs/migrate.md, "Case synthesis".
#ifndef REMINT_MIGRATE_CASE_SYNTHESIS_H_
#define REMINT_MIGRATE_CASE_SYNTHESIS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "migrate/decision_log.h"
#include "migrate/program_build.h"

namespace remint::migrate {

struct SynthesisRequest {
  std::string program;
  std::string executable;  // the program built with decision counters
  const ProgramBuild* build = nullptr;
  // Fields the search may give data that is no number: those the program class-tests, and
  // those it passes to a called program that does (ClassTestedThroughCalls). Sorted.
  std::vector<std::string> class_tested;
  std::map<std::string, std::string> seed_inputs;  // DD -> bytes: a recorded case's inputs
  std::vector<std::string> outputs;
  std::optional<std::string> parm;
  std::string clock;
  int runs = 400;  // executions the search may spend
  double timeout_seconds = 10;
};

struct SynthesisResult {
  DecisionCoverage seed;                                 // what the seed case reaches
  DecisionCoverage synthesized;                          // what the kept inputs reach together
  std::vector<std::map<std::string, std::string>> kept;  // each: DD -> bytes
  int runs = 0;
};

// Deterministic: the same request gives the same inputs.
auto SynthesizeCases(const SynthesisRequest& request) -> ErrorOr<SynthesisResult>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_CASE_SYNTHESIS_H_
