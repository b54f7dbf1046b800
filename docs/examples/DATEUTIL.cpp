// PROGRAM-ID. DATEUTIL and the programs of its source
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

// PROGRAM-ID. DATEUTIL  DATEUTIL:1
class Dateutil {
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
  // working-storage WS-FUNCTION-VALUES (28 bytes)  DATEUTIL:29
  alignas(8) uint8_t ws_function_values_[28];
  // working-storage WS-FUNC-IX (2 bytes)  DATEUTIL:34
  alignas(8) uint8_t ws_func_ix_[2];
  // working-storage WS-CALL-COUNT (4 bytes)  DATEUTIL:35
  alignas(8) uint8_t ws_call_count_[4];
  // working-storage WS-DAY-1 (4 bytes)  DATEUTIL:36
  alignas(8) uint8_t ws_day_1_[4];
  // working-storage WS-DAY-2 (4 bytes)  DATEUTIL:37
  alignas(8) uint8_t ws_day_2_[4];
  // working-storage WS-QUOTIENT (4 bytes)  DATEUTIL:38
  alignas(8) uint8_t ws_quotient_[4];
  // working-storage WS-REM-4 (2 bytes)  DATEUTIL:39
  alignas(8) uint8_t ws_rem_4_[2];
  // working-storage WS-REM-100 (2 bytes)  DATEUTIL:40
  alignas(8) uint8_t ws_rem_100_[2];
  // working-storage WS-REM-400 (2 bytes)  DATEUTIL:41
  alignas(8) uint8_t ws_rem_400_[2];
  // working-storage WS-REM-7 (2 bytes)  DATEUTIL:42
  alignas(8) uint8_t ws_rem_7_[2];
  // working-storage WS-WORK-1 (8 bytes)  DATEUTIL:43
  alignas(8) uint8_t ws_work_1_[8];
  // working-storage WS-WORK-2 (8 bytes)  DATEUTIL:50
  alignas(8) uint8_t ws_work_2_[8];
  // LINKAGE LK-FUNCTION (4 bytes)  DATEUTIL:59
  uint8_t* lk_function_ = nullptr;
  // LINKAGE DATE-PARMS (26 bytes)  DATEPARM:18
  uint8_t* date_parms_ = nullptr;
  void Initialize();
  // Condition-names (level 88): whether each holds.
  [[maybe_unused]] auto IsDpOk() const -> bool;
  [[maybe_unused]] auto IsDpDate1Invalid() const -> bool;
  [[maybe_unused]] auto IsDpDate2Invalid() const -> bool;
  // Procedures in source order; a procedure returns the next one to run.
  enum : int {
    kFallThrough = -1,
    kP0000Dispatch = 0,
    kP0010FindFunction = 1,
    kP0020Branch = 2,
    kP0090BadFunction = 3,
    kP1000Validate = 4,
    kP2000DaysBetween = 5,
    kP3000AddDays = 6,
    kP4000EndOfMonth = 7,
    kP5000AgeInYears = 8,
    kP6000DayOfWeek = 9,
    kP7000LeapYear = 10,
    kP8100CheckDate1 = 11,
    kP8100Exit = 12,
    kP8200CheckDate2 = 13,
    kP8200Exit = 14,
    kP9999Return = 15,
  };
  static constexpr int kProcedureCount = 16;
  auto Dispatch(int procedure) -> int;
  void Perform(int first, int last);
  auto P0000Dispatch() -> int;
  auto P0010FindFunction() -> int;
  auto P0020Branch() -> int;
  auto P0090BadFunction() -> int;
  auto P1000Validate() -> int;
  auto P2000DaysBetween() -> int;
  auto P3000AddDays() -> int;
  auto P4000EndOfMonth() -> int;
  auto P5000AgeInYears() -> int;
  auto P6000DayOfWeek() -> int;
  auto P7000LeapYear() -> int;
  auto P8100CheckDate1() -> int;
  auto P8100Exit() -> int;
  auto P8200CheckDate2() -> int;
  auto P8200Exit() -> int;
  auto P9999Return() -> int;
};

