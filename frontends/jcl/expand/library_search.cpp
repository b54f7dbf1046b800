#include "frontends/jcl/expand/library_search.h"

#include <array>
#include <filesystem>

#include "base/source_manager.h"

namespace remint::jcl {
namespace {

namespace fs = std::filesystem;

// Members as a dump holds them (no extension) or as a workstation copy names them.
constexpr std::array<std::string_view, 5> kExtensions = {"", ".jcl", ".JCL", ".proc", ".prc"};

auto FindInDirectory(const std::string& directory, const std::string& member, MemberCache* cache)
    -> std::optional<std::string> {
  std::error_code error;
  const std::set<std::string>* listing = cache != nullptr ? cache->Listing(directory) : nullptr;
  std::string lower = member;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const std::string& name : {member, lower}) {
    for (std::string_view extension : kExtensions) {
      std::string file = name + std::string(extension);
      fs::path candidate = fs::path(directory) / file;
      bool exists = cache != nullptr ? listing != nullptr && listing->contains(file)
                                     : fs::is_regular_file(candidate, error);
      if (exists) return candidate.lexically_normal().string();
    }
  }
  return std::nullopt;
}

}  // namespace

auto FindMember(const std::string& member, const std::vector<std::string>& jcllib,
                const LibraryOptions& options) -> MemberLookup {
  MemberLookup lookup;
  std::error_code error;
  for (const std::string& library : jcllib) {
    std::vector<std::string> directories;
    if (auto mapped = options.libraries.find(library); mapped != options.libraries.end()) {
      directories.push_back(mapped->second);
    }
    for (const std::string& root : options.library_roots) {
      std::string folder = (fs::path(root) / library).lexically_normal().string();
      // With a cache the folder's listing says whether it exists: no system call per lookup.
      bool exists = options.cache != nullptr ? options.cache->Listing(folder) != nullptr
                                             : fs::is_directory(folder, error);
      if (exists) directories.push_back(folder);
    }
    if (directories.empty()) lookup.searched.push_back(library + " (no folder)");
    for (const std::string& directory : directories) {
      lookup.searched.push_back(directory);
      if (auto path = FindInDirectory(directory, member, options.cache)) {
        lookup.path = path;
        return lookup;
      }
    }
  }
  for (const std::string& directory : options.procedure_libraries) {
    lookup.searched.push_back(directory);
    if (auto path = FindInDirectory(directory, member, options.cache)) {
      lookup.path = path;
      return lookup;
    }
  }
  return lookup;
}

auto MemberCache::Listing(const std::string& directory) -> const std::set<std::string>* {
  auto [entry, added] = listings_.try_emplace(directory);
  if (added) {
    std::error_code error;
    std::set<std::string> names;
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_regular_file(error)) names.insert(it->path().filename().string());
    }
    if (!error || !names.empty()) entry->second = std::move(names);
    if (!fs::is_directory(directory, error)) entry->second.reset();
  }
  return entry->second ? &*entry->second : nullptr;
}

auto MemberCache::Bytes(const std::string& path) -> const std::string* {
  auto [entry, added] = bytes_.try_emplace(path);
  if (added) {
    ErrorOr<std::string> bytes = ReadFileBytes(path);
    if (bytes) entry->second = std::move(*bytes);
  }
  return entry->second ? &*entry->second : nullptr;
}

}  // namespace remint::jcl
