#include "runtime/files/indexed_file.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

namespace cobrt {
namespace {

constexpr std::string_view kHeader = "cobrt indexed file 1\n";

auto Exists(const std::string& path) -> bool {
  std::error_code error;
  return std::filesystem::exists(path, error);
}

auto OpenFailureStatus(int error_number, OpenMode mode) -> FileStatus {
  if (error_number == EACCES || error_number == EISDIR || error_number == EROFS) {
    return FileStatus::Of("37");
  }
  if (error_number == ENOENT && mode != OpenMode::kOutput) return FileStatus::Of("35");
  return FileStatus::Of("30");
}

// FNV-1a: detects an entry cut short or overwritten by a killed program.
auto Checksum(std::string_view bytes) -> std::uint32_t {
  std::uint32_t hash = 2166136261u;
  for (const char byte : bytes) {
    hash = (hash ^ static_cast<unsigned char>(byte)) * 16777619u;
  }
  return hash;
}

void PutNumber(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>(value >> (8 * i) & 0xFF);
}

auto GetNumber(std::string_view in, std::size_t at, int bytes) -> std::uint64_t {
  std::uint64_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) {
    value = value << 8 | static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]);
  }
  return value;
}

auto BigEndian(std::uint64_t value) -> std::string {
  std::string bytes(8, '\0');
  for (int i = 7; i >= 0; --i, value >>= 8)
    bytes[static_cast<std::size_t>(i)] = static_cast<char>(value & 0xFF);
  return bytes;
}

auto StartsWith(const std::string& entry, const std::string& value) -> bool {
  return entry.compare(0, value.size(), value) == 0;
}

}  // namespace

IndexedFile::IndexedFile(Access access, FileDescription description,
                         std::vector<KeyDescription> keys, const FileContext& context)
    : File(std::move(description), context),
      access_(access),
      keys_(std::move(keys)),
      indexes_(keys_.size()),
      saved_positions_(keys_.size()) {}

IndexedFile::~IndexedFile() {
  if (log_ != nullptr) std::fclose(log_);
}

auto IndexedFile::KeyValue(std::string_view record, std::size_t key) const -> std::string {
  const KeyDescription& description = keys_[key];
  std::string value(description.length, ' ');
  if (description.offset < record.size()) {
    const std::string_view part = record.substr(description.offset, description.length);
    std::copy(part.begin(), part.end(), value.begin());
  }
  return value;
}

auto IndexedFile::Entry(std::string_view record, std::size_t key, std::uint64_t sequence) const
    -> std::string {
  std::string entry = KeyValue(record, key);
  if (key > 0 && keys_[key].duplicates) entry += BigEndian(sequence);
  return entry;
}

void IndexedFile::Insert(const std::string& data, std::vector<std::uint64_t> sequences) {
  const std::string primary = KeyValue(data, 0);
  sequences.resize(keys_.size(), 0);
  for (std::size_t key = 0; key < keys_.size(); ++key) {
    indexes_[key][Entry(data, key, sequences[key])] = primary;
  }
  records_[primary] = Record{data, std::move(sequences)};
}

void IndexedFile::Remove(const std::string& primary) {
  auto found = records_.find(primary);
  if (found == records_.end()) return;
  for (std::size_t key = 0; key < keys_.size(); ++key) {
    indexes_[key].erase(Entry(found->second.data, key, found->second.sequences[key]));
  }
  records_.erase(found);
}

auto IndexedFile::HasDuplicate(std::size_t key, const std::string& value,
                               const std::string& primary) const -> bool {
  for (auto it = indexes_[key].lower_bound(value);
       it != indexes_[key].end() && StartsWith(it->first, value); ++it) {
    if (it->second != primary) return true;
  }
  return false;
}

auto IndexedFile::CheckUnique(std::string_view data, const std::string& primary) const -> bool {
  for (std::size_t key = 1; key < keys_.size(); ++key) {
    if (keys_[key].duplicates) continue;
    auto found = indexes_[key].find(KeyValue(data, key));
    if (found != indexes_[key].end() && found->second != primary) return false;
  }
  return true;
}

auto IndexedFile::Deliver(Index::const_iterator found, std::span<char> area) -> ReadResult {
  const Record& record = records_.at(found->second);
  std::copy_n(record.data.begin(), std::min(area.size(), record.data.size()), area.begin());
  position_ = {Position::Kind::kAt, found->first, false};
  at_end_ = false;
  at_begin_ = false;
  last_read_primary_ = found->second;
  read_done_ = true;
  return {FileStatus::Of("00"), record.data.size()};
}

void IndexedFile::SwitchKey(std::size_t key) {
  if (key == key_of_reference_) return;
  saved_positions_[key_of_reference_] = position_;
  position_ = saved_positions_[key];
  key_of_reference_ = key;
}

