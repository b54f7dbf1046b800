#include "base/source_text.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace remint {
namespace {

constexpr uint32_t kCardLength = 80;

auto ReadBigEndian16(std::string_view bytes, size_t offset) -> uint32_t {
  return (uint32_t{static_cast<unsigned char>(bytes[offset])} << 8) |
         uint32_t{static_cast<unsigned char>(bytes[offset + 1])};
}

// Counts the RDW records in `bytes` if they form an exact chain, else returns 0.
auto CountRdwChain(std::string_view bytes) -> uint64_t {
  uint64_t count = 0;
  size_t offset = 0;
  while (offset + 4 <= bytes.size()) {
    uint32_t length = ReadBigEndian16(bytes, offset);
    if (length < 4 || bytes[offset + 2] != 0 || bytes[offset + 3] != 0) return 0;
    offset += length;
    ++count;
  }
  return offset == bytes.size() ? count : 0;
}

// Counts RDW records inside a chain of BDW blocks, else returns 0.
auto CountBdwChain(std::string_view bytes) -> uint64_t {
  uint64_t count = 0;
  size_t offset = 0;
  while (offset + 4 <= bytes.size()) {
    uint32_t length = ReadBigEndian16(bytes, offset);
    if (length < 8 || bytes[offset + 2] != 0 || bytes[offset + 3] != 0 ||
        offset + length > bytes.size()) {
      return 0;
    }
    uint64_t records = CountRdwChain(bytes.substr(offset + 4, length - 4));
    if (records == 0) return 0;
    count += records;
    offset += length;
  }
  return offset == bytes.size() ? count : 0;
}

// Byte classes whose column pattern reveals fixed-length records.
enum class ColumnClass { kSpace, kDigit, kLetter, kOtherText, kNonText };

auto ClassifyByte(unsigned char byte, bool ebcdic, bool fine) -> ColumnClass {
  bool text = ebcdic ? IsEbcdicTextByte(byte) : IsAsciiTextByte(byte);
  if (!text) return ColumnClass::kNonText;
  if (!fine) return ColumnClass::kOtherText;
  if (byte == (ebcdic ? 0x40 : 0x20)) return ColumnClass::kSpace;
  if (ebcdic ? (byte >= 0xf0 && byte <= 0xf9) : (byte >= '0' && byte <= '9')) {
    return ColumnClass::kDigit;
  }
  bool letter = ebcdic ? ((byte >= 0xc1 && byte <= 0xc9) || (byte >= 0xd1 && byte <= 0xd9) ||
                          (byte >= 0xe2 && byte <= 0xe9))
                       : ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z'));
  return letter ? ColumnClass::kLetter : ColumnClass::kOtherText;
}

// Finds the smallest record length at which the records of a member without line ends line
// up: over records sampled across the whole member (spread by a multiplicative hash, so the
// sample never aligns with a multiple of the true length), a column is consistent when at
// least 90% of the samples give it one byte class (rare record types, such as headers and
// trailers, may differ). `fine` distinguishes spaces, digits and letters (for all-text
// members); otherwise only text and non-text (packed and binary fields) are told apart.
// Consistent columns must not all have one class (a file of zeros says nothing about records).
// Returns 0 when no length has `threshold` of its columns consistent.
auto DetectFixedRecordLength(std::string_view bytes, bool ebcdic, bool fine, double threshold)
    -> uint32_t {
  constexpr size_t kMinRecords = 3;
  constexpr size_t kSampleRecords = 64;
  constexpr size_t kMaxRecordLength = 4096;
  constexpr size_t kClassCount = 5;
  for (size_t length = 2; length <= kMaxRecordLength && length * kMinRecords <= bytes.size();
       ++length) {
    if (bytes.size() % length != 0) continue;
    size_t records = bytes.size() / length;
    size_t samples = std::min(records, kSampleRecords);
    std::vector<size_t> sampled(samples);
    for (size_t i = 0; i < samples; ++i) {
      sampled[i] = samples == records ? i : (i * uint64_t{2654435761}) % records;
    }
    size_t consistent = 0;
    bool seen_classes[kClassCount] = {};
    for (size_t column = 0; column < length; ++column) {
      size_t counts[kClassCount] = {};
      for (size_t record : sampled) {
        auto byte = static_cast<unsigned char>(bytes[record * length + column]);
        ++counts[static_cast<int>(ClassifyByte(byte, ebcdic, fine))];
      }
      size_t majority = 0;
      for (size_t k = 1; k < kClassCount; ++k) {
        if (counts[k] > counts[majority]) majority = k;
      }
      if (counts[majority] * 10 >= samples * 9) {
        ++consistent;
        seen_classes[majority] = true;
      }
    }
    int distinct = 0;
    for (bool seen : seen_classes) distinct += seen;
    if (distinct >= 2 && static_cast<double>(consistent) >= threshold * static_cast<double>(length)) {
      return static_cast<uint32_t>(length);
    }
  }
  return 0;
}

auto HasByte(std::string_view bytes, char byte) -> bool {
  return std::memchr(bytes.data(), byte, bytes.size()) != nullptr;
}

// Splits normalized text (every line ends with '\n') into line starts.
void IndexLines(SourceText& source) {
  const std::string& text = source.text;
  source.line_starts.clear();
  size_t offset = 0;
  while (offset < text.size()) {
    source.line_starts.push_back(static_cast<uint32_t>(offset));
    const void* newline = std::memchr(text.data() + offset, '\n', text.size() - offset);
    if (newline == nullptr) break;
    offset = static_cast<size_t>(static_cast<const char*>(newline) - text.data()) + 1;
  }
}

// Inserts `separator` after every `record_length` bytes (fixed records become lines).
auto SplitFixedRecords(std::string_view bytes, uint32_t record_length, char separator)
    -> std::string {
  std::string lines;
  lines.reserve(bytes.size() + bytes.size() / record_length + 1);
  for (size_t offset = 0; offset < bytes.size(); offset += record_length) {
    lines.append(bytes.substr(offset, record_length));
    lines.push_back(separator);
  }
  return lines;
}

}  // namespace

