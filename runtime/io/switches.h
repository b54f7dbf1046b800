// The program switches of SPECIAL-NAMES (SWITCH-0 .. SWITCH-36; UPSI-n is switch n), as libcob
// keeps them: one process-wide state per switch, read from the environment variable
// COB_SWITCH_n, which turns the switch on when its value starts with '1' or is "ON" in any case
// ("1", "10", "on"; not "yes", " ON" or "ON "), checked against cobc 3.1.2. SET sw TO ON / OFF
// changes the state for the rest of the run.
//
//   if (cobrt::SwitchIsOn(1)) ...       // SWITCH-1 IS SW1 ON STATUS IS SW1-ON ... IF SW1-ON
//   cobrt::SetSwitch(1, false);          // SET SW1 TO OFF
#ifndef COBRT_IO_SWITCHES_H_
#define COBRT_IO_SWITCHES_H_

#include <array>
#include <cstdlib>
#include <string>

namespace cobrt {

inline constexpr int kSwitchCount = 37;  // COB_SWITCH_MAX + 1

namespace internal {
inline auto SwitchValueIsOn(const char* value) -> bool {
  if (value == nullptr) return false;
  if (value[0] == '1') return true;
  return (value[0] == 'O' || value[0] == 'o') && (value[1] == 'N' || value[1] == 'n') &&
         value[2] == '\0';
}

// The states, read from the environment when a switch is first used.
inline auto SwitchStates() -> std::array<bool, kSwitchCount>& {
  static std::array<bool, kSwitchCount> states = [] {
    std::array<bool, kSwitchCount> read{};
    for (int i = 0; i < kSwitchCount; ++i) {
      const std::string name = "COB_SWITCH_" + std::to_string(i);
      read[i] = SwitchValueIsOn(std::getenv(name.c_str()));
    }
    return read;
  }();
  return states;
}
}  // namespace internal

inline auto SwitchIsOn(int number) -> bool { return internal::SwitchStates()[number]; }

inline void SetSwitch(int number, bool on) { internal::SwitchStates()[number] = on; }

}  // namespace cobrt

#endif  // COBRT_IO_SWITCHES_H_
