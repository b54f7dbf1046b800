#include "runtime/intrinsic/text_functions.h"

#include <cstdio>
#include <cstring>
#include <ctime>

#include "runtime/edit/compare.h"

namespace cobrt {
namespace {

// COB_MAX_DIGITS: the digits NUMVAL reads.
constexpr size_t kMaxDigits = 38;

auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

auto Compare(std::string_view a, std::string_view b) -> int {
  return CompareAlphanumeric(TextBytes(a), a.size(), TextBytes(b), b.size());
}

// The first argument that compares `wanted` (1: greater, -1: less) than every earlier pick.
auto PickText(TextArguments texts, int wanted) -> const std::string_view* {
  const std::string_view* pick = texts.begin();
  for (const std::string_view* it = texts.begin() + 1; it != texts.end(); ++it) {
    if (Compare(*it, *pick) * wanted > 0) pick = it;
  }
  return pick;
}

// cob_check_numval: 0 when `text` is a valid NUMVAL (NUMVAL-C when `with_currency`) argument,
// else the position of the first invalid byte, from 1.
auto CheckNumval(std::string_view text, std::optional<std::string_view> currency,
                 bool with_currency, char decimal_point, char currency_symbol) -> int {
  // The currency string: from the first to the last byte that is not a space.
  const char* currency_begin = nullptr;
  size_t currency_size = 0;
  if (currency.has_value()) {
    const char* end = nullptr;
    for (size_t i = 0; i < currency->size(); ++i) {
      char c = (*currency)[i];
      if (IsDigit(c) || c == '+' || c == '-' || c == '.' || c == ',' || c == '*') return 1;
      if (c == ' ') continue;
      if (i + 1 < currency->size() &&
          (currency->substr(i, 2) == "CR" || currency->substr(i, 2) == "DB")) {
        return 1;
      }
      if (currency_begin == nullptr) currency_begin = currency->data() + i;
      end = currency->data() + i;
    }
    if (currency_begin == nullptr) return 1;
    currency_size = static_cast<size_t>(end - currency_begin) + 1;
    if (currency_size >= text.size()) {
      currency_begin = nullptr;
      currency_size = 0;
    }
  } else if (with_currency) {
    currency_begin = &currency_symbol;
    currency_size = 1;
  }
  if (text.empty()) return 1;
  const int size = static_cast<int>(text.size());
  bool plus_minus = false;
  int n = 0;
  // Leading spaces, one sign, currency bytes, up to the first digit or point.
  for (; n < size; ++n) {
    char c = text[static_cast<size_t>(n)];
    if (IsDigit(c)) break;
    if (c == ' ') continue;
    if (c == '+' || c == '-') {
      if (plus_minus) return n + 1;
      plus_minus = true;
      continue;
    }
    if (c == ',' || c == '.') {
      if (c != decimal_point) return n + 1;
      break;
    }
    // libcob skips one byte when the currency string starts here, so a currency string of
    // several bytes is invalid here.
    if (currency_begin != nullptr && n < size - static_cast<int>(currency_size) &&
        std::memcmp(text.data() + n, currency_begin, currency_size) == 0) {
      continue;
    }
    return n + 1;
  }
  if (n == size) return n + 1;
  size_t digits = 0;
  bool decimal_seen = false;
  bool space_seen = false;
  for (; n < size; ++n) {
    char c = text[static_cast<size_t>(n)];
    if (IsDigit(c)) {
      if (++digits > kMaxDigits || space_seen) return n + 1;
      continue;
    }
    switch (c) {
      case ',':
      case '.':
        if (decimal_seen || space_seen) return n + 1;
        if (c == decimal_point) {
          decimal_seen = true;
        } else if (!with_currency) {
          return n + 1;
        }
        continue;
      case ' ':
        space_seen = true;
        continue;
      case '+':
      case '-':
        if (plus_minus) return n + 1;
        plus_minus = true;
        continue;
      case 'C':
      case 'D':
        if (plus_minus) return n + 1;
        if (n < size - 1 && text[static_cast<size_t>(n) + 1] == (c == 'C' ? 'R' : 'B')) {
          plus_minus = true;
          ++n;
          continue;
        }
        return n + 2;
      default:
        return n + 1;
    }
  }
  if (digits == 0) return n + 1;
  return 0;
}

// numval(): the digits, the sign and the decimals of a valid string.
auto Numval(std::string_view text, std::optional<std::string_view> currency, bool with_currency,
            char decimal_point, char currency_symbol) -> NumericResult {
  if (CheckNumval(text, currency, with_currency, decimal_point, currency_symbol) != 0) {
    return UnsignedField(0);
  }
  std::string digits;
  int decimals = 0;
  bool negative = false;
  bool decimal_seen = false;
  const std::string_view currency_text =
      currency.has_value() && currency->size() < text.size() ? *currency : std::string_view();
  for (size_t i = 0; i < text.size(); ++i) {
    // CR / DB count only with two more bytes after them (libcob's in_last_n_chars test).
    if (i + 2 < text.size() && (text.substr(i, 2) == "CR" || text.substr(i, 2) == "DB")) {
      negative = true;
      break;
    }
    if (!currency_text.empty()) {
      if (i + currency_text.size() < text.size() &&
          text.substr(i, currency_text.size()) == currency_text) {
        i += currency_text.size() - 1;
        continue;
      }
    } else if (with_currency && text[i] == currency_symbol) {
      continue;
    }
    char c = text[i];
    if (c == ' ' || c == '+') continue;
    if (c == '-') {
      negative = true;
      continue;
    }
    if (c == decimal_point) {
      decimal_seen = true;
      continue;
    }
    if (IsDigit(c)) {
      if (decimal_seen) ++decimals;
      digits += c;
    }
    if (digits.size() > kMaxDigits) break;
  }
  BigInt value = BigInt::FromDigits(digits);
  if (negative) value = value.Negated();
  return AllocField(BigDecimal{value, decimals});
}

// cob_check_numval_f: [sp][+|-][sp]{digits[.[digits]]|.digits}[sp][E[sp]{+|-}[sp]digits[sp]].
auto CheckNumvalF(std::string_view text, char decimal_point) -> int {
  if (text.empty()) return 1;
  const int size = static_cast<int>(text.size());
  bool plus_minus = false;
  int n = 0;
  for (; n < size; ++n) {
    char c = text[static_cast<size_t>(n)];
    if (IsDigit(c)) break;
    if (c == ' ') continue;
    if (c == '+' || c == '-') {
      if (plus_minus) return n + 1;
      plus_minus = true;
      continue;
    }
    if ((c == ',' || c == '.') && c == decimal_point) break;
    return n + 1;
  }
  if (n == size) return n + 1;
  size_t digits = 0;
  int exponent_digits = 0;
  bool decimal_seen = false;
  bool space_seen = false;
  bool e_seen = false;
  bool e_sign = false;
  for (; n < size; ++n) {
    char c = text[static_cast<size_t>(n)];
    if (IsDigit(c)) {
      if (e_seen) {
        if (++exponent_digits > 4 || !e_sign) return n + 1;
      } else if (++digits > kMaxDigits || space_seen) {
        return n + 1;
      }
      continue;
    }
    switch (c) {
      case ',':
      case '.':
        if (decimal_seen || space_seen || e_seen || c != decimal_point) return n + 1;
        decimal_seen = true;
        continue;
      case ' ':
        space_seen = true;
        continue;
      case 'E':
        if (e_seen) return n + 1;
        e_seen = true;
        continue;
      case '+':
      case '-':
        if (e_seen) {
          if (e_sign) return n + 1;
          e_sign = true;
        } else {
          if (plus_minus) return n + 1;
          plus_minus = true;
        }
        continue;
      default:
        return n + 1;
    }
  }
  if (digits == 0 || (e_seen && exponent_digits == 0)) return n + 1;
  return 0;
}

auto Lower(char c) -> char { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// libcob's substitute(): at each position the first `from` that matches is replaced.
auto Substitute(std::string_view text, TextArguments pairs, bool ignore_case) -> std::string {
  auto matches = [&](size_t at, std::string_view from) {
    if (at + from.size() > text.size()) return false;
    for (size_t i = 0; i < from.size(); ++i) {
      char a = text[at + i];
      char b = from[i];
      if (ignore_case ? Lower(a) != Lower(b) : a != b) return false;
    }
    return true;
  };
  std::string result;
  for (size_t i = 0; i < text.size();) {
    const std::string_view* from = pairs.begin();
    while (from + 1 < pairs.end() && !matches(i, *from)) from += 2;
    if (from + 1 < pairs.end()) {
      result += *(from + 1);
      i += from->size();
    } else {
      result += text[i++];
    }
  }
  return result;
}

}  // namespace

auto FunctionUpperCase(std::string_view text) -> std::string {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return result;
}

auto FunctionLowerCase(std::string_view text) -> std::string {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

auto FunctionReverse(std::string_view text) -> std::string {
  return std::string(text.rbegin(), text.rend());
}

auto FunctionTrim(std::string_view text, TrimSide side) -> std::string {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::string();
  size_t last = text.find_last_not_of(' ');
  if (side == TrimSide::kTrailing) first = 0;
  if (side == TrimSide::kLeading) last = text.size() - 1;
  return std::string(text.substr(first, last - first + 1));
}

auto FunctionConcatenate(TextArguments texts) -> std::string {
  std::string result;
  for (std::string_view text : texts) result += text;
  return result;
}

auto FunctionSubstitute(std::string_view text, TextArguments pairs) -> std::string {
  return Substitute(text, pairs, /*ignore_case=*/false);
}

auto FunctionSubstituteCase(std::string_view text, TextArguments pairs) -> std::string {
  return Substitute(text, pairs, /*ignore_case=*/true);
}

auto FunctionChar(const NumericResult& ordinal) -> std::string {
  int32_t n = IntegerArgument(ordinal);
  return std::string(1, n < 1 || n > 256 ? '\0' : static_cast<char>(n - 1));
}

auto FunctionOrd(std::string_view text) -> NumericResult {
  uint32_t byte = text.empty() ? 0 : static_cast<uint8_t>(text.front());
  return UnsignedField(byte + 1);
}

auto FunctionLength(size_t size) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(size));
}

auto FunctionMaxText(TextArguments texts) -> std::string {
  return std::string(*PickText(texts, 1));
}

auto FunctionMinText(TextArguments texts) -> std::string {
  return std::string(*PickText(texts, -1));
}

auto FunctionOrdMaxText(TextArguments texts) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(PickText(texts, 1) - texts.begin() + 1));
}

