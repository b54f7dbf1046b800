// INSPECT as GnuCOBOL 3.1.2 performs it (libcob strings.c cob_inspect_*). cobc emits one call per
// phrase, in source order, and so does remint's emitter: an Inspector is built over the item, each
// compare clause sets its region (Start, then the BEFORE/AFTER phrases in the order written) and
// then acts, and Finish writes the replacements and the sign back.
//
//   // INSPECT X TALLYING C1 FOR ALL "AB" BEFORE INITIAL "." C2 FOR CHARACTERS
//   cobrt::Inspector inspect(x, 10);
//   inspect.Start();
//   inspect.Before(Bytes("."));
//   if (int64_t n = inspect.TallyAll(Bytes("AB")); n != 0) { /* ADD n TO C1 */ }
//   inspect.Start();
//   if (int64_t n = inspect.TallyCharacters(); n != 0) { /* ADD n TO C2 */ }
//   inspect.Finish();
//
// libcob does not scan once left to right trying every clause at each position, as the standard
// describes: each clause scans its whole region in turn, and a position that an earlier clause
// counted or replaced is never taken again. With "AB", `TALLYING C1 FOR ALL "B" C2 FOR ALL "AB"`
// gives C1 = 1, C2 = 0 (the standard gives 0 and 1), and a LEADING clause skips over positions
// taken before it instead of stopping there (checked against cobc). Replacements are kept aside
// until Finish, so every clause matches against the original bytes.
//
// TALLYING and REPLACING in one statement are two Inspectors, one after the other: cobc emits a
// whole init..finish sequence for the TALLYING phrase, then another for the REPLACING phrase.
// CONVERTING is one Inspector with a single Convert call.
#ifndef COBRT_TEXT_INSPECT_H_
#define COBRT_TEXT_INSPECT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "runtime/storage/zoned.h"

namespace cobrt {

// The BY operand of REPLACING or the TO operand of CONVERTING. A figurative constant (SPACE,
// ZERO, QUOTE, HIGH-VALUE, LOW-VALUE: one byte) is repeated to the size of the operand it
// replaces, as libcob does for its ALL-type fields; any other operand must have that size.
struct InspectReplacement {
  std::span<const uint8_t> bytes;
  bool figurative = false;
};

class Inspector {
 public:
  // `item` is the whole INSPECTed item. `sign` is the sign layout of a signed numeric DISPLAY
  // item (kUnsigned for every other item): a SIGN SEPARATE byte is not inspected and is
  // rewritten by Finish as '+' or '-'; an overpunched sign is taken off the digit here and put
  // back by Finish (see the .cpp for libcob's exact byte rules).
  Inspector(uint8_t* item, size_t size, ZonedSign sign = ZonedSign::kUnsigned);

  Inspector(const Inspector&) = delete;
  auto operator=(const Inspector&) -> Inspector& = delete;

  // The region of the next clause. Start() makes it the whole item; BEFORE INITIAL ends it at
  // the first occurrence of `delimiter` inside it (unchanged if there is none); AFTER INITIAL
  // starts it past the first occurrence (empty if there is none). BEFORE and AFTER apply in the
  // order written: with both, the second searches only what the first left.
  void Start();
  void Before(std::span<const uint8_t> delimiter);
  void After(std::span<const uint8_t> delimiter);

  // TALLYING: each returns what libcob adds to the clause's counter. libcob adds nothing (and
  // leaves the counter untouched) when the count is zero, so the emitter adds only non-zero
  // counts, right after the call, as libcob does. An empty pattern counts nothing.
  auto TallyCharacters() -> int64_t;
  auto TallyAll(std::span<const uint8_t> pattern) -> int64_t;
  auto TallyLeading(std::span<const uint8_t> pattern) -> int64_t;
  auto TallyTrailing(std::span<const uint8_t> pattern) -> int64_t;  // GnuCOBOL extension

  // REPLACING. CHARACTERS BY takes the first byte of its operand. The others return false
  // (and replace nothing) when `by` is not figurative and differs in size from `pattern`:
  // libcob's EC-RANGE-INSPECT-SIZE, possible only with reference-modified operands.
  void ReplaceCharacters(uint8_t by);
  auto ReplaceAll(std::span<const uint8_t> pattern, InspectReplacement by) -> bool;
  auto ReplaceLeading(std::span<const uint8_t> pattern, InspectReplacement by) -> bool;
  auto ReplaceFirst(std::span<const uint8_t> pattern, InspectReplacement by) -> bool;
  auto ReplaceTrailing(std::span<const uint8_t> pattern, InspectReplacement by) -> bool;

  // CONVERTING: each byte of the region found in `from` becomes the byte at the same place of
  // `to` (the first occurrence counts when `from` repeats a byte). Returns false and converts
  // nothing when the sizes differ and `to` is not figurative.
  auto Convert(std::span<const uint8_t> from, InspectReplacement to) -> bool;

  // Writes the replacements into the item and puts an overpunched or separate sign back.
  void Finish();

 private:
  enum class Scan { kAll, kLeading, kFirst, kTrailing };

  // Takes every untaken occurrence of `pattern` in the region that `scan` allows, giving each
  // the mark `mark_of(j)` for its j-th byte. Returns the number taken.
  template <class MarkOf>
  auto Take(std::span<const uint8_t> pattern, Scan scan, MarkOf mark_of) -> int64_t;
  auto Replace(std::span<const uint8_t> pattern, InspectReplacement by, Scan scan) -> bool;
  // The first occurrence of `text` in the region (an index into data_), or internal::kNotFound.
  auto Find(std::span<const uint8_t> text) const -> size_t;
  auto Matches(size_t position, std::span<const uint8_t> pattern) const -> bool;
  auto Free(size_t position, size_t length) const -> bool;

  uint8_t* item_;
  size_t item_size_;
  ZonedSign sign_;
  bool negative_ = false;
  uint8_t* data_;  // the inspected bytes: the item without a separate sign
  size_t size_;
  size_t begin_ = 0;  // the current region [begin_, end_) of data_
  size_t end_ = 0;
  // Per byte of data_: kFree, kCounted, or the byte that replaces it at Finish.
  std::vector<int16_t> marks_;
};

}  // namespace cobrt

#endif  // COBRT_TEXT_INSPECT_H_