auto IndexedFile::OpenResolved(OpenMode mode) -> FileStatus {
  const std::string& path = resolved_name().path;
  records_.clear();
  for (Index& index : indexes_) index.clear();
  next_sequence_ = 1;
  dead_entries_ = 0;
  key_of_reference_ = 0;
  position_ = {};
  std::fill(saved_positions_.begin(), saved_positions_.end(), Position{});
  at_end_ = at_begin_ = read_done_ = written_ = false;
  FileStatus success = FileStatus::Of("00");
  bool create = mode == OpenMode::kOutput;
  if (!create && !Exists(path)) {
    if (!description().optional) return FileStatus::Of("35");
    if (mode == OpenMode::kInput) {
      missing_optional_ = true;
      return FileStatus::Of("05");
    }
    create = true;  // OPTIONAL, missing, I-O or EXTEND: created (checked with cobc)
    success = FileStatus::Of("05");
  }
  if (create) {
    // A new, empty log replaces the old file at once (OPEN OUTPUT of an existing file).
    const std::string temporary = path + ".cobrt-new";
    errno = 0;
    std::FILE* fresh = std::fopen(temporary.c_str(), "wb");
    if (fresh == nullptr) return OpenFailureStatus(errno, OpenMode::kOutput);
    std::fwrite(kHeader.data(), 1, kHeader.size(), fresh);
    std::fclose(fresh);
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) return FileStatus::Of("30");
  } else if (!Replay()) {
    return FileStatus::Of("39");  // not a file of this format
  }
  if (mode != OpenMode::kInput) {
    errno = 0;
    log_ = std::fopen(path.c_str(), "ab");
    if (log_ == nullptr) return OpenFailureStatus(errno, mode);
  }
  return success;
}

auto IndexedFile::Replay() -> bool {
  const std::string& path = resolved_name().path;
  std::FILE* stream = std::fopen(path.c_str(), "rb");
  if (stream == nullptr) return false;
  std::string bytes;
  char buffer[65536];
  for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, stream)) > 0;) {
    bytes.append(buffer, read);
  }
  std::fclose(stream);
  if (bytes.compare(0, kHeader.size(), kHeader) != 0) return false;
  std::size_t at = kHeader.size();
  const std::size_t sequences_size = 8 * keys_.size();
  while (at + 9 <= bytes.size()) {
    const char kind = bytes[at];
    const std::size_t length = GetNumber(bytes, at + 1, 4);
    if (at + 5 + length + 4 > bytes.size()) break;
    const std::string_view entry(bytes.data() + at, 5 + length);
    if (Checksum(entry) != GetNumber(bytes, at + 5 + length, 4)) break;
    const std::string payload(bytes, at + 5, length);
    if (kind == 'W' && payload.size() >= 4) {
      const std::size_t record_size = GetNumber(payload, 0, 4);
      if (4 + record_size + sequences_size != payload.size()) break;
      std::string data = payload.substr(4, record_size);
      std::vector<std::uint64_t> sequences(keys_.size());
      for (std::size_t key = 0; key < keys_.size(); ++key) {
        sequences[key] = GetNumber(payload, 4 + record_size + 8 * key, 8);
        next_sequence_ = std::max(next_sequence_, sequences[key] + 1);
      }
      const std::string primary = KeyValue(data, 0);
      if (records_.count(primary) != 0) {
        Remove(primary);
        ++dead_entries_;
      }
      Insert(data, std::move(sequences));
    } else if (kind == 'D') {
      Remove(payload);
      dead_entries_ += 2;
    } else {
      break;
    }
    at += 5 + length + 4;
  }
  // Drop a last entry cut short, so later entries follow valid ones.
  if (at != bytes.size()) {
    std::error_code error;
    std::filesystem::resize_file(path, at, error);
    ++dead_entries_;
  }
  return true;
}

void IndexedFile::AppendEntry(char kind, const std::string& payload) {
  std::string entry(1, kind);
  PutNumber(entry, payload.size(), 4);
  entry += payload;
  PutNumber(entry, Checksum(entry), 4);
  std::fwrite(entry.data(), 1, entry.size(), log_);
  std::fflush(log_);
}

void IndexedFile::AppendWrite(const Record& record) {
  std::string payload;
  PutNumber(payload, record.data.size(), 4);
  payload += record.data;
  for (const std::uint64_t sequence : record.sequences) PutNumber(payload, sequence, 8);
  AppendEntry('W', payload);
}

void IndexedFile::AppendDelete(const std::string& primary) {
  AppendEntry('D', primary);
  dead_entries_ += 2;
}

