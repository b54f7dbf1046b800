#include "tests/runtime/intrinsic/intrinsic_reference.h"

namespace remint::testing {

auto LiteralField(const std::string& text) -> cobrt::NumericResult {
  return cobrt::LiteralArgument(text);
}

auto Literal(const std::string& text) -> LiteralOperand { return {text, LiteralField(text)}; }

auto RandomLiteral(std::mt19937_64& random, int max_digits, int max_scale, bool negative)
    -> LiteralOperand {
  int digits = 1 + static_cast<int>(random() % static_cast<uint64_t>(max_digits));
  int scale =
      max_scale == 0 ? 0 : static_cast<int>(random() % static_cast<uint64_t>(max_scale + 1));
  if (scale > digits) scale = digits;
  std::string text;
  for (int i = 0; i < digits; ++i) text += static_cast<char>('0' + random() % 10);
  if (scale > 0) {
    text.insert(text.size() - static_cast<size_t>(scale), ".");
    // "0.5" and ".5" are both written.
    if (text.front() == '.' && random() % 2 == 0) text.insert(0, "0");
  }
  switch (random() % 6) {
    case 0:
      text.insert(0, "+");
      break;
    case 1:
    case 2:
      if (negative) text.insert(0, "-");
      break;
    default:
      break;
  }
  return Literal(text);
}

auto QuotedLiteral(const std::string& text) -> std::string {
  std::string quoted = "\"";
  for (char c : text) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

void AddDisplayCase(ReferenceFamily& family, const std::string& operand,
                    const std::string& expected) {
  const std::string label = CaseLabel(family.case_statements.size());
  family.case_statements.push_back("DISPLAY \"" + label + "\" " + operand + "\n");
  family.expected_outputs.push_back(label + expected + "\n");
}

}  // namespace remint::testing
