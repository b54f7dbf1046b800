#include "runtime/text/inspect.h"

#include <cstddef>

#include "runtime/text/search.h"

namespace cobrt {
namespace {

constexpr int16_t kFree = -1;
// Taken by a TALLYING clause: counted once, never written back.
constexpr int16_t kCounted = 256;

auto IsOverpunched(ZonedSign sign) -> bool {
  return sign == ZonedSign::kTrailing || sign == ZonedSign::kLeading;
}

auto IsSeparate(ZonedSign sign) -> bool {
  return sign == ZonedSign::kTrailingSeparate || sign == ZonedSign::kLeadingSeparate;
}

// `operand` repeated to `size` bytes (libcob's alloc_figurative), or empty when it cannot stand
// for an operand of `size` bytes.
auto Fitted(InspectReplacement operand, size_t size) -> std::vector<uint8_t> {
  std::vector<uint8_t> bytes;
  if (operand.bytes.size() == size) {
    bytes.assign(operand.bytes.begin(), operand.bytes.end());
  } else if (operand.figurative && !operand.bytes.empty()) {
    for (size_t i = 0; i < size; ++i) bytes.push_back(operand.bytes[i % operand.bytes.size()]);
  }
  return bytes;
}

}  // namespace

Inspector::Inspector(uint8_t* item, size_t size, ZonedSign sign)
    : item_(item), item_size_(size), sign_(sign), data_(item), size_(size) {
  if (IsSeparate(sign) && size > 0) {
    // COB_FIELD_DATA / COB_FIELD_SIZE: the separate sign byte is not part of what is inspected.
    uint8_t* sign_byte = sign == ZonedSign::kLeadingSeparate ? item : item + size - 1;
    negative_ = *sign_byte == '-';
    if (sign == ZonedSign::kLeadingSeparate) ++data_;
    --size_;
  } else if (IsOverpunched(sign) && size > 0) {
    // cob_real_get_sign: 'p'..'y' is a negative digit and loses its overpunch; a digit or a
    // space is positive and kept; any other byte is positive and becomes '0' (checked against
    // cobc for all 256 byte values).
    uint8_t& byte = sign == ZonedSign::kLeading ? item[0] : item[size - 1];
    if (byte >= 'p' && byte <= 'y') {
      negative_ = true;
      byte = static_cast<uint8_t>(byte - internal::kNegativeOverpunchBit);
    } else if (!((byte >= '0' && byte <= '9') || byte == ' ')) {
      byte = '0';
    }
  }
  marks_.assign(size_, kFree);
  Start();
}

void Inspector::Start() {
  begin_ = 0;
  end_ = size_;
}

void Inspector::Before(std::span<const uint8_t> delimiter) {
  size_t at = Find(delimiter);
  if (at != internal::kNotFound) end_ = at;
}

void Inspector::After(std::span<const uint8_t> delimiter) {
  size_t at = Find(delimiter);
  begin_ = at != internal::kNotFound ? at + delimiter.size() : end_;
}

auto Inspector::TallyCharacters() -> int64_t {
  int64_t count = 0;
  for (size_t i = begin_; i < end_; ++i) {
    if (marks_[i] == kFree) {
      marks_[i] = kCounted;
      ++count;
    }
  }
  return count;
}

auto Inspector::TallyAll(std::span<const uint8_t> pattern) -> int64_t {
  return Take(pattern, Scan::kAll, [](size_t) { return kCounted; });
}

auto Inspector::TallyLeading(std::span<const uint8_t> pattern) -> int64_t {
  return Take(pattern, Scan::kLeading, [](size_t) { return kCounted; });
}

auto Inspector::TallyTrailing(std::span<const uint8_t> pattern) -> int64_t {
  return Take(pattern, Scan::kTrailing, [](size_t) { return kCounted; });
}

void Inspector::ReplaceCharacters(uint8_t by) {
  for (size_t i = begin_; i < end_; ++i) {
    if (marks_[i] == kFree) marks_[i] = by;
  }
}

auto Inspector::ReplaceAll(std::span<const uint8_t> pattern, InspectReplacement by) -> bool {
  return Replace(pattern, by, Scan::kAll);
}

auto Inspector::ReplaceLeading(std::span<const uint8_t> pattern, InspectReplacement by) -> bool {
  return Replace(pattern, by, Scan::kLeading);
}

auto Inspector::ReplaceFirst(std::span<const uint8_t> pattern, InspectReplacement by) -> bool {
  return Replace(pattern, by, Scan::kFirst);
}

auto Inspector::ReplaceTrailing(std::span<const uint8_t> pattern, InspectReplacement by) -> bool {
  return Replace(pattern, by, Scan::kTrailing);
}

auto Inspector::Replace(std::span<const uint8_t> pattern, InspectReplacement by, Scan scan)
    -> bool {
  std::vector<uint8_t> replacement = Fitted(by, pattern.size());
  if (replacement.size() != pattern.size()) return false;
  Take(pattern, scan, [&](size_t j) { return static_cast<int16_t>(replacement[j]); });
  return true;
}

auto Inspector::Convert(std::span<const uint8_t> from, InspectReplacement to) -> bool {
  std::vector<uint8_t> replacement = Fitted(to, from.size());
  if (replacement.size() != from.size()) return false;
  uint8_t table[256];
  bool set[256] = {};
  for (int b = 0; b < 256; ++b) table[b] = static_cast<uint8_t>(b);
  for (size_t j = 0; j < from.size(); ++j) {
    if (!set[from[j]]) {
      set[from[j]] = true;
      table[from[j]] = replacement[j];
    }
  }
  for (size_t i = begin_; i < end_; ++i) data_[i] = table[data_[i]];
  return true;
}

void Inspector::Finish() {
  for (size_t i = 0; i < size_; ++i) {
    if (marks_[i] >= 0 && marks_[i] < kCounted) data_[i] = static_cast<uint8_t>(marks_[i]);
  }
  if (item_size_ == 0) return;
  if (IsSeparate(sign_)) {
    // cob_real_put_sign writes the sign byte even when it held neither '+' nor '-'.
    item_[sign_ == ZonedSign::kLeadingSeparate ? 0 : item_size_ - 1] = negative_ ? '-' : '+';
  } else if (IsOverpunched(sign_) && negative_) {
    // The overpunch bit is or-ed into whatever byte the statement left there ('A' stays 'A').
    item_[sign_ == ZonedSign::kLeading ? 0 : item_size_ - 1] |= internal::kNegativeOverpunchBit;
  }
}

template <class MarkOf>
auto Inspector::Take(std::span<const uint8_t> pattern, Scan scan, MarkOf mark_of) -> int64_t {
  const size_t length = pattern.size();
  // libcob loops forever on an empty pattern; cobc rejects the literal ones.
  if (length == 0 || end_ - begin_ < length) return 0;
  auto take = [&](size_t at) {
    for (size_t j = 0; j < length; ++j) marks_[at + j] = mark_of(j);
  };
  int64_t count = 0;
  if (scan == Scan::kTrailing) {
    // From the last place the pattern fits, backwards while it keeps matching; a match over a
    // taken position does not stop the scan but is not counted. libcob's region-relative index
    // is unsigned and the scan stops when it is exactly 0: when a taken occurrence starts less
    // than its length from the region's start, the index wraps and the scan goes on before the
    // region, into the rest of the item ("ABAAAA" TALLYING TRAILING "AA" AFTER "AA" counts 2;
    // checked against cobc). libcob would go on before the item too; that stops here.
    auto begin = static_cast<ptrdiff_t>(begin_);
    auto size = static_cast<ptrdiff_t>(length);
    for (ptrdiff_t i = static_cast<ptrdiff_t>(end_ - begin_) - size;; --i) {
      if (begin + i < 0) break;
      auto at = static_cast<size_t>(begin + i);
      if (!Matches(at, pattern)) break;
      if (Free(at, length)) {
        take(at);
        ++count;
        i -= size - 1;
      }
      if (i == 0) break;
    }
    return count;
  }
  for (size_t at = begin_; at + length <= end_; ++at) {
    if (!Matches(at, pattern)) {
      // LEADING stops at the first mismatch, but not at a match over taken positions.
      if (scan == Scan::kLeading) break;
      continue;
    }
    if (!Free(at, length)) continue;
    take(at);
    ++count;
    if (scan == Scan::kFirst) break;
    at += length - 1;
  }
  return count;
}

auto Inspector::Find(std::span<const uint8_t> text) const -> size_t {
  size_t at = internal::FindBytes({data_ + begin_, end_ - begin_}, text);
  return at == internal::kNotFound ? at : begin_ + at;
}

auto Inspector::Matches(size_t position, std::span<const uint8_t> pattern) const -> bool {
  return internal::OccursAt({data_, end_}, position, pattern);
}

auto Inspector::Free(size_t position, size_t length) const -> bool {
  for (size_t j = 0; j < length; ++j) {
    if (marks_[position + j] != kFree) return false;
  }
  return true;
}

}  // namespace cobrt