auto RecordLayoutName(const RecordLayout& layout) -> std::string {
  switch (layout.format) {
    case RecordFormat::kLines:
      return "lines";
    case RecordFormat::kFixed:
      return fmt::format("FB({})", layout.record_length);
    case RecordFormat::kVariableRdw:
      return "VB";
    case RecordFormat::kVariableBdw:
      return "VB(BDW)";
    case RecordFormat::kUndefined:
      return "U";
  }
  return "U";
}

auto DetectRecordLayout(std::string_view bytes, const EncodingGuess& guess) -> RecordLayout {
  RecordLayout layout;
  switch (guess.encoding) {
    case Encoding::kAscii:
    case Encoding::kUtf8:
    case Encoding::kLatin1:
      if (!HasByte(bytes, '\n') && !bytes.empty() && bytes.size() % kCardLength == 0 &&
          bytes.size() > kCardLength) {
        layout = {RecordFormat::kFixed, kCardLength, bytes.size() / kCardLength};
      } else {
        layout.format = RecordFormat::kLines;
      }
      return layout;
    case Encoding::kEbcdic:
      if (HasByte(bytes, '\x15') || HasByte(bytes, '\x25')) {
        layout.format = RecordFormat::kLines;
      } else if (bytes.size() % kCardLength == 0) {
        layout = {RecordFormat::kFixed, kCardLength, bytes.size() / kCardLength};
      } else if (uint32_t length = DetectFixedRecordLength(bytes, /*ebcdic=*/true,
                                                           /*fine=*/true, 0.6);
                 length > 0) {
        layout = {RecordFormat::kFixed, length, bytes.size() / length};
      } else {
        layout = {RecordFormat::kUndefined, 0, 1};
      }
      return layout;
    case Encoding::kBinary:
      // Blocks first: a BDW chain is also a valid RDW chain (of whole blocks).
      if (uint64_t records = CountBdwChain(bytes); records > 0) {
        return {RecordFormat::kVariableBdw, 0, records};
      }
      if (uint64_t records = CountRdwChain(bytes); records > 0) {
        return {RecordFormat::kVariableRdw, 0, records};
      }
      if (uint32_t length = DetectFixedRecordLength(bytes, guess.binary_looks_ebcdic,
                                                    /*fine=*/false, 0.8);
          length > 0) {
        return {RecordFormat::kFixed, length, bytes.size() / length};
      }
      return layout;
  }
  return layout;
}

