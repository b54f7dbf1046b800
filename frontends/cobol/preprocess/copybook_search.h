// Finding the file a COPY statement names: the including file's directory first, then the
// copy directories in order; a name with or without an extension, in any letter case; a
// literal name as a file name; "OF library" through the configured libraries or a
// subdirectory of that name.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_COPYBOOK_SEARCH_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_COPYBOOK_SEARCH_H_

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol {

struct CopybookRequest {
  std::string name;
  bool name_is_literal = false;
  std::string library;  // Empty when none.
  bool library_is_literal = false;
  std::string including_directory;  // Directory of the file holding the COPY statement.
};

struct CopybookLocation {
  std::string path;  // As found: a search directory joined with the file name, normalized.
};

class CopybookFinder {
 public:
  explicit CopybookFinder(const PreprocessOptions& options) : options_(options) {}

  // The file, or nothing; `searched` then lists the directories looked in.
  auto Find(const CopybookRequest& request, std::vector<std::string>& searched)
      -> std::optional<CopybookLocation>;

 private:
  // Regular files of a directory, keyed by lower-case name (listed once per directory).
  struct Listing {
    std::unordered_map<std::string, std::vector<std::string>> files;
    std::unordered_map<std::string, std::vector<std::string>> directories;
  };
  auto ListDirectory(const std::string& directory) -> const Listing&;
  auto FindInDirectory(const std::string& directory, const std::string& name)
      -> std::optional<std::string>;
  auto LibraryDirectories(const CopybookRequest& request) -> std::vector<std::string>;

  const PreprocessOptions& options_;
  std::map<std::string, Listing> listings_;
};

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_COPYBOOK_SEARCH_H_
