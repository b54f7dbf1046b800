#include "runtime/fortran/units.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace cobrt::fortran {

// Where a sequential unit stands relative to its end-of-file record, as libgfortran tracks it:
// inside the file; at its end (after a WRITE, which cuts whatever followed); or after the
// end-of-file record (a READ met the end, or ENDFILE), where a READ or WRITE is an error until
// BACKSPACE or REWIND. A failed WRITE there still moves the unit back to the end, so a second
// WRITE succeeds, as in libgfortran (st_write_done).
enum class EndState : uint8_t { kInside, kAtEnd, kAfterEndfile };

struct UnitTable::Unit {
  int32_t number = 0;
  std::string path;
  std::FILE* file = nullptr;
  bool standard = false;  // stdin, stdout or stderr: never closed
  bool scratch = false;
  Access access = Access::kSequential;
  bool formatted = true;
  int64_t record_length = 0;
  EndState end = EndState::kInside;
};

namespace {

auto Failure(int32_t code, std::string message) -> IoResult {
  return IoResult{code, std::move(message)};
}

auto AfterEndfile() -> IoResult {
  return Failure(kIoOptionConflict,
                 "Sequential READ or WRITE not allowed after EOF marker, possibly use REWIND or "
                 "BACKSPACE");
}

void WriteLength(std::FILE* file, uint32_t length) {
  unsigned char bytes[4];
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<unsigned char>(length >> (8 * i));
  std::fwrite(bytes, 1, 4, file);
}

auto ReadLength(std::FILE* file) -> std::optional<uint32_t> {
  unsigned char bytes[4];
  if (std::fread(bytes, 1, 4, file) != 4) return std::nullopt;
  uint32_t length = 0;
  for (int i = 0; i < 4; ++i) length |= static_cast<uint32_t>(bytes[i]) << (8 * i);
  return length;
}

// Cuts the file at the current position (what a WRITE left after it is gone).
void TruncateHere(std::FILE* file) {
  std::fflush(file);
  const long position = std::ftell(file);
  if (position >= 0) {
    if (::ftruncate(::fileno(file), position) != 0) return;
  }
}

}  // namespace

UnitTable::UnitTable() {
  auto preconnect = [&](int32_t number, std::FILE* stream, const char* name) {
    auto unit = std::make_unique<Unit>();
    unit->number = number;
    unit->path = name;
    unit->file = stream;
    unit->standard = true;
    units_[number] = std::move(unit);
  };
  preconnect(5, stdin, "/dev/stdin");
  preconnect(6, stdout, "/dev/stdout");
  preconnect(0, stderr, "/dev/stderr");
}

UnitTable::~UnitTable() {
  for (auto& [number, unit] : units_) {
    if (unit->file == nullptr) continue;
    if (unit->standard) {
      std::fflush(unit->file);
      continue;
    }
    std::fclose(unit->file);
    if (unit->scratch) std::remove(unit->path.c_str());
  }
}

auto UnitTable::Open(const OpenSpec& spec) -> IoResult {
  if (spec.unit < 0) return Failure(kIoBadUnit, "Bad unit number in OPEN statement");
  if (spec.access == Access::kDirect && spec.record_length <= 0) {
    return Failure(kIoMissingOption, "Missing RECL parameter in OPEN statement");
  }
  if (auto found = units_.find(spec.unit); found != units_.end() && !found->second->standard) {
    // Reconnecting a unit closes its file first (gfortran: the same file keeps its position).
    if (auto closed = Close(spec.unit); !closed.ok()) return closed;
  }
  auto unit = std::make_unique<Unit>();
  unit->number = spec.unit;
  unit->access = spec.access;
  unit->formatted = spec.form == Form::kDefault ? spec.access == Access::kSequential
                                                : spec.form == Form::kFormatted;
  unit->record_length = spec.record_length;
  if (spec.status == OpenStatus::kScratch) {
    char name[] = "/tmp/cobrt-scratch-XXXXXX";
    const int descriptor = ::mkstemp(name);
    if (descriptor < 0) return Failure(errno, "Cannot open scratch file");
    unit->file = ::fdopen(descriptor, "w+b");
    unit->path = name;
    unit->scratch = true;
  } else {
    unit->path = spec.file.empty() ? "fort." + std::to_string(spec.unit) : spec.file;
    std::error_code error;
    const bool exists = std::filesystem::exists(unit->path, error);
    if (spec.status == OpenStatus::kOld && !exists) {
      return Failure(ENOENT, "Cannot open file '" + unit->path + "': No such file or directory");
    }
    if (spec.status == OpenStatus::kNew && exists) {
      return Failure(EEXIST, "Cannot open file '" + unit->path + "': File exists");
    }
    const bool fresh = !exists || spec.status == OpenStatus::kReplace;
    unit->file = std::fopen(unit->path.c_str(), fresh ? "w+b" : "r+b");
    if (unit->file == nullptr) unit->file = std::fopen(unit->path.c_str(), "rb");
    if (unit->file == nullptr) {
      return Failure(errno, "Cannot open file '" + unit->path + "': " + std::strerror(errno));
    }
  }
  units_[spec.unit] = std::move(unit);
  return {};
}

