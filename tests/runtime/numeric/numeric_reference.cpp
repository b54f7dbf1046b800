#include "tests/runtime/numeric/numeric_reference.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "tests/support/cobc_reference.h"
#include "tests/support/cobc_run.h"

namespace remint::testing {

auto CobcInstalled() -> bool { return CobcVersion("cobc").ok(); }

auto CaseLabel(size_t index) -> std::string {
  char label[16];
  std::snprintf(label, sizeof label, "C%04zu:", index);
  return label;
}

auto Escaped(const std::string& bytes) -> std::string {
  std::string out;
  for (unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
  return out;
}

auto FamilyProgram(const std::string& program_id, const ReferenceFamily& family) -> std::string {
  std::string program = "IDENTIFICATION DIVISION.\nPROGRAM-ID. " + program_id +
                        ".\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n" + family.working_storage +
                        "PROCEDURE DIVISION.\n";
  for (const std::string& statements : family.case_statements) program += statements;
  program += "STOP RUN.\n";
  return program;
}

auto CompareFamilyWithCobc(const std::string& program_id, const ReferenceFamily& family,
                           const std::vector<std::string>& flags, int max_failures) -> int {
  CobcProgram program;
  program.name = program_id;
  program.source = FamilyProgram(program_id, family);
  program.flags = flags;
  program.flags.push_back("-free");
  ReferenceOptions options;
  options.timeout = std::chrono::milliseconds(300'000);
  ErrorOr<CobcRunOutcome> outcome = RunWithCobc(program, {}, options);
  if (!outcome.ok()) {
    ADD_FAILURE() << outcome.error().message();
    return 0;
  }
  if (!outcome->compiled) {
    ADD_FAILURE() << "cobc rejected the program:\n" << outcome->compile_messages;
    return 0;
  }
  EXPECT_EQ(outcome->exit_status, 0) << outcome->standard_error;
  // Each case's output starts with its label; item bytes may contain newlines.
  const std::string& actual = outcome->standard_output;
  size_t position = 0;
  int failures = 0;
  for (size_t i = 0; i < family.expected_outputs.size(); ++i) {
    const std::string& expected = family.expected_outputs[i];
    size_t next = i + 1 < family.expected_outputs.size()
                      ? actual.find(CaseLabel(i + 1), position + 1)
                      : actual.size();
    if (next == std::string::npos) next = actual.size();
    std::string got = actual.substr(position, next - position);
    if (got != expected && failures++ < max_failures) {
      ADD_FAILURE() << "case " << i << " (" << Escaped(flags.empty() ? "" : flags[0]) << ")\n"
                    << family.case_statements[i] << "cobc:  " << Escaped(got)
                    << "\ncobrt: " << Escaped(expected);
    }
    position = next;
  }
  EXPECT_EQ(position, actual.size()) << "unexpected trailing output";
  EXPECT_EQ(failures, 0) << failures << " of " << family.expected_outputs.size() << " cases differ";
  return static_cast<int>(family.expected_outputs.size());
}

auto NumericLiteral(cobrt::Int128 mantissa, int scale) -> std::string {
  bool negative = mantissa < 0;
  cobrt::UInt128 magnitude =
      negative ? static_cast<cobrt::UInt128>(-mantissa) : static_cast<cobrt::UInt128>(mantissa);
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
    magnitude /= 10;
  } while (magnitude != 0);
  if (scale < 0) {
    if (digits != "0") digits.append(static_cast<size_t>(-scale), '0');
  } else if (scale > 0) {
    if (digits.size() <= static_cast<size_t>(scale)) {
      digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<size_t>(scale), ".");
  }
  return negative ? "-" + digits : digits;
}

auto RandomMantissa(std::mt19937_64& random, int digits, bool is_signed) -> cobrt::Int128 {
  cobrt::Int128 value = 0;
  switch (random() % 8) {
    case 6:
    case 7: {
      // A tie for some rounding position: digits, a 5, then zeros (2.250, 35000).
      int zeros = static_cast<int>(random() % static_cast<uint64_t>(digits));
      int prefix = digits - zeros - 1;
      for (int i = 0; i < prefix && i < 3; ++i)
        value = value * 10 + static_cast<int>(random() % 10);
      value = value * 10 + 5;
      for (int i = 0; i < zeros; ++i) value *= 10;
      break;
    }
    case 0:
      value = 0;
      break;
    case 1:
      value = cobrt::Pow10<cobrt::Int128>(digits) - 1;
      break;
    case 2:
      value = 1 + static_cast<cobrt::Int128>(random() % 9);
      break;
    default: {
      int length = (random() % 2 == 0) ? digits : 1 + static_cast<int>(random() % digits);
      for (int i = 0; i < length; ++i) value = value * 10 + static_cast<int>(random() % 10);
      break;
    }
  }
  if (is_signed && random() % 2 == 0) value = -value;
  return value;
}

}  // namespace remint::testing
