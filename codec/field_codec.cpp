#include "codec/field_codec.h"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

#include "codec/decimal_text.h"

namespace remint::codec {
namespace {

// Binary items of 8 bytes need 65 bits for their range checks.
__extension__ using Uint128 = unsigned __int128;

// Enough for the unscaled digits of a 64-bit integer or a 38-digit decimal.
constexpr size_t kMaxDigits = 64;

// The byte carrying a zoned field's sign, when the sign is not SEPARATE.
auto SignByteIndex(const PlanOp& op) -> size_t { return op.sign_leading ? 0 : op.size - 1; }

auto DecodeZoned(const PlanOp& op, const uint8_t* bytes, const CodePage& code_page,
                 OutputBuffer& out) -> bool {
  uint8_t zone = code_page.digit_zone();
  char digits[kMaxDigits];
  bool negative = false;
  size_t first = 0;
  size_t last = op.size;  // one past
  if (op.is_signed && op.sign_separate) {
    uint8_t sign = op.sign_leading ? bytes[0] : bytes[op.size - 1];
    if (sign == code_page.minus_byte()) {
      negative = true;
    } else if (sign != code_page.plus_byte()) {
      return false;
    }
    if (op.sign_leading) {
      first = 1;
    } else {
      last = op.size - 1;
    }
  }
  if (last - first > kMaxDigits) return false;
  // The plain digit bytes: a digit is its byte minus the zone, so one unsigned compare checks
  // both nibbles, and the result is tested once after the loop rather than per byte.
  bool overpunch = op.is_signed && !op.sign_separate;
  size_t plain_first = first;
  size_t plain_last = last;
  if (overpunch) {
    if (op.sign_leading) {
      plain_first = 1;
    } else {
      plain_last = op.size - 1;
    }
  }
  bool invalid = false;
  for (size_t i = plain_first; i < plain_last; ++i) {
    auto digit = static_cast<uint8_t>(bytes[i] - zone);
    invalid |= digit > 9;
    digits[i - first] = static_cast<char>('0' + digit);
  }
  if (invalid) return false;
  if (overpunch) {
    // The overpunch: EBCDIC zone C (+) or D (-); ASCII (cobc) the digit, or the digit with
    // bit 0x40 for minus. EBCDIC F (unsigned) is not canonical for a signed item.
    size_t sign_index = SignByteIndex(op);
    uint8_t byte = bytes[sign_index];
    uint8_t low = byte & 0x0F;
    if (low > 9) return false;
    uint8_t high = byte & 0xF0;
    if (code_page.is_ebcdic()) {
      if (high == 0xD0) {
        negative = true;
      } else if (high != 0xC0) {
        return false;
      }
    } else if (high == 0x70) {
      negative = true;
    } else if (high != 0x30) {
      return false;
    }
    digits[sign_index - first] = static_cast<char>('0' + low);
  }
  WriteDecimal(out, digits, last - first, negative, op.scale);
  return true;
}

// Whether a byte holds two decimal digits (both nibbles 0-9), by table rather than two
// branches per byte.
constexpr auto MakeDigitPairTable() -> std::array<bool, 256> {
  std::array<bool, 256> table{};
  for (int byte = 0; byte < 256; ++byte) table[byte] = (byte >> 4) <= 9 && (byte & 0x0F) <= 9;
  return table;
}
constexpr std::array<bool, 256> kIsDigitPair = MakeDigitPairTable();

auto DecodePacked(const PlanOp& op, const uint8_t* bytes, OutputBuffer& out) -> bool {
  char digits[kMaxDigits];
  bool has_sign = op.kind == FieldKind::kPacked;
  size_t nibbles = op.size * 2 - (has_sign ? 1 : 0);
  if (nibbles > kMaxDigits) return false;
  size_t pair_bytes = has_sign ? op.size - 1 : op.size;
  bool invalid = false;
  for (size_t i = 0; i < pair_bytes; ++i) {
    uint8_t byte = bytes[i];
    invalid |= !kIsDigitPair[byte];
    digits[2 * i] = static_cast<char>('0' + (byte >> 4));
    digits[2 * i + 1] = static_cast<char>('0' + (byte & 0x0F));
  }
  bool negative = false;
  if (has_sign) {
    uint8_t byte = bytes[op.size - 1];
    invalid |= (byte >> 4) > 9;
    digits[nibbles - 1] = static_cast<char>('0' + (byte >> 4));
    uint8_t sign = byte & 0x0F;
    if (op.is_signed) {
      negative = sign == 0x0D;
      invalid |= !negative && sign != 0x0C;
    } else {
      invalid |= sign != 0x0F;
    }
  }
  // A pad nibble (digit count shorter than the nibbles) must be zero: encoding writes zero.
  size_t pad = nibbles > op.digits ? nibbles - op.digits : 0;
  for (size_t i = 0; i < pad; ++i) invalid |= digits[i] != '0';
  if (invalid) return false;
  WriteDecimal(out, digits, nibbles, negative, op.scale);
  return true;
}

auto DecodeBinary(const PlanOp& op, const uint8_t* bytes, OutputBuffer& out) -> bool {
  uint64_t raw = 0;
  for (size_t i = 0; i < op.size; ++i) raw = (raw << 8) | bytes[i];
  bool negative = false;
  uint64_t magnitude = raw;
  if (op.is_signed) {
    unsigned bits = static_cast<unsigned>(op.size * 8);
    bool top = bits == 64 ? (raw >> 63) != 0 : ((raw >> (bits - 1)) & 1) != 0;
    if (top) {
      negative = true;
      uint64_t mask = bits == 64 ? ~0ULL : ((1ULL << bits) - 1);
      magnitude = ((~raw) + 1) & mask;
      if (bits == 64 && raw == (1ULL << 63)) magnitude = 1ULL << 63;
    }
  }
  char digits[24];
  auto result = std::to_chars(digits, digits + sizeof digits, magnitude);
  WriteDecimal(out, digits, static_cast<size_t>(result.ptr - digits), negative, op.scale);
  return true;
}

auto DecodeFloat(const PlanOp& op, const uint8_t* bytes, const CodePage& code_page,
                 OutputBuffer& out) -> bool {
  // EBCDIC data holds IBM hexadecimal floating point, which is not converted (shown as hex).
  if (code_page.is_ebcdic()) return false;
  uint64_t raw = 0;
  for (size_t i = 0; i < op.size; ++i) raw = (raw << 8) | bytes[i];
  char* start = out.cursor();
  std::to_chars_result result{};
  if (op.size == 4) {
    auto bits = static_cast<uint32_t>(raw);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    if (value != value || value - value != 0) return false;  // NaN, infinity
    result = std::to_chars(start, start + 32, value);
  } else {
    double value = 0;
    std::memcpy(&value, &raw, sizeof value);
    if (value != value || value - value != 0) return false;
    result = std::to_chars(start, start + 32, value);
  }
  out.Advance(static_cast<size_t>(result.ptr - start));
  return true;
}

auto DecodeText(const PlanOp& op, const uint8_t* bytes, const CodePage& code_page,
                OutputBuffer& out) -> bool {
  // Most text is bytes whose JSON form is one byte: they are written straight through a table,
  // and checked once at the end (nothing counts as written until Advance).
  char* cursor = out.cursor();
  cursor[0] = '"';
  bool all_single = true;
  for (size_t i = 0; i < op.size; ++i) {
    char form = code_page.single_byte_form(bytes[i]);
    all_single &= form != 0;
    cursor[i + 1] = form;
  }
  if (all_single) {
    cursor[op.size + 1] = '"';
    out.Advance(op.size + 2);
    return true;
  }
  for (size_t i = 0; i < op.size; ++i) {
    if (!code_page.is_text(bytes[i])) return false;
  }
  out.Append('"');
  for (size_t i = 0; i < op.size; ++i) out.Append(code_page.json_form(bytes[i]));
  out.Append('"');
  return true;
}

auto HexValue(char digit) -> int {
  if (digit >= '0' && digit <= '9') return digit - '0';
  if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
  if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
  return -1;
}

auto EncodeHex(const PlanOp& op, const JsonValue& hex, uint8_t* bytes) -> ErrorOr<Success> {
  if (hex.type != JsonValue::Type::kString || hex.text.size() != op.size * 2) {
    return Error("'" + op.path + "': \"hex\" must be a string of " + std::to_string(op.size * 2) +
                 " hex digits");
  }
  for (size_t i = 0; i < op.size; ++i) {
    int high = HexValue(hex.text[2 * i]);
    int low = HexValue(hex.text[2 * i + 1]);
    if (high < 0 || low < 0) return Error("'" + op.path + "': bad hex digit");
    bytes[i] = static_cast<uint8_t>(high << 4 | low);
  }
  return Success{};
}

auto EncodeText(const PlanOp& op, const std::string& text, const CodePage& code_page,
                uint8_t* bytes) -> ErrorOr<Success> {
  size_t position = 0;
  size_t count = 0;
  while (position < text.size()) {
    uint32_t code_point = 0;
    if (!NextCodePoint(text, &position, &code_point)) {
      return Error("'" + op.path + "': the string is not valid UTF-8");
    }
    int byte = code_page.ByteOf(code_point);
    if (byte < 0) {
      return Error("'" + op.path + "': character U+" + std::to_string(code_point) +
                   " has no byte in the code page");
    }
    if (count == op.size) break;
    bytes[count++] = static_cast<uint8_t>(byte);
  }
  if (count != op.size || position != text.size()) {
    return Error("'" + op.path + "': the string must have exactly " + std::to_string(op.size) +
                 " characters");
  }
  return Success{};
}

auto EncodeNumber(const PlanOp& op, const std::string& text, const CodePage& code_page,
                  uint8_t* bytes) -> ErrorOr<Success> {
  auto invalid = [&op, &text]() {
    return Error("'" + op.path + "': " + text + " is not a value of the field");
  };
  std::string digits;
  bool negative = false;
  switch (op.kind) {
    case FieldKind::kZoned: {
      size_t width = op.size - (op.is_signed && op.sign_separate ? 1 : 0);
      if (!ParseDecimal(text, op.scale, width, &digits, &negative)) return invalid();
      if (negative && !op.is_signed) return invalid();
      size_t at = 0;
      if (op.is_signed && op.sign_separate) {
        uint8_t sign = negative ? code_page.minus_byte() : code_page.plus_byte();
        if (op.sign_leading) {
          bytes[at++] = sign;
        } else {
          bytes[op.size - 1] = sign;
        }
      }
      for (char digit : digits) {
        bytes[at++] = static_cast<uint8_t>(code_page.digit_zone() | (digit - '0'));
      }
      if (op.is_signed && !op.sign_separate) {
        uint8_t& sign = bytes[SignByteIndex(op)];
        if (code_page.is_ebcdic()) {
          sign = static_cast<uint8_t>((negative ? 0xD0 : 0xC0) | (sign & 0x0F));
        } else if (negative) {
          sign = static_cast<uint8_t>(0x70 | (sign & 0x0F));
        }
      }
      return Success{};
    }
    case FieldKind::kPacked:
    case FieldKind::kPackedUnsigned: {
      bool has_sign = op.kind == FieldKind::kPacked;
      size_t nibbles = op.size * 2 - (has_sign ? 1 : 0);
      size_t width = std::min<size_t>(nibbles, op.digits);
      if (!ParseDecimal(text, op.scale, width, &digits, &negative)) return invalid();
      if (negative && !op.is_signed) return invalid();
      digits = std::string(nibbles - width, '0') + digits;
      std::memset(bytes, 0, op.size);
      for (size_t i = 0; i < nibbles; ++i) {
        auto nibble = static_cast<uint8_t>(digits[i] - '0');
        bytes[i / 2] |= (i % 2 == 0) ? static_cast<uint8_t>(nibble << 4) : nibble;
      }
      if (has_sign) bytes[op.size - 1] |= op.is_signed ? (negative ? 0x0D : 0x0C) : 0x0F;
      return Success{};
    }
    case FieldKind::kBinary: {
      if (!ParseDecimal(text, op.scale, 20, &digits, &negative)) return invalid();
      Uint128 magnitude = 0;
      for (char digit : digits) magnitude = magnitude * 10 + static_cast<unsigned>(digit - '0');
      unsigned bits = static_cast<unsigned>(op.size * 8);
      Uint128 limit = static_cast<Uint128>(1) << (op.is_signed ? bits - 1 : bits);
      if (negative ? (!op.is_signed || magnitude > limit) : magnitude >= limit) return invalid();
      Uint128 raw = negative ? (static_cast<Uint128>(1) << bits) - magnitude : magnitude;
      if (negative && magnitude == 0) raw = 0;
      for (size_t i = 0; i < op.size; ++i) {
        bytes[op.size - 1 - i] = static_cast<uint8_t>(raw >> (8 * i));
      }
      return Success{};
    }
    case FieldKind::kFloat: {
      if (code_page.is_ebcdic()) return invalid();
      uint64_t raw = 0;
      if (op.size == 4) {
        float value = 0;
        auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return invalid();
        uint32_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        raw = bits;
      } else {
        double value = 0;
        auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return invalid();
        std::memcpy(&raw, &value, sizeof raw);
      }
      for (size_t i = 0; i < op.size; ++i) {
        bytes[op.size - 1 - i] = static_cast<uint8_t>(raw >> (8 * i));
      }
      return Success{};
    }
    case FieldKind::kText:
    case FieldKind::kBytes:
      break;
  }
  return invalid();
}

}  // namespace

auto DecodeField(const PlanOp& op, const uint8_t* bytes, const CodePage& code_page,
                 OutputBuffer& out) -> bool {
  switch (op.kind) {
    case FieldKind::kText:
      return DecodeText(op, bytes, code_page, out);
    case FieldKind::kZoned:
      return DecodeZoned(op, bytes, code_page, out);
    case FieldKind::kPacked:
    case FieldKind::kPackedUnsigned:
      return DecodePacked(op, bytes, out);
    case FieldKind::kBinary:
      return DecodeBinary(op, bytes, out);
    case FieldKind::kFloat:
      return DecodeFloat(op, bytes, code_page, out);
    case FieldKind::kBytes:
      return false;
  }
  return false;
}

void WriteHex(const uint8_t* bytes, size_t size, OutputBuffer& out) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  out.Append("{\"hex\":\"");
  char* cursor = out.cursor();
  for (size_t i = 0; i < size; ++i) {
    cursor[2 * i] = kDigits[bytes[i] >> 4];
    cursor[2 * i + 1] = kDigits[bytes[i] & 0x0F];
  }
  out.Advance(size * 2);
  out.Append("\"}");
}

auto EncodeField(const PlanOp& op, const JsonValue& value, const CodePage& code_page,
                 uint8_t* bytes) -> ErrorOr<Success> {
  if (value.type == JsonValue::Type::kObject) {
    const JsonValue* hex = value.Find("hex");
    if (hex == nullptr || value.members.size() != 1) {
      return Error("'" + op.path + "': an object value must be {\"hex\":\"...\"}");
    }
    return EncodeHex(op, *hex, bytes);
  }
  if (op.kind == FieldKind::kText) {
    if (value.type != JsonValue::Type::kString) {
      return Error("'" + op.path + "': a text field needs a string");
    }
    return EncodeText(op, value.text, code_page, bytes);
  }
  if (value.type != JsonValue::Type::kNumber) {
    return Error("'" + op.path + "': a numeric field needs a number or {\"hex\":...}");
  }
  return EncodeNumber(op, value.text, code_page, bytes);
}

}  // namespace remint::codec
