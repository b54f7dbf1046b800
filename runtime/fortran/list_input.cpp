#include "runtime/fortran/list_input.h"

#include <cctype>
#include <utility>

namespace cobrt::fortran {
namespace {

auto IsBlank(char c) -> bool { return c == ' ' || c == '\t'; }
auto IsSeparator(char c) -> bool { return IsBlank(c) || c == ',' || c == '/'; }

auto Trim(std::string_view text) -> std::string {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const size_t last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

auto ListInput::SkipBlanksAcrossRecords() -> bool {
  while (true) {
    while (position_ < record_.size() && IsBlank(record_[position_])) ++position_;
    if (position_ < record_.size()) return true;
    if (!NextRecord()) return false;  // the end of a record is a blank
  }
}

// After a value: blanks, then at most one comma (with the blanks after it), within the record.
// A value that ends its record may still have its comma at the start of a later record (the end
// of a record is a blank): `comma_may_follow_` lets the next value take it as that separator.
void ListInput::SkipSeparator() {
  while (position_ < record_.size() && IsBlank(record_[position_])) ++position_;
  comma_may_follow_ = position_ >= record_.size();
  if (position_ < record_.size() && record_[position_] == ',') {
    ++position_;
    while (position_ < record_.size() && IsBlank(record_[position_])) ++position_;
  }
}

// One value's text from the current position: a quoted string (its characters, quotes
// undoubled; marked by a leading quote), a parenthesised complex (for a COMPLEX item), or
// characters up to a separator. Quoted strings and complex values continue across records.
auto ListInput::ReadToken(bool complex_item) -> std::optional<std::string> {
  std::string token;
  const char first = record_[position_];
  if (first == '\'' || first == '"') {
    token += first;
    ++position_;
    while (true) {
      if (position_ >= record_.size()) {
        if (!NextRecord()) return std::nullopt;
        continue;
      }
      const char c = record_[position_++];
      if (c == first) {
        if (position_ < record_.size() && record_[position_] == first) {
          token += c;
          ++position_;
          continue;
        }
        return token;
      }
      token += c;
    }
  }
  if (first == '(' && complex_item) {
    while (true) {
      if (position_ >= record_.size()) {
        if (!NextRecord()) return std::nullopt;
        continue;
      }
      const char c = record_[position_++];
      token += c;
      if (c == ')') return token;
    }
  }
  while (position_ < record_.size() && !IsSeparator(record_[position_])) {
    token += record_[position_++];
  }
  return token;
}

auto ListInput::NextValue(bool complex_item) -> std::optional<std::string> {
  ++item_;
  if (status_ != InputStatus::kOk || slash_) return std::nullopt;
  if (repeats_left_ > 0) {
    --repeats_left_;
    return repeated_;
  }
  if (!have_record_ && !NextRecord()) return std::nullopt;
  if (!SkipBlanksAcrossRecords()) return std::nullopt;
  if (comma_may_follow_ && record_[position_] == ',') {
    // The separator of the value that ended an earlier record.
    ++position_;
    if (!SkipBlanksAcrossRecords()) return std::nullopt;
  }
  comma_may_follow_ = false;
  const char c = record_[position_];
  if (c == ',') {  // a null value
    ++position_;
    while (position_ < record_.size() && IsBlank(record_[position_])) ++position_;
    return std::nullopt;
  }
  if (c == '/') {
    slash_ = true;
    return std::nullopt;
  }
  // r*value and r*: digits, then '*'.
  size_t digits = position_;
  while (digits < record_.size() && std::isdigit(static_cast<unsigned char>(record_[digits]))) {
    ++digits;
  }
  if (digits > position_ && digits < record_.size() && record_[digits] == '*') {
    const int64_t repeat = std::stoll(record_.substr(position_, digits - position_));
    position_ = digits + 1;
    if (repeat <= 0) {
      Fail(InputStatus::kError,
           "Zero repeat count in item " + std::to_string(item_) + " of list input");
      return std::nullopt;
    }
    if (position_ >= record_.size() || IsSeparator(record_[position_])) {
      repeated_ = std::nullopt;  // r* : r null values
    } else {
      repeated_ = ReadToken(complex_item);
      if (!repeated_) return std::nullopt;
    }
    repeats_left_ = repeat - 1;
    SkipSeparator();
    return repeated_;
  }
  std::optional<std::string> token = ReadToken(complex_item);
  if (token) SkipSeparator();
  return token;
}

void ListInput::Integer(int64_t& value) {
  std::optional<std::string> text = NextValue();
  if (!text) return;
  std::string error;
  std::optional<int64_t> read =
      (*text)[0] == '\'' || (*text)[0] == '"'
          ? std::nullopt
          : ReadIntegerField(*text, /*padded=*/false, /*blank_zero=*/false, &error);
  if (!read) {
    Fail(InputStatus::kError, "Bad integer for item " + std::to_string(item_) + " in list input");
    return;
  }
  value = *read;
}

template <typename Number>
auto ListInput::ConvertReal(const std::string& text, Number& value) -> bool {
  std::string error;
  std::optional<std::string> decimal =
      text.empty() || text[0] == '\'' || text[0] == '"'
          ? std::nullopt
          : ReadRealField(text, /*padded=*/false, 0, 0, /*blank_zero=*/false, &error);
  if (!decimal) {
    Fail(InputStatus::kError,
         "Bad real number in item " + std::to_string(item_) + " of list input");
    return false;
  }
  if constexpr (sizeof(Number) == sizeof(float)) {
    value = DecimalToFloat(*decimal);
  } else {
    value = DecimalToDouble(*decimal);
  }
  return true;
}

void ListInput::Real(double& value) {
  if (std::optional<std::string> text = NextValue()) ConvertReal(*text, value);
}

void ListInput::Real(float& value) {
  if (std::optional<std::string> text = NextValue()) ConvertReal(*text, value);
}

namespace {

// "(re, im)" into its two parts.
auto SplitComplex(const std::string& text, std::string& real, std::string& imaginary) -> bool {
  if (text.size() < 2 || text.front() != '(' || text.back() != ')') return false;
  const std::string inner = text.substr(1, text.size() - 2);
  const size_t comma = inner.find(',');
  if (comma == std::string::npos) return false;
  real = Trim(std::string_view(inner).substr(0, comma));
  imaginary = Trim(std::string_view(inner).substr(comma + 1));
  return !real.empty() && !imaginary.empty();
}

}  // namespace

template <typename Number>
void ListInput::ComplexOfKind(Number& real, Number& imaginary) {
  std::optional<std::string> text = NextValue(/*complex_item=*/true);
  if (!text) return;
  std::string re;
  std::string im;
  Number r = real;
  Number i = imaginary;
  if (!SplitComplex(*text, re, im) || !ConvertReal(re, r) || !ConvertReal(im, i)) {
    Fail(InputStatus::kError,
         "Bad complex value in item " + std::to_string(item_) + " of list input");
    return;
  }
  real = r;
  imaginary = i;
}

void ListInput::Complex(double& real, double& imaginary) { ComplexOfKind(real, imaginary); }
void ListInput::Complex(float& real, float& imaginary) { ComplexOfKind(real, imaginary); }

void ListInput::Logical(bool& value) {
  std::optional<std::string> text = NextValue();
  if (!text) return;
  size_t i = 0;
  if (i < text->size() && (*text)[i] == '.') ++i;
  const char c = i < text->size()
                     ? static_cast<char>(std::toupper(static_cast<unsigned char>((*text)[i])))
                     : ' ';
  if (c != 'T' && c != 'F') {
    Fail(InputStatus::kError, "Bad logical value while reading item " + std::to_string(item_));
    return;
  }
  value = c == 'T';
}

void ListInput::Character(std::string& value) {
  std::optional<std::string> text = NextValue();
  if (!text) return;
  std::string characters = *text;
  if (!characters.empty() && (characters[0] == '\'' || characters[0] == '"')) {
    characters.erase(0, 1);
  }
  const size_t length = value.size();
  characters.resize(length, ' ');
  value = std::move(characters);
}

void ListInput::Finish() {
  if (!have_record_ && status_ == InputStatus::kOk) NextRecord();
}

}  // namespace cobrt::fortran
