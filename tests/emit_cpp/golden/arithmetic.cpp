// PROGRAM-ID. ARITHMETIC and the programs of its source
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

// PROGRAM-ID. ARITHMETIC  arithmetic.cbl:1
class Arithmetic {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage PRINCIPAL (5 bytes)  arithmetic.cbl:6
  alignas(8) uint8_t principal_[5];
  // working-storage RATE (4 bytes)  arithmetic.cbl:7
  alignas(8) uint8_t rate_[4];
  // working-storage INTEREST (7 bytes)  arithmetic.cbl:8
  alignas(8) uint8_t interest_[7];
  // working-storage DAYS-HELD (3 bytes)  arithmetic.cbl:9
  alignas(8) uint8_t days_held_[3];
  // working-storage WEEKS (3 bytes)  arithmetic.cbl:10
  alignas(8) uint8_t weeks_[3];
  // working-storage LEFT-OVER (1 bytes)  arithmetic.cbl:11
  alignas(8) uint8_t left_over_[1];
  void Initialize();
};

auto Arithmetic::Run() -> int {
  Initialize();
  // COMPUTE arithmetic.cbl:13
  {
    bool size_error = false;
    const auto value_0 = cobrt::Packed<9, 2, true>::Read(principal_);
    const auto value_1 = cobrt::Zoned<4, 4, cobrt::ZonedSign::kTrailing>::Read(rate_);
    const auto value_2 = cobrt::Multiply(value_0, value_1);
    const auto value_3 = cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>::Read(days_held_);
    const auto value_4 = cobrt::Multiply(value_2, value_3);
    const auto value_5 = cobrt::Fixed<3, 0>{365LL};
    const auto value_6 = cobrt::DivideTruncated<3>(value_4, value_5);
    if (value_6.divide_by_zero) size_error = true;
    if (!size_error) {
      if (cobrt::Store<cobrt::Zoned<7, 2, cobrt::ZonedSign::kTrailing>>(
              interest_, value_6.value, cobrt::RoundingMode::kNearestAwayFromZero,
              cobrt::SizeErrorPhrase::kPresent) == cobrt::StoreStatus::kSizeError)
        size_error = true;
    }
    if (size_error) {
      cobrt::ProcessConsole().Display(cobrt::ConsoleStream::kStandardOutput,
                                      {"TOO LARGE"sv});  // DISPLAY arithmetic.cbl:14
    }
  }
  // ADD arithmetic.cbl:16
  {
    const auto operand_0 = cobrt::Zoned<7, 2, cobrt::ZonedSign::kTrailing>::Read(interest_);
    const auto result0_0 = cobrt::Packed<9, 2, true>::Read(principal_);
    const auto result0_1 = cobrt::Add(result0_0, operand_0);
    cobrt::Store<cobrt::Packed<9, 2, true>>(principal_, result0_1);
  }
  // DIVIDE ... REMAINDER arithmetic.cbl:17
  {
    [[maybe_unused]] bool size_error = false;
    const auto operand_0 = cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>::Read(days_held_);
    const auto operand_1 = cobrt::Fixed<1, 0>{7LL};
    const auto quotient = cobrt::Divide(operand_0, operand_1);
    const bool divide_by_zero = quotient.divide_by_zero;
    if (!divide_by_zero) {
      if (cobrt::Store<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>(weeks_, quotient.value) ==
          cobrt::StoreStatus::kSizeError)
        size_error = true;
      const auto remainder = cobrt::DivideRemainder<0>(operand_0, operand_1);
      if (cobrt::Store<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>(
              left_over_, remainder.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
    }
  }
  {
    char display_0[cobrt::DisplayFormCapacity<cobrt::Zoned<7, 2, cobrt::ZonedSign::kTrailing>>()];
    const size_t display_0_size =
        cobrt::DisplayForm<cobrt::Zoned<7, 2, cobrt::ZonedSign::kTrailing>, true>(interest_,
                                                                                  display_0);
    char display_1[cobrt::DisplayFormCapacity<cobrt::Packed<9, 2, true>>()];
    const size_t display_1_size =
        cobrt::DisplayForm<cobrt::Packed<9, 2, true>, true>(principal_, display_1);
    char display_2[cobrt::DisplayFormCapacity<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_2_size =
        cobrt::DisplayForm<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>, true>(weeks_,
                                                                                  display_2);
    char display_3[cobrt::DisplayFormCapacity<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_3_size =
        cobrt::DisplayForm<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>, true>(left_over_,
                                                                                  display_3);
    cobrt::ProcessConsole().Display(
        cobrt::ConsoleStream::kStandardOutput,
        {std::string_view(display_0, display_0_size), " "sv,
         std::string_view(display_1, display_1_size), " "sv,
         std::string_view(display_2, display_2_size), " "sv,
         std::string_view(display_3, display_3_size)});  // DISPLAY arithmetic.cbl:18
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN arithmetic.cbl:19
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void Arithmetic::Initialize() {
  cobrt::Store<cobrt::Packed<9, 2, true>>(
      principal_ + 0, cobrt::Fixed<4, 0>{1000LL});  // PRINCIPAL arithmetic.cbl:6
  cobrt::Store<cobrt::Zoned<4, 4, cobrt::ZonedSign::kTrailing>>(
      rate_ + 0, cobrt::Fixed<3, 4>{425LL});  // RATE arithmetic.cbl:7
  cobrt::Store<cobrt::Zoned<7, 2, cobrt::ZonedSign::kTrailing>>(
      interest_ + 0, cobrt::Fixed<1, 0>{0});  // INTEREST arithmetic.cbl:8
  cobrt::Store<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>(
      days_held_ + 0, cobrt::Fixed<2, 0>{45LL});  // DAYS-HELD arithmetic.cbl:9
  cobrt::Store<cobrt::Zoned<3, 0, cobrt::ZonedSign::kUnsigned>>(
      weeks_ + 0, cobrt::Fixed<1, 0>{0});  // WEEKS arithmetic.cbl:10
  cobrt::Store<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>(
      left_over_ + 0, cobrt::Fixed<1, 0>{0});  // LEFT-OVER arithmetic.cbl:11
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::Arithmetic>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
