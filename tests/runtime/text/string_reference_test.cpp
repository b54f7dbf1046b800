// cobrt's STRING against cobc: random statements of one to five sending operands (literals,
// figurative constants, reference-modified items) DELIMITED BY SIZE, by literals and items of
// one or two bytes that occur at the start, the end or not at all, into items whose old bytes
// must survive, with and without a pointer (below 1, inside, at the end and past the item).
// Each case displays the overflow branch taken, the item and the pointer.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>

#include "runtime/text/string_statement.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/runtime/text/text_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

struct Target {
  const char* name;
  size_t size;
};
constexpr Target kTargets[] = {{"T01", 1}, {"T04", 4}, {"T10", 10}, {"T24", 24}};

constexpr std::string_view kSourceAlphabet = "AB ,C";

auto WorkingStorage() -> std::string {
  std::string entries;
  for (const Target& target : kTargets) {
    entries += "01 " + std::string(target.name) + " PIC X(" + std::to_string(target.size) + ").\n";
  }
  // The pointer displays as its sign and four digits.
  entries += "01 P PIC S9(4) SIGN LEADING SEPARATE.\n";
  return entries + OperandWriter::WorkingStorage();
}

auto PointerText(int64_t value) -> std::string {
  char text[16];
  std::snprintf(text, sizeof text, "%c%04lld", value < 0 ? '-' : '+',
                static_cast<long long>(std::llabs(value) % 10000));
  return text;
}

auto BuildStringFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    OperandWriter operands(random);
    const Target& target = kTargets[random() % std::size(kTargets)];
    std::string original = RandomBytes(random, target.size, ".-");
    std::string data = original;  // cobrt writes here
    auto size = static_cast<int64_t>(target.size);
    std::optional<int64_t> pointer;
    if (random() % 3 != 0) {
      // Mostly inside the item; sometimes at its edges or out of range.
      static constexpr int64_t kEdges[] = {-1, 0, 1, 2};
      switch (random() % 4) {
        case 0:
          pointer = kEdges[random() % std::size(kEdges)];
          break;
        case 1:
          pointer = size - 1 + static_cast<int64_t>(random() % 4);  // size-1 .. size+2
          break;
        default:
          pointer = 1 + static_cast<int64_t>(random() % target.size);
          break;
      }
    }
    std::string statement = "STRING";
    cobrt::StringStatement string(reinterpret_cast<uint8_t*>(data.data()), data.size(), pointer);
    int groups = 1 + static_cast<int>(random() % 4);
    for (int g = 0; g < groups; ++g) {
      // One or two operands share each DELIMITED BY phrase.
      int sources = 1 + static_cast<int>(random() % 3 == 0);
      std::vector<TextOperand> sent;
      for (int s = 0; s < sources; ++s) {
        if (random() % 8 == 0) {
          sent.push_back(operands.FigurativeFor(kFiguratives[random() % 2].byte));
        } else {
          sent.push_back(operands.Any(RandomBytes(random, 1 + random() % 7, kSourceAlphabet)));
        }
      }
      std::optional<TextOperand> delimiter;
      switch (random() % 4) {
        case 0:
          break;  // SIZE
        case 1:
          delimiter = operands.FigurativeFor(' ');
          break;
        default:
          delimiter = operands.Any(RandomPattern(random, sent[0].bytes, kSourceAlphabet, 2));
          break;
      }
      for (const TextOperand& source : sent) {
        statement += " " + source.cobol;
        if (delimiter.has_value()) {
          string.Append(Span(source.bytes), Span(delimiter->bytes));
        } else {
          string.Append(Span(source.bytes));
        }
      }
      statement += " DELIMITED BY " + (delimiter.has_value() ? delimiter->cobol : "SIZE") + "\n";
    }
    statement += " INTO " + std::string(target.name);
    if (pointer.has_value()) statement += " WITH POINTER P";
    statement +=
        "\n ON OVERFLOW DISPLAY \"O\" NO ADVANCING\n"
        " NOT ON OVERFLOW DISPLAY \"N\" NO ADVANCING\nEND-STRING\n";
    // Without the phrase the pointer item keeps the value it was given.
    int64_t pointer_before = pointer.value_or(7);
    family.case_statements.push_back(
        "DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\nMOVE " +
        std::to_string(pointer_before) + " TO P\nMOVE " + HexLiteral(original) + " TO " +
        target.name + "\n" + operands.setup() + statement + "DISPLAY " + target.name + " P\n");
    family.expected_outputs.push_back(
        CaseLabel(index) + (string.overflow() ? "O" : "N") + data +
        PointerText(pointer.has_value() ? string.pointer() : pointer_before) + "\n");
  }
  return family;
}

class StringReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(StringReferenceTest, StringAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("STRINGS", BuildStringFamily(600, 4301), {"-std=default"}));
}

}  // namespace
}  // namespace remint::testing
