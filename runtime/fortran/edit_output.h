// Output editing of one item by one data edit descriptor, as libgfortran 12 writes it (checked
// byte for byte against gfortran by tests/runtime/fortran): each function returns the field,
// exactly `width` characters (asterisks when the value does not fit), except the minimal-width
// forms I0 and F0.d.
//
//   EditInteger(-4, 5, 3, SignMode::kDefault)            -> " -004"
//   EditFixed(0.5, 3, 2, 0, SignMode::kDefault)          -> ".50"   (the optional 0 left out)
//   EditExponent(3.14159, 12, 5, -1, 1, 'E', ...)        -> " 3.14159E+00"   (1PE12.5)
//   EditGeneral(0.09996, 10, 3, -1, 0, ...)              -> " 0.100    "
//
// Real values are decimal-rounded exactly (round half to even on the binary value, as the C
// library's conversions libgfortran calls); a REAL item is passed as the double it widens to,
// which has the same decimal expansion.
#ifndef COBRT_FORTRAN_EDIT_OUTPUT_H_
#define COBRT_FORTRAN_EDIT_OUTPUT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace cobrt::fortran {

// S, SP and SS: whether a non-negative value shows '+'. The default (S) is SS in gfortran.
enum class SignMode : uint8_t { kDefault, kPlus, kSuppress };

auto EditInteger(int64_t value, int32_t width, int32_t min_digits, SignMode sign) -> std::string;
auto EditFixed(double value, int32_t width, int32_t decimals, int32_t scale, SignMode sign)
    -> std::string;
// Ew.d[Ee] (letter 'E') and Dw.d (letter 'D'); exponent_digits -1 when Ee is not written.
auto EditExponent(double value, int32_t width, int32_t digits, int32_t exponent_digits,
                  int32_t scale, char letter, SignMode sign) -> std::string;
// `single_precision`: a REAL(4) item, whose choice between F and E libgfortran makes in single
// precision.
auto EditGeneral(double value, int32_t width, int32_t digits, int32_t exponent_digits,
                 int32_t scale, SignMode sign, bool single_precision) -> std::string;
// A real in list-directed output, its field as libgfortran writes it (16 characters for
// REAL(4), 25 for REAL(8)); `complex_part`: a part of a COMPLEX, whose E form has one digit
// more.
auto EditListReal(double value, bool single_precision, bool complex_part = false) -> std::string;
auto EditLogical(bool value, int32_t width) -> std::string;
// A (width -1: the item's length) and Aw.
auto EditCharacter(std::string_view value, int32_t width) -> std::string;

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_EDIT_OUTPUT_H_