auto UnitTable::Find(int32_t number, bool open_implicitly, IoResult& result) -> Unit* {
  auto found = units_.find(number);
  if (found != units_.end()) return found->second.get();
  if (!open_implicitly) return nullptr;
  OpenSpec spec;
  spec.unit = number;
  result = Open(spec);
  if (!result.ok()) return nullptr;
  return units_[number].get();
}

auto UnitTable::Close(int32_t number, bool keep) -> IoResult {
  auto found = units_.find(number);
  if (found == units_.end()) return {};  // closing an unconnected unit does nothing
  Unit& unit = *found->second;
  if (unit.standard) {
    std::fflush(unit.file);
    return {};
  }
  std::fclose(unit.file);
  if (!keep || unit.scratch) std::remove(unit.path.c_str());
  units_.erase(found);
  return {};
}

auto UnitTable::Rewind(int32_t number) -> IoResult {
  IoResult result;
  Unit* unit = Find(number, /*open_implicitly=*/false, result);
  if (unit == nullptr) return {};  // nothing to rewind, and no file made
  unit->end = EndState::kInside;
  if (!unit->standard) std::fseek(unit->file, 0, SEEK_SET);
  return {};
}

auto UnitTable::Backspace(int32_t number) -> IoResult {
  IoResult result;
  Unit* unit = Find(number, /*open_implicitly=*/false, result);
  if (unit == nullptr) {
    return Failure(kIoBadUnit, "Cannot BACKSPACE a unit that is not connected");
  }
  if (unit->standard) return {};
  if (unit->end == EndState::kAfterEndfile) {
    unit->end = EndState::kAtEnd;  // before the end-of-file record again
    return {};
  }
  unit->end = EndState::kInside;
  long position = std::ftell(unit->file);
  if (position <= 0) return {};
  if (!unit->formatted) {
    std::fseek(unit->file, position - 4, SEEK_SET);
    std::optional<uint32_t> length = ReadLength(unit->file);
    const long start = length ? position - 8 - static_cast<long>(*length) : 0;
    std::fseek(unit->file, start < 0 ? 0 : start, SEEK_SET);
    return {};
  }
  // The previous record starts after the line end before the one that ends it.
  long scan = position - 1;
  while (scan > 0) {
    std::fseek(unit->file, scan - 1, SEEK_SET);
    if (std::fgetc(unit->file) == '\n') break;
    --scan;
  }
  std::fseek(unit->file, scan < 0 ? 0 : scan, SEEK_SET);
  return {};
}

auto UnitTable::Endfile(int32_t number) -> IoResult {
  IoResult result;
  Unit* unit = Find(number, /*open_implicitly=*/true, result);
  if (unit == nullptr) return result;
  if (unit->end == EndState::kAfterEndfile) {
    return Failure(kIoOptionConflict,
                   "Cannot perform ENDFILE on a file already positioned after the EOF marker");
  }
  if (!unit->standard && unit->end == EndState::kInside) TruncateHere(unit->file);
  unit->end = EndState::kAfterEndfile;
  return {};
}

