// Finding INCLUDE and PROC members: the job's JCLLIB ORDER libraries first, then the default
// procedure libraries. A library is a directory: named in LibraryOptions::libraries, or a
// folder of that name under a library root (as a dump lays out BANK.PROD.PROCLIB/).
#ifndef REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
#define REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/error_or.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/parse/parse_member.h"

namespace remint::jcl {

struct MemberLookup {
  std::optional<std::string> path;    // The member's file when found.
  std::vector<std::string> searched;  // Directories (or unmapped library names) tried.
};

auto FindMember(const std::string& member, const std::vector<std::string>& jcllib,
                const LibraryOptions& options) -> MemberLookup;

// A member as the cache holds it: its file in a SourceManager and, when it parsed without a
// single diagnostic, its statements with their operands parsed before any symbol substitution,
// located in the member itself (each use relocates them through its INCLUDE or call).
struct CachedMember {
  FileId file;
  bool clean = false;
  std::vector<ParsedStatement> statements;  // Empty unless `clean`.
};

// What the expansions of one run share: each library folder's listing, read once, the bytes of
// each member read, and each member parsed once. Set LibraryOptions::cache to use it (not
// thread-safe). A parsed member belongs to the SourceManager it was added to; used with another
// SourceManager it is added and parsed again there.
class MemberCache {
 public:
  // The file names of `directory`; null when it is not a readable directory.
  auto Listing(const std::string& directory) -> const std::set<std::string>*;
  // The bytes of a member file; null when it cannot be read.
  auto Bytes(const std::string& path) -> const std::string*;
  // The member file at `path`, added to `sources` and parsed on first use.
  auto Member(SourceManager& sources, const std::string& path) -> ErrorOr<const CachedMember*>;
  // FindMember's answer for a search (library options, JCLLIB order and member as one key).
  auto RememberedLookup(const std::string& key) -> std::optional<MemberLookup>&;

 private:
  auto Parse(const SourceManager& sources, FileId file) -> CachedMember;

  std::unordered_map<std::string, std::optional<std::set<std::string>>> listings_;
  std::unordered_map<std::string, std::optional<std::string>> bytes_;
  std::unordered_map<std::string, std::optional<MemberLookup>> lookups_;
  // By the path the member's SourceFile shows.
  std::unordered_map<std::string, CachedMember> members_;
};

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
