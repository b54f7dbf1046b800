#include "runtime/fortran/edit_output.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <system_error>

namespace cobrt::fortran {
namespace {

auto Stars(int32_t width) -> std::string { return std::string(width > 0 ? width : 1, '*'); }

// `field` right-justified in `width` (0: as it is), or asterisks when it does not fit.
auto Justify(const std::string& field, int32_t width) -> std::string {
  if (width == 0) return field;
  if (field.size() > static_cast<size_t>(width)) return Stars(width);
  return std::string(static_cast<size_t>(width) - field.size(), ' ') + field;
}

auto SignText(bool negative, SignMode sign) -> std::string {
  if (negative) return "-";
  return sign == SignMode::kPlus ? "+" : "";
}

// A magnitude's decimal digits: value = 0.digits x 10^exponent, the first digit not 0.
struct Decimal {
  std::string digits;
  int32_t exponent = 0;
};

// `magnitude` (> 0, finite) rounded to `count` (>= 1) significant digits.
auto Significant(double magnitude, int32_t count) -> Decimal {
  std::string buffer(static_cast<size_t>(count) + 32, '\0');
  auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                    std::chars_format::scientific, count - 1);
  Decimal decimal;
  if (error != std::errc()) return decimal;
  const std::string_view text(buffer.data(), static_cast<size_t>(end - buffer.data()));
  const size_t e = text.find('e');
  for (size_t i = 0; i < e; ++i) {
    if (text[i] != '.') decimal.digits += text[i];
  }
  decimal.exponent = std::atoi(std::string(text.substr(e + 1)).c_str()) + 1;
  return decimal;
}

// `magnitude` (>= 0, finite) rounded to `places` decimals (possibly negative: to tens,
// hundreds, ...), as digits with the position of the decimal point in them.
struct PointedDigits {
  std::string digits;
  int32_t point = 0;  // digits[0, point) are the integer part
};

auto RoundedAt(double magnitude, int32_t places) -> PointedDigits {
  PointedDigits result;
  if (places >= 0) {
    std::string buffer(static_cast<size_t>(places) + 330, '\0');
    auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                      std::chars_format::fixed, places);
    if (error != std::errc()) return result;
    for (const char* p = buffer.data(); p != end; ++p) {
      if (*p == '.') {
        result.point = static_cast<int32_t>(result.digits.size());
      } else {
        result.digits += *p;
      }
    }
    if (places == 0) result.point = static_cast<int32_t>(result.digits.size());
    return result;
  }
  // Rounding left of the units: keep the significant digits down to 10^-places.
  if (magnitude == 0) {
    result.digits = "0";
    result.point = 1;
    return result;
  }
  const int32_t exponent = Significant(magnitude, 17).exponent;
  const int32_t count = exponent + places;
  if (count <= 0) {
    result.digits = "0";
    result.point = 1;
    return result;
  }
  Decimal decimal = Significant(magnitude, count);
  result.digits = decimal.digits;
  if (decimal.exponent > static_cast<int32_t>(result.digits.size())) {
    result.digits.append(static_cast<size_t>(decimal.exponent) - result.digits.size(), '0');
  }
  result.point = decimal.exponent;
  return result;
}

// Infinity and NaN as libgfortran writes them in a field of `width`.
auto NonFinite(double value, int32_t width, SignMode sign) -> std::string {
  if (std::isnan(value)) return width == 0 ? "NaN" : Justify("NaN", width);
  const std::string sign_text = SignText(std::signbit(value), sign);
  const int32_t room = width == 0 ? 9 : width;
  if (room >= static_cast<int32_t>(sign_text.size()) + 8) {
    return Justify(sign_text + "Infinity", width);
  }
  if (room >= static_cast<int32_t>(sign_text.size()) + 3) {
    return Justify(sign_text + "Inf", width);
  }
  return Stars(width);
}

}  // namespace

auto EditInteger(int64_t value, int32_t width, int32_t min_digits, SignMode sign) -> std::string {
  const bool negative = value < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits = magnitude == 0 ? "0" : "";
  for (; magnitude != 0; magnitude /= 10) digits.insert(digits.begin(), char('0' + magnitude % 10));
  // Iw.0 writes nothing but blanks for zero; Iw.m at least m digits.
  if (min_digits == 0 && value == 0) {
    return width == 0 ? std::string() : std::string(static_cast<size_t>(width), ' ');
  }
  if (min_digits > static_cast<int32_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(min_digits) - digits.size(), '0');
  }
  return Justify(SignText(negative, sign) + digits, width);
}