void Dateutil::Call(std::span<const cobrt::CallArgument> arguments) {
  if (!initialized_) {
    Initialize();
    initialized_ = true;
  }
  lk_function_ = arguments.size() > 0 ? arguments[0].data : nullptr;
  date_parms_ = arguments.size() > 1 ? arguments[1].data : nullptr;
  returning_ = false;
  Perform(kP0000Dispatch, kP9999Return);
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void Dateutil::Initialize() {
  std::memcpy(ws_function_values_ + 0, "VALDDAYSADDDEOM AGE DOW LEAP", 28);  // FILLER DATEUTIL:30
  cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_func_ix_ + 0, cobrt::Fixed<1, 0>{0});  // WS-FUNC-IX DATEUTIL:34
  cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_call_count_ + 0, cobrt::Fixed<1, 0>{0LL});  // WS-CALL-COUNT DATEUTIL:35
  cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_day_1_ + 0, cobrt::Fixed<1, 0>{0});  // WS-DAY-1 DATEUTIL:36
  cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_day_2_ + 0, cobrt::Fixed<1, 0>{0});  // WS-DAY-2 DATEUTIL:37
  cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_quotient_ + 0, cobrt::Fixed<1, 0>{0});  // WS-QUOTIENT DATEUTIL:38
  cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_rem_4_ + 0, cobrt::Fixed<1, 0>{0});  // WS-REM-4 DATEUTIL:39
  cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_rem_100_ + 0, cobrt::Fixed<1, 0>{0});  // WS-REM-100 DATEUTIL:40
  cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_rem_400_ + 0, cobrt::Fixed<1, 0>{0});  // WS-REM-400 DATEUTIL:41
  cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_rem_7_ + 0, cobrt::Fixed<1, 0>{0});  // WS-REM-7 DATEUTIL:42
  cobrt::Store<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(
      ws_work_1_ + 0, cobrt::Fixed<1, 0>{0});  // WS-W1-DATE DATEUTIL:44
  cobrt::Store<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(
      ws_work_2_ + 0, cobrt::Fixed<1, 0>{0});  // WS-W2-DATE DATEUTIL:51
}

// 88 DP-OK of DP-RETURN-CODE  DATEPARM:26
auto Dateutil::IsDpOk() const -> bool {
  const auto dp_return_code =
      cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24);
  return cobrt::Compare(dp_return_code, cobrt::Fixed<1, 0>{0LL}) == 0;
}

// 88 DP-DATE-1-INVALID of DP-RETURN-CODE  DATEPARM:27
auto Dateutil::IsDpDate1Invalid() const -> bool {
  const auto dp_return_code =
      cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24);
  return cobrt::Compare(dp_return_code, cobrt::Fixed<2, 0>{10LL}) == 0;
}

// 88 DP-DATE-2-INVALID of DP-RETURN-CODE  DATEPARM:28
auto Dateutil::IsDpDate2Invalid() const -> bool {
  const auto dp_return_code =
      cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24);
  return cobrt::Compare(dp_return_code, cobrt::Fixed<2, 0>{20LL}) == 0;
}

auto Dateutil::Dispatch(int procedure) -> int {
  switch (procedure) {
    case kP0000Dispatch:
      return P0000Dispatch();
    case kP0010FindFunction:
      return P0010FindFunction();
    case kP0020Branch:
      return P0020Branch();
    case kP0090BadFunction:
      return P0090BadFunction();
    case kP1000Validate:
      return P1000Validate();
    case kP2000DaysBetween:
      return P2000DaysBetween();
    case kP3000AddDays:
      return P3000AddDays();
    case kP4000EndOfMonth:
      return P4000EndOfMonth();
    case kP5000AgeInYears:
      return P5000AgeInYears();
    case kP6000DayOfWeek:
      return P6000DayOfWeek();
    case kP7000LeapYear:
      return P7000LeapYear();
    case kP8100CheckDate1:
      return P8100CheckDate1();
    case kP8100Exit:
      return P8100Exit();
    case kP8200CheckDate2:
      return P8200CheckDate2();
    case kP8200Exit:
      return P8200Exit();
    case kP9999Return:
      return P9999Return();
  }
  return kFallThrough;
}

