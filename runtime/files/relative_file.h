// RELATIVE files (fact sheet §7; behaviour of libcob 3.1.2's relative_open, relative_read,
// relative_read_next, relative_write, relative_rewrite, relative_delete, relative_start, every
// case checked with cobc in tests/runtime/files/relative_reference_test.cpp).
//
// On-disk format: cobc's own, byte for byte, so a file written by the legacy build reads here
// and back. Slot n (1-based) starts at (n - 1) * (8 + maximum record size): an 8-byte
// little-endian record length (libcob writes its native size_t; x86-64 and AArch64 are 64-bit
// little-endian), then the maximum record size of data. Length 0 is an empty slot. Slots never
// written before the last one read as zeros (the file is extended by seeking).
//
// What cobc does, and this class with it:
// - WRITE and REWRITE store the whole record area (maximum size), not only the named 01: bytes
//   past a short record are whatever the area holds. The header takes the record's length.
// - REWRITE keeps the slot's length header and does not check that the slot holds a record; a
//   REWRITE or DELETE of an empty slot inside the file is status 00 (the slot stays empty).
//   Past the end of the file both are 23. A key of 0 is 24 for WRITE, REWRITE and DELETE, and
//   23 for READ.
// - READ returns the whole slot (maximum size) and leaves the record area alone on failure.
// - READ NEXT after status 10, or after a failed START, is 46 until a successful START or
//   random READ; a random READ, WRITE, REWRITE or DELETE of key k makes READ NEXT go on after
//   slot k. A record whose number does not fit the RELATIVE KEY item reads with status 14 and
//   key 0, and stays the next record.
// - ACCESS SEQUENTIAL: WRITE only in OUTPUT or EXTEND (else 48), at the slot after the last
//   one written (EXTEND: after the file's last slot), setting the key; REWRITE and DELETE need
//   the READ just before (43). RANDOM and DYNAMIC: WRITE only in OUTPUT or I-O (else 48).
// READ PREVIOUS is not provided: cobc 3.1.2 returns empty slots as records of spaces after it.
#ifndef COBRT_FILES_RELATIVE_FILE_H_
#define COBRT_FILES_RELATIVE_FILE_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <span>

#include "runtime/files/file.h"
#include "runtime/files/sequential_file.h"

namespace cobrt {

enum class Access { kSequential, kRandom, kDynamic };

// START ... KEY <condition> key.
enum class StartCondition { kEqual, kGreater, kGreaterOrEqual, kLess, kLessOrEqual };

class RelativeFile final : public File {
 public:
  // `key_limit`: the largest value the RELATIVE KEY item holds (9999 for PIC 9(4)); 0 when the
  // file has no RELATIVE KEY.
  RelativeFile(Access access, FileDescription description, std::int64_t key_limit,
               const FileContext& context = ProcessFileContext());
  ~RelativeFile() override;

  // READ [NEXT] in sequential order into `area` (maximum record size); `key` receives the
  // record number (0 with status 14) and is left alone otherwise.
  auto ReadNext(std::span<char> area, std::int64_t& key) -> ReadResult;
  // Random READ of record `key`.
  auto Read(std::span<char> area, std::int64_t key) -> ReadResult;
  // WRITE of the record area, `length` being the size of the 01 record named. ACCESS
  // SEQUENTIAL ignores `key` on input and sets it to the record number written.
  auto Write(std::span<const char> area, std::size_t length, std::int64_t& key) -> FileStatus;
  // REWRITE / DELETE of record `key` (ACCESS SEQUENTIAL: of the record just read).
  auto Rewrite(std::span<const char> area, std::int64_t key) -> FileStatus;
  auto Delete(std::int64_t key) -> FileStatus;
  auto Start(StartCondition condition, std::int64_t key) -> FileStatus;

 protected:
  auto OpenResolved(OpenMode mode) -> FileStatus override;
  void CloseOpened() override;

 private:
  auto SlotSize() const -> long;
  // The length header of slot `index` (0-based); false past the end of the file.
  auto ReadHeader(std::int64_t index, std::uint64_t& length) -> bool;
  void WriteSlot(std::int64_t index, std::uint64_t length, std::span<const char> area);
  auto SlotCount() -> std::int64_t;

  Access access_;
  std::int64_t key_limit_;
  std::FILE* stream_ = nullptr;
  std::int64_t next_slot_ = 0;        // where READ NEXT looks first, 0-based
  std::int64_t last_read_slot_ = -1;  // for ACCESS SEQUENTIAL REWRITE / DELETE; -1: no READ
  bool at_end_ = false;
};

}  // namespace cobrt

#endif  // COBRT_FILES_RELATIVE_FILE_H_
