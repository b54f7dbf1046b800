#include "tests/runtime/text/text_reference.h"

#include <cstdio>

namespace remint::testing {

auto HexLiteral(const std::string& bytes) -> std::string {
  static const char kHex[] = "0123456789ABCDEF";
  std::string text = "X\"";
  for (unsigned char c : bytes) {
    text += kHex[c >> 4];
    text += kHex[c & 0x0F];
  }
  return text + "\"";
}

auto RandomBytes(std::mt19937_64& random, size_t size, std::string_view alphabet) -> std::string {
  std::string bytes;
  for (size_t i = 0; i < size; ++i) bytes += alphabet[random() % alphabet.size()];
  return bytes;
}

auto RandomPattern(std::mt19937_64& random, const std::string& text, std::string_view alphabet,
                   size_t max_size) -> std::string {
  size_t size = 1 + random() % max_size;
  if (random() % 3 != 0 && text.size() >= size) {
    return text.substr(random() % (text.size() - size + 1), size);
  }
  return RandomBytes(random, size, alphabet);
}

auto Span(const std::string& bytes) -> std::span<const uint8_t> {
  return {reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()};
}

auto OperandWriter::WorkingStorage() -> std::string {
  std::string entries;
  for (int i = 1; i <= kItems; ++i) {
    char entry[48];
    std::snprintf(entry, sizeof entry, "01 Q%02d PIC X(%zu).\n", i, kItemSize);
    entries += entry;
  }
  return entries;
}

auto OperandWriter::Literal(const std::string& bytes) -> TextOperand {
  bool plain = !bytes.empty();
  for (unsigned char c : bytes) plain = plain && c >= 0x20 && c < 0x7F && c != '"';
  return {plain ? "\"" + bytes + "\"" : HexLiteral(bytes), bytes, false};
}

auto OperandWriter::Item(const std::string& bytes) -> TextOperand {
  if (items_used_ == kItems || bytes.empty() || bytes.size() > kItemSize) return Literal(bytes);
  char name[16];
  std::snprintf(name, sizeof name, "Q%02d", ++items_used_);
  setup_ += "MOVE " + HexLiteral(bytes) + " TO " + name + "\n";
  return {std::string(name) + "(1:" + std::to_string(bytes.size()) + ")", bytes, false};
}

auto OperandWriter::FigurativeFor(char byte) -> TextOperand {
  for (const Figurative& figurative : kFiguratives) {
    if (figurative.byte == byte) return {figurative.name, std::string(1, byte), true};
  }
  return Literal(std::string(1, byte));
}

auto OperandWriter::Any(const std::string& bytes) -> TextOperand {
  return random_() % 4 == 0 ? Item(bytes) : Literal(bytes);
}

auto OperandWriter::AnyOrFigurative(const std::string& bytes) -> TextOperand {
  if (bytes.size() == 1 && random_() % 2 == 0) return FigurativeFor(bytes[0]);
  return Any(bytes);
}

auto RandomRegion(std::mt19937_64& random, OperandWriter& operands, const std::string& text,
                  std::string_view alphabet) -> Region {
  Region region;
  // None, BEFORE, AFTER, BEFORE then AFTER, AFTER then BEFORE.
  int choice = static_cast<int>(random() % 5);
  if (choice == 0) return region;
  bool first_before = choice == 1 || choice == 3;
  region.push_back(
      {first_before, operands.AnyOrFigurative(RandomPattern(random, text, alphabet, 2))});
  if (choice >= 3) {
    region.push_back(
        {!first_before, operands.AnyOrFigurative(RandomPattern(random, text, alphabet, 2))});
  }
  return region;
}

auto RegionText(const Region& region) -> std::string {
  std::string text;
  for (const RegionPhrase& phrase : region) {
    text += phrase.before ? " BEFORE INITIAL " : " AFTER ";
    text += phrase.delimiter.cobol;
  }
  return text;
}

void StartRegion(cobrt::Inspector& inspector, const Region& region) {
  inspector.Start();
  for (const RegionPhrase& phrase : region) {
    if (phrase.before) {
      inspector.Before(Span(phrase.delimiter.bytes));
    } else {
      inspector.After(Span(phrase.delimiter.bytes));
    }
  }
}

}  // namespace remint::testing
