// Walks a dump directory: every member below the root, in sorted order, with the problems found
// on the way (symlink loops, unreadable directories, special files) reported as entries rather
// than aborting the walk.
#ifndef REMINT_BASE_FILE_WALK_H_
#define REMINT_BASE_FILE_WALK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace remint {

enum class WalkEntryType {
  kRegularFile,
  kSymlinkLoop,           // A directory symlink leading back to a directory being walked.
  kBrokenSymlink,         // A symlink whose target cannot be reached.
  kSpecialFile,           // FIFO, socket or device: never read.
  kUnreadableDirectory,   // A directory that could not be listed.
};

struct WalkEntry {
  WalkEntryType type = WalkEntryType::kRegularFile;
  std::string filesystem_path;  // What to open.
  std::string display_path;     // Relative to the root, '/'-separated, escaped (see below).
  bool name_was_escaped = false;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  std::string detail;  // Why the entry is a problem, or what kind of special file it is.
};

struct WalkOptions {
  // Names starting with '.' are skipped (version-control folders, remint's own .remint/).
  bool skip_hidden = true;
  // Honour .remintignore files: in any directory of the dump, one glob (fnmatch) per line, '#'
  // comments. A pattern with '/' matches the path relative to that directory, one without
  // matches the name alone; a trailing '/' matches only directories. Lets a dump keep
  // documentation and tooling beside its members without scanning them.
  bool use_ignore_files = true;
};

// Reads `directory/.remintignore` if present.
auto ReadIgnoreFile(const std::string& directory) -> std::vector<std::string>;

// Every entry below `root`, sorted by display_path.
auto WalkTree(const std::string& root, const WalkOptions& options) -> std::vector<WalkEntry>;

// Makes a file name printable and unambiguous: valid UTF-8 is kept, every other byte becomes
// "\xNN", and a backslash becomes "\\". Returns whether anything other than a backslash changed.
auto EscapePathForDisplay(std::string_view raw, std::string& out) -> bool;

}  // namespace remint

#endif  // REMINT_BASE_FILE_WALK_H_
