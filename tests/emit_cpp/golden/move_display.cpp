// PROGRAM-ID. MOVE-DISPLAY and the programs of its source
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

// PROGRAM-ID. MOVE-DISPLAY  move_display.cbl:1
class MoveDisplay {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage CUSTOMER-NAME (10 bytes)  move_display.cbl:6
  alignas(8) uint8_t customer_name_[10];
  // working-storage BALANCE (4 bytes)  move_display.cbl:7
  alignas(8) uint8_t balance_[4];
  // working-storage SHOWN-BALANCE (10 bytes)  move_display.cbl:8
  alignas(8) uint8_t shown_balance_[10];
  // working-storage COUNTER (3 bytes)  move_display.cbl:9
  alignas(8) uint8_t counter_[3];
  // working-storage COUNTER-TEXT (5 bytes)  move_display.cbl:10
  alignas(8) uint8_t counter_text_[5];
  // The PICTUREs of edited items, as symbols with repeat counts.
  // SHOWN-BALANCE PIC -ZZ,ZZ9.99  move_display.cbl:8
  static constexpr cobrt::EditSymbol kShownBalanceSymbols[] = {
      {'-', 1}, {'Z', 2}, {',', 1}, {'Z', 2}, {'9', 1}, {'.', 1}, {'9', 2}};
  static constexpr cobrt::EditedPicture kShownBalancePicture{kShownBalanceSymbols, 7};
  void Initialize();
};

auto MoveDisplay::Run() -> int {
  Initialize();
  cobrt::MoveToEdited<cobrt::Packed<7, 2, true>, kShownBalancePicture>(
      balance_, shown_balance_);  // MOVE move_display.cbl:12
  cobrt::MoveNumericToAlphanumeric<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>(
      counter_, counter_text_, 5);  // MOVE move_display.cbl:13
  cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("LOVELACE"), 8, customer_name_ + 3,
                          7);  // MOVE move_display.cbl:14
  {
    char display_0[cobrt::DisplayFormCapacity<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_0_size =
        cobrt::DisplayForm<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>, true>(counter_,
                                                                                  display_0);
    cobrt::ProcessConsole().Display(
        cobrt::ConsoleStream::kStandardOutput,
        {std::string_view(reinterpret_cast<const char*>(customer_name_), 10), " "sv,
         std::string_view(reinterpret_cast<const char*>(shown_balance_), 10), " "sv,
         std::string_view(display_0, display_0_size)});  // DISPLAY move_display.cbl:15
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN move_display.cbl:16
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void MoveDisplay::Initialize() {
  std::memcpy(customer_name_ + 0, "ADA       ", 10);  // CUSTOMER-NAME move_display.cbl:6
  cobrt::MoveNumeric<cobrt::Zoned<3, 1, cobrt::ZonedSign::kLeadingSeparate>,
                     cobrt::Packed<7, 2, true>>(reinterpret_cast<const uint8_t*>("-125"),
                                                balance_ + 0);  // BALANCE move_display.cbl:7
  cobrt::MoveZeroToEdited(shown_balance_ + 0,
                          kShownBalancePicture);  // SHOWN-BALANCE move_display.cbl:8
  cobrt::Store<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>(
      counter_ + 0, cobrt::Fixed<1, 0>{7LL});  // COUNTER move_display.cbl:9
  std::memset(counter_text_ + 0, ' ', 5);      // COUNTER-TEXT move_display.cbl:10
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::MoveDisplay>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