auto IndexedFile::Compact() -> bool {
  const std::string& path = resolved_name().path;
  const std::string temporary = path + ".cobrt-new";
  log_ = std::fopen(temporary.c_str(), "wb");
  if (log_ == nullptr) return false;
  std::fwrite(kHeader.data(), 1, kHeader.size(), log_);
  for (const auto& [primary, record] : records_) AppendWrite(record);
  std::fclose(log_);
  log_ = nullptr;
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  return !error;
}

void IndexedFile::CloseOpened() {
  if (log_ != nullptr) {
    std::fclose(log_);
    log_ = nullptr;
    if (dead_entries_ > 0) Compact();
  }
  records_.clear();
  for (Index& index : indexes_) index.clear();
}

auto IndexedFile::Read(std::span<char> area, std::size_t key) -> ReadResult {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return {FileStatus::Of("47"), 0};
  }
  read_done_ = false;
  if (missing_optional_) return {FileStatus::Of("10"), 0};
  const std::string value = KeyValue({area.data(), area.size()}, key);
  auto found = indexes_[key].lower_bound(value);
  // A failed READ by another key leaves that key where it was left (checked with cobc).
  SwitchKey(key);
  if (found == indexes_[key].end() || !StartsWith(found->first, value)) {
    return {FileStatus::Of("23"), 0};
  }
  return Deliver(found, area);
}

auto IndexedFile::ReadNext(std::span<char> area) -> ReadResult {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return {FileStatus::Of("47"), 0};
  }
  read_done_ = false;
  if (at_end_) return {FileStatus::Of("46"), 0};
  const Index& index = indexes_[key_of_reference_];
  auto found = index.end();
  if (position_.kind == Position::Kind::kBegin) {
    found = index.begin();
  } else if (position_.kind == Position::Kind::kAt) {
    found = position_.return_current ? index.lower_bound(position_.entry)
                                     : index.upper_bound(position_.entry);
  }
  if (missing_optional_ || found == index.end()) {
    at_end_ = true;
    position_ = {Position::Kind::kEnd, "", false};
    return {FileStatus::Of("10"), 0};
  }
  return Deliver(found, area);
}

auto IndexedFile::ReadPrevious(std::span<char> area) -> ReadResult {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return {FileStatus::Of("47"), 0};
  }
  read_done_ = false;
  if (at_begin_) return {FileStatus::Of("46"), 0};
  const Index& index = indexes_[key_of_reference_];
  auto after = index.begin();  // the entry after the one to return
  if (position_.kind == Position::Kind::kEnd) {
    after = index.end();
  } else if (position_.kind == Position::Kind::kAt) {
    after = position_.return_current ? index.upper_bound(position_.entry)
                                     : index.lower_bound(position_.entry);
  }
  if (missing_optional_ || after == index.begin()) {
    at_begin_ = true;
    position_ = {};
    return {FileStatus::Of("10"), 0};
  }
  return Deliver(std::prev(after), area);
}

auto IndexedFile::WriteNew(std::string_view data) -> FileStatus {
  const std::string primary = KeyValue(data, 0);
  if (records_.count(primary) != 0 || !CheckUnique(data, primary)) return FileStatus::Of("22");
  std::vector<std::uint64_t> sequences(keys_.size(), 0);
  bool duplicate = false;
  for (std::size_t key = 1; key < keys_.size(); ++key) {
    if (!keys_[key].duplicates) continue;
    sequences[key] = next_sequence_++;
    duplicate = duplicate || HasDuplicate(key, KeyValue(data, key), primary);
  }
  Insert(std::string(data), sequences);
  AppendWrite(records_.at(primary));
  return FileStatus::Of(duplicate ? "02" : "00");
}

auto IndexedFile::Write(std::span<const char> area, std::size_t length) -> FileStatus {
  const bool allowed = access_ == Access::kSequential
                           ? mode() == OpenMode::kOutput || mode() == OpenMode::kExtend
                           : mode() == OpenMode::kOutput || mode() == OpenMode::kInputOutput;
  if (!allowed) return FileStatus::Of("48");
  read_done_ = false;
  if (length < description().minimum_record_size || length > description().maximum_record_size ||
      length > area.size()) {
    return FileStatus::Of("44");
  }
  const std::string_view data(area.data(), length);
  const std::string primary = KeyValue(data, 0);
  if (access_ == Access::kSequential && written_) {
    // Ascending order since OPEN: OUTPUT refuses an equal key, EXTEND lets it reach 22.
    const int order = primary.compare(last_written_primary_);
    if (order < 0 || (order == 0 && mode() == OpenMode::kOutput)) return FileStatus::Of("21");
  }
  const FileStatus status = WriteNew(data);
  if (status.IsSuccessful()) {
    last_written_primary_ = primary;
    written_ = true;
  }
  return status;
}

