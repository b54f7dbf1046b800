#include "tests/support/availability.h"

#include <cstdlib>
#include <string_view>

namespace remint::testing {

auto RunningInCi() -> bool {
  const char* value = std::getenv("CI");
  if (value == nullptr) return false;
  std::string_view text(value);
  return text == "true" || text == "1" || text == "TRUE" || text == "True";
}

}  // namespace remint::testing
