#include "frontends/jcl/expand/library_search.h"

#include <array>
#include <filesystem>

namespace remint::jcl {
namespace {

namespace fs = std::filesystem;

// Members as a dump holds them (no extension) or as a workstation copy names them.
constexpr std::array<std::string_view, 5> kExtensions = {"", ".jcl", ".JCL", ".proc", ".prc"};

auto FindInDirectory(const std::string& directory, const std::string& member)
    -> std::optional<std::string> {
  std::error_code error;
  std::string lower = member;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const std::string& name : {member, lower}) {
    for (std::string_view extension : kExtensions) {
      fs::path candidate = fs::path(directory) / (name + std::string(extension));
      if (fs::is_regular_file(candidate, error)) return candidate.lexically_normal().string();
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
      fs::path folder = fs::path(root) / library;
      if (fs::is_directory(folder, error))
        directories.push_back(folder.lexically_normal().string());
    }
    if (directories.empty()) lookup.searched.push_back(library + " (no folder)");
    for (const std::string& directory : directories) {
      lookup.searched.push_back(directory);
      if (auto path = FindInDirectory(directory, member)) {
        lookup.path = path;
        return lookup;
      }
    }
  }
  for (const std::string& directory : options.procedure_libraries) {
    lookup.searched.push_back(directory);
    if (auto path = FindInDirectory(directory, member)) {
      lookup.path = path;
      return lookup;
    }
  }
  return lookup;
}

}  // namespace remint::jcl