// Runs procedures from `first` until `last` completes, as cobc runs PERFORM first THRU last:
// a GO TO moves control anywhere, and only reaching the end of `last` returns.
void Dateutil::Perform(int first, int last) {
  for (int procedure = first; procedure < kProcedureCount;) {
    const int next = Dispatch(procedure);
    if (returning_) return;
    if (next != kFallThrough) {
      procedure = next;
      continue;
    }
    if (procedure == last) return;
    ++procedure;
  }
}

// PARAGRAPH 0000-DISPATCH  DATEUTIL:63
auto Dateutil::P0000Dispatch() -> int {
  // ADD DATEUTIL:64
  {
    const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
    const auto result0_0 =
        cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                      cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_call_count_);
    const auto result0_1 = cobrt::Add(result0_0, operand_0);
    cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_call_count_,
                                                                          result0_1);
  }
  cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
      date_parms_ + 24, cobrt::Fixed<1, 0>{0});  // MOVE DATEUTIL:65
  cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                             cobrt::BinaryTruncation::kToStorageBytes>>(
      ws_func_ix_, cobrt::Fixed<1, 0>{1LL});  // MOVE DATEUTIL:66
  return kFallThrough;
}

// PARAGRAPH 0010-FIND-FUNCTION  DATEUTIL:67
auto Dateutil::P0010FindFunction() -> int {
  // IF DATEUTIL:68
  if ((cobrt::Compare(cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                    cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_func_ix_),
                      cobrt::Fixed<1, 0>{7LL}) > 0)) {
    return kP0090BadFunction;  // GO TO DATEUTIL:69
  }
  // IF DATEUTIL:70
  if ((cobrt::CompareAlphanumeric(
           ws_function_values_ +
               (static_cast<int64_t>(
                    cobrt::TruncateTo<0>(
                        cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                      cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_func_ix_))
                        .mantissa) -
                1) *
                   4,
           4, lk_function_, 4) == 0)) {
    return kP0020Branch;  // GO TO DATEUTIL:71
  }
  // ADD DATEUTIL:72
  {
    const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
    const auto result0_0 =
        cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                      cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_func_ix_);
    const auto result0_1 = cobrt::Add(result0_0, operand_0);
    cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_func_ix_, result0_1);
  }
  return kP0010FindFunction;  // GO TO DATEUTIL:73
  return kFallThrough;
}

// PARAGRAPH 0020-BRANCH  DATEUTIL:74
auto Dateutil::P0020Branch() -> int {
  // GO TO ... DEPENDING ON DATEUTIL:75
  switch (static_cast<int64_t>(
      cobrt::TruncateTo<0>(
          cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                        cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_func_ix_))
          .mantissa)) {
    case 1:
      return kP1000Validate;
    case 2:
      return kP2000DaysBetween;
    case 3:
      return kP3000AddDays;
    case 4:
      return kP4000EndOfMonth;
    case 5:
      return kP5000AgeInYears;
    case 6:
      return kP6000DayOfWeek;
    case 7:
      return kP7000LeapYear;
  }
  return kFallThrough;
}

// PARAGRAPH 0090-BAD-FUNCTION  DATEUTIL:83
auto Dateutil::P0090BadFunction() -> int {
  cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
      date_parms_ + 24, cobrt::Fixed<2, 0>{90LL});  // MOVE DATEUTIL:84
  return kP9999Return;                              // GO TO DATEUTIL:85
  return kFallThrough;
}

// PARAGRAPH 1000-VALIDATE  DATEUTIL:88
auto Dateutil::P1000Validate() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:89
  if (returning_) return kFallThrough;
  return kP9999Return;  // GO TO DATEUTIL:90
  return kFallThrough;
}

