// What every file of a program shares (fact sheet §7): the SELECT/FD description known when the
// code is emitted, the OPEN/CLOSE state machine with its statuses (41, 42, 05, 35, 30, 37), the
// run's list of open files (closed with libcob's "implicit CLOSE" warning at the end of the run,
// most recently opened first, as cob_exit_fileio does) and libcob's fatal message for a status
// nothing handles:
//   libcob: error: file does not exist (status = 35) for file F1 ('in_txt' => in.txt)
#ifndef COBRT_FILES_FILE_H_
#define COBRT_FILES_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/files/assign.h"
#include "runtime/files/file_status.h"
#include "runtime/io/termination.h"

namespace cobrt {

enum class OpenMode { kClosed, kInput, kOutput, kInputOutput, kExtend };

struct FileDescription {
  std::string select_name;  // as written in SELECT, for libcob's messages
  bool optional = false;    // SELECT OPTIONAL
  std::size_t minimum_record_size = 0;
  std::size_t maximum_record_size = 0;

  // Record sequential files are variable (4-byte headers) whenever the sizes differ (§7).
  auto variable() const -> bool { return minimum_record_size != maximum_record_size; }
};

class File;

// The files of one run in the order of their first OPEN (libcob's file cache: a file keeps
// its place when it is closed and opened again, and a failed OPEN takes one too).
class OpenFileRegistry {
 public:
  // At every OPEN; only the first one of a file counts.
  void Add(File* file);
  void Remove(File* file);
  // Closes every file still open, last first in that order, each with libcob's warning.
  void CloseAllImplicitly(RunTermination& termination);

 private:
  std::vector<File*> files_;
};

// Where files of a run report and look things up.
struct FileContext {
  RunTermination* termination = nullptr;
  OpenFileRegistry* open_files = nullptr;
  EnvironmentLookup environment;
};

// The running program's: ProcessTermination() (which closes the open files at its end), the
// process environment.
auto ProcessFileContext() -> const FileContext&;

// Registers the closing of `open_files` as an end-of-run action of `termination`.
void CloseOpenFilesAtEndOfRun(RunTermination& termination, OpenFileRegistry& open_files);

class File {
 public:
  File(FileDescription description, const FileContext& context);
  virtual ~File();
  File(const File&) = delete;
  auto operator=(const File&) -> File& = delete;

  // OPEN mode file. `assign_name` is the ASSIGN literal or data item value at this OPEN.
  auto Open(OpenMode mode, std::string_view assign_name) -> FileStatus;
  auto Close() -> FileStatus;
  // CLOSE WITH LOCK: the file cannot be opened again (38) until a plain CLOSE, which is then 00
  // (libcob's COB_OPEN_LOCKED, checked with cobc).
  auto CloseWithLock() -> FileStatus;
  // CLOSE WITH NO REWIND: a disk file closes as usual, with status 07 (no tape to leave where
  // it is). CLOSE REEL / UNIT [FOR REMOVAL]: a disk file has no volumes: 07 and it stays open
  // (42 when it is not open). Both checked with cobc on sequential files.
  auto CloseNoRewind() -> FileStatus;
  auto CloseVolume() -> FileStatus;

  // For a status the program does not handle (no FILE STATUS, declaratives, AT END or INVALID
  // KEY for it): libcob's message and the end of the run with status 1. libcob names the file
  // as `assign_name` resolves now, even for a file never opened.
  void FailUnhandled(FileStatus status, std::string_view assign_name);

  auto description() const -> const FileDescription& { return description_; }
  auto mode() const -> OpenMode { return mode_; }
  // The mode of the last OPEN that got past the 38 and 41 checks, whatever its outcome: what
  // USE AFTER ERROR ON INPUT/OUTPUT/I-O/EXTEND declaratives are chosen by (libcob's
  // last_open_mode); kClosed before any OPEN.
  auto last_open_mode() const -> OpenMode { return last_open_mode_; }
  auto resolved_name() const -> const ResolvedFileName& { return resolved_; }
  // The ASSIGN value of the last OPEN, before any mapping.
  auto assign_name() const -> const std::string& { return assign_name_; }
  // Open, and not as a missing OPTIONAL file opened INPUT (which libcob leaves out of the
  // implicit CLOSE at the end of the run, checked with cobc).
  auto has_open_stream() const -> bool { return mode_ != OpenMode::kClosed && !missing_optional_; }

 protected:
  // The organization's own OPEN of the resolved path in `mode` (never kClosed); returns 00, 05
  // (OPTIONAL file created or missing), 35, 30, 37...
  virtual auto OpenResolved(OpenMode mode) -> FileStatus = 0;
  virtual void CloseOpened() = 0;

  // The file is OPTIONAL, missing and opened INPUT: reads are at end.
  bool missing_optional_ = false;

 private:
  FileDescription description_;
  FileContext context_;
  OpenMode mode_ = OpenMode::kClosed;
  OpenMode last_open_mode_ = OpenMode::kClosed;
  bool locked_ = false;
  ResolvedFileName resolved_;
  std::string assign_name_;
};

}  // namespace cobrt

#endif  // COBRT_FILES_FILE_H_
