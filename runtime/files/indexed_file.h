// INDEXED files (fact sheet §7). cobc 3.1.2 here keeps them in Berkeley DB; cobrt reproduces what
// a program observes (records, their order by each key, statuses, where READ NEXT / PREVIOUS go
// on), not BDB's format. Every rule below was seen with cobc (tests/runtime/files/
// indexed_reference_test.cpp replays them against it).
//
// Keys: a primary RECORD KEY and ALTERNATE RECORD KEYs, each a byte range of the record compared
// as unsigned bytes (BDB's default order). Records with equal values of an alternate key WITH
// DUPLICATES come in the order their value was set: by WRITE, or by a REWRITE that changed it.
//
// Statuses: WRITE 22 for an existing primary key or unique alternate value, 02 when a duplicate
// alternate value was already there (REWRITE: 02 only for a changed value); READ never gives
// 02. ACCESS SEQUENTIAL WRITE: 21 when the key is below the last one written since OPEN (OPEN
// OUTPUT: not above it); records already in the file are not compared (OPEN EXTEND). A READ by
// key of a missing OPTIONAL file is 10.
//
// Position (libcob's cursor, observed): OPEN points at the first record, READ PREVIOUS from there
// is 10. A successful READ, START or READ NEXT/PREVIOUS sets the key of reference and the
// record. A failed READ by the same key changes nothing; by another key it switches to that key
// where it was left. A failed START sets "at end" for READ NEXT (46); READ PREVIOUS then
// returns the current record itself (same key) or the last one (another key). After 10, READ
// NEXT is 46 and READ PREVIOUS starts from the last record, and the other way round.
// ACCESS SEQUENTIAL REWRITE whose record has another primary key than the record read deletes
// the record read and writes the new one (22 if its key exists: the record read is lost), as
// cobc does; no 21.
//
// On disk (cobrt's own format): a header line, then an append-only log of entries, each flushed
// when written: "W" a record (with the sequence numbers that order its duplicate keys) or "D" a
// primary key, each with its length and a checksum. OPEN replays the log into memory; a last
// entry cut short by a killed program fails its checksum and is dropped, so the file is never
// corrupt and holds every operation completed before the kill. CLOSE compacts a log with dead
// entries into a temporary file renamed over the old one (atomic). Records are kept in memory
// while the file is open.
#ifndef COBRT_FILES_INDEXED_FILE_H_
#define COBRT_FILES_INDEXED_FILE_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "runtime/files/file.h"
#include "runtime/files/relative_file.h"
#include "runtime/files/sequential_file.h"

namespace cobrt {

struct KeyDescription {
  std::size_t offset = 0;  // in the record
  std::size_t length = 0;
  bool duplicates = false;  // WITH DUPLICATES (alternate keys only)
};

enum class StartPosition { kFirst, kLast };

class IndexedFile final : public File {
 public:
  // keys[0] is the RECORD KEY, then the ALTERNATE RECORD KEYs in SELECT order.
  IndexedFile(Access access, FileDescription description, std::vector<KeyDescription> keys,
              const FileContext& context = ProcessFileContext());
  ~IndexedFile() override;

  // Random READ [KEY IS keys[key]]: the key value is taken from `area`.
  auto Read(std::span<char> area, std::size_t key = 0) -> ReadResult;
  // READ NEXT / PREVIOUS (ACCESS SEQUENTIAL READ is ReadNext).
  auto ReadNext(std::span<char> area) -> ReadResult;
  auto ReadPrevious(std::span<char> area) -> ReadResult;
  // WRITE / REWRITE of the record area's first `length` bytes.
  auto Write(std::span<const char> area, std::size_t length) -> FileStatus;
  auto Rewrite(std::span<const char> area, std::size_t length) -> FileStatus;
  // DELETE of the record whose primary key is in `area` (ACCESS SEQUENTIAL: the record read).
  auto Delete(std::span<const char> area) -> FileStatus;
  // START KEY <condition> keys[key], the value taken from `area`. A `length` below the key's
  // compares only the key's first `length` bytes (START on an item that is the leading part of
  // the key); with it, <= finds the first record of an equal prefix, not the last (as cobc).
  auto Start(StartCondition condition, std::span<const char> area, std::size_t key = 0,
             std::size_t length = 0) -> FileStatus;
  // START FIRST / LAST (by the primary key).
  auto Start(StartPosition position) -> FileStatus;

 protected:
  auto OpenResolved(OpenMode mode) -> FileStatus override;
  void CloseOpened() override;

 private:
  struct Record {
    std::string data;
    std::vector<std::uint64_t> sequences;  // per key; orders duplicates
  };
  // Where READ NEXT / PREVIOUS go on from, in the order of one key.
  struct Position {
    enum class Kind { kBegin, kAt, kEnd };
    Kind kind = Kind::kBegin;
    std::string entry;            // the index entry, when kAt
    bool return_current = false;  // the next READ NEXT/PREVIOUS returns `entry` itself
  };
  using Index = std::map<std::string, std::string>;  // entry (value [+ sequence]) -> primary

  auto KeyValue(std::string_view record, std::size_t key) const -> std::string;
  auto Entry(std::string_view record, std::size_t key, std::uint64_t sequence) const -> std::string;
  auto Insert(const std::string& data, std::vector<std::uint64_t> sequences) -> void;
  auto Remove(const std::string& primary) -> void;
  auto HasDuplicate(std::size_t key, const std::string& value, const std::string& primary) const
      -> bool;
  auto CheckUnique(std::string_view data, const std::string& primary) const -> bool;
  auto Deliver(Index::const_iterator found, std::span<char> area) -> ReadResult;
  auto SwitchKey(std::size_t key) -> void;
  auto WriteNew(std::string_view data) -> FileStatus;

  auto Replay() -> bool;
  auto AppendWrite(const Record& record) -> void;
  auto AppendDelete(const std::string& primary) -> void;
  auto AppendEntry(char kind, const std::string& payload) -> void;
  auto Compact() -> bool;

  Access access_;
  std::vector<KeyDescription> keys_;
  std::map<std::string, Record> records_;  // by primary key
  std::vector<Index> indexes_;             // per key
  std::uint64_t next_sequence_ = 1;
  std::FILE* log_ = nullptr;
  std::size_t dead_entries_ = 0;

  std::size_t key_of_reference_ = 0;
  Position position_;
  std::vector<Position> saved_positions_;  // per key, where it was left
  bool at_end_ = false;                    // READ NEXT is 46
  bool at_begin_ = false;                  // READ PREVIOUS is 46
  std::string last_read_primary_;          // ACCESS SEQUENTIAL REWRITE / DELETE
  bool read_done_ = false;
  std::string last_written_primary_;
  bool written_ = false;
};

}  // namespace cobrt

#endif  // COBRT_FILES_INDEXED_FILE_H_
