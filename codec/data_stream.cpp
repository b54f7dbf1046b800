#include "codec/data_stream.h"

#include <cstring>
#include <memory>
#include <vector>

#include "codec/csv_writer.h"
#include "codec/field_codec.h"
#include "codec/json_value.h"
#include "codec/output_buffer.h"

namespace remint::codec {
namespace {

constexpr size_t kReadChunk = 1 << 20;
constexpr size_t kFlushAt = 1 << 20;
// Diagnostics about individual fields stop after this many; the count is still reported.
constexpr uint64_t kMaxFieldDiagnostics = 100;

// The input, read in chunks into one buffer that always holds what the current record needs.
class ByteSource {
 public:
  ByteSource(std::FILE* in, size_t largest_need)
      : in_(in), capacity_(kReadChunk + largest_need), data_(new uint8_t[capacity_]) {}

  // Makes at least `bytes` bytes available unless the input ends first; returns how many are.
  auto Ensure(size_t bytes) -> size_t {
    while (end_ - start_ < bytes && !eof_) {
      if (start_ > 0) {
        std::memmove(data_.get(), data_.get() + start_, end_ - start_);
        end_ -= start_;
        start_ = 0;
      }
      size_t got = std::fread(data_.get() + end_, 1, capacity_ - end_, in_);
      if (got == 0) eof_ = true;
      end_ += got;
    }
    return std::min(bytes, end_ - start_);
  }
  auto available() const -> size_t { return end_ - start_; }
  auto data() const -> const uint8_t* { return data_.get() + start_; }
  void Consume(size_t bytes) {
    start_ += bytes;
    offset_ += bytes;
  }
  auto offset() const -> uint64_t { return offset_; }

 private:
  std::FILE* in_;
  size_t capacity_;
  std::unique_ptr<uint8_t[]> data_;
  size_t start_ = 0;
  size_t end_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
};

auto BigEndian16(const uint8_t* bytes) -> size_t {
  return static_cast<size_t>(bytes[0]) << 8 | bytes[1];
}

class StreamDecoder {
 public:
  StreamDecoder(std::FILE* in, std::FILE* out, RecordCodec& codec, const FramingOptions& framing,
                const std::string& path, DiagnosticEmitter& emitter, DecodeFormat format)
      : source_(in, std::max<size_t>(framing.lrecl, 1 << 16) + 8),
        out_file_(out),
        codec_(codec),
        framing_(framing),
        path_(path),
        emitter_(emitter) {
    if (format == DecodeFormat::kCsv) {
      csv_ = std::make_unique<CsvWriter>(codec_.plan());
      csv_->WriteHeader(csv_row_);
      out_.Reserve(csv_row_.size());
      out_.Append(csv_row_);
    }
  }

  auto Run() -> ErrorOr<DecodeStats> {
    if (framing_.format == RecordFormat::kFixed) {
      RunFixed();
    } else {
      RunVariable();
    }
    if (packed_issues_ > kMaxFieldDiagnostics) {
      emitter_.EmitForPath(
          DiagnosticKind::kDataInvalidPackedField, path_, "...", "...", "(more)",
          std::to_string(packed_issues_ - kMaxFieldDiagnostics) + " more fields not listed");
    }
    Flush();
    if (std::ferror(out_file_)) return Error("cannot write the output");
    stats_.bytes = source_.offset();
    return stats_;
  }

 private:
  void RunFixed() {
    size_t length = framing_.lrecl;
    while (true) {
      size_t have = source_.Ensure(length);
      if (have == 0) return;
      if (have < length) {
        emitter_.EmitForPath(DiagnosticKind::kDataTruncatedRecord, path_, source_.offset(), have,
                             length, stats_.records);
        WriteTail(have);
        return;
      }
      WriteRecord(source_.data(), length, "");
      source_.Consume(length);
    }
  }

