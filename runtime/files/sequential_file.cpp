#include "runtime/files/sequential_file.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>

namespace cobrt {
namespace {

constexpr std::size_t kVariableHeaderSize = 4;
constexpr std::size_t kStreamBufferSize = std::size_t{1} << 16;

auto Exists(const std::string& path) -> bool {
  std::error_code error;
  return std::filesystem::exists(path, error);
}

// The status of an fopen that failed, from errno as libcob maps it (cob_file_open).
auto OpenFailureStatus(int error_number) -> FileStatus {
  if (error_number == EACCES || error_number == EISDIR || error_number == EROFS) {
    return FileStatus::Of("37");
  }
  if (error_number == ENOENT) return FileStatus::Of("35");
  return FileStatus::Of("30");
}

// The bytes an ADVANCING phrase writes (libcob cob_file_write_opt / cob_seq_write_opt): "\f"
// for PAGE, "\r" for 0 LINES, else one "\n" per line.
void AppendAdvance(std::string& bytes, const Advancing& advancing) {
  if (advancing.page) {
    bytes += '\f';
  } else if (advancing.lines == 0) {
    bytes += '\r';
  } else {
    bytes.append(static_cast<std::size_t>(advancing.lines), '\n');
  }
}

// A file is used by one program at a time: stdio's locking on every call is pure cost, which
// glibc's _unlocked forms skip (the bankdemo steps spend several percent in it otherwise).
auto ReadBytes(void* data, std::size_t size, std::FILE* stream) -> std::size_t {
#if defined(__GLIBC__)
  return fread_unlocked(data, 1, size, stream);
#else
  return std::fread(data, 1, size, stream);
#endif
}

auto WriteBytes(const void* data, std::size_t size, std::FILE* stream) -> std::size_t {
#if defined(__GLIBC__)
  return fwrite_unlocked(data, 1, size, stream);
#else
  return std::fwrite(data, 1, size, stream);
#endif
}

auto WithoutTrailingSpaces(std::string_view record) -> std::string_view {
  while (!record.empty() && record.back() == ' ') record.remove_suffix(1);
  return record;
}

}  // namespace

SequentialFile::SequentialFile(Kind kind, FileDescription description, const FileContext& context)
    : File(std::move(description), context), kind_(kind) {}

SequentialFile::~SequentialFile() {
  if (stream_ != nullptr) std::fclose(stream_);
}

auto SequentialFile::OpenResolved(OpenMode mode) -> FileStatus {
  const std::string& path = resolved_name().path;
  at_end_ = false;
  needs_newline_ = false;
  last_read_position_ = -1;
  const bool exists = Exists(path);
  const char* fopen_mode = "rb";
  FileStatus success = FileStatus::Of("00");
  switch (mode) {
    case OpenMode::kInput:
      if (!exists) {
        if (!description().optional) return FileStatus::Of("35");
        missing_optional_ = true;
        return FileStatus::Of("05");
      }
      break;
    case OpenMode::kOutput:
      fopen_mode = "wb";
      break;
    case OpenMode::kExtend:
      if (!exists) {
        if (!description().optional) return FileStatus::Of("35");
        success = FileStatus::Of("05");
      }
      fopen_mode = "ab";
      break;
    case OpenMode::kInputOutput:
      if (!exists) {
        if (!description().optional) return FileStatus::Of("35");
        success = FileStatus::Of("05");
        fopen_mode = "w+b";
      } else {
        fopen_mode = "r+b";
      }
      break;
    case OpenMode::kClosed:
      return FileStatus::Of("30");
  }
  errno = 0;
  stream_ = std::fopen(path.c_str(), fopen_mode);
  if (stream_ == nullptr) {
    const FileStatus failure = OpenFailureStatus(errno);
    // A missing directory on OUTPUT is a permanent error, not a missing file.
    return mode == OpenMode::kOutput && failure == FileStatus::Of("35") ? FileStatus::Of("30")
                                                                        : failure;
  }
  // Batch files are read and written whole: a 64 KiB buffer takes a sixteenth of the system
  // calls of stdio's default 4 KiB (the bankdemo steps' system time, bench/README.md).
  std::setvbuf(stream_, nullptr, _IOFBF, kStreamBufferSize);
  return success;
}

void SequentialFile::CloseOpened() {
  if (stream_ == nullptr) return;
  if (needs_newline_) std::fputc('\n', stream_);
  std::fclose(stream_);
  stream_ = nullptr;
}

auto SequentialFile::Read(std::span<char> record) -> ReadResult {
  // Every READ and WRITE, even one that fails, ends what a REWRITE could replace (libcob
  // clears flag_read_done first): REWRITE after a READ at end is 43 (NIST SQ144A).
  last_read_position_ = -1;
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return {FileStatus::Of("47"), 0};
  }
  if (at_end_) return {FileStatus::Of("46"), 0};
  if (missing_optional_) {
    at_end_ = true;
    return {FileStatus::Of("10"), 0};
  }
  return kind_ == Kind::kLineSequential ? ReadLine(record) : ReadRecord(record);
}

