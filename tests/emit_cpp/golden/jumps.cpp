// PROGRAM-ID. JUMPS and the programs of its source
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

// PROGRAM-ID. JUMPS  jumps.cbl:1
class Jumps {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage TRIES (1 bytes)  jumps.cbl:6
  alignas(8) uint8_t tries_[1];
  void Initialize();
  // Procedures in source order; a procedure returns the next one to run.
  enum : int {
    kFallThrough = -1,
    kStartUp = 0,
    kRetry = 1,
    kRetryExit = 2,
  };
  static constexpr int kProcedureCount = 3;
  auto Dispatch(int procedure) -> int;
  void Perform(int first, int last);
  auto StartUp() -> int;
  auto Retry() -> int;
  auto RetryExit() -> int;
};

auto Jumps::Run() -> int {
  Initialize();
  Perform(kStartUp, kRetryExit);
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void Jumps::Initialize() {
  cobrt::Store<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>(
      tries_ + 0, cobrt::Fixed<1, 0>{0});  // TRIES jumps.cbl:6
}

auto Jumps::Dispatch(int procedure) -> int {
  switch (procedure) {
    case kStartUp:
      return StartUp();
    case kRetry:
      return Retry();
    case kRetryExit:
      return RetryExit();
  }
  return kFallThrough;
}

// Runs procedures from `first` until `last` completes, as cobc runs PERFORM first THRU last:
// a GO TO moves control anywhere, and only reaching the end of `last` returns.
void Jumps::Perform(int first, int last) {
  for (int procedure = first; procedure < kProcedureCount;) {
    const int next = Dispatch(procedure);
    if (next != kFallThrough) {
      procedure = next;
      continue;
    }
    if (procedure == last) return;
    ++procedure;
  }
}

// PARAGRAPH START-UP  jumps.cbl:8
auto Jumps::StartUp() -> int {
  Perform(kRetry, kRetryExit);  // PERFORM jumps.cbl:9
  {
    char display_0[cobrt::DisplayFormCapacity<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_0_size =
        cobrt::DisplayForm<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>, true>(tries_,
                                                                                  display_0);
    cobrt::ProcessConsole().Display(
        cobrt::ConsoleStream::kStandardOutput,
        {"TRIES "sv, std::string_view(display_0, display_0_size)});  // DISPLAY jumps.cbl:10
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN jumps.cbl:11
  return kFallThrough;
}

// PARAGRAPH RETRY  jumps.cbl:12
auto Jumps::Retry() -> int {
  // ADD jumps.cbl:13
  {
    const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
    const auto result0_0 = cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>::Read(tries_);
    const auto result0_1 = cobrt::Add(result0_0, operand_0);
    cobrt::Store<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>(tries_, result0_1);
  }
  // IF jumps.cbl:14
  if ((cobrt::Compare(cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>::Read(tries_),
                      cobrt::Fixed<1, 0>{3LL}) < 0)) {
    return kRetry;  // GO TO jumps.cbl:14
  }
  return kFallThrough;
}

// PARAGRAPH RETRY-EXIT  jumps.cbl:15
auto Jumps::RetryExit() -> int {
  // EXIT  jumps.cbl:16
  return kFallThrough;
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::Jumps>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
