#include "base/fault_injection.h"

#include <cstdlib>

namespace remint {

auto FaultInjected(std::string_view point, std::string_view subject) -> bool {
  const char* setting = std::getenv("REMINT_FAULT_INJECTION");
  if (setting == nullptr) return false;
  std::string_view entries = setting;
  while (!entries.empty()) {
    size_t end = entries.find(';');
    std::string_view entry = entries.substr(0, end);
    entries = end == std::string_view::npos ? std::string_view{} : entries.substr(end + 1);
    size_t colon = entry.find(':');
    std::string_view entry_point = entry.substr(0, colon);
    if (entry_point != point) continue;
    if (colon == std::string_view::npos || entry.substr(colon + 1) == subject) return true;
  }
  return false;
}

}  // namespace remint