auto EditFixed(double value, int32_t width, int32_t decimals, int32_t scale, SignMode sign)
    -> std::string {
  if (!std::isfinite(value)) return NonFinite(value, width, sign);
  const bool negative = std::signbit(value);
  // value x 10^scale with `decimals` decimals: the value rounded at decimals + scale places,
  // then the point moved `scale` places right (the digits are exact, no binary scaling).
  PointedDigits rounded = RoundedAt(std::fabs(value), decimals + scale);
  rounded.point += scale;
  if (rounded.point < 0) {
    rounded.digits.insert(0, static_cast<size_t>(-rounded.point), '0');
    rounded.point = 0;
  }
  if (rounded.point > static_cast<int32_t>(rounded.digits.size())) {
    rounded.digits.append(static_cast<size_t>(rounded.point) - rounded.digits.size(), '0');
  }
  std::string integer = rounded.digits.substr(0, static_cast<size_t>(rounded.point));
  // Rounded left of the units (decimals + scale < 0), the digits past d are zeros.
  const std::string fraction =
      rounded.digits.substr(static_cast<size_t>(rounded.point), static_cast<size_t>(decimals));
  const size_t nonzero = integer.find_first_not_of('0');
  integer = nonzero == std::string::npos ? "" : integer.substr(nonzero);
  const std::string sign_text = SignText(negative, sign);
  if (!integer.empty()) return Justify(sign_text + integer + "." + fraction, width);
  // No integer digits: the 0 before the point is written where it fits (always for Fw.0, never
  // for the minimal width of F0.d).
  std::string with_zero = sign_text + "0." + fraction;
  if (decimals == 0 || (width > 0 && with_zero.size() <= static_cast<size_t>(width))) {
    return Justify(with_zero, width);
  }
  return Justify(sign_text + "." + fraction, width);
}

auto EditExponent(double value, int32_t width, int32_t digits, int32_t exponent_digits,
                  int32_t scale, char letter, SignMode sign) -> std::string {
  if (!std::isfinite(value)) return NonFinite(value, width, sign);
  // The scale factor must leave a digit to show (-d < k < d + 2).
  if (scale <= -digits || scale >= digits + 2) return Stars(width);
  const bool negative = std::signbit(value);
  const int32_t count = scale > 0 ? digits + 1 : digits + scale;
  Decimal decimal;
  if (value == 0) {
    decimal.digits.assign(static_cast<size_t>(count), '0');
    decimal.exponent = scale;  // printed as 0
  } else {
    decimal = Significant(std::fabs(value), count);
  }
  const int32_t shown_exponent = decimal.exponent - scale;
  std::string mantissa;
  bool optional_zero = false;
  if (scale > 0) {
    mantissa = decimal.digits.substr(0, static_cast<size_t>(scale)) + "." +
               decimal.digits.substr(static_cast<size_t>(scale));
  } else {
    mantissa = "0." + std::string(static_cast<size_t>(-scale), '0') + decimal.digits;
    optional_zero = true;
  }
  const int32_t magnitude = std::abs(shown_exponent);
  std::string exponent_text = std::to_string(magnitude);
  const char exponent_sign = shown_exponent < 0 ? '-' : '+';
  std::string exponent_field;
  if (exponent_digits >= 0) {
    if (static_cast<int32_t>(exponent_text.size()) > exponent_digits) return Stars(width);
    exponent_text.insert(0, static_cast<size_t>(exponent_digits) - exponent_text.size(), '0');
    exponent_field = std::string(1, letter) + exponent_sign + exponent_text;
  } else if (magnitude <= 99) {
    if (exponent_text.size() < 2) exponent_text.insert(0, 1, '0');
    exponent_field = std::string(1, letter) + exponent_sign + exponent_text;
  } else if (magnitude <= 999) {
    exponent_field = std::string(1, exponent_sign) + exponent_text;
  } else {
    return Stars(width);
  }
  const std::string sign_text = SignText(negative, sign);
  std::string field = sign_text + mantissa + exponent_field;
  if (optional_zero && field.size() > static_cast<size_t>(width)) {
    field = sign_text + mantissa.substr(1) + exponent_field;
  }
  return Justify(field, width);
}

