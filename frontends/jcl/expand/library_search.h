// Finding INCLUDE and PROC members: the job's JCLLIB ORDER libraries first, then the default
// procedure libraries. A library is a directory: named in LibraryOptions::libraries, or a
// folder of that name under a library root (as a dump lays out BANK.PROD.PROCLIB/).
#ifndef REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
#define REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "frontends/jcl/expand/expand.h"

namespace remint::jcl {

struct MemberLookup {
  std::optional<std::string> path;    // The member's file when found.
  std::vector<std::string> searched;  // Directories (or unmapped library names) tried.
};

auto FindMember(const std::string& member, const std::vector<std::string>& jcllib,
                const LibraryOptions& options) -> MemberLookup;

// What the expansions of one run share: each library folder's listing, read once, and the bytes
// of each member read. Set LibraryOptions::cache to use it (not thread-safe).
class MemberCache {
 public:
  // The file names of `directory`; null when it is not a readable directory.
  auto Listing(const std::string& directory) -> const std::set<std::string>*;
  // The bytes of a member file; null when it cannot be read.
  auto Bytes(const std::string& path) -> const std::string*;

 private:
  std::map<std::string, std::optional<std::set<std::string>>> listings_;
  std::map<std::string, std::optional<std::string>> bytes_;
};

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
