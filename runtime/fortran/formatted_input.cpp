#include "runtime/fortran/formatted_input.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <utility>

namespace cobrt::fortran {
namespace {

auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

// The field's characters with its blanks resolved: leading blanks dropped, later ones dropped
// (BN) or read as zeros (BZ, trailing ones included: the standard counts every blank after the
// first non-blank). Blanks right after an exponent letter are dropped either way, as
// libgfortran reads "1.5E -3". nullopt when a sign ends the field: libgfortran reads a sign
// with nothing after it as a bad value, though a sign followed by blanks (or by the padding of a
// record shorter than the field: `padded`) reads as zero.
auto Squeeze(std::string_view field, bool padded, bool blank_zero) -> std::optional<std::string> {
  const size_t first = field.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::string();
  std::string text;
  bool after_exponent_letter = false;
  for (size_t i = first; i < field.size(); ++i) {
    const char c = field[i];
    if (c == ' ') {
      if (blank_zero && !after_exponent_letter) text += '0';
      continue;
    }
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    after_exponent_letter = i > first && (upper == 'E' || upper == 'D' || upper == 'Q');
    text += c;
  }
  const char last = field.back();
  if (!padded && (last == '+' || last == '-')) return std::nullopt;
  return text;
}

// The decimal text ReadRealField made ("-digits e shift"), correctly rounded straight to the
// item's precision as strtof/strtod round it: past the largest value an infinity, below the
// smallest a zero, both signed.
template <typename Real>
auto Convert(const std::string& text) -> Real {
  Real parsed = 0;
  auto [end, code] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (code != std::errc::result_out_of_range) return parsed;
  const bool negative = text[0] == '-';
  const size_t e = text.find('e');
  const size_t first = text.find_first_of("123456789");
  // The decimal exponent of the value's first significant digit.
  const int64_t magnitude = std::stoll(text.substr(e + 1)) + static_cast<int64_t>(e - first);
  const Real result = magnitude > 0 ? std::numeric_limits<Real>::infinity() : Real(0);
  return negative ? -result : result;
}

}  // namespace

auto DecimalToFloat(const std::string& text) -> float { return Convert<float>(text); }
auto DecimalToDouble(const std::string& text) -> double { return Convert<double>(text); }

auto ReadIntegerField(std::string_view field, bool padded, bool blank_zero, std::string* error)
    -> std::optional<int64_t> {
  const std::optional<std::string> squeezed = Squeeze(field, padded, blank_zero);
  if (!squeezed) {
    if (error != nullptr) *error = "Bad value during integer read";
    return std::nullopt;
  }
  const std::string& text = *squeezed;
  if (text.empty()) return 0;
  size_t i = 0;
  bool negative = false;
  if (text[0] == '+' || text[0] == '-') {
    negative = text[0] == '-';
    ++i;
  }
  if (i == text.size()) return 0;  // a sign alone reads as zero
  uint64_t magnitude = 0;
  const uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  for (; i < text.size(); ++i) {
    if (!IsDigit(text[i])) {
      if (error != nullptr) *error = "Bad value during integer read";
      return std::nullopt;
    }
    const uint64_t digit = static_cast<uint64_t>(text[i] - '0');
    if (magnitude > (limit - digit) / 10) {
      if (error != nullptr) *error = "Value overflowed during integer read";
      return std::nullopt;
    }
    magnitude = magnitude * 10 + digit;
  }
  return negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

auto ReadRealField(std::string_view field, bool padded, int32_t decimals, int32_t scale,
                   bool blank_zero, std::string* error) -> std::optional<std::string> {
  auto bad = [&]() -> std::optional<std::string> {
    if (error != nullptr) *error = "Bad value during floating point read";
    return std::nullopt;
  };
  const std::optional<std::string> squeezed = Squeeze(field, padded, blank_zero);
  if (!squeezed) return bad();
  const std::string& text = *squeezed;
  if (text.empty()) return std::string("0");
  size_t i = 0;
  std::string number;
  if (text[0] == '+' || text[0] == '-') {
    if (text[0] == '-') number += '-';
    ++i;
  }
  std::string digits;
  bool point = false;
  int64_t after_point = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      digits += c;
      if (point) ++after_point;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  // The exponent: E, D or Q with an optional sign, or a sign alone; its digits may be missing.
  bool has_exponent = false;
  int64_t exponent = 0;
  if (i < text.size()) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    if (c != 'E' && c != 'D' && c != 'Q' && c != '+' && c != '-') return bad();
    if (digits.empty()) return bad();
    has_exponent = true;
    if (c != '+' && c != '-') ++i;
    bool negative_exponent = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      negative_exponent = text[i] == '-';
      ++i;
    }
    if (i == text.size()) return bad();  // an exponent needs its digits
    for (; i < text.size(); ++i) {
      if (!IsDigit(text[i])) return bad();
      if (exponent < 100000) exponent = exponent * 10 + (text[i] - '0');
    }
    if (negative_exponent) exponent = -exponent;
  }
  if (digits.empty()) return std::string("0");  // a sign or point alone: +0, not -0
  int64_t shift = point ? -after_point : -static_cast<int64_t>(decimals);
  shift += has_exponent ? exponent : -static_cast<int64_t>(scale);
  number += digits;
  number += "e";
  number += std::to_string(shift);
  return number;
}

void RecordInput::Fail(InputStatus status, std::string message) {
  if (status_ != InputStatus::kOk) return;
  status_ = status;
  message_ = std::move(message);
}

