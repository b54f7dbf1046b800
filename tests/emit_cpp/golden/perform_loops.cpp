// PROGRAM-ID. PERFORM-LOOPS and the programs of its source
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

// PROGRAM-ID. PERFORM-LOOPS  perform_loops.cbl:1
class PerformLoops {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage I (2 bytes)  perform_loops.cbl:6
  alignas(8) uint8_t i_[2];
  // working-storage TOTAL (4 bytes)  perform_loops.cbl:7
  alignas(8) uint8_t total_[4];
  void Initialize();
  void MainLogic();
  void AddOne();
  void ReportTotal();
};

auto PerformLoops::Run() -> int {
  Initialize();
  MainLogic();
  AddOne();
  ReportTotal();
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void PerformLoops::Initialize() {
  cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
      i_ + 0, cobrt::Fixed<1, 0>{0});  // I perform_loops.cbl:6
  cobrt::Store<cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>>(
      total_ + 0, cobrt::Fixed<1, 0>{0});  // TOTAL perform_loops.cbl:7
}

// PARAGRAPH MAIN-LOGIC  perform_loops.cbl:9
void PerformLoops::MainLogic() {
  // PERFORM ... TIMES perform_loops.cbl:10
  for (int64_t count = static_cast<int64_t>(cobrt::TruncateTo<0>(cobrt::Fixed<1, 0>{3LL}).mantissa);
       count > 0; --count) {
    AddOne();  // PERFORM perform_loops.cbl:10
  }
  // PERFORM ... UNTIL perform_loops.cbl:11
  while (!(cobrt::Compare(cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(total_),
                          cobrt::Fixed<1, 0>{5LL}) > 0)) {
    AddOne();  // PERFORM perform_loops.cbl:11
  }
  // PERFORM VARYING I  perform_loops.cbl:12
  cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(i_, cobrt::Fixed<1, 0>{1LL});
  while (!(cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(i_),
                          cobrt::Fixed<1, 0>{9LL}) > 0)) {
    // ADD perform_loops.cbl:13
    {
      const auto operand_0 = cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(i_);
      const auto result0_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(total_);
      const auto result0_1 = cobrt::Add(result0_0, operand_0);
      cobrt::Store<cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>>(total_, result0_1);
    }
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        i_, cobrt::Add(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(i_),
                       cobrt::Fixed<1, 0>{2LL}));
  }
  ReportTotal();                                      // PERFORM perform_loops.cbl:15
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN perform_loops.cbl:16
}

// PARAGRAPH ADD-ONE  perform_loops.cbl:17
void PerformLoops::AddOne() {
  // ADD perform_loops.cbl:18
  {
    const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
    const auto result0_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(total_);
    const auto result0_1 = cobrt::Add(result0_0, operand_0);
    cobrt::Store<cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>>(total_, result0_1);
  }
}

// PARAGRAPH REPORT-TOTAL  perform_loops.cbl:19
void PerformLoops::ReportTotal() {
  {
    char display_0[cobrt::DisplayFormCapacity<cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_0_size =
        cobrt::DisplayForm<cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>, true>(total_,
                                                                                  display_0);
    cobrt::ProcessConsole().Display(
        cobrt::ConsoleStream::kStandardOutput,
        {"TOTAL "sv, std::string_view(display_0, display_0_size)});  // DISPLAY perform_loops.cbl:20
  }
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::PerformLoops>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