auto FunctionOrdMinText(TextArguments texts) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(PickText(texts, -1) - texts.begin() + 1));
}

auto FunctionNumval(std::string_view text, char decimal_point) -> NumericResult {
  return Numval(text, std::nullopt, false, decimal_point, '$');
}

auto FunctionNumvalC(std::string_view text, std::optional<std::string_view> currency,
                     char decimal_point, char currency_symbol) -> NumericResult {
  return Numval(text, currency, true, decimal_point, currency_symbol);
}

auto FunctionNumvalF(std::string_view text, char decimal_point) -> NumericResult {
  if (CheckNumvalF(text, decimal_point) != 0) return UnsignedField(0);
  std::string digits;
  int decimals = 0;
  int exponent = 0;
  bool negative = false;
  bool decimal_seen = false;
  bool e_seen = false;
  bool e_negative = false;
  for (char c : text) {
    if (IsDigit(c)) {
      if (e_seen) {
        exponent = exponent * 10 + (c - '0');
      } else {
        if (decimal_seen) ++decimals;
        digits += c;
      }
    } else if (c == 'E') {
      e_seen = true;
    } else if (c == '-') {
      (e_seen ? e_negative : negative) = true;
    } else if (c == decimal_point) {
      decimal_seen = true;
    }
  }
  BigInt value = BigInt::FromDigits(digits);
  if (value.IsZero()) return AllocField(BigDecimal{});
  if (negative) value = value.Negated();
  if (e_negative) return AllocField(BigDecimal{value, decimals + exponent});
  if (decimals >= exponent) return AllocField(BigDecimal{value, decimals - exponent});
  return AllocField(BigDecimal{value * BigInt::Pow10(exponent - decimals), 0});
}

