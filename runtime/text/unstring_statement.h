// UNSTRING as GnuCOBOL 3.1.2 performs it (libcob strings.c cob_unstring_*). The statement cuts
// the sending item into pieces, one per INTO target in turn; the emitter MOVEs each piece to its
// target, so numeric targets get the alphanumeric-to-numeric conversion of MOVE.
//
//   // UNSTRING S DELIMITED BY ALL SPACE OR "," INTO A DELIMITER IN D COUNT IN C, B
//   //   WITH POINTER P TALLYING IN T ON OVERFLOW ...
//   cobrt::UnstringStatement unstring({s, 30}, /*pointer=*/p_value);
//   unstring.AddDelimiter(Bytes(" "), /*all=*/true);
//   unstring.AddDelimiter(Bytes(","));
//   if (auto piece = unstring.Next(a_size)) {
//     /* MOVE s[piece->offset, +piece->size) TO A (alphanumeric sending item) */
//     /* D: MOVE piece->delimiter_bytes TO D if piece->delimiter, else SPACES (ZERO if numeric) */
//     /* MOVE piece->size TO C */
//   }
//   if (auto piece = unstring.Next(b_size)) { /* MOVE ... TO B */ }
//   /* ADD unstring.tally() TO T; MOVE unstring.pointer() TO P */
//   if (unstring.overflow()) { /* ON OVERFLOW */ }
//
// Rules (checked against cobc):
// - Each delimiter is tried in the order written at each position; the first that occurs whole
//   ends the piece. ALL takes the following repeats of that same delimiter with it.
// - Without DELIMITED BY, a piece is as long as the target (its size without a separate sign),
//   or what is left of the source.
// - A piece may be empty (two delimiters in a row): cob_move then sends one space, so the target
//   gets spaces, or zero when numeric (cobrt's MOVEs of no bytes give the same).
// - DELIMITER IN and COUNT IN are accepted by cobc without DELIMITED BY too (spaces or zero,
//   and the piece's size).
// - Once the source is used up, or when the pointer was out of range at the start, Next gives
//   nothing: later targets, their DELIMITER IN and COUNT IN keep their values and are not
//   tallied.
// - Overflow: a pointer below 1 or past the source at the start, or source bytes left
//   unexamined after the last target.
#ifndef COBRT_TEXT_UNSTRING_STATEMENT_H_
#define COBRT_TEXT_UNSTRING_STATEMENT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cobrt {

struct UnstringPiece {
  size_t offset = 0;  // into the source
  size_t size = 0;    // also what COUNT IN receives
  // The DELIMITED BY operand that ended the piece (its index in AddDelimiter order), none when
  // the piece ran to the end of the source or there is no DELIMITED BY phrase.
  std::optional<size_t> delimiter;
  std::span<const uint8_t> delimiter_bytes;  // what DELIMITER IN receives when there is one
};

class UnstringStatement {
 public:
  // `pointer`: the WITH POINTER item's value (1-based), none without the phrase.
  explicit UnstringStatement(std::span<const uint8_t> source,
                             std::optional<int64_t> pointer = std::nullopt);

  // One DELIMITED BY operand, in source order (a figurative constant is its one byte). The
  // bytes must stay valid until the last Next.
  void AddDelimiter(std::span<const uint8_t> delimiter, bool all = false);

  // The piece for the next INTO target, whose size (without a separate sign byte) matters only
  // without DELIMITED BY; none when the target is not acted upon.
  auto Next(size_t target_size) -> std::optional<UnstringPiece>;

  // Targets acted upon: what TALLYING IN adds.
  auto tally() const -> int64_t { return tally_; }
  // What the statement stores into the WITH POINTER item.
  auto pointer() const -> int64_t { return offset_ + 1; }
  // After the last Next: ON OVERFLOW applies.
  auto overflow() const -> bool {
    return pointer_out_of_range_ || offset_ < static_cast<int64_t>(source_.size());
  }

 private:
  struct Delimiter {
    std::span<const uint8_t> bytes;
    bool all;
  };

  std::span<const uint8_t> source_;
  std::vector<Delimiter> delimiters_;
  int64_t offset_ = 0;  // 0-based
  bool pointer_out_of_range_ = false;
  int64_t tally_ = 0;
};

}  // namespace cobrt

#endif  // COBRT_TEXT_UNSTRING_STATEMENT_H_