auto SequentialFile::ReadLine(std::span<char> record) -> ReadResult {
  std::size_t stored = 0;
  bool any = false;
  for (;;) {
    const int byte = getc_unlocked(stream_);  // POSIX: no lock per byte
    if (byte == EOF) break;
    any = true;
    if (byte == '\n') break;
    if (byte == '\r') continue;
    if (stored < record.size()) record[stored++] = static_cast<char>(byte);
  }
  if (!any) {
    at_end_ = true;
    return {FileStatus::Of("10"), 0};
  }
  std::fill(record.begin() + static_cast<std::ptrdiff_t>(stored), record.end(), ' ');
  return {FileStatus::Of("00"), stored};
}

auto SequentialFile::ReadRecord(std::span<char> record) -> ReadResult {
  // Only a REWRITE needs the record's position, and ftell costs a system call per READ.
  const long start = mode() == OpenMode::kInputOutput ? std::ftell(stream_) : -1;
  std::size_t length = record.size();
  if (description().variable()) {
    unsigned char header[kVariableHeaderSize];
    if (ReadBytes(header, kVariableHeaderSize, stream_) != kVariableHeaderSize) {
      at_end_ = true;
      return {FileStatus::Of("10"), 0};
    }
    length = static_cast<std::size_t>(header[0]) << 8 | header[1];
  }
  const std::size_t wanted = std::min(length, record.size());
  const std::size_t read = ReadBytes(record.data(), wanted, stream_);
  if (length > wanted) std::fseek(stream_, static_cast<long>(length - wanted), SEEK_CUR);
  if (read == 0 && !description().variable()) {
    at_end_ = true;
    return {FileStatus::Of("10"), 0};
  }
  last_read_position_ = start;
  last_read_length_ = read;
  // A record cut short by the end of the file (§7, exp t19).
  if (read < wanted) return {FileStatus::Of("04"), read};
  return {FileStatus::Of("00"), read};
}

auto SequentialFile::Write(std::string_view record, Advancing advancing) -> FileStatus {
  last_read_position_ = -1;
  if (mode() != OpenMode::kOutput && mode() != OpenMode::kExtend) return FileStatus::Of("48");
  if (kind_ == Kind::kLineSequential) return WriteLine(record, advancing);
  if (record.size() < description().minimum_record_size ||
      record.size() > description().maximum_record_size) {
    return FileStatus::Of("44");
  }
  if (advancing.when == Advancing::When::kNone && !description().variable()) {
    if (WriteBytes(record.data(), record.size(), stream_) != record.size()) {
      return FileStatus::Of("30");
    }
    return FileStatus::Of("00");
  }
  // ADVANCING on a record sequential file (the NIST print files): the advance before (AFTER)
  // or after (BEFORE) the record's own bytes; AFTER asks for a "\n" at CLOSE, which only a
  // BEFORE takes back (libcob sequential_write, checked with cobc).
  std::string bytes;
  if (advancing.when == Advancing::When::kAfter) {
    AppendAdvance(bytes, advancing);
    needs_newline_ = true;
  }
  if (description().variable()) {
    const char header[kVariableHeaderSize] = {static_cast<char>(record.size() >> 8 & 0xFF),
                                              static_cast<char>(record.size() & 0xFF), 0, 0};
    bytes.append(header, kVariableHeaderSize);
  }
  bytes += record;
  if (advancing.when == Advancing::When::kBefore) {
    AppendAdvance(bytes, advancing);
    needs_newline_ = false;
  }
  if (WriteBytes(bytes.data(), bytes.size(), stream_) != bytes.size()) {
    return FileStatus::Of("30");
  }
  return FileStatus::Of("00");
}

auto SequentialFile::WriteLine(std::string_view record, Advancing advancing) -> FileStatus {
  const std::string_view text = WithoutTrailingSpaces(record);
  std::string line;
  if (advancing.when == Advancing::When::kAfter) AppendAdvance(line, advancing);
  line += text;
  if (advancing.when == Advancing::When::kBefore) {
    AppendAdvance(line, advancing);  // BEFORE 0 mirrors AFTER 0 (checked with cobc)
  } else if (advancing.when == Advancing::When::kNone) {
    line += '\n';
  }
  needs_newline_ = advancing.when == Advancing::When::kAfter;
  if (WriteBytes(line.data(), line.size(), stream_) != line.size()) {
    return FileStatus::Of("30");
  }
  return FileStatus::Of("00");
}

auto SequentialFile::Rewrite(std::string_view record) -> FileStatus {
  if (mode() != OpenMode::kInputOutput) return FileStatus::Of("49");
  // Any REWRITE, even a refused one, uses up the READ before it: a second REWRITE after a 44
  // gets 43 (checked with cobc).
  const long read_position = last_read_position_;
  last_read_position_ = -1;
  if (read_position < 0) return FileStatus::Of("43");
  if (record.size() != last_read_length_) return FileStatus::Of("44");
  const long after = std::ftell(stream_);
  const long data_start =
      read_position + (description().variable() ? static_cast<long>(kVariableHeaderSize) : 0);
  std::fseek(stream_, data_start, SEEK_SET);
  std::fwrite(record.data(), 1, record.size(), stream_);
  std::fseek(stream_, after, SEEK_SET);
  return FileStatus::Of("00");
}

}  // namespace cobrt
