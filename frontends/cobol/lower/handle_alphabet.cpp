// SPECIAL-NAMES ALPHABET name IS literal [THRU literal | ALSO literal ...] ...: the collating
// table of a literal alphabet, as cobc 3.1.2 builds it (each rule checked by comparing every
// pair of bytes in a program compiled by cobc, docs/cobol-lowering.md).
#include <array>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

constexpr uint32_t kUnlisted = 256;

auto IsToken(antlr4::tree::ParseTree* child, size_t type) -> bool {
  auto* token = dynamic_cast<antlr4::tree::TerminalNode*>(child);
  return token != nullptr && token->getSymbol()->getType() == type;
}

auto IsThru(antlr4::tree::ParseTree* child) -> bool {
  return IsToken(child, Tree::THRU) || IsToken(child, Tree::THROUGH);
}

// The weights handed out so far, in the order the alphabet lists its characters.
class AlphabetOrder {
 public:
  AlphabetOrder() { weights_.fill(kUnlisted); }

  // `byte` at the current weight; a byte listed twice keeps its first weight (cobc rejects the
  // alphabet).
  void List(uint8_t byte) {
    if (!first_) first_ = byte;
    last_ = byte;
    if (weights_[byte] == kUnlisted) weights_[byte] = next_;
  }
  void NextWeight() { ++next_; }

  // The table: unlisted bytes after the listed ones, in native order. HIGH-VALUE is the last
  // character listed when all 256 are, else X"FF" unless it is listed, else the highest byte
  // left out; LOW-VALUE the first character listed.
  auto Table() const -> std::optional<ir::CollatingTable> {
    if (!first_) return std::nullopt;
    ir::CollatingTable table;
    uint32_t next = next_;
    std::optional<uint8_t> highest_unlisted;
    for (uint32_t byte = 0; byte < 256; ++byte) {
      uint32_t weight = weights_[byte];
      if (weight == kUnlisted) {
        weight = next++;
        highest_unlisted = static_cast<uint8_t>(byte);
      }
      // More weights than bytes only when a byte is listed twice.
      if (weight > 255) return std::nullopt;
      table.weights.push_back(weight);
    }
    table.low_value = *first_;
    if (!highest_unlisted) {
      table.high_value = last_;
    } else {
      table.high_value = weights_[0xff] == kUnlisted ? 0xff : *highest_unlisted;
    }
    return table;
  }

 private:
  std::array<uint32_t, 256> weights_{};
  uint32_t next_ = 0;
  std::optional<uint8_t> first_;
  uint8_t last_ = 0;
};

}  // namespace

auto Lowering::LiteralAlphabetTable(Tree::AlphabetSpecificationContext* alphabet) const
    -> std::optional<ir::CollatingTable> {
  AlphabetOrder order;
  const std::vector<antlr4::tree::ParseTree*>& children = alphabet->children;
  // The first character of the literal at child i.
  auto first_byte = [&](size_t i) -> std::optional<uint8_t> {
    auto* literal =
        i < children.size() ? dynamic_cast<Tree::LiteralContext*>(children[i]) : nullptr;
    std::optional<std::string> bytes =
        literal != nullptr ? ClassLiteralBytes(literal) : std::nullopt;
    if (!bytes || bytes->empty()) return std::nullopt;
    return static_cast<uint8_t>(bytes->front());
  };
  for (size_t i = 0; i < children.size(); ++i) {
    auto* literal = dynamic_cast<Tree::LiteralContext*>(children[i]);
    if (literal == nullptr) return std::nullopt;  // NATIVE, EBCDIC, another alphabet's name
    if (i + 2 < children.size() && IsThru(children[i + 1])) {
      // "A" THRU "D": one weight per character from the first end to the other, either way.
      std::optional<uint8_t> from = first_byte(i);
      std::optional<uint8_t> to = first_byte(i + 2);
      if (!from || !to) return std::nullopt;
      const int step = *from <= *to ? 1 : -1;
      for (int byte = *from;; byte += step) {
        order.List(static_cast<uint8_t>(byte));
        order.NextWeight();
        if (byte == *to) break;
      }
      i += 2;
      continue;
    }
    if (i + 2 < children.size() && IsToken(children[i + 1], Tree::ALSO)) {
      // "A" ALSO "B" ...: the first character of each literal, all of one weight.
      for (; i < children.size(); i += 2) {
        std::optional<uint8_t> byte = first_byte(i);
        if (!byte) return std::nullopt;
        order.List(*byte);
        if (i + 1 >= children.size() || !IsToken(children[i + 1], Tree::ALSO)) break;
      }
      order.NextWeight();
      continue;
    }
    // A literal alone: each of its characters a weight of its own, in order.
    std::optional<std::string> bytes = ClassLiteralBytes(literal);
    if (!bytes || bytes->empty()) return std::nullopt;
    for (char c : *bytes) {
      order.List(static_cast<uint8_t>(c));
      order.NextWeight();
    }
  }
  return order.Table();
}

}  // namespace remint::cobol::lower
