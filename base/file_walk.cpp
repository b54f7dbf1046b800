#include "base/file_walk.h"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "base/fault_injection.h"

namespace remint {
namespace {

struct DirectoryIdentity {
  dev_t device;
  ino_t inode;
  friend auto operator<=>(const DirectoryIdentity&, const DirectoryIdentity&) = default;
};

auto SpecialFileKind(mode_t mode) -> std::string {
  if (S_ISFIFO(mode)) return "FIFO";
  if (S_ISSOCK(mode)) return "socket";
  if (S_ISCHR(mode)) return "character device";
  if (S_ISBLK(mode)) return "block device";
  return "special file";
}

auto MtimeNs(const struct stat& info) -> int64_t {
  return static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

class Walker {
 public:
  Walker(const WalkOptions& options, std::vector<WalkEntry>& entries)
      : options_(options), entries_(entries) {}

  void WalkDirectory(const std::string& filesystem_path, const std::string& display_path,
                     bool escaped, const struct stat& info) {
    DirectoryIdentity identity{info.st_dev, info.st_ino};
    if (!active_.insert(identity).second) {
      Add(WalkEntryType::kSymlinkLoop, filesystem_path, display_path, escaped, {}, "");
      return;
    }
    bool injected = FaultInjected("list-directory", display_path);
    DIR* directory = injected ? nullptr : opendir(filesystem_path.c_str());
    if (directory == nullptr) {
      Add(WalkEntryType::kUnreadableDirectory, filesystem_path, display_path, escaped, {},
          injected ? "Permission denied (injected)" : std::strerror(errno));
      active_.erase(identity);
      return;
    }
    size_t inherited_patterns = ignore_patterns_.size();
    if (options_.use_ignore_files) {
      for (std::string& pattern : ReadIgnoreFile(filesystem_path)) {
        ignore_patterns_.push_back({display_path.empty() ? "" : display_path + "/", pattern});
      }
    }
    std::vector<std::string> names;
    while (dirent* entry = readdir(directory)) {
      std::string_view name = entry->d_name;
      if (name == "." || name == "..") continue;
      if (options_.skip_hidden && name.front() == '.') continue;
      names.emplace_back(name);
    }
    closedir(directory);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      std::string child_display;
      bool child_escaped = EscapePathForDisplay(name, child_display);
      if (!display_path.empty()) child_display = display_path + "/" + child_display;
      VisitChild(filesystem_path + "/" + name, child_display, escaped || child_escaped);
    }
    ignore_patterns_.resize(inherited_patterns);
    active_.erase(identity);
  }

 private:
  void VisitChild(const std::string& filesystem_path, const std::string& display_path,
                  bool escaped) {
    struct stat link_info {};
    if (lstat(filesystem_path.c_str(), &link_info) != 0) {
      Add(WalkEntryType::kBrokenSymlink, filesystem_path, display_path, escaped, {},
          std::strerror(errno));
      return;
    }
    struct stat info = link_info;
    if (S_ISLNK(link_info.st_mode) && stat(filesystem_path.c_str(), &info) != 0) {
      if (errno == ELOOP) {
        Add(WalkEntryType::kSymlinkLoop, filesystem_path, display_path, escaped, {}, "");
      } else {
        Add(WalkEntryType::kBrokenSymlink, filesystem_path, display_path, escaped, {},
            std::strerror(errno));
      }
      return;
    }
    bool is_directory = S_ISDIR(info.st_mode);
    if (IsIgnored(display_path, is_directory)) return;
    if (is_directory) {
      WalkDirectory(filesystem_path, display_path, escaped, info);
    } else if (S_ISREG(info.st_mode)) {
      Add(WalkEntryType::kRegularFile, filesystem_path, display_path, escaped, info, "");
    } else {
      Add(WalkEntryType::kSpecialFile, filesystem_path, display_path, escaped, {},
          SpecialFileKind(info.st_mode));
    }
  }

  auto IsIgnored(const std::string& display_path, bool is_directory) const -> bool {
    std::string_view base = display_path;
    if (size_t slash = base.rfind('/'); slash != std::string_view::npos) {
      base = base.substr(slash + 1);
    }
    std::string base_string(base);
    for (const IgnorePattern& ignore : ignore_patterns_) {
      if (!std::string_view(display_path).starts_with(ignore.directory)) continue;
      std::string_view glob = ignore.pattern;
      if (glob.ends_with('/')) {
        if (!is_directory) continue;
        glob.remove_suffix(1);
      }
      std::string glob_string(glob);
      bool anchored = glob.find('/') != std::string_view::npos;
      std::string subject =
          anchored ? display_path.substr(ignore.directory.size()) : base_string;
      if (fnmatch(glob_string.c_str(), subject.c_str(), anchored ? FNM_PATHNAME : 0) == 0) {
        return true;
      }
    }
    return false;
  }

  void Add(WalkEntryType type, const std::string& filesystem_path, const std::string& display_path,
           bool escaped, const struct stat& info, std::string detail) {
    WalkEntry entry;
    entry.type = type;
    entry.filesystem_path = filesystem_path;
    entry.display_path = display_path;
    entry.name_was_escaped = escaped;
    if (type == WalkEntryType::kRegularFile) {
      entry.size = static_cast<uint64_t>(info.st_size);
      entry.mtime_ns = MtimeNs(info);
    }
    entry.detail = std::move(detail);
    entries_.push_back(std::move(entry));
  }

  // A pattern from the .remintignore of `directory` (a display-path prefix ending in '/').
  struct IgnorePattern {
    std::string directory;
    std::string pattern;
  };

  const WalkOptions& options_;
  std::vector<WalkEntry>& entries_;
  std::vector<IgnorePattern> ignore_patterns_;
  // Directories on the current path from the root, to recognise symlink loops.
  std::set<DirectoryIdentity> active_;
};

}  // namespace

auto EscapePathForDisplay(std::string_view raw, std::string& out) -> bool {
  bool changed = false;
  for (size_t i = 0; i < raw.size();) {
    auto byte = static_cast<unsigned char>(raw[i]);
    if (byte == '\\') {
      out += "\\\\";
      ++i;
      continue;
    }
    if (byte < 0x80) {
      if (byte < 0x20 || byte == 0x7f) {
        out += fmt::format("\\x{:02X}", byte);
        changed = true;
      } else {
        out.push_back(static_cast<char>(byte));
      }
      ++i;
      continue;
    }
    size_t length = byte >= 0xc2 && byte <= 0xdf   ? 2
                    : byte >= 0xe0 && byte <= 0xef ? 3
                    : byte >= 0xf0 && byte <= 0xf4 ? 4
                                                   : 0;
    bool valid = length > 0 && i + length <= raw.size();
    for (size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(raw[i + k]) & 0xc0) == 0x80;
    }
    if (valid) {
      out.append(raw.substr(i, length));
      i += length;
    } else {
      out += fmt::format("\\x{:02X}", byte);
      changed = true;
      ++i;
    }
  }
  return changed;
}

auto ReadIgnoreFile(const std::string& directory) -> std::vector<std::string> {
  std::vector<std::string> patterns;
  std::ifstream in(directory + "/.remintignore");
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    size_t first = line.find_first_not_of(' ');
    if (first == std::string::npos || line[first] == '#') continue;
    patterns.push_back(line.substr(first));
  }
  return patterns;
}

auto WalkTree(const std::string& root, const WalkOptions& options) -> std::vector<WalkEntry> {
  std::vector<WalkEntry> entries;
  Walker walker(options, entries);
  struct stat info {};
  if (stat(root.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) return entries;
  walker.WalkDirectory(root, "", false, info);
  // Children are visited in byte order per directory; sort the flat list so that "A/B" and
  // "A.B" order the same way everywhere.
  std::sort(entries.begin(), entries.end(), [](const WalkEntry& a, const WalkEntry& b) {
    return a.display_path < b.display_path;
  });
  return entries;
}

}  // namespace remint
