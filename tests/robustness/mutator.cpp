#include "tests/robustness/mutator.h"

#include <cstdlib>
#include <sstream>
#include <utility>

namespace remint::testing {
namespace {

auto SplitLines(const std::string& text) -> std::vector<std::string> {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

auto JoinLines(const std::vector<std::string>& lines) -> std::string {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

}  // namespace

auto Mutate(std::string text, std::span<const char* const> insertions, SplitMix64& generator)
    -> std::string {
  const uint64_t count = 1 + generator.Below(4);
  for (uint64_t i = 0; i < count && !text.empty(); ++i) {
    const size_t at = generator.Below(text.size());
    switch (generator.Below(7)) {
      case 0:  // one byte, anything
        text[at] = static_cast<char>(generator.Below(256));
        break;
      case 1:  // a deleted span
        text.erase(at, 1 + generator.Below(40));
        break;
      case 2: {  // a repeated line
        std::vector<std::string> lines = SplitLines(text);
        const size_t line = generator.Below(lines.size());
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(line), lines[line]);
        text = JoinLines(lines);
        break;
      }
      case 3: {  // two lines swapped
        std::vector<std::string> lines = SplitLines(text);
        std::swap(lines[generator.Below(lines.size())], lines[generator.Below(lines.size())]);
        text = JoinLines(lines);
        break;
      }
      case 4:
      case 5:  // a keyword or punctuation
        text.insert(at, insertions[generator.Below(insertions.size())]);
        break;
      default:  // truncated
        text.resize(at);
        break;
    }
  }
  return text;
}

auto RunMutants(const std::vector<std::string>& seeds, std::span<const char* const> insertions,
                uint64_t generator_seed, size_t count,
                const std::function<fuzz::FrontEndOutcome(std::string_view)>& front_end)
    -> MutationRun {
  MutationRun run;
  run.mutants = count;
  if (const char* requested = std::getenv("REMINT_MUTANTS")) {
    run.mutants = std::strtoull(requested, nullptr, 10);
  }
  SplitMix64 generator(generator_seed);
  for (size_t i = 0; i < run.mutants && !seeds.empty(); ++i) {
    const std::string mutant = Mutate(seeds[i % seeds.size()], insertions, generator);
    const fuzz::FrontEndOutcome outcome = front_end(mutant);
    run.with_diagnostics += outcome.diagnostics > 0 ? 1 : 0;
    run.with_statements += outcome.statements > 0 ? 1 : 0;
    if (outcome.IsFinding() && run.findings.size() < 5) {
      run.findings.push_back("mutant " + std::to_string(i) + ":\n" + outcome.misplaced +
                             outcome.verifier_errors + "--- input ---\n" + mutant);
    }
  }
  return run;
}

}  // namespace remint::testing