auto SourceText::line(uint32_t number) const -> std::string_view {
  if (number == 0 || number > line_starts.size()) return {};
  size_t begin = line_starts[number - 1];
  size_t end = number < line_starts.size() ? line_starts[number] - 1 : text.size();
  if (end > begin && text[end - 1] == '\n') --end;
  if (end > begin && text[end - 1] == '\r') --end;
  return std::string_view(text).substr(begin, end - begin);
}

auto DecodeSourceText(std::string bytes, const DecodeOptions& options) -> ErrorOr<SourceText> {
  SourceText source;
  source.encoding = DetectEncoding(bytes);
  if (options.force_encoding) source.encoding.encoding = *options.force_encoding;
  source.layout = DetectRecordLayout(bytes, source.encoding);

  switch (source.encoding.encoding) {
    case Encoding::kBinary:
      return source;
    case Encoding::kAscii:
    case Encoding::kUtf8:
      if (source.layout.format == RecordFormat::kFixed) {
        source.text = SplitFixedRecords(bytes, source.layout.record_length, '\n');
      } else {
        source.text = std::move(bytes);
      }
      break;
    case Encoding::kLatin1:
      if (source.layout.format == RecordFormat::kFixed) {
        bytes = SplitFixedRecords(bytes, source.layout.record_length, '\n');
      }
      source.text = DecodeLatin1(bytes);
      break;
    case Encoding::kEbcdic: {
      ErrorOr<std::string> code_page = CanonicalEbcdicCodePage(options.code_page);
      if (!code_page) return code_page.error();
      source.code_page = *code_page;
      if (source.layout.format == RecordFormat::kFixed) {
        // EBCDIC LF (0x25) between records, so one decode call turns records into lines.
        bytes = SplitFixedRecords(bytes, source.layout.record_length, '\x25');
      }
      ErrorOr<std::string> decoded = DecodeEbcdic(bytes, source.code_page);
      if (!decoded) return decoded.error();
      source.text = std::move(*decoded);
      break;
    }
  }
  if (!source.text.empty() && source.text.back() != '\n') source.text.push_back('\n');
  IndexLines(source);
  return source;
}

auto SplitCardImage(std::string_view line) -> CardImage {
  // Columns count characters, not bytes: decoded EBCDIC can hold multi-byte UTF-8 characters
  // (the IBM-037 not sign and cent sign, for example), which must not shift the areas.
  auto column_offset = [&](size_t column) -> size_t {
    size_t offset = 0;
    for (size_t current = 1; current < column && offset < line.size(); ++current) {
      ++offset;
      while (offset < line.size() && (static_cast<unsigned char>(line[offset]) & 0xc0) == 0x80) {
        ++offset;
      }
    }
    return offset;
  };
  bool ascii = std::all_of(line.begin(), line.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  auto area = [&](size_t first_column, size_t last_column) -> std::string_view {
    size_t begin = ascii ? std::min(first_column - 1, line.size()) : column_offset(first_column);
    size_t end = ascii ? std::min(last_column, line.size()) : column_offset(last_column + 1);
    return line.substr(begin, end - begin);
  };
  CardImage card;
  card.sequence = area(1, 6);
  std::string_view indicator = area(7, 7);
  card.indicator = indicator.size() == 1 ? indicator[0] : ' ';
  card.program_text = area(8, 72);
  card.identification = area(73, 80);
  return card;
}

}  // namespace remint