auto UnitTable::ReadRecord(int32_t number, IoResult& result) -> std::optional<std::string> {
  result = {};
  Unit* unit = Find(number, /*open_implicitly=*/true, result);
  if (unit == nullptr) return std::nullopt;
  if (unit->end == EndState::kAfterEndfile) {
    result = AfterEndfile();
    return std::nullopt;
  }
  auto at_end = [&]() -> std::optional<std::string> {
    unit->end = EndState::kAfterEndfile;
    result = Failure(kIoEnd, "End of file");
    return std::nullopt;
  };
  if (!unit->formatted) {
    std::optional<uint32_t> length = ReadLength(unit->file);
    if (!length) return at_end();
    std::string record(*length, '\0');
    if (std::fread(record.data(), 1, record.size(), unit->file) != record.size() ||
        !ReadLength(unit->file)) {
      result = Failure(kIoShortRecord, "Unformatted file structure has been corrupted");
      return std::nullopt;
    }
    return record;
  }
  std::string record;
  int c = 0;
  bool any = false;
  while ((c = std::fgetc(unit->file)) != EOF) {
    any = true;
    if (c == '\n') return record;
    record += static_cast<char>(c);
  }
  if (!any) return at_end();
  return record;  // a last record without its line end
}

auto UnitTable::WriteRecord(int32_t number, std::string_view record) -> IoResult {
  IoResult result;
  Unit* unit = Find(number, /*open_implicitly=*/true, result);
  if (unit == nullptr) return result;
  if (unit->end == EndState::kAfterEndfile) {
    unit->end = EndState::kAtEnd;
    return AfterEndfile();
  }
  if (unit->formatted) {
    std::fwrite(record.data(), 1, record.size(), unit->file);
    std::fputc('\n', unit->file);
  } else {
    WriteLength(unit->file, static_cast<uint32_t>(record.size()));
    std::fwrite(record.data(), 1, record.size(), unit->file);
    WriteLength(unit->file, static_cast<uint32_t>(record.size()));
  }
  if (!unit->standard && unit->access == Access::kSequential) {
    // The first WRITE inside the file cuts what follows it.
    if (unit->end == EndState::kInside) TruncateHere(unit->file);
    unit->end = EndState::kAtEnd;
  }
  return {};
}

auto UnitTable::ReadDirect(int32_t number, int64_t record_number, IoResult& result)
    -> std::optional<std::string> {
  result = {};
  Unit* unit = Find(number, /*open_implicitly=*/false, result);
  if (unit == nullptr || unit->access != Access::kDirect) {
    result = Failure(kIoOptionConflict, "Direct access transfer on a unit not opened for it");
    return std::nullopt;
  }
  std::string record(static_cast<size_t>(unit->record_length), '\0');
  if (record_number < 1 ||
      std::fseek(unit->file, static_cast<long>((record_number - 1) * unit->record_length),
                 SEEK_SET) != 0 ||
      std::fread(record.data(), 1, record.size(), unit->file) != record.size()) {
    result = Failure(kIoBadOption, "Non-existing record number");
    return std::nullopt;
  }
  return record;
}

auto UnitTable::WriteDirect(int32_t number, int64_t record_number, std::string_view record)
    -> IoResult {
  IoResult result;
  Unit* unit = Find(number, /*open_implicitly=*/false, result);
  if (unit == nullptr || unit->access != Access::kDirect) {
    return Failure(kIoOptionConflict, "Direct access transfer on a unit not opened for it");
  }
  if (record_number < 1) return Failure(kIoBadOption, "Record number not allowed");
  if (static_cast<int64_t>(record.size()) > unit->record_length) {
    return Failure(-2, "End of record");
  }
  std::string padded(record);
  padded.resize(static_cast<size_t>(unit->record_length), unit->formatted ? ' ' : '\0');
  std::fseek(unit->file, static_cast<long>((record_number - 1) * unit->record_length), SEEK_SET);
  std::fwrite(padded.data(), 1, padded.size(), unit->file);
  return {};
}

auto UnitTable::IsOpen(int32_t number) const -> bool { return units_.contains(number); }

auto UnitTable::FileName(int32_t number) const -> std::optional<std::string> {
  auto found = units_.find(number);
  if (found == units_.end()) return std::nullopt;
  return found->second->path;
}

void UnitTable::Flush() {
  for (auto& [number, unit] : units_) {
    if (unit->file != nullptr) std::fflush(unit->file);
  }
}

}  // namespace cobrt::fortran
