// PROGRAM-ID. TABLES-SEARCH and the programs of its source
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

// PROGRAM-ID. TABLES-SEARCH  tables_search.cbl:1
class TablesSearch {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage RATE-TABLE (12 bytes)  tables_search.cbl:6
  alignas(8) uint8_t rate_table_[12];
  // working-storage RX (4 bytes)  tables_search.cbl:7
  alignas(8) uint8_t rx_[4];
  // working-storage WANTED (1 bytes)  tables_search.cbl:10
  alignas(8) uint8_t wanted_[1];
  void Initialize();
};

auto TablesSearch::Run() -> int {
  Initialize();
  cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("A100B250C375"), 12, rate_table_,
                          12);               // MOVE tables_search.cbl:12
  cobrt::IndexItem::Write(rx_, int64_t{1});  // SET RX TO tables_search.cbl:13
  // SEARCH RATE-ENTRY  tables_search.cbl:14
  while (true) {
    if (cobrt::IndexItem::Read(rx_ + 0).mantissa > 3) {
      // AT END
      cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                      {"NOT FOUND"sv});  // DISPLAY tables_search.cbl:15
      break;
    }
    // WHEN tables_search.cbl:16
    if ((cobrt::CompareAlphanumeric(rate_table_ + (cobrt::IndexItem::Read(rx_).mantissa - 1) * 4, 1,
                                    wanted_, 1) == 0)) {
      {
        char display_0
            [cobrt::DisplayFormCapacity<cobrt::Zoned<3, 2, cobrt::ZonedSign::kUnsigned>>()];
        const size_t display_0_size =
            cobrt::DisplayForm<cobrt::Zoned<3, 2, cobrt::ZonedSign::kUnsigned>, true>(
                rate_table_ + 1 + (cobrt::IndexItem::Read(rx_).mantissa - 1) * 4, display_0);
        cobrt::ProcessConsole().Display(
            cobrt::ConsoleStream::kStandardOutput,
            {"RATE "sv,
             std::string_view(display_0, display_0_size)});  // DISPLAY tables_search.cbl:17
      }
      break;
    }
    cobrt::IndexItem::Write(rx_ + 0, int64_t{cobrt::IndexItem::Read(rx_ + 0).mantissa + 1});
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN tables_search.cbl:19
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void TablesSearch::Initialize() {
  for (int i0 = 0; i0 < 3; ++i0) {
    std::memset(rate_table_ + 0 + i0 * 4, ' ', 1);  // RATE-CODE tables_search.cbl:8
    cobrt::Store<cobrt::Zoned<3, 2, cobrt::ZonedSign::kUnsigned>>(
        rate_table_ + 0 + i0 * 4 + 1, cobrt::Fixed<1, 0>{0});  // RATE-VALUE tables_search.cbl:9
  }
  cobrt::Store<cobrt::IndexItem>(rx_ + 0, cobrt::Fixed<1, 0>{1});  // RX tables_search.cbl:7
  std::memcpy(wanted_ + 0, "B", 1);                                // WANTED tables_search.cbl:10
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::TablesSearch>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
