// Whole datasets: record framing (RECFM F/FB by LRECL, V/VB by RDW, with BDWs when asked),
// streamed through a fixed buffer, decoded to JSON lines and encoded back.
#ifndef REMINT_CODEC_DATA_STREAM_H_
#define REMINT_CODEC_DATA_STREAM_H_

#include <cstdint>
#include <cstdio>
#include <string>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/error_or.h"
#include "codec/record_codec.h"

namespace remint::codec {

// kVariable: each record behind a mainframe RDW, whose length counts its own 4 bytes.
// kCobcVariable: GnuCOBOL's record sequential variable files (COB_VARSEQ_FORMAT 0, as the cobc
// build of an estate writes them): the same 4-byte header, its length counting the data only.
enum class RecordFormat { kFixed, kVariable, kCobcVariable };

struct FramingOptions {
  RecordFormat format = RecordFormat::kFixed;
  uint64_t lrecl = 0;  // the record length (F); the largest record with its RDW (V)
  bool bdw = false;    // V: records are grouped in blocks, each behind a BDW
};

auto ParseRecordFormat(std::string_view recfm) -> ErrorOr<RecordFormat>;

// Checks the layout's record length against LRECL (RM7002 when they differ).
auto CheckRecordLength(const RecordPlan& plan, const FramingOptions& framing) -> ErrorOr<Success>;

// What `DecodeStream` writes: JSON lines (the default, which `EncodeStream` reads back) or CSV
// (a header row, then a row per record; one way only, see docs/codec.md).
enum class DecodeFormat { kJsonLines, kCsv };

struct DecodeStats {
  uint64_t records = 0;
  uint64_t bytes = 0;
  uint64_t hex_records = 0;  // records kept whole as hex
  bool framing_error = false;
};

// Decodes `in` (named `path` in diagnostics) to JSON lines on `out`. Problems are reported on
// `emitter`; the bytes involved still go to the output ("@tail", "@record", {"hex":...}), so
// `EncodeStream` gives back the input exactly.
auto DecodeStream(std::FILE* in, std::FILE* out, RecordCodec& codec, const FramingOptions& framing,
                  const std::string& path, DiagnosticEmitter& emitter,
                  DecodeFormat format = DecodeFormat::kJsonLines) -> ErrorOr<DecodeStats>;

// Encodes JSON lines from `in` back to the dataset's bytes on `out`.
auto EncodeStream(std::FILE* in, std::FILE* out, RecordCodec& codec, const FramingOptions& framing,
                  const std::string& path, DiagnosticEmitter& emitter) -> ErrorOr<uint64_t>;

}  // namespace remint::codec

#endif  // REMINT_CODEC_DATA_STREAM_H_
