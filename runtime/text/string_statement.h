// STRING as GnuCOBOL 3.1.2 performs it (libcob strings.c cob_string_*): the sending operands are
// copied one after another into the receiving item from the pointer on, each up to the first
// occurrence of its delimiter or whole (DELIMITED BY SIZE). Bytes of the receiving item past what
// is written keep their value.
//
//   // STRING A DELIMITED BY SPACE "-" DELIMITED BY SIZE INTO T WITH POINTER P
//   //   ON OVERFLOW ...
//   cobrt::StringStatement string(t, 20, /*pointer=*/p_value);
//   string.Append({a, 8}, Bytes(" "));
//   string.Append(Bytes("-"));
//   /* MOVE string.pointer() TO P (always, even on overflow) */
//   if (string.overflow()) { /* ON OVERFLOW */ }
//
// Overflow (checked against cobc): a pointer below 1 or past the item at the start (nothing is
// written; the pointer item is stored back unchanged), or an operand that does not fit: what
// fits is written, the pointer ends past the item and later operands are skipped. An operand
// whose delimited part is empty never overflows, even when the item is already full.
#ifndef COBRT_TEXT_STRING_STATEMENT_H_
#define COBRT_TEXT_STRING_STATEMENT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace cobrt {

class StringStatement {
 public:
  // `pointer`: the WITH POINTER item's value (1-based), none without the phrase. cobc reads it
  // as a C int; values beyond int are compared here as they are.
  StringStatement(uint8_t* target, size_t size, std::optional<int64_t> pointer = std::nullopt);

  // DELIMITED BY SIZE: the whole operand (a figurative constant is its one byte).
  void Append(std::span<const uint8_t> source);
  // DELIMITED BY `delimiter`: the operand up to the first occurrence of the whole delimiter.
  void Append(std::span<const uint8_t> source, std::span<const uint8_t> delimiter);

  auto overflow() const -> bool { return overflow_; }
  // What the statement stores into the WITH POINTER item: one past the last byte written.
  auto pointer() const -> int64_t { return offset_ + 1; }

 private:
  void Copy(std::span<const uint8_t> bytes);

  uint8_t* target_;
  size_t size_;
  int64_t offset_ = 0;  // 0-based; in [0, size_] unless the starting pointer was out of range
  bool overflow_ = false;
};

}  // namespace cobrt

#endif  // COBRT_TEXT_STRING_STATEMENT_H_
