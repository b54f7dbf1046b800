// Owns every source file of a compilation (members, copybooks, PROCs) and the include records
// that tie copied text to the directive that copied it.
#ifndef REMINT_BASE_SOURCE_MANAGER_H_
#define REMINT_BASE_SOURCE_MANAGER_H_

#include <deque>
#include <string>
#include <string_view>

#include "base/error_or.h"
#include "base/source_loc.h"
#include "base/source_text.h"

namespace remint {

struct SourceFile {
  std::string path;  // As shown to users: relative to the project or scan root.
  SourceText text;
};

// One COPY / INCLUDE / PROC expansion: `directive` is where it was requested (itself possibly
// inside another include), `file` is what was brought in.
struct IncludeRecord {
  SourceLoc directive;
  FileId file;
};

class SourceManager {
 public:
  // Reads and decodes a file from disk.
  auto Load(const std::string& filesystem_path, std::string display_path,
            const DecodeOptions& options = {}) -> ErrorOr<FileId>;
  // Adds an in-memory buffer (tests, stdin, generated text).
  auto AddBuffer(std::string display_path, std::string bytes, const DecodeOptions& options = {})
      -> ErrorOr<FileId>;

  auto AddInclude(SourceLoc directive, FileId file) -> IncludeId;

  auto file(FileId id) const -> const SourceFile&;
  auto include(IncludeId id) const -> const IncludeRecord&;
  auto file_count() const -> size_t { return files_.size(); }

 private:
  // Deques keep references stable while files are added during preprocessing.
  std::deque<SourceFile> files_;
  std::deque<IncludeRecord> includes_;
};

// Reads a whole file into memory. `max_bytes` guards against members too large to hold.
auto ReadFileBytes(const std::string& filesystem_path, uint64_t max_bytes = UINT64_MAX)
    -> ErrorOr<std::string>;

}  // namespace remint

#endif  // REMINT_BASE_SOURCE_MANAGER_H_