  void RunVariable() {
    std::string prefix;
    size_t block_left = 0;
    while (true) {
      if (framing_.bdw && block_left == 0) {
        size_t have = source_.Ensure(4);
        if (have == 0) return;
        const uint8_t* bdw = source_.data();
        size_t block = have == 4 ? BigEndian16(bdw) : 0;
        if (have < 4 || bdw[2] != 0 || bdw[3] != 0 || (bdw[0] & 0x80) != 0 || block <= 4) {
          FramingError(have < 4 ? "the file ends inside a BDW" : "invalid BDW");
          return;
        }
        prefix = "\"@block\":" + std::to_string(block) + ",";
        source_.Consume(4);
        block_left = block - 4;
      }
      size_t have = source_.Ensure(4);
      if (have == 0) {
        if (block_left > 0) FramingError("the file ends inside a block");
        return;
      }
      const uint8_t* rdw = source_.data();
      // The record's bytes with its header: cobc's header counts only the data.
      const size_t header_share = framing_.format == RecordFormat::kCobcVariable ? 4 : 0;
      size_t length = have == 4 ? BigEndian16(rdw) + header_share : 0;
      if (have < 4 || rdw[2] != 0 || rdw[3] != 0 || length < 4 ||
          (framing_.bdw && length > block_left)) {
        FramingError(have < 4           ? "the file ends inside an RDW"
                     : length < 4       ? "an RDW length under 4"
                     : rdw[2] || rdw[3] ? "an RDW whose last two bytes are not zero"
                                        : "a record longer than the rest of its block");
        return;
      }
      size_t got = source_.Ensure(length);
      if (got < length) {
        emitter_.EmitForPath(DiagnosticKind::kDataTruncatedRecord, path_, source_.offset(), got,
                             length, stats_.records);
        WriteTail(got);
        return;
      }
      record_offset_ = source_.offset();
      WriteRecord(source_.data() + 4, length - 4, prefix);
      prefix.clear();
      source_.Consume(length);
      if (framing_.bdw) block_left -= length;
    }
  }

  void FramingError(const std::string& what) {
    emitter_.EmitForPath(DiagnosticKind::kDataBadRecordDescriptor, path_, stats_.records + 1,
                         source_.offset(), what);
    stats_.framing_error = true;
    // Everything from here on is kept, as hex tails of one chunk each.
    while (source_.Ensure(kReadChunk) > 0) WriteTail(source_.available());
  }

  // The bytes that do not form a record, kept so that encoding restores them.
  void WriteTail(size_t bytes) {
    if (csv_ != nullptr) {
      // CSV has no row for bytes outside records; the diagnostic reported them.
      source_.Consume(bytes);
      return;
    }
    out_.Reserve(bytes * 2 + 32);
    out_.Append("{\"@tail\":");
    WriteHex(source_.data(), bytes, out_);
    out_.Append("}\n");
    source_.Consume(bytes);
    if (out_.size() >= kFlushAt) Flush();
  }

  void WriteRecord(const uint8_t* record, size_t length, std::string_view prefix) {
    ++stats_.records;
    if (framing_.format == RecordFormat::kFixed) record_offset_ = source_.offset();
    issues_.clear();
    size_t record_start = out_.size();
    codec_.Decode(record, length, prefix, out_, issues_);
    if (csv_ != nullptr) {
      // The row is made from the record's JSON, so CSV and JSON lines agree on every value.
      ErrorOr<JsonValue> object = ParseJson(out_.view().substr(record_start));
      out_.Truncate(record_start);
      csv_row_.clear();
      if (object) csv_->WriteRow(*object, csv_row_);
      out_.Reserve(csv_row_.size());
      out_.Append(csv_row_);
    } else {
      out_.Reserve(1);
      out_.Append('\n');
    }
    for (const RecordIssue& issue : issues_) {
      if (issue.kind == RecordIssue::Kind::kLayoutMismatch) {
        ++stats_.hex_records;
        emitter_.EmitForPath(DiagnosticKind::kDataRecordLayoutMismatch, path_, stats_.records,
                             record_offset_, issue.detail);
      } else if (++packed_issues_ <= kMaxFieldDiagnostics) {
        emitter_.EmitForPath(DiagnosticKind::kDataInvalidPackedField, path_, stats_.records,
                             record_offset_ + issue.offset, issue.field, issue.detail);
      }
    }
    if (out_.size() >= kFlushAt) Flush();
  }

  void Flush() {
    std::fwrite(out_.view().data(), 1, out_.size(), out_file_);
    out_.Clear();
  }

