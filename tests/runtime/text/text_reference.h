// Shared by the text reference tests (INSPECT, STRING, UNSTRING): operands written into a
// generated COBOL program as literals, figurative constants or reference-modified items, with
// the bytes cobrt is given for them. Programs are run by cobc through the numeric family runner
// (tests/runtime/numeric/numeric_reference.h): one line of output per case, compared byte for
// byte.
#ifndef REMINT_TESTS_RUNTIME_TEXT_TEXT_REFERENCE_H_
#define REMINT_TESTS_RUNTIME_TEXT_TEXT_REFERENCE_H_

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/text/inspect.h"

namespace remint::testing {

// Bytes as a COBOL hexadecimal literal: X"41FF".
auto HexLiteral(const std::string& bytes) -> std::string;

// `size` bytes drawn from `alphabet`.
auto RandomBytes(std::mt19937_64& random, size_t size, std::string_view alphabet) -> std::string;

// Usually a piece of `text` (so that it occurs), else random bytes of `alphabet`; 1 to
// `max_size` bytes.
auto RandomPattern(std::mt19937_64& random, const std::string& text, std::string_view alphabet,
                   size_t max_size) -> std::string;

auto Span(const std::string& bytes) -> std::span<const uint8_t>;

// An operand as the program writes it and the bytes cobrt gets.
struct TextOperand {
  std::string cobol;  // "AB", X"00", SPACE or Q03(1:2)
  std::string bytes;  // a figurative constant's one byte
  bool figurative = false;
};

// The figurative constants and their bytes (native collating sequence).
struct Figurative {
  const char* name;
  char byte;
};
inline constexpr Figurative kFiguratives[] = {
    {"SPACE", ' '}, {"ZERO", '0'}, {"QUOTE", '"'}, {"LOW-VALUE", '\0'}, {"HIGH-VALUE", '\xFF'}};

// Hands out operands for one case; items Q01.. get their values by statements that must run
// before the statement under test (setup()).
class OperandWriter {
 public:
  static constexpr int kItems = 24;
  static constexpr size_t kItemSize = 8;
  // The operand items' data entries.
  static auto WorkingStorage() -> std::string;

  explicit OperandWriter(std::mt19937_64& random) : random_(random) {}

  auto Literal(const std::string& bytes) -> TextOperand;
  // An item reference-modified to the bytes' size (or a literal when the items are used up).
  auto Item(const std::string& bytes) -> TextOperand;
  auto FigurativeFor(char byte) -> TextOperand;
  // A literal or an item, at random.
  auto Any(const std::string& bytes) -> TextOperand;
  // A literal, an item, or (for one byte that is a figurative constant's) the constant.
  auto AnyOrFigurative(const std::string& bytes) -> TextOperand;

  auto setup() const -> const std::string& { return setup_; }

 private:
  std::mt19937_64& random_;
  int items_used_ = 0;
  std::string setup_;
};

// BEFORE / AFTER INITIAL phrases of one INSPECT clause, in the order written.
struct RegionPhrase {
  bool before;
  TextOperand delimiter;
};
using Region = std::vector<RegionPhrase>;

// None, one or both phrases (either order); delimiters are mostly pieces of `text`.
auto RandomRegion(std::mt19937_64& random, OperandWriter& operands, const std::string& text,
                  std::string_view alphabet) -> Region;
auto RegionText(const Region& region) -> std::string;
// Start() and the phrases, as cobc emits them before each clause.
void StartRegion(cobrt::Inspector& inspector, const Region& region);

}  // namespace remint::testing

#endif  // REMINT_TESTS_RUNTIME_TEXT_TEXT_REFERENCE_H_
