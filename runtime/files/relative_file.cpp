#include "runtime/files/relative_file.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace cobrt {
namespace {

constexpr long kHeaderSize = 8;

auto Exists(const std::string& path) -> bool {
  std::error_code error;
  return std::filesystem::exists(path, error);
}

auto OpenFailureStatus(int error_number, OpenMode mode) -> FileStatus {
  if (error_number == EACCES || error_number == EISDIR || error_number == EROFS) {
    return FileStatus::Of("37");
  }
  // A missing directory is a permanent error when the file is being created (§7).
  if (error_number == ENOENT && mode != OpenMode::kOutput) return FileStatus::Of("35");
  return FileStatus::Of("30");
}

}  // namespace

RelativeFile::RelativeFile(Access access, FileDescription description, std::int64_t key_limit,
                           const FileContext& context)
    : File(std::move(description), context), access_(access), key_limit_(key_limit) {}

RelativeFile::~RelativeFile() {
  if (stream_ != nullptr) std::fclose(stream_);
}

auto RelativeFile::SlotSize() const -> long {
  return kHeaderSize + static_cast<long>(description().maximum_record_size);
}

auto RelativeFile::OpenResolved(OpenMode mode) -> FileStatus {
  const std::string& path = resolved_name().path;
  next_slot_ = 0;
  last_read_slot_ = -1;
  at_end_ = false;
  const bool exists = Exists(path);
  const char* fopen_mode = "r+b";
  FileStatus success = FileStatus::Of("00");
  if (mode == OpenMode::kOutput) {
    fopen_mode = "w+b";
  } else if (!exists) {
    if (!description().optional) return FileStatus::Of("35");
    if (mode == OpenMode::kInput) {
      missing_optional_ = true;
      return FileStatus::Of("05");
    }
    // OPTIONAL and missing: I-O and EXTEND create it (checked with cobc).
    fopen_mode = "w+b";
    success = FileStatus::Of("05");
  } else if (mode == OpenMode::kInput) {
    fopen_mode = "rb";
  }
  errno = 0;
  stream_ = std::fopen(path.c_str(), fopen_mode);
  if (stream_ == nullptr) return OpenFailureStatus(errno, mode);
  if (mode == OpenMode::kExtend) next_slot_ = SlotCount();
  return success;
}

void RelativeFile::CloseOpened() {
  if (stream_ != nullptr) std::fclose(stream_);
  stream_ = nullptr;
}

auto RelativeFile::SlotCount() -> std::int64_t {
  std::fseek(stream_, 0, SEEK_END);
  return std::ftell(stream_) / SlotSize();
}

auto RelativeFile::ReadHeader(std::int64_t index, std::uint64_t& length) -> bool {
  if (std::fseek(stream_, static_cast<long>(index) * SlotSize(), SEEK_SET) != 0) return false;
  unsigned char bytes[kHeaderSize];
  if (std::fread(bytes, 1, kHeaderSize, stream_) != kHeaderSize) return false;
  length = 0;
  for (int i = kHeaderSize - 1; i >= 0; --i) length = length << 8 | bytes[i];
  return true;
}

void RelativeFile::WriteSlot(std::int64_t index, std::uint64_t length, std::span<const char> area) {
  unsigned char bytes[kHeaderSize];
  for (int i = 0; i < kHeaderSize; ++i) bytes[i] = static_cast<unsigned char>(length >> (8 * i));
  std::fseek(stream_, static_cast<long>(index) * SlotSize(), SEEK_SET);
  std::fwrite(bytes, 1, kHeaderSize, stream_);
  std::vector<char> data(description().maximum_record_size, '\0');
  std::copy_n(area.begin(), std::min(area.size(), data.size()), data.begin());
  std::fwrite(data.data(), 1, data.size(), stream_);
}

auto RelativeFile::ReadNext(std::span<char> area, std::int64_t& key) -> ReadResult {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return {FileStatus::Of("47"), 0};
  }
  last_read_slot_ = -1;
  if (at_end_) return {FileStatus::Of("46"), 0};
  if (missing_optional_) {
    at_end_ = true;
    return {FileStatus::Of("10"), 0};
  }
  for (std::int64_t index = next_slot_;; ++index) {
    std::uint64_t length = 0;
    if (!ReadHeader(index, length)) {
      next_slot_ = index;
      at_end_ = true;
      return {FileStatus::Of("10"), 0};
    }
    if (length == 0) continue;
    const std::size_t size = std::min(area.size(), description().maximum_record_size);
    std::fread(area.data(), 1, size, stream_);
    // The record number must fit the RELATIVE KEY item: else 14, key 0, and the record stays
    // the next one (libcob relative_read_next with cob_add_int KEEP_ON_OVERFLOW).
    if (key_limit_ > 0 && index + 1 > key_limit_) {
      key = 0;
      next_slot_ = index;
      return {FileStatus::Of("14"), static_cast<std::size_t>(length)};
    }
    if (key_limit_ > 0) key = index + 1;
    next_slot_ = index + 1;
    last_read_slot_ = index;
    return {FileStatus::Of("00"), static_cast<std::size_t>(length)};
  }
}

