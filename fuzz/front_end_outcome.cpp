#include "fuzz/front_end_outcome.h"

namespace remint::fuzz {

auto FormatVerifierErrors(const std::vector<Diagnostic>& diagnostics) -> std::string {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity != Severity::kError) continue;
    text += std::string(diagnostic.code()) + " " + diagnostic.location.path + ":" +
            std::to_string(diagnostic.location.line) + ": " + diagnostic.message + "\n";
  }
  return text;
}

}  // namespace remint::fuzz
