// Shared by the numeric reference tests: one generated COBOL program per family, run by cobc,
// whose output is compared case by case with what cobrt computes. Each case prints one line
// "Cnnnn:" + raw item bytes (+ markers); cobrt's side builds the same text.
#ifndef REMINT_TESTS_RUNTIME_NUMERIC_NUMERIC_REFERENCE_H_
#define REMINT_TESTS_RUNTIME_NUMERIC_NUMERIC_REFERENCE_H_

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "runtime/decimal/int_rep.h"

namespace remint::testing {

// A program's procedure lines and cobrt's expected output, case by case.
struct ReferenceFamily {
  std::string working_storage;  // free-format data entries
  std::vector<std::string> case_statements;
  std::vector<std::string> expected_outputs;  // one per case, "\n" included
};

// The free-format program of a family.
auto FamilyProgram(const std::string& program_id, const ReferenceFamily& family) -> std::string;

// Runs the family under cobc with `flags` and compares the output case by case. Returns the
// number of cases compared (0 when cobc is missing: the caller skips); failures are reported
// with the case's statements, both outputs hex-escaped, up to `max_failures`.
auto CompareFamilyWithCobc(const std::string& program_id, const ReferenceFamily& family,
                           const std::vector<std::string>& flags, int max_failures = 10) -> int;

auto CobcInstalled() -> bool;

// "Cnnnn:" for case `index`.
auto CaseLabel(size_t index) -> std::string;

// Printable form of bytes: printable ASCII as is, others as \xHH.
auto Escaped(const std::string& bytes) -> std::string;

// A numeric literal for mantissa * 10^-scale: "-123.45", "0.005", "12300".
auto NumericLiteral(cobrt::Int128 mantissa, int scale) -> std::string;

// A mantissa of at most `digits` digits: zero, the extremes, one unit, short or full-length
// random digit strings (negative only when `is_signed`).
auto RandomMantissa(std::mt19937_64& random, int digits, bool is_signed) -> cobrt::Int128;

}  // namespace remint::testing

#endif  // REMINT_TESTS_RUNTIME_NUMERIC_NUMERIC_REFERENCE_H_
