// The mutations of the robustness tests: a seeded sequence of one to four edits (a byte changed
// to anything, a deleted span, a repeated line, two lines swapped, one of `insertions` inserted,
// truncation), the same for every front end but for what it inserts.
#ifndef REMINT_TESTS_ROBUSTNESS_MUTATOR_H_
#define REMINT_TESTS_ROBUSTNESS_MUTATOR_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/front_end_outcome.h"
#include "tests/support/split_mix.h"

namespace remint::testing {

auto Mutate(std::string text, std::span<const char* const> insertions, SplitMix64& generator)
    -> std::string;

struct MutationRun {
  size_t mutants = 0;
  size_t with_diagnostics = 0;
  size_t with_statements = 0;
  std::vector<std::string> findings;  // the first five: what was wrong, then the input
};

// Runs `count` mutants of `seeds` (in turn) through `front_end`; REMINT_MUTANTS in the
// environment overrides `count` for a longer local run.
auto RunMutants(const std::vector<std::string>& seeds, std::span<const char* const> insertions,
                uint64_t generator_seed, size_t count,
                const std::function<fuzz::FrontEndOutcome(std::string_view)>& front_end)
    -> MutationRun;

}  // namespace remint::testing

#endif  // REMINT_TESTS_ROBUSTNESS_MUTATOR_H_
