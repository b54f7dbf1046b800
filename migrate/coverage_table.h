// The coverage table `remint migrate` prints and keeps (stage `synthesize` of migrate_state):
// a row per program a main program's cases run, with the decision outcomes its nightly case,
// its synthesized cases and both reach, out of the reachable ones, and the outcomes each
// reached or missed by name ("IF GLSUMM:386 true"), for review.
#ifndef REMINT_MIGRATE_COVERAGE_TABLE_H_
#define REMINT_MIGRATE_COVERAGE_TABLE_H_

#include <optional>
#include <string>
#include <vector>

namespace remint::migrate {

struct CoverageRow {
  std::string caller;    // the main program whose cases ran; "*" for a CALLed program's union
  std::string program;   // the program whose decisions are counted
  size_t outcomes = 0;   // two per IF and per WHEN
  size_t reachable = 0;  // outcomes less the unreached ones below of `environment`, `declared`
  size_t nightly = 0;
  size_t synthesized = 0;
  size_t both = 0;
  std::vector<std::string> missed;            // reachable, reached by nothing
  std::vector<std::string> environment;       // unreached; only the environment steers them
  std::vector<std::string> declared;          // unreached; remint.toml declares them unreachable
  std::vector<std::string> declared_reached;  // declared unreachable, yet a case reached them
  std::vector<std::string> nightly_reached;
  std::vector<std::string> synthesized_reached;

  // Files an outcome no nightly or synthesized case reached (`reached` false) or one that is
  // declared unreachable and reached, and keeps `reachable` up to date.
  void Classify(const std::string& outcome, bool reached, bool only_environment_steers,
                bool declared_unreachable);

  auto Format() const -> std::string;  // one line, tab-separated; lists joined by "; "
  static auto Parse(const std::string& line) -> std::optional<CoverageRow>;
};

// What `remint migrate` keeps per main program in its stage kSynthesisStage of the project
// database: the names of the cases it synthesized and its coverage table's rows (Format()ed).
// `remint report` reads it back to show which cases reach each rule.
inline constexpr const char* kSynthesisStage = "synthesize";

struct SynthesisState {
  std::vector<std::string> case_names;
  std::vector<std::string> coverage_lines;
};

// The stage's detail text: the case names on the first line, then a coverage row per line.
auto FormatSynthesisState(const SynthesisState& state) -> std::string;
auto ParseSynthesisState(const std::string& detail) -> SynthesisState;

// A row per CALLed program that more than one main program runs: what all their cases reach
// together.
auto CallerUnion(const std::vector<CoverageRow>& rows) -> std::vector<CoverageRow>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_COVERAGE_TABLE_H_
