// One elementary field's bytes to its JSON value and back. A value is written as text or a
// number only when encoding it gives back the same bytes; otherwise the caller writes
// {"hex":"..."}.
#ifndef REMINT_CODEC_FIELD_CODEC_H_
#define REMINT_CODEC_FIELD_CODEC_H_

#include <cstdint>
#include <string>

#include "base/error_or.h"
#include "codec/code_page.h"
#include "codec/json_value.h"
#include "codec/output_buffer.h"
#include "codec/plan.h"

namespace remint::codec {

// The bytes DecodeField may write for `op` (reserve them first).
// Text: 7 bytes per character at most (an escaped 3-byte UTF-8 form fits 7); hex: 2 per byte
// plus the wrapper; numbers: digits, sign, point, zeros of a negative scale. Inline: the
// decoder asks for every field.
inline auto MaxValueBytes(const PlanOp& op) -> size_t {
  return op.size * 7 + 32 + static_cast<size_t>(op.scale < 0 ? -op.scale : op.scale) + 2 * 64;
}

// Writes the value of the field at `bytes` (op.size of them) and returns true, or writes
// nothing and returns false when the bytes have no value that re-encodes to them.
auto DecodeField(const PlanOp& op, const uint8_t* bytes, const CodePage& code_page,
                 OutputBuffer& out) -> bool;

// Writes {"hex":"..."} for the field's bytes.
void WriteHex(const uint8_t* bytes, size_t size, OutputBuffer& out);

// Encodes a JSON value (a number, a string or {"hex":...}) into op.size bytes at `bytes`.
auto EncodeField(const PlanOp& op, const JsonValue& value, const CodePage& code_page,
                 uint8_t* bytes) -> ErrorOr<Success>;

}  // namespace remint::codec

#endif  // REMINT_CODEC_FIELD_CODEC_H_
