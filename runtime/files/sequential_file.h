// LINE SEQUENTIAL and record SEQUENTIAL files (fact sheet §7; libcob/fileio.c lineseq_read,
// lineseq_write, cob_file_write_opt, sequential_read, sequential_write, sequential_rewrite).
//
// LINE SEQUENTIAL: a WRITE drops the record's trailing spaces and ends it with "\n"; ADVANCING
// AFTER n puts n "\n" before the record and none after, BEFORE n puts them after, PAGE is "\f"
// before or after, AFTER 0 is "\r" before; CLOSE adds "\n" when the last WRITE was AFTER. A
// READ takes the line up to "\n", drops every "\r", discards what does not fit and pads with
// spaces.
// Record SEQUENTIAL: fixed records are raw bytes; variable ones (minimum and maximum sizes
// differ) have a 4-byte header, 2-byte big-endian length then two NULs (COB_VARSEQ_FORMAT 0). A
// short last fixed record reads with status 04, the rest of the area unchanged. ADVANCING
// writes the same "\n", "\r" or "\f" around the record's own bytes, and CLOSE adds "\n" after an
// AFTER that no BEFORE followed.
#ifndef COBRT_FILES_SEQUENTIAL_FILE_H_
#define COBRT_FILES_SEQUENTIAL_FILE_H_

#include <cstddef>
#include <cstdio>
#include <span>
#include <string_view>

#include "runtime/files/file.h"

namespace cobrt {

// WRITE ... [BEFORE | AFTER] ADVANCING [n LINES | PAGE].
struct Advancing {
  enum class When { kNone, kBefore, kAfter };
  When when = When::kNone;
  int lines = 1;
  bool page = false;

  static auto Before(int lines) -> Advancing { return {When::kBefore, lines, false}; }
  static auto After(int lines) -> Advancing { return {When::kAfter, lines, false}; }
  static auto BeforePage() -> Advancing { return {When::kBefore, 0, true}; }
  static auto AfterPage() -> Advancing { return {When::kAfter, 0, true}; }
};

struct ReadResult {
  FileStatus status;
  std::size_t length = 0;  // bytes of the record read (RECORD VARYING DEPENDING ON)
};

class SequentialFile final : public File {
 public:
  enum class Kind { kLineSequential, kRecordSequential };

  SequentialFile(Kind kind, FileDescription description,
                 const FileContext& context = ProcessFileContext());
  ~SequentialFile() override;

  // READ [NEXT] into the record area (maximum record size bytes).
  auto Read(std::span<char> record) -> ReadResult;
  // WRITE of `record`: its length is the size of the 01 record named (variable files).
  auto Write(std::string_view record, Advancing advancing = {}) -> FileStatus;
  // REWRITE of the record last read (record SEQUENTIAL opened I-O), same length.
  auto Rewrite(std::string_view record) -> FileStatus;

 protected:
  auto OpenResolved(OpenMode mode) -> FileStatus override;
  void CloseOpened() override;

 private:
  auto ReadLine(std::span<char> record) -> ReadResult;
  auto ReadRecord(std::span<char> record) -> ReadResult;
  auto WriteLine(std::string_view record, Advancing advancing) -> FileStatus;

  Kind kind_;
  std::FILE* stream_ = nullptr;
  bool at_end_ = false;
  // CLOSE ends the file with "\n" (libcob's flag_needs_nl): after a WRITE AFTER ADVANCING, until
  // a line sequential WRITE without it or any WRITE BEFORE.
  bool needs_newline_ = false;
  // Where the record last read starts and how long it is, for REWRITE; -1 when none.
  long last_read_position_ = -1;
  std::size_t last_read_length_ = 0;
};

}  // namespace cobrt

#endif  // COBRT_FILES_SEQUENTIAL_FILE_H_
