#include "base/source_manager.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace remint {

auto ReadFileBytes(const std::string& filesystem_path, uint64_t max_bytes)
    -> ErrorOr<std::string> {
  int fd = open(filesystem_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error(std::strerror(errno));
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    int saved = errno;
    close(fd);
    return Error(std::strerror(saved));
  }
  if (!S_ISREG(info.st_mode)) {
    close(fd);
    return Error("not a regular file");
  }
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    close(fd);
    return Error(fmt::format("file is {} bytes, over the limit of {}", info.st_size, max_bytes));
  }
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  size_t filled = 0;
  while (filled < bytes.size()) {
    ssize_t got = read(fd, bytes.data() + filled, bytes.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      close(fd);
      return Error(std::strerror(saved));
    }
    if (got == 0) break;  // The file shrank while we read it; keep what is there.
    filled += static_cast<size_t>(got);
  }
  close(fd);
  bytes.resize(filled);
  return bytes;
}

auto SourceManager::Load(const std::string& filesystem_path, std::string display_path,
                         const DecodeOptions& options) -> ErrorOr<FileId> {
  ErrorOr<std::string> bytes = ReadFileBytes(filesystem_path);
  if (!bytes) return bytes.error();
  return AddBuffer(std::move(display_path), std::move(*bytes), options);
}

auto SourceManager::AddBuffer(std::string display_path, std::string bytes,
                              const DecodeOptions& options) -> ErrorOr<FileId> {
  ErrorOr<SourceText> text = DecodeSourceText(std::move(bytes), options);
  if (!text) return text.error();
  files_.push_back({std::move(display_path), std::move(*text)});
  return FileId{static_cast<uint32_t>(files_.size() - 1)};
}

auto SourceManager::AddInclude(SourceLoc directive, FileId file) -> IncludeId {
  includes_.push_back({directive, file});
  return IncludeId{static_cast<uint32_t>(includes_.size() - 1)};
}

auto SourceManager::file(FileId id) const -> const SourceFile& {
  assert(id.index < files_.size());
  return files_[id.index];
}

auto SourceManager::include(IncludeId id) const -> const IncludeRecord& {
  assert(id.index < includes_.size());
  return includes_[id.index];
}

}  // namespace remint
