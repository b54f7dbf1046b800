// PROGRAM-ID. TEXT-STATEMENTS and the programs of its source
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

// PROGRAM-ID. TEXT-STATEMENTS  text_statements.cbl:1
class TextStatements {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // working-storage FULL-NAME (20 bytes)  text_statements.cbl:6
  alignas(8) uint8_t full_name_[20];
  // working-storage FIRST-NAME (8 bytes)  text_statements.cbl:7
  alignas(8) uint8_t first_name_[8];
  // working-storage LAST-NAME (8 bytes)  text_statements.cbl:8
  alignas(8) uint8_t last_name_[8];
  // working-storage PART-ONE (8 bytes)  text_statements.cbl:9
  alignas(8) uint8_t part_one_[8];
  // working-storage PART-TWO (8 bytes)  text_statements.cbl:10
  alignas(8) uint8_t part_two_[8];
  // working-storage SPACES-SEEN (2 bytes)  text_statements.cbl:11
  alignas(8) uint8_t spaces_seen_[2];
  void Initialize();
};

auto TextStatements::Run() -> int {
  Initialize();
  // STRING text_statements.cbl:13
  {
    cobrt::StringStatement string(full_name_, 20);
    string.Append(std::span<const uint8_t>(first_name_, 8), cobrt::Bytes(" "sv));
    string.Append(cobrt::Bytes(" "sv));
    string.Append(std::span<const uint8_t>(last_name_, 8), cobrt::Bytes(" "sv));
  }
  // UNSTRING text_statements.cbl:18
  {
    const std::span<const uint8_t> source(full_name_, 20);
    cobrt::UnstringStatement unstring(source);
    unstring.AddDelimiter(cobrt::Bytes(" "sv));
    if (const std::optional<cobrt::UnstringPiece> piece = unstring.Next(8)) {
      cobrt::MoveAlphanumeric(source.data() + piece->offset, piece->size, part_one_, 8);
    }
    if (const std::optional<cobrt::UnstringPiece> piece = unstring.Next(8)) {
      cobrt::MoveAlphanumeric(source.data() + piece->offset, piece->size, part_two_, 8);
    }
  }
  // INSPECT text_statements.cbl:21
  {
    cobrt::Inspector inspect(full_name_, 20);  // TALLYING
    inspect.Start();
    if (const int64_t count = inspect.TallyAll(cobrt::Bytes(" "sv)); count != 0) {
      cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
          spaces_seen_,
          cobrt::Add(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(spaces_seen_),
                     cobrt::Fixed<18, 0>{count}));
    }
    inspect.Finish();
  }
  {
    char display_0[cobrt::DisplayFormCapacity<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>()];
    const size_t display_0_size =
        cobrt::DisplayForm<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>, true>(spaces_seen_,
                                                                                  display_0);
    cobrt::ProcessConsole().Display(
        cobrt::ConsoleStream::kStandardOutput,
        {std::string_view(reinterpret_cast<const char*>(full_name_), 20), "|"sv,
         std::string_view(reinterpret_cast<const char*>(part_two_), 8), "|"sv,
         std::string_view(display_0, display_0_size)});  // DISPLAY text_statements.cbl:22
  }
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN text_statements.cbl:23
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void TextStatements::Initialize() {
  std::memset(full_name_ + 0, ' ', 20);         // FULL-NAME text_statements.cbl:6
  std::memcpy(first_name_ + 0, "GRACE   ", 8);  // FIRST-NAME text_statements.cbl:7
  std::memcpy(last_name_ + 0, "HOPPER  ", 8);   // LAST-NAME text_statements.cbl:8
  std::memset(part_one_ + 0, ' ', 8);           // PART-ONE text_statements.cbl:9
  std::memset(part_two_ + 0, ' ', 8);           // PART-TWO text_statements.cbl:10
  cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
      spaces_seen_ + 0, cobrt::Fixed<1, 0>{0});  // SPACES-SEEN text_statements.cbl:11
}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::TextStatements>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}