auto RecordInput::NextRecord() -> bool {
  std::optional<std::string> record = records_.NextRecord();
  if (!record) {
    Fail(InputStatus::kEndOfFile, "End of file");
    return false;
  }
  record_ = std::move(*record);
  have_record_ = true;
  position_ = 0;
  return true;
}

FormattedInput::FormattedInput(const Format& format, RecordSource& records)
    : RecordInput(records), walk_(format) {}

auto FormattedInput::Field(int32_t width) -> std::string {
  const size_t size = static_cast<size_t>(std::max(width, 0));
  std::string field;
  if (position_ < record_.size()) field = record_.substr(position_, size);
  position_ += size;
  return field;
}

auto FormattedInput::Next(bool finishing) -> const FormatItem* {
  if (!have_record_ && status_ == InputStatus::kOk) NextRecord();
  while (status_ == InputStatus::kOk) {
    const FormatWalk::Step step = walk_.Next(finishing);
    switch (step.kind) {
      case FormatWalk::StepKind::kData:
        return step.item;
      case FormatWalk::StepKind::kControl:
        Control(*step.item);
        break;
      case FormatWalk::StepKind::kNewRecord:
        NextRecord();
        break;
      case FormatWalk::StepKind::kStop:
        return nullptr;
      case FormatWalk::StepKind::kError:
        Fail(InputStatus::kError, step.error);
        return nullptr;
    }
  }
  return nullptr;
}

void FormattedInput::Control(const FormatItem& item) {
  switch (item.kind) {
    case EditKind::kLiteral:
      Fail(InputStatus::kError, "Constant string in input format");
      break;
    case EditKind::kSkip:
    case EditKind::kTabRight:
      position_ += static_cast<size_t>(item.width);
      break;
    case EditKind::kTab:
      position_ = static_cast<size_t>(item.width - 1);
      break;
    case EditKind::kTabLeft:
      position_ -= std::min(position_, static_cast<size_t>(item.width));
      break;
    case EditKind::kSlash:
      for (int32_t i = 0; i < item.repeat; ++i) NextRecord();
      break;
    case EditKind::kScale:
      scale_ = item.width;
      break;
    case EditKind::kBlankNull:
      blank_zero_ = false;
      break;
    case EditKind::kBlankZero:
      blank_zero_ = true;
      break;
    default:  // S, SP, SS: output only.
      break;
  }
}

void FormattedInput::Integer(int64_t& value) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  if (item->kind != EditKind::kInteger && item->kind != EditKind::kGeneral) {
    Fail(InputStatus::kError, "Expected INTEGER for item in formatted transfer");
    return;
  }
  std::string error;
  const std::string field = Field(item->width);
  std::optional<int64_t> read =
      ReadIntegerField(field, field.size() < static_cast<size_t>(item->width), blank_zero_, &error);
  if (!read) {
    Fail(InputStatus::kError, error);
    return;
  }
  value = *read;
}

void FormattedInput::RealOfKind(double* wide, float* narrow) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  switch (item->kind) {
    case EditKind::kFixed:
    case EditKind::kExponent:
    case EditKind::kDouble:
    case EditKind::kGeneral:
      break;
    default:
      Fail(InputStatus::kError, "Expected REAL for item in formatted transfer");
      return;
  }
  std::string error;
  const std::string field = Field(item->width);
  std::optional<std::string> text =
      ReadRealField(field, field.size() < static_cast<size_t>(item->width),
                    std::max(item->digits, 0), scale_, blank_zero_, &error);
  if (!text) {
    Fail(InputStatus::kError, error);
    return;
  }
  if (narrow != nullptr) {
    *narrow = Convert<float>(*text);
  } else {
    *wide = Convert<double>(*text);
  }
}

void FormattedInput::Logical(bool& value) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  if (item->kind != EditKind::kLogical && item->kind != EditKind::kGeneral) {
    Fail(InputStatus::kError, "Expected LOGICAL for item in formatted transfer");
    return;
  }
  const std::string field = Field(item->width);
  size_t i = field.find_first_not_of(' ');
  if (i != std::string::npos && field[i] == '.') ++i;
  const char c = i < field.size()
                     ? static_cast<char>(std::toupper(static_cast<unsigned char>(field[i])))
                     : ' ';
  if (c == 'T') {
    value = true;
  } else if (c == 'F') {
    value = false;
  } else {
    Fail(InputStatus::kError, "Bad value during logical read");
  }
}

void FormattedInput::Character(std::string& value) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  if (item->kind != EditKind::kCharacter && item->kind != EditKind::kGeneral) {
    Fail(InputStatus::kError, "Expected CHARACTER for item in formatted transfer");
    return;
  }
  const size_t length = value.size();
  const int32_t width = item->width < 0 ? static_cast<int32_t>(length) : item->width;
  std::string field = Field(width);
  field.resize(static_cast<size_t>(width), ' ');  // PAD='YES'; numeric fields are not padded
  // A wider field gives its rightmost characters; a narrower one is padded with blanks.
  if (field.size() >= length) {
    value = field.substr(field.size() - length);
  } else {
    value = field + std::string(length - field.size(), ' ');
  }
}

void FormattedInput::Finish() {
  Next(/*finishing=*/true);
  if (!have_record_ && status_ == InputStatus::kOk) NextRecord();
}

}  // namespace cobrt::fortran