// PARAGRAPH 2000-DAYS-BETWEEN  DATEUTIL:93
auto Dateutil::P2000DaysBetween() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:94
  if (returning_) return kFallThrough;
  // IF DATEUTIL:95
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:96
  }
  Perform(kP8200CheckDate2, kP8200Exit);  // PERFORM DATEUTIL:97
  if (returning_) return kFallThrough;
  // IF DATEUTIL:98
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:99
  }
  // COMPUTE DATEUTIL:100
  {
    const auto value_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_);
    const auto value_1 = cobrt::IntegerFunction<7>(cobrt::IntegerOfDateValue, value_0);
    cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_day_1_, value_1);
  }
  // COMPUTE DATEUTIL:101
  {
    const auto value_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 8);
    const auto value_1 = cobrt::IntegerFunction<7>(cobrt::IntegerOfDateValue, value_0);
    cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_day_2_, value_1);
  }
  // COMPUTE DATEUTIL:102
  {
    const auto value_0 = cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                       cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_2_);
    const auto value_1 = cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                       cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_1_);
    const auto value_2 = cobrt::Subtract(value_0, value_1);
    cobrt::Store<cobrt::Packed<7, 0, true>>(date_parms_ + 16, value_2);
  }
  return kP9999Return;  // GO TO DATEUTIL:103
  return kFallThrough;
}

// PARAGRAPH 3000-ADD-DAYS  DATEUTIL:106
auto Dateutil::P3000AddDays() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:107
  if (returning_) return kFallThrough;
  // IF DATEUTIL:108
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:109
  }
  // COMPUTE DATEUTIL:110
  {
    const auto value_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_);
    const auto value_1 = cobrt::IntegerFunction<7>(cobrt::IntegerOfDateValue, value_0);
    const auto value_2 = cobrt::Packed<7, 0, true>::Read(date_parms_ + 16);
    const auto value_3 = cobrt::Add(value_1, value_2);
    cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_day_1_, value_3);
  }
  // IF DATEUTIL:112
  if (((cobrt::Compare(cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_1_),
                       cobrt::Fixed<1, 0>{1LL}) < 0) ||
       (cobrt::Compare(cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_1_),
                       cobrt::Fixed<7, 0>{3067671LL}) > 0))) {
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        date_parms_ + 24, cobrt::Fixed<2, 0>{30LL});  // MOVE DATEUTIL:113
    return kP9999Return;                              // GO TO DATEUTIL:114
  }
  // COMPUTE DATEUTIL:115
  {
    const auto value_0 = cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                       cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_1_);
    const auto value_1 = cobrt::IntegerFunction<8>(cobrt::DateOfIntegerValue, value_0);
    cobrt::Store<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(date_parms_ + 8, value_1);
  }
  return kP9999Return;  // GO TO DATEUTIL:116
  return kFallThrough;
}