  ByteSource source_;
  std::FILE* out_file_;
  RecordCodec& codec_;
  const FramingOptions& framing_;
  const std::string& path_;
  DiagnosticEmitter& emitter_;
  OutputBuffer out_;
  std::vector<RecordIssue> issues_;
  DecodeStats stats_;
  uint64_t record_offset_ = 0;
  uint64_t packed_issues_ = 0;
  std::unique_ptr<CsvWriter> csv_;  // null for JSON lines
  std::string csv_row_;
};

auto HexBytes(const JsonValue& value, std::string& bytes) -> bool {
  const JsonValue* hex = value.Find("hex");
  if (hex == nullptr || hex->type != JsonValue::Type::kString || hex->text.size() % 2 != 0) {
    return false;
  }
  PlanOp op{.op = OpKind::kField,
            .kind = FieldKind::kBytes,
            .size = hex->text.size() / 2,
            .path = "@tail"};
  bytes.assign(op.size, '\0');
  CodePage ascii = *CodePage::Make("ascii");
  return EncodeField(op, value, ascii, reinterpret_cast<uint8_t*>(bytes.data())).ok();
}

}  // namespace

auto ParseRecordFormat(std::string_view recfm) -> ErrorOr<RecordFormat> {
  if (recfm == "F" || recfm == "FB") return RecordFormat::kFixed;
  if (recfm == "V" || recfm == "VB") return RecordFormat::kVariable;
  if (recfm == "VC") return RecordFormat::kCobcVariable;
  return Error("RECFM '" + std::string(recfm) + "' is not F, FB, V, VB or VC (cobc's variable)");
}

auto CheckRecordLength(const RecordPlan& plan, const FramingOptions& framing) -> ErrorOr<Success> {
  uint64_t expected = plan.record_size + (framing.format != RecordFormat::kFixed ? 4 : 0);
  if (framing.lrecl != expected) {
    return Error(std::to_string(plan.record_size));
  }
  return Success{};
}

auto DecodeStream(std::FILE* in, std::FILE* out, RecordCodec& codec, const FramingOptions& framing,
                  const std::string& path, DiagnosticEmitter& emitter, DecodeFormat format)
    -> ErrorOr<DecodeStats> {
  return StreamDecoder(in, out, codec, framing, path, emitter, format).Run();
}

auto EncodeStream(std::FILE* in, std::FILE* out, RecordCodec& codec, const FramingOptions& framing,
                  const std::string& path, DiagnosticEmitter& emitter) -> ErrorOr<uint64_t> {
  char* line = nullptr;
  size_t capacity = 0;
  uint64_t line_number = 0;
  uint64_t records = 0;
  std::string record;
  std::string block;
  size_t block_length = 0;
  bool failed = false;
  auto flush_block = [&]() {
    if (block.empty() && block_length == 0) return;
    uint8_t bdw[4] = {static_cast<uint8_t>(block_length >> 8), static_cast<uint8_t>(block_length),
                      0, 0};
    std::fwrite(bdw, 1, 4, out);
    std::fwrite(block.data(), 1, block.size(), out);
    block.clear();
    block_length = 0;
  };
  auto fail = [&](const std::string& message) {
    emitter.EmitForPath(DiagnosticKind::kDataEncodeInvalidLine, path, line_number, message);
    failed = true;
  };
  ssize_t read = 0;
  while ((read = getline(&line, &capacity, in)) >= 0) {
    ++line_number;
    std::string_view text(line, static_cast<size_t>(read));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    if (text.empty()) continue;
    ErrorOr<JsonValue> value = ParseJson(text);
    if (!value) {
      fail(value.error().message());
      continue;
    }
    if (const JsonValue* tail = value->Find("@tail")) {
      std::string bytes;
      if (!HexBytes(*tail, bytes)) {
        fail("\"@tail\" must be {\"hex\":\"...\"}");
        continue;
      }
      flush_block();
      std::fwrite(bytes.data(), 1, bytes.size(), out);
      continue;
    }
    ErrorOr<Success> encoded = codec.Encode(*value, record);
    if (!encoded) {
      fail(encoded.error().message());
      continue;
    }
    ++records;
    if (framing.format == RecordFormat::kFixed) {
      if (record.size() != framing.lrecl) {
        fail("the record has " + std::to_string(record.size()) + " bytes, not the LRECL " +
             std::to_string(framing.lrecl));
        continue;
      }
      std::fwrite(record.data(), 1, record.size(), out);
      continue;
    }
    const size_t length = record.size() + (framing.format == RecordFormat::kCobcVariable ? 0 : 4);
    if (length > 0xFFFF) {
      fail("the record is too long for an RDW");
      continue;
    }
    std::string framed = {static_cast<char>(length >> 8), static_cast<char>(length & 0xFF), 0, 0};
    framed += record;
    if (!framing.bdw) {
      std::fwrite(framed.data(), 1, framed.size(), out);
      continue;
    }
    if (const JsonValue* starts = value->Find("@block")) {
      flush_block();
      block_length = std::strtoull(starts->text.c_str(), nullptr, 10);
    } else if (block_length == 0) {
      fail("with --bdw the first record must carry \"@block\"");
      continue;
    }
    block += framed;
  }
  flush_block();
  std::free(line);
  if (std::ferror(out)) return Error("cannot write the output");
  if (failed) return Error("some lines could not be encoded");
  return records;
}

}  // namespace remint::codec
