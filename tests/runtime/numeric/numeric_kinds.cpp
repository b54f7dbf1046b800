#include "tests/runtime/numeric/numeric_kinds.h"

#include <string>

namespace remint::testing {

auto NumericPicture(int digits, int scale, bool is_signed) -> std::string {
  std::string picture = is_signed ? "S" : "";
  int integer_digits = digits - scale;
  if (scale < 0) {
    picture += "9(" + std::to_string(digits) + ")P(" + std::to_string(-scale) + ")";
  } else {
    if (integer_digits > 0) picture += "9(" + std::to_string(integer_digits) + ")";
    if (scale > 0) picture += "V9(" + std::to_string(scale) + ")";
  }
  return picture;
}

auto TargetDescription(size_t index) -> std::string {
  static const char* const kDescriptions[] = {
      "PIC S9(5)V99",
      "PIC 9(3)V9",
      "PIC S9(6)V9 COMP-3",
      "PIC S9(4) COMP",
      "PIC S9(3)V99 COMP-5",
      "PIC S9(18) SIGN LEADING SEPARATE",
      "PIC S9(2)V9(36)",
      "PIC 9(2) COMP",
      "PIC 9(3)PP",
      "PIC 9(4)V99 COMP-3",
      "PIC S9(10)V9(8) COMP",
      "PIC S9(2) SIGN LEADING",
      "PIC S9(5) SIGN TRAILING SEPARATE",
      "PIC 9(2) COMP-5",
  };
  static_assert(std::size(kDescriptions) == kTargetKindCount);
  return kDescriptions[index];
}

auto RoundingPhrase(size_t index) -> std::string {
  static const char* const kPhrases[] = {
      "",
      " ROUNDED",
      " ROUNDED MODE IS AWAY-FROM-ZERO",
      " ROUNDED MODE IS NEAREST-AWAY-FROM-ZERO",
      " ROUNDED MODE IS NEAREST-EVEN",
      " ROUNDED MODE IS NEAREST-TOWARD-ZERO",
      " ROUNDED MODE IS TOWARD-GREATER",
      " ROUNDED MODE IS TOWARD-LESSER",
      " ROUNDED MODE IS TRUNCATION",
      " ROUNDED MODE IS PROHIBITED",
  };
  static_assert(std::size(kPhrases) == kRoundingPhraseCount);
  return kPhrases[index];
}

auto RoundingModeOf(size_t index) -> cobrt::RoundingMode {
  using cobrt::RoundingMode;
  static const RoundingMode kModes[] = {
      RoundingMode::kTruncation,    RoundingMode::kNearestAwayFromZero,
      RoundingMode::kAwayFromZero,  RoundingMode::kNearestAwayFromZero,
      RoundingMode::kNearestEven,   RoundingMode::kNearestTowardZero,
      RoundingMode::kTowardGreater, RoundingMode::kTowardLesser,
      RoundingMode::kTruncation,    RoundingMode::kProhibited,
  };
  return kModes[index];
}

}  // namespace remint::testing