namespace {

// 10^exponent computed as libgfortran computes it, by repeated multiplication in the item's
// precision.
template <typename Real>
auto PowerOfTen(int32_t exponent) -> Real {
  Real result = 1;
  for (int32_t i = 0; i < (exponent >= 0 ? exponent : -exponent); ++i) result *= 10;
  return exponent >= 0 ? result : Real(1) / result;
}

// Gw.d's choice for a non-zero magnitude `m`, made as libgfortran makes it in the item's own
// precision (so a REAL(4) 99.95, stored as 99.9499969, takes the F form of 100 and 0 decimals):
// the decimals of the F form, or nullopt for E editing.
template <typename Real>
auto GeneralDecimals(Real m, int32_t digits) -> std::optional<int32_t> {
  const Real exp_d = PowerOfTen<Real>(digits);
  const Real r = 0.5;
  const Real r_sc = 1 - r / exp_d;
  const Real temp = static_cast<Real>(0.1 * r_sc);
  if (digits == 0 || m < temp || r >= exp_d - m) return std::nullopt;
  int32_t low = 0;
  int32_t high = digits + 1;
  int32_t lbound = 0;
  int32_t ubound = digits + 1;
  int32_t mid = 0;
  while (low <= high) {
    mid = (low + high) / 2;
    const Real bound = PowerOfTen<Real>(mid - 1) * r_sc;
    if (m < bound) {
      ubound = mid;
      if (ubound == lbound + 1) break;
      high = mid - 1;
    } else if (m > bound) {
      lbound = mid;
      if (ubound == lbound + 1) {
        ++mid;
        break;
      }
      low = mid + 1;
    } else {
      ++mid;
      break;
    }
  }
  return digits + 1 - mid;
}

}  // namespace

auto EditGeneral(double value, int32_t width, int32_t digits, int32_t exponent_digits,
                 int32_t scale, SignMode sign, bool single_precision) -> std::string {
  if (!std::isfinite(value)) return NonFinite(value, width, sign);
  // F editing (the scale factor left out) followed by the blanks an exponent would take, when
  // the value rounds to 0 to d integer digits; zero is written with d - 1 decimals.
  int32_t blanks = exponent_digits < 0 ? 4 : exponent_digits + 2;
  if (blanks >= width) blanks = width - 1;
  std::optional<int32_t> decimals = digits - 1;
  if (value != 0) {
    decimals = single_precision ? GeneralDecimals(static_cast<float>(std::fabs(value)), digits)
                                : GeneralDecimals(std::fabs(value), digits);
  }
  if (!decimals || (value == 0 && digits == 0)) {
    return EditExponent(value, width, digits, exponent_digits, scale, 'E', sign);
  }
  const std::string fixed = EditFixed(value, width - blanks, *decimals, 0, sign);
  if (fixed.find('*') != std::string::npos) return Stars(width);  // the whole field
  return fixed + std::string(static_cast<size_t>(blanks), ' ');
}

auto EditListReal(double value, bool single_precision, bool complex_part) -> std::string {
  // libgfortran's defaults for list-directed output: 1PG16.9E2 for REAL(4), 1PG25.17E3 for
  // REAL(8); the E form keeps d significant digits (1PEw.(d-1)), or d + 1 in a complex.
  const int32_t width = single_precision ? 16 : 25;
  const int32_t digits = single_precision ? 9 : 17;
  const int32_t exponent_digits = single_precision ? 2 : 3;
  if (!std::isfinite(value)) {
    if (std::isnan(value)) return Justify("NaN", width);
    return Justify(std::signbit(value) ? "-Infinity" : "Infinity", width);
  }
  const int32_t blanks = exponent_digits + 2;
  std::optional<int32_t> decimals = digits - 1;
  if (value != 0) {
    decimals = single_precision ? GeneralDecimals(static_cast<float>(std::fabs(value)), digits)
                                : GeneralDecimals(std::fabs(value), digits);
  }
  if (!decimals) {
    return EditExponent(value, width, complex_part ? digits : digits - 1, exponent_digits, 1, 'E',
                        SignMode::kDefault);
  }
  return EditFixed(value, width - blanks, *decimals, 0, SignMode::kDefault) +
         std::string(static_cast<size_t>(blanks), ' ');
}

auto EditLogical(bool value, int32_t width) -> std::string {
  return Justify(value ? "T" : "F", width < 1 ? 1 : width);
}

auto EditCharacter(std::string_view value, int32_t width) -> std::string {
  if (width < 0) return std::string(value);
  const size_t w = static_cast<size_t>(width);
  if (value.size() >= w) return std::string(value.substr(0, w));
  return std::string(w - value.size(), ' ') + std::string(value);
}

}  // namespace cobrt::fortran
