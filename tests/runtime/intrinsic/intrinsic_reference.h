// Shared by the intrinsic reference tests: random literal arguments written into a generated
// COBOL program and given to cobrt as the fields the emitter builds for them, and the cases'
// expected output lines. Programs run under cobc through the numeric family runner
// (tests/runtime/numeric/numeric_reference.h), one line per case.
#ifndef REMINT_TESTS_RUNTIME_INTRINSIC_INTRINSIC_REFERENCE_H_
#define REMINT_TESTS_RUNTIME_INTRINSIC_INTRINSIC_REFERENCE_H_

#include <random>
#include <string>
#include <vector>

#include "runtime/intrinsic/result_field.h"
#include "tests/runtime/numeric/numeric_reference.h"

namespace remint::testing {

// A numeric literal as the program writes it and the field cobrt gets for it.
struct LiteralOperand {
  std::string cobol;  // "-12.50", "+3", ".005"
  cobrt::NumericResult field;
};

// The field cobc builds for a numeric literal written as `text`.
auto LiteralField(const std::string& text) -> cobrt::NumericResult;

// A literal of 1 to `max_digits` digits and up to `max_scale` decimals, sometimes written with
// a sign (+ or -, the latter only when `negative` is allowed) or a leading point.
auto RandomLiteral(std::mt19937_64& random, int max_digits, int max_scale, bool negative)
    -> LiteralOperand;
auto Literal(const std::string& text) -> LiteralOperand;

// Text as a COBOL alphanumeric literal ("AB""C").
auto QuotedLiteral(const std::string& text) -> std::string;

// Adds a case that DISPLAYs `operand` after the case label; `expected` is what cobrt prints
// for it.
void AddDisplayCase(ReferenceFamily& family, const std::string& operand,
                    const std::string& expected);

}  // namespace remint::testing

#endif  // REMINT_TESTS_RUNTIME_INTRINSIC_INTRINSIC_REFERENCE_H_