auto FunctionTestNumval(std::string_view text, char decimal_point) -> NumericResult {
  return IntField(CheckNumval(text, std::nullopt, false, decimal_point, '$'));
}

auto FunctionTestNumvalC(std::string_view text, std::optional<std::string_view> currency,
                         char decimal_point, char currency_symbol) -> NumericResult {
  return IntField(CheckNumval(text, currency, true, decimal_point, currency_symbol));
}

auto FunctionTestNumvalF(std::string_view text, char decimal_point) -> NumericResult {
  return IntField(CheckNumvalF(text, decimal_point));
}

auto WhenCompiledText(const char* compiler_date, const char* compiler_time) -> std::string {
  // __DATE__ is "Mmm dd yyyy", __TIME__ "hh:mm:ss".
  static constexpr const char* kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
  std::tm local{};
  local.tm_mon =
      static_cast<int>(std::strstr(kMonths, std::string(compiler_date, 3).c_str()) - kMonths) / 3;
  local.tm_mday = std::atoi(compiler_date + 4);
  local.tm_year = std::atoi(compiler_date + 7) - 1900;
  local.tm_hour = std::atoi(compiler_time);
  local.tm_min = std::atoi(compiler_time + 3);
  local.tm_sec = std::atoi(compiler_time + 6);
  local.tm_isdst = -1;
  std::time_t when = std::mktime(&local);
  std::tm resolved{};
  localtime_r(&when, &resolved);
  long offset = resolved.tm_gmtoff / 60;
  char text[96];
  std::snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02d00%c%02ld%02ld",
                resolved.tm_year + 1900, resolved.tm_mon + 1, resolved.tm_mday, resolved.tm_hour,
                resolved.tm_min, resolved.tm_sec, offset < 0 ? '-' : '+',
                (offset < 0 ? -offset : offset) / 60, (offset < 0 ? -offset : offset) % 60);
  return text;
}

auto ReferenceModified(std::string text, int64_t offset, int64_t length) -> std::string {
  if (offset <= 0 || static_cast<uint64_t>(offset) > text.size()) return text;
  std::string rest = text.substr(static_cast<size_t>(offset - 1));
  if (length > 0 && static_cast<uint64_t>(length) < rest.size()) {
    rest.resize(static_cast<size_t>(length));
  }
  return rest;
}

void MoveText(std::string_view text, uint8_t* target, size_t target_size, bool justified_right) {
  MoveAlphanumeric(TextBytes(text), text.size(), target, target_size, justified_right);
}

auto CompareText(std::string_view text, std::string_view other) -> int {
  return CompareAlphanumeric(TextBytes(text), text.size(), TextBytes(other), other.size());
}

auto CompareTextAll(std::string_view text, std::string_view pattern) -> int {
  return CompareAll(TextBytes(text), text.size(), pattern.data(), pattern.size());
}

}  // namespace cobrt
