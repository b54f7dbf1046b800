// PROGRAM-ID. DECISIONS and the programs of its source
// Emitted by remint from the COBOL source; links against cobrt (runtime/).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "runtime/call/program_registry.h"
#include "runtime/decimal/checked.h"
#include "runtime/decimal/fixed.h"
#include "runtime/edit/class_condition.h"
#include "runtime/edit/compare.h"
#include "runtime/edit/display.h"
#include "runtime/edit/edited.h"
#include "runtime/edit/move.h"
#include "runtime/files/indexed_file.h"
#include "runtime/files/linage.h"
#include "runtime/files/relative_file.h"
#include "runtime/files/sequential_file.h"
#include "runtime/intrinsic/date_functions.h"
#include "runtime/intrinsic/numeric_functions.h"
#include "runtime/intrinsic/result_field.h"
#include "runtime/intrinsic/text_functions.h"
#include "runtime/intrinsic/transcendental.h"
#include "runtime/io/accept.h"
#include "runtime/io/clock.h"
#include "runtime/io/console.h"
#include "runtime/io/switches.h"
#include "runtime/io/termination.h"
#include "runtime/sort/sort_file.h"
#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/store.h"
#include "runtime/storage/zoned.h"
#include "runtime/text/bytes.h"
#include "runtime/text/inspect.h"
#include "runtime/text/string_statement.h"
#include "runtime/text/unstring_statement.h"

namespace programs {
// Local to this source: another source linked into the same executable may have a program of
// the same name (CALL finds programs by name through cobrt's registry).
namespace {
// Literals are string_views ("..."sv): their length, not a NUL, ends them.
using namespace std::string_view_literals;

// PROGRAM-ID. DECISIONS  decisions.cbl:1
class Decisions {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage ACCOUNT-TYPE (1 bytes)  decisions.cbl:6
  alignas(8) uint8_t account_type_[1];
  // working-storage BALANCE (5 bytes)  decisions.cbl:9
  alignas(8) uint8_t balance_[5];
  // working-storage CODE-TEXT (4 bytes)  decisions.cbl:10
  alignas(8) uint8_t code_text_[4];
  void Initialize();
  // Condition-names (level 88): whether each holds.
  [[maybe_unused]] auto IsIsSavings() const -> bool;
  [[maybe_unused]] auto IsIsChecking() const -> bool;
};

auto Decisions::Run() -> int {
  Initialize();
  // IF decisions.cbl:12
  if ((IsIsSavings() &&
       (cobrt::Compare(cobrt::Zoned<5, 0, cobrt::ZonedSign::kTrailing>::Read(balance_),
                       cobrt::Fixed<1, 0>{0}) < 0))) {
    cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                    {"OVERDRAWN SAVINGS"sv});  // DISPLAY decisions.cbl:13
  } else {
    cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                    {"OK"sv});  // DISPLAY decisions.cbl:15
  }
  // IF decisions.cbl:17
  if (!cobrt::IsNumericText(code_text_, 4)) {
    cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                    {"NOT NUMERIC"sv});  // DISPLAY decisions.cbl:17
  }
  // EVALUATE decisions.cbl:18
  if ((cobrt::Compare(cobrt::Zoned<5, 0, cobrt::ZonedSign::kTrailing>::Read(balance_),
                      cobrt::Fixed<1, 0>{0LL}) < 0) &&
      (cobrt::CompareAlphanumeric(account_type_, 1, reinterpret_cast<const uint8_t*>("S"), 1) ==
       0)) {
    // WHEN decisions.cbl:19
    cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                    {"FEE"sv});  // DISPLAY decisions.cbl:19
  } else if (IsIsChecking()) {
    // WHEN decisions.cbl:20
    cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                    {"CHECKING"sv});  // DISPLAY decisions.cbl:20
  } else {
    // WHEN OTHER
    cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                    {"NONE"sv});  // DISPLAY decisions.cbl:21
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN decisions.cbl:23
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void Decisions::Initialize() {
  std::memcpy(account_type_ + 0, "S", 1);  // ACCOUNT-TYPE decisions.cbl:6
  cobrt::Store<cobrt::Zoned<5, 0, cobrt::ZonedSign::kTrailing>>(
      balance_ + 0, cobrt::Fixed<2, 0>{-20LL});  // BALANCE decisions.cbl:9
  std::memcpy(code_text_ + 0, "12AB", 4);        // CODE-TEXT decisions.cbl:10
}

// 88 IS-SAVINGS of ACCOUNT-TYPE  decisions.cbl:7
auto Decisions::IsIsSavings() const -> bool {
  const uint8_t* account_type = account_type_ + 0;
  return cobrt::CompareAlphanumeric(account_type, 1, reinterpret_cast<const uint8_t*>("S"), 1) == 0;
}

// 88 IS-CHECKING of ACCOUNT-TYPE  decisions.cbl:8
auto Decisions::IsIsChecking() const -> bool {
  const uint8_t* account_type = account_type_ + 0;
  return cobrt::CompareAlphanumeric(account_type, 1, reinterpret_cast<const uint8_t*>("C"), 1) ==
             0 ||
         cobrt::CompareAlphanumeric(account_type, 1, reinterpret_cast<const uint8_t*>("P"), 1) == 0;
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::Decisions>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