// PARAGRAPH 4000-END-OF-MONTH  DATEUTIL:119
auto Dateutil::P4000EndOfMonth() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:120
  if (returning_) return kFallThrough;
  // IF DATEUTIL:121
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:122
  }
  cobrt::MoveNumeric<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>,
                     cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(
      date_parms_, ws_work_2_);  // MOVE DATEUTIL:123
  // IF DATEUTIL:124
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_2_ + 4),
                      cobrt::Fixed<2, 0>{12LL}) == 0)) {
    // ADD DATEUTIL:125
    {
      const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
      const auto result0_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_2_);
      const auto result0_1 = cobrt::Add(result0_0, operand_0);
      cobrt::Store<cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>>(ws_work_2_, result0_1);
    }
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        ws_work_2_ + 4, cobrt::Fixed<1, 0>{1LL});  // MOVE DATEUTIL:126
  } else {
    // ADD DATEUTIL:128
    {
      const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
      const auto result0_0 = cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_2_ + 4);
      const auto result0_1 = cobrt::Add(result0_0, operand_0);
      cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(ws_work_2_ + 4, result0_1);
    }
  }
  cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
      ws_work_2_ + 6, cobrt::Fixed<1, 0>{1LL});  // MOVE DATEUTIL:129
  // COMPUTE DATEUTIL:130
  {
    const auto value_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_2_);
    const auto value_1 = cobrt::IntegerFunction<7>(cobrt::IntegerOfDateValue, value_0);
    const auto value_2 = cobrt::Fixed<1, 0>{1LL};
    const auto value_3 = cobrt::Subtract(value_1, value_2);
    cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_day_2_, value_3);
  }
  // COMPUTE DATEUTIL:132
  {
    const auto value_0 = cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                       cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_2_);
    const auto value_1 = cobrt::IntegerFunction<8>(cobrt::DateOfIntegerValue, value_0);
    cobrt::Store<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(date_parms_ + 8, value_1);
  }
  // IF DATEUTIL:133
  if ((cobrt::Compare(cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 8),
                      cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_)) == 0)) {
    cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("Y"), 1, date_parms_ + 23,
                            1);  // MOVE DATEUTIL:134
  } else {
    cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("N"), 1, date_parms_ + 23,
                            1);  // MOVE DATEUTIL:136
  }
  return kP9999Return;  // GO TO DATEUTIL:137
  return kFallThrough;
}

// PARAGRAPH 5000-AGE-IN-YEARS  DATEUTIL:142
auto Dateutil::P5000AgeInYears() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:143
  if (returning_) return kFallThrough;
  // IF DATEUTIL:144
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:145
  }
  Perform(kP8200CheckDate2, kP8200Exit);  // PERFORM DATEUTIL:146
  if (returning_) return kFallThrough;
  // IF DATEUTIL:147
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:148
  }
  // COMPUTE DATEUTIL:149
  {
    const auto value_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_2_);
    const auto value_1 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_1_);
    const auto value_2 = cobrt::Subtract(value_0, value_1);
    cobrt::Store<cobrt::Packed<3, 0, true>>(date_parms_ + 20, value_2);
  }
  // IF DATEUTIL:150
  if ((cobrt::CompareAlphanumeric(ws_work_2_ + 4, 4, ws_work_1_ + 4, 4) < 0)) {
    // SUBTRACT DATEUTIL:151
    {
      const auto operand_0 = cobrt::Fixed<1, 0>{1LL};
      const auto result0_0 = cobrt::Packed<3, 0, true>::Read(date_parms_ + 20);
      const auto result0_1 = cobrt::Subtract(result0_0, operand_0);
      cobrt::Store<cobrt::Packed<3, 0, true>>(date_parms_ + 20, result0_1);
    }
  }
  return kP9999Return;  // GO TO DATEUTIL:152
  return kFallThrough;
}

// PARAGRAPH 6000-DAY-OF-WEEK  DATEUTIL:155
auto Dateutil::P6000DayOfWeek() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:156
  if (returning_) return kFallThrough;
  // IF DATEUTIL:157
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:158
  }
  // COMPUTE DATEUTIL:159
  {
    const auto value_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_);
    const auto value_1 = cobrt::IntegerFunction<7>(cobrt::IntegerOfDateValue, value_0);
    const auto value_2 = cobrt::Fixed<1, 0>{1LL};
    const auto value_3 = cobrt::Subtract(value_1, value_2);
    cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                               cobrt::BinaryTruncation::kToStorageBytes>>(ws_day_1_, value_3);
  }
  // DIVIDE ... REMAINDER DATEUTIL:160
  {
    [[maybe_unused]] bool size_error = false;
    const auto operand_0 = cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                         cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_day_1_);
    const auto operand_1 = cobrt::Fixed<1, 0>{7LL};
    const auto quotient = cobrt::Divide(operand_0, operand_1);
    const bool divide_by_zero = quotient.divide_by_zero;
    if (!divide_by_zero) {
      if (cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_quotient_, quotient.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
      const auto remainder = cobrt::DivideRemainder<0>(operand_0, operand_1);
      if (cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_rem_7_, remainder.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
    }
  }
  // COMPUTE DATEUTIL:162
  {
    const auto value_0 = cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                       cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_rem_7_);
    const auto value_1 = cobrt::Fixed<1, 0>{1LL};
    const auto value_2 = cobrt::Add(value_0, value_1);
    cobrt::Store<cobrt::Zoned<1, 0, cobrt::ZonedSign::kUnsigned>>(date_parms_ + 22, value_2);
  }
  return kP9999Return;  // GO TO DATEUTIL:163
  return kFallThrough;
}

