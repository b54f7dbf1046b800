// PROGRAM-ID. CALL-PROGRAM and the programs of its source
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

// PROGRAM-ID. CALL-PROGRAM  call_program.cbl:1
class CallProgram {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage AMOUNT (5 bytes)  call_program.cbl:7
  alignas(8) uint8_t amount_[5];
  // working-storage FACTOR (1 bytes)  call_program.cbl:8
  alignas(8) uint8_t factor_[1];
  void Initialize();
};

auto CallProgram::Run() -> int {
  Initialize();
  // CALL call_program.cbl:10
  {
    std::vector<uint8_t> content_0(factor_, factor_ + 1);
    const cobrt::CallArgument arguments[] = {{amount_, 5}, {content_0.data(), content_0.size()}};
    cobrt::CallProgram("SCALE-IT"sv, arguments);
  }
  {
    char display_0[cobrt::DisplayFormCapacity<cobrt::Zoned<5, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_0_size =
        cobrt::DisplayForm<cobrt::Zoned<5, 0, cobrt::ZonedSign::kUnsigned>, true>(amount_,
                                                                                  display_0);
    cobrt::ProcessConsole().Display(
        cobrt::ConsoleStream::kStandardOutput,
        {std::string_view(display_0, display_0_size)});  // DISPLAY call_program.cbl:11
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN call_program.cbl:12
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void CallProgram::Initialize() {
  cobrt::Store<cobrt::Zoned<5, 0, cobrt::ZonedSign::kUnsigned>>(
      amount_ + 0, cobrt::Fixed<3, 0>{100LL});  // AMOUNT call_program.cbl:7
  cobrt::Store<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>(
      factor_ + 0, cobrt::Fixed<1, 0>{2LL});  // FACTOR call_program.cbl:8
}

// PROGRAM-ID. SCALE-IT  call_program.cbl:13
class ScaleIt {
 public:
  // CALL: runs the PROCEDURE DIVISION with the caller's USING items until GOBACK, EXIT PROGRAM
  // or its end; WORKING-STORAGE keeps its values from one CALL to the next.
  void Call(std::span<const cobrt::CallArgument> arguments);

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // Set by GOBACK / EXIT PROGRAM: every procedure returns up to Call().
  bool returning_ = false;
  bool initialized_ = false;
  // LINKAGE VALUE-IN-OUT (5 bytes)  call_program.cbl:17
  uint8_t* value_in_out_ = nullptr;
  // LINKAGE MULTIPLIER (1 bytes)  call_program.cbl:18
  uint8_t* multiplier_ = nullptr;
  void Initialize();
};

void ScaleIt::Call(std::span<const cobrt::CallArgument> arguments) {
  if (!initialized_) {
    Initialize();
    initialized_ = true;
  }
  value_in_out_ = arguments.size() > 0 ? arguments[0].data : nullptr;
  multiplier_ = arguments.size() > 1 ? arguments[1].data : nullptr;
  returning_ = false;
  // MULTIPLY call_program.cbl:20
  {
    const auto operand_0 = cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>::Read(multiplier_);
    const auto result0_0 = cobrt::Zoned<5, 0, cobrt::ZonedSign::kUnsigned>::Read(value_in_out_);
    const auto result0_1 = cobrt::Multiply(operand_0, result0_0);
    cobrt::Store<cobrt::Zoned<5, 0, cobrt::ZonedSign::kUnsigned>>(value_in_out_, result0_1);
  }
  returning_ = true;  // GOBACK call_program.cbl:21
  return;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void ScaleIt::Initialize() {}

auto ScaleItInstance() -> std::unique_ptr<ScaleIt>& {
  static std::unique_ptr<ScaleIt> program;
  return program;
}
[[maybe_unused]] const bool kScaleItRegistered =
    cobrt::RegisterProgram("SCALE-IT", {[](std::span<const cobrt::CallArgument> arguments) {
                                          auto& program = ScaleItInstance();
                                          if (!program) program = std::make_unique<ScaleIt>();
                                          program->Call(arguments);
                                        },
                                        [] { ScaleItInstance().reset(); }});

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::CallProgram>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