auto RelativeFile::Read(std::span<char> area, std::int64_t key) -> ReadResult {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return {FileStatus::Of("47"), 0};
  }
  last_read_slot_ = -1;
  if (key <= 0 || missing_optional_) return {FileStatus::Of("23"), 0};
  std::uint64_t length = 0;
  if (!ReadHeader(key - 1, length)) {
    next_slot_ = key - 1;
    return {FileStatus::Of("23"), 0};
  }
  next_slot_ = key;
  if (length == 0) return {FileStatus::Of("23"), 0};
  const std::size_t size = std::min(area.size(), description().maximum_record_size);
  std::fread(area.data(), 1, size, stream_);
  at_end_ = false;
  last_read_slot_ = key - 1;
  return {FileStatus::Of("00"), static_cast<std::size_t>(length)};
}

auto RelativeFile::Write(std::span<const char> area, std::size_t length, std::int64_t& key)
    -> FileStatus {
  const bool allowed = access_ == Access::kSequential
                           ? mode() == OpenMode::kOutput || mode() == OpenMode::kExtend
                           : mode() == OpenMode::kOutput || mode() == OpenMode::kInputOutput;
  if (!allowed) return FileStatus::Of("48");
  last_read_slot_ = -1;
  if (length < description().minimum_record_size || length > description().maximum_record_size) {
    return FileStatus::Of("44");
  }
  std::int64_t index = next_slot_;
  if (access_ == Access::kSequential) {
    if (key_limit_ > 0) key = index + 1;
  } else {
    if (key <= 0) return FileStatus::Of("24");
    index = key - 1;
    std::uint64_t existing = 0;
    if (ReadHeader(index, existing) && existing != 0) return FileStatus::Of("22");
  }
  WriteSlot(index, length, area);
  next_slot_ = index + 1;
  return FileStatus::Of("00");
}

auto RelativeFile::Rewrite(std::span<const char> area, std::int64_t key) -> FileStatus {
  if (mode() != OpenMode::kInputOutput) return FileStatus::Of("49");
  const std::int64_t read_slot = last_read_slot_;
  last_read_slot_ = -1;
  std::int64_t index = key - 1;
  if (access_ == Access::kSequential) {
    if (read_slot < 0) return FileStatus::Of("43");
    index = read_slot;
  } else if (key <= 0) {
    return FileStatus::Of("24");
  }
  std::uint64_t length = 0;
  if (!ReadHeader(index, length)) {
    next_slot_ = index;
    return FileStatus::Of("23");
  }
  // The length header stays as it is, even on an empty slot (checked with cobc).
  std::vector<char> data(description().maximum_record_size, '\0');
  std::copy_n(area.begin(), std::min(area.size(), data.size()), data.begin());
  std::fseek(stream_, static_cast<long>(index) * SlotSize() + kHeaderSize, SEEK_SET);
  std::fwrite(data.data(), 1, data.size(), stream_);
  next_slot_ = index + 1;
  return FileStatus::Of("00");
}

auto RelativeFile::Delete(std::int64_t key) -> FileStatus {
  if (mode() != OpenMode::kInputOutput) return FileStatus::Of("49");
  const std::int64_t read_slot = last_read_slot_;
  last_read_slot_ = -1;
  std::int64_t index = key - 1;
  if (access_ == Access::kSequential) {
    if (read_slot < 0) return FileStatus::Of("43");
    index = read_slot;
  } else if (key <= 0) {
    return FileStatus::Of("24");
  }
  std::uint64_t length = 0;
  if (!ReadHeader(index, length)) {
    next_slot_ = index;
    return FileStatus::Of("23");
  }
  const unsigned char zeros[kHeaderSize] = {};
  std::fseek(stream_, static_cast<long>(index) * SlotSize(), SEEK_SET);
  std::fwrite(zeros, 1, kHeaderSize, stream_);
  next_slot_ = index + 1;
  return FileStatus::Of("00");
}

auto RelativeFile::Start(StartCondition condition, std::int64_t key) -> FileStatus {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return FileStatus::Of("47");
  }
  last_read_slot_ = -1;
  const std::int64_t count = missing_optional_ ? 0 : SlotCount();
  auto holds_record = [&](std::int64_t index) {
    std::uint64_t length = 0;
    return index >= 0 && index < count && ReadHeader(index, length) && length != 0;
  };
  std::int64_t found = -1;
  const std::int64_t target = key - 1;
  switch (condition) {
    case StartCondition::kEqual:
      if (holds_record(target)) found = target;
      break;
    case StartCondition::kGreater:
    case StartCondition::kGreaterOrEqual:
      for (std::int64_t index =
               std::max<std::int64_t>(0, condition == StartCondition::kGreater ? key : target);
           index < count && found < 0; ++index) {
        if (holds_record(index)) found = index;
      }
      break;
    case StartCondition::kLess:
    case StartCondition::kLessOrEqual:
      for (std::int64_t index =
               std::min(count - 1, condition == StartCondition::kLess ? target - 1 : target);
           index >= 0 && found < 0; --index) {
        if (holds_record(index)) found = index;
      }
      break;
  }
  if (found < 0) {
    // A failed START leaves no record to read next: READ NEXT is 46 (checked with cobc).
    at_end_ = true;
    return FileStatus::Of("23");
  }
  next_slot_ = found;
  at_end_ = false;
  return FileStatus::Of("00");
}

}  // namespace cobrt
