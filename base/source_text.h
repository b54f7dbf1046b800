// Turning a member's raw bytes into text lines: encoding detection and decoding, record format
// detection (newline text, 80-byte card images with no newlines, RDW-prefixed variable records),
// and the card-image areas of a fixed-format line.
#ifndef REMINT_BASE_SOURCE_TEXT_H_
#define REMINT_BASE_SOURCE_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/encoding.h"
#include "base/error_or.h"

namespace remint {

enum class RecordFormat {
  kLines,         // Newline-delimited text (LF, CRLF, or EBCDIC NL/LF).
  kFixed,         // Fixed-length records with no newlines (card images: length 80).
  kVariableRdw,   // Records prefixed by a 4-byte record descriptor word.
  kVariableBdw,   // RDW records grouped in blocks prefixed by a 4-byte block descriptor word.
  kUndefined,     // No structure recognised.
};

struct RecordLayout {
  RecordFormat format = RecordFormat::kUndefined;
  uint32_t record_length = 0;  // For kFixed.
  uint64_t record_count = 0;   // For kFixed and the variable formats.
};

// "lines", "FB(80)", "VB", "VB(BDW)", "U".
auto RecordLayoutName(const RecordLayout& layout) -> std::string;

// Finds the record structure of raw bytes given their encoding guess.
auto DetectRecordLayout(std::string_view bytes, const EncodingGuess& guess) -> RecordLayout;

struct DecodeOptions {
  std::string code_page = "IBM037";
  // Overrides detection, e.g. to read a member the user knows to be EBCDIC.
  std::optional<Encoding> force_encoding;
};

// A member as decoded text: UTF-8, one '\n' after every line (records become lines).
struct SourceText {
  EncodingGuess encoding;
  std::string code_page;  // Set for EBCDIC.
  RecordLayout layout;
  std::string text;
  std::vector<uint32_t> line_starts;  // Offset in `text` of each line's first byte.

  auto line_count() const -> uint32_t { return static_cast<uint32_t>(line_starts.size()); }
  // Line `number` (1-based) without its line end (and without a trailing '\r').
  auto line(uint32_t number) const -> std::string_view;
};

// Decodes a text member. Binary members yield a SourceText with empty `text` (the layout still
// says how many records there are). Errors are decoding failures (an unmappable byte).
auto DecodeSourceText(std::string bytes, const DecodeOptions& options) -> ErrorOr<SourceText>;

// The areas of a fixed-format card image (COBOL reference format; Fortran uses 1-5/6/7-72).
// Columns past the end of a short line are empty. Each area keeps its starting column so that
// locations inside it stay exact.
struct CardImage {
  std::string_view sequence;        // Columns 1-6.
  char indicator = ' ';             // Column 7 (space when the line is shorter).
  std::string_view program_text;    // Columns 8-72 (Area A starts at 8, Area B at 12).
  std::string_view identification;  // Columns 73-80.

  static constexpr uint32_t kProgramTextColumn = 8;
};

auto SplitCardImage(std::string_view line) -> CardImage;

}  // namespace remint

#endif  // REMINT_BASE_SOURCE_TEXT_H_