auto IndexedFile::Rewrite(std::span<const char> area, std::size_t length) -> FileStatus {
  if (mode() != OpenMode::kInputOutput) return FileStatus::Of("49");
  const bool read_done = read_done_;
  read_done_ = false;
  const std::string_view data(area.data(), std::min(length, area.size()));
  const std::string primary = KeyValue(data, 0);
  if (access_ == Access::kSequential) {
    if (!read_done) return FileStatus::Of("43");
    if (primary != last_read_primary_) {
      // cobc deletes the record read, then writes this one (no 21).
      Remove(last_read_primary_);
      AppendDelete(last_read_primary_);
      return WriteNew(data);
    }
  }
  auto found = records_.find(primary);
  if (found == records_.end()) return FileStatus::Of("23");
  if (!CheckUnique(data, primary)) return FileStatus::Of("22");
  std::vector<std::uint64_t> sequences = found->second.sequences;
  bool duplicate = false;
  for (std::size_t key = 1; key < keys_.size(); ++key) {
    if (!keys_[key].duplicates) continue;
    const std::string value = KeyValue(data, key);
    if (value == KeyValue(found->second.data, key)) continue;  // keeps its place
    sequences[key] = next_sequence_++;
    duplicate = duplicate || HasDuplicate(key, value, primary);
  }
  Remove(primary);
  Insert(std::string(data), sequences);
  AppendWrite(records_.at(primary));
  ++dead_entries_;
  return FileStatus::Of(duplicate ? "02" : "00");
}

auto IndexedFile::Delete(std::span<const char> area) -> FileStatus {
  if (mode() != OpenMode::kInputOutput) return FileStatus::Of("49");
  const bool read_done = read_done_;
  read_done_ = false;
  std::string primary = KeyValue({area.data(), area.size()}, 0);
  if (access_ == Access::kSequential) {
    if (!read_done) return FileStatus::Of("43");
    primary = last_read_primary_;
  }
  if (records_.count(primary) == 0) return FileStatus::Of("23");
  Remove(primary);
  AppendDelete(primary);
  return FileStatus::Of("00");
}

auto IndexedFile::Start(StartCondition condition, std::span<const char> area, std::size_t key,
                        std::size_t length) -> FileStatus {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return FileStatus::Of("47");
  }
  read_done_ = false;
  const Index& index = indexes_[key];
  std::string value = KeyValue({area.data(), area.size()}, key);
  const bool partial = length > 0 && length < value.size();
  if (partial) value.resize(length);
  auto first_not_below = index.lower_bound(value);
  auto first_above = first_not_below;
  while (first_above != index.end() && StartsWith(first_above->first, value)) ++first_above;
  auto found = index.end();
  switch (condition) {
    case StartCondition::kEqual:
      if (first_not_below != first_above) found = first_not_below;
      break;
    case StartCondition::kGreater:
      found = first_above;
      break;
    case StartCondition::kGreaterOrEqual:
      found = first_not_below;
      break;
    case StartCondition::kLess:
      if (first_not_below != index.begin()) found = std::prev(first_not_below);
      break;
    case StartCondition::kLessOrEqual:
      if (partial && first_not_below != first_above) {
        found = first_not_below;
      } else if (first_above != index.begin()) {
        found = std::prev(first_above);
      }
      break;
  }
  if (missing_optional_ || found == index.end()) {
    // READ NEXT is then 46; READ PREVIOUS returns the current record by the same key, the last
    // one by another (checked with cobc).
    at_end_ = true;
    if (key != key_of_reference_) {
      saved_positions_[key_of_reference_] = position_;
      key_of_reference_ = key;
      position_ = {Position::Kind::kEnd, "", false};
    } else if (position_.kind == Position::Kind::kBegin) {
      if (!index.empty()) position_ = {Position::Kind::kAt, index.begin()->first, true};
    } else {
      position_.return_current = true;
    }
    return FileStatus::Of("23");
  }
  SwitchKey(key);
  position_ = {Position::Kind::kAt, found->first, true};
  at_end_ = false;
  at_begin_ = false;
  return FileStatus::Of("00");
}

auto IndexedFile::Start(StartPosition where) -> FileStatus {
  if (mode() != OpenMode::kInput && mode() != OpenMode::kInputOutput) {
    return FileStatus::Of("47");
  }
  read_done_ = false;
  const Index& index = indexes_[0];
  if (missing_optional_ || index.empty()) {
    at_end_ = true;
    return FileStatus::Of("23");
  }
  SwitchKey(0);
  const std::string& entry =
      where == StartPosition::kFirst ? index.begin()->first : index.rbegin()->first;
  position_ = {Position::Kind::kAt, entry, true};
  at_end_ = false;
  at_begin_ = false;
  return FileStatus::Of("00");
}

}  // namespace cobrt