// PARAGRAPH 7000-LEAP-YEAR  DATEUTIL:166
auto Dateutil::P7000LeapYear() -> int {
  Perform(kP8100CheckDate1, kP8100Exit);  // PERFORM DATEUTIL:167
  if (returning_) return kFallThrough;
  // IF DATEUTIL:168
  if ((cobrt::Compare(cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>::Read(date_parms_ + 24),
                      cobrt::Fixed<1, 0>{0}) != 0)) {
    return kP9999Return;  // GO TO DATEUTIL:169
  }
  // DIVIDE ... REMAINDER DATEUTIL:170
  {
    [[maybe_unused]] bool size_error = false;
    const auto operand_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_1_);
    const auto operand_1 = cobrt::Fixed<1, 0>{4LL};
    const auto quotient = cobrt::Divide(operand_0, operand_1);
    const bool divide_by_zero = quotient.divide_by_zero;
    if (!divide_by_zero) {
      if (cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_quotient_, quotient.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
      const auto remainder = cobrt::DivideRemainder<0>(operand_0, operand_1);
      if (cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_rem_4_, remainder.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
    }
  }
  // DIVIDE ... REMAINDER DATEUTIL:172
  {
    [[maybe_unused]] bool size_error = false;
    const auto operand_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_1_);
    const auto operand_1 = cobrt::Fixed<3, 0>{100LL};
    const auto quotient = cobrt::Divide(operand_0, operand_1);
    const bool divide_by_zero = quotient.divide_by_zero;
    if (!divide_by_zero) {
      if (cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_quotient_, quotient.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
      const auto remainder = cobrt::DivideRemainder<0>(operand_0, operand_1);
      if (cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_rem_100_, remainder.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
    }
  }
  // DIVIDE ... REMAINDER DATEUTIL:174
  {
    [[maybe_unused]] bool size_error = false;
    const auto operand_0 = cobrt::Zoned<4, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_1_);
    const auto operand_1 = cobrt::Fixed<3, 0>{400LL};
    const auto quotient = cobrt::Divide(operand_0, operand_1);
    const bool divide_by_zero = quotient.divide_by_zero;
    if (!divide_by_zero) {
      if (cobrt::Store<cobrt::Binary<9, 0, true, 4, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_quotient_, quotient.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
      const auto remainder = cobrt::DivideRemainder<0>(operand_0, operand_1);
      if (cobrt::Store<cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>>(
              ws_rem_400_, remainder.value) == cobrt::StoreStatus::kSizeError)
        size_error = true;
    }
  }
  // IF DATEUTIL:176
  if ((((cobrt::Compare(cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                      cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_rem_4_),
                        cobrt::Fixed<1, 0>{0LL}) == 0) &&
        (cobrt::Compare(cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                      cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_rem_100_),
                        cobrt::Fixed<1, 0>{0LL}) != 0)) ||
       (cobrt::Compare(cobrt::Binary<4, 0, true, 2, cobrt::ByteOrder::kBigEndian,
                                     cobrt::BinaryTruncation::kToStorageBytes>::Read(ws_rem_400_),
                       cobrt::Fixed<1, 0>{0LL}) == 0))) {
    cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("Y"), 1, date_parms_ + 23,
                            1);  // MOVE DATEUTIL:178
    cobrt::Store<cobrt::Packed<7, 0, true>>(date_parms_ + 16,
                                            cobrt::Fixed<3, 0>{366LL});  // MOVE DATEUTIL:179
  } else {
    cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("N"), 1, date_parms_ + 23,
                            1);  // MOVE DATEUTIL:181
    cobrt::Store<cobrt::Packed<7, 0, true>>(date_parms_ + 16,
                                            cobrt::Fixed<3, 0>{365LL});  // MOVE DATEUTIL:182
  }
  return kP9999Return;  // GO TO DATEUTIL:183
  return kFallThrough;
}

