#include "frontends/cobol/preprocess/copybook_search.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <string_view>

#include "frontends/cobol/preprocess/text_words.h"

namespace remint::cobol {
namespace {

namespace fs = std::filesystem;

// Tried in this order, in any letter case (.cpy also finds .CPY).
constexpr std::array<std::string_view, 5> kExtensions = {"", ".cpy", ".cob", ".cbl", ".copy"};

auto Lower(std::string_view text) -> std::string {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return lower;
}

auto Join(const std::string& directory, const std::string& name) -> std::string {
  if (directory.empty()) return fs::path(name).lexically_normal().string();
  return (fs::path(directory) / name).lexically_normal().string();
}

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

}  // namespace

auto CopybookFinder::ListDirectory(const std::string& directory) -> const Listing& {
  auto found = listings_.find(directory);
  if (found != listings_.end()) return found->second;
  Listing& listing = listings_[directory];
  std::error_code error;
  for (fs::directory_iterator it(directory.empty() ? "." : directory, error), end;
       !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    std::error_code status_error;
    if (it->is_regular_file(status_error)) {
      listing.files[Lower(name)].push_back(name);
    } else if (it->is_directory(status_error)) {
      listing.directories[Lower(name)].push_back(name);
    }
  }
  // Directory order is arbitrary; sorting keeps the choice between K1W01 and k1w01 stable.
  for (auto& [key, names] : listing.files) std::sort(names.begin(), names.end());
  for (auto& [key, names] : listing.directories) std::sort(names.begin(), names.end());
  return listing;
}

auto CopybookFinder::FindInDirectory(const std::string& directory, const std::string& name)
    -> std::optional<std::string> {
  fs::path relative(name);
  std::string leaf = relative.filename().string();
  if (leaf.empty()) return std::nullopt;
  std::string parent = relative.parent_path().string();
  std::string search_directory = parent.empty() ? directory : Join(directory, parent);
  const Listing& listing = ListDirectory(search_directory);
  for (std::string_view extension : kExtensions) {
    std::string exact = leaf + std::string(extension);
    auto found = listing.files.find(Lower(exact));
    if (found == listing.files.end()) continue;
    const std::vector<std::string>& names = found->second;
    // Prefer the spelling written in the COPY statement, then any other case.
    std::string chosen = names.front();
    for (const std::string& candidate : names) {
      if (candidate.compare(0, leaf.size(), leaf) == 0) {
        chosen = candidate;
        break;
      }
    }
    return Join(search_directory, chosen);
  }
  return std::nullopt;
}

auto CopybookFinder::LibraryDirectories(const CopybookRequest& request)
    -> std::vector<std::string> {
  std::vector<std::string> bases;
  AddUnique(bases, request.including_directory);
  for (const std::string& directory : options_.copy_directories) AddUnique(bases, directory);
  std::vector<std::string> directories;
  if (request.library_is_literal) {
    if (fs::path(request.library).is_absolute()) return {request.library};
    for (const std::string& base : bases) AddUnique(directories, Join(base, request.library));
    return directories;
  }
  for (const auto& [library, directory] : options_.copy_libraries) {
    if (EqualsIgnoringCase(library, request.library)) AddUnique(directories, directory);
  }
  for (const std::string& base : bases) {
    const Listing& listing = ListDirectory(base);
    auto found = listing.directories.find(Lower(request.library));
    if (found == listing.directories.end()) continue;
    for (const std::string& actual : found->second) AddUnique(directories, Join(base, actual));
  }
  return directories;
}

auto CopybookFinder::Find(const CopybookRequest& request, std::vector<std::string>& searched)
    -> std::optional<CopybookLocation> {
  if (request.name_is_literal && fs::path(request.name).is_absolute() && request.library.empty()) {
    searched.push_back(request.name);
    if (auto path = FindInDirectory("", request.name)) return CopybookLocation{*path};
    return std::nullopt;
  }
  std::vector<std::string> directories;
  if (!request.library.empty()) {
    directories = LibraryDirectories(request);
    if (directories.empty()) searched.push_back("library " + request.library + " (no directory)");
  } else {
    AddUnique(directories, request.including_directory);
    for (const std::string& directory : options_.copy_directories) {
      AddUnique(directories, directory);
    }
  }
  for (const std::string& directory : directories) {
    searched.push_back(directory.empty() ? "." : directory);
    if (auto path = FindInDirectory(directory, request.name)) return CopybookLocation{*path};
  }
  return std::nullopt;
}

}  // namespace remint::cobol