// PARAGRAPH 8100-CHECK-DATE-1  DATEUTIL:186
auto Dateutil::P8100CheckDate1() -> int {
  cobrt::MoveNumeric<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>,
                     cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(
      date_parms_, ws_work_1_);  // MOVE DATEUTIL:187
  // IF DATEUTIL:188
  if (!cobrt::IsNumeric<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(ws_work_1_)) {
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        date_parms_ + 24, cobrt::Fixed<2, 0>{10LL});  // MOVE DATEUTIL:189
    return kP8100Exit;                                // GO TO DATEUTIL:190
  }
  // IF DATEUTIL:191
  if ((cobrt::Compare(
           [&] {
             const auto term_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_1_);
             const auto term_1 = cobrt::IntegerFunction<1>(cobrt::TestDateYyyymmddValue, term_0);
             return term_1;
           }(),
           cobrt::Fixed<1, 0>{0LL}) != 0)) {
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        date_parms_ + 24, cobrt::Fixed<2, 0>{10LL});  // MOVE DATEUTIL:192
  }
  return kFallThrough;
}

// PARAGRAPH 8100-EXIT  DATEUTIL:193
auto Dateutil::P8100Exit() -> int {
  // EXIT  DATEUTIL:194
  return kFallThrough;
}

// PARAGRAPH 8200-CHECK-DATE-2  DATEUTIL:196
auto Dateutil::P8200CheckDate2() -> int {
  cobrt::MoveNumeric<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>,
                     cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(
      date_parms_ + 8, ws_work_2_);  // MOVE DATEUTIL:197
  // IF DATEUTIL:198
  if (!cobrt::IsNumeric<cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>>(ws_work_2_)) {
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        date_parms_ + 24, cobrt::Fixed<2, 0>{20LL});  // MOVE DATEUTIL:199
    return kP8200Exit;                                // GO TO DATEUTIL:200
  }
  // IF DATEUTIL:201
  if ((cobrt::Compare(
           [&] {
             const auto term_0 = cobrt::Zoned<8, 0, cobrt::ZonedSign::kUnsigned>::Read(ws_work_2_);
             const auto term_1 = cobrt::IntegerFunction<1>(cobrt::TestDateYyyymmddValue, term_0);
             return term_1;
           }(),
           cobrt::Fixed<1, 0>{0LL}) != 0)) {
    cobrt::Store<cobrt::Zoned<2, 0, cobrt::ZonedSign::kUnsigned>>(
        date_parms_ + 24, cobrt::Fixed<2, 0>{20LL});  // MOVE DATEUTIL:202
  }
  return kFallThrough;
}

// PARAGRAPH 8200-EXIT  DATEUTIL:203
auto Dateutil::P8200Exit() -> int {
  // EXIT  DATEUTIL:204
  return kFallThrough;
}

// PARAGRAPH 9999-RETURN  DATEUTIL:206
auto Dateutil::P9999Return() -> int {
  returning_ = true;  // GOBACK DATEUTIL:207
  return kFallThrough;
  return kFallThrough;
}

auto DateutilInstance() -> std::unique_ptr<Dateutil>& {
  static std::unique_ptr<Dateutil> program;
  return program;
}
[[maybe_unused]] const bool kDateutilRegistered =
    cobrt::RegisterProgram("DATEUTIL", {[](std::span<const cobrt::CallArgument> arguments) {
                                          auto& program = DateutilInstance();
                                          if (!program) program = std::make_unique<Dateutil>();
                                          program->Call(arguments);
                                        },
                                        [] { DateutilInstance().reset(); }});

}  // namespace
}  // namespace programs
