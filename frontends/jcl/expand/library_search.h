// Finding INCLUDE and PROC members: the job's JCLLIB ORDER libraries first, then the default
// procedure libraries. A library is a directory: named in LibraryOptions::libraries, or a
// folder of that name under a library root (as a dump lays out BANK.PROD.PROCLIB/).
#ifndef REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
#define REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/error_or.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/expand/symbols.h"
#include "frontends/jcl/parse/parse_member.h"

namespace remint::jcl {

struct CachedMember;

struct MemberLookup {
  std::optional<std::string> path;    // The member's file when found.
  std::vector<std::string> searched;  // Directories (or unmapped library names) tried.
  // The member at `path` as MemberCache::Member last gave it, and the SourceManager it was
  // parsed in: a later use of this lookup does not find the member by its path again.
  mutable const CachedMember* member = nullptr;
  mutable const SourceManager* member_sources = nullptr;
};

// A statement of a cached member, shared by every use of the member: located in the member
// alone (each use reaches it through its INCLUDE or call). A statement whose operands name
// symbols keeps what each set of symbol values made of it, so calls that give the same values
// share one substituted statement.
// What a cached statement's substitutions depend on and what they made, and a PROC statement's
// defaults: apart from the statement list, which every use reads statement by statement, since
// only a use that finds no slot in its member's substitutions (or a call's PROC) comes here.
struct StatementMemo {
  std::vector<std::string> symbols;  // The symbols it names, upper case, each once.
  // SymbolValuesKey(symbols) -> the statement substituted and parsed, or null when that gave a
  // diagnostic (each use then substitutes again and reports it). A memo: filled while the
  // member is otherwise read-only.
  std::unordered_map<std::string, std::shared_ptr<const ParsedStatement>> substituted;
  // A PROC statement without `&`: its defaults as symbol values, made at the first call.
  std::unique_ptr<SymbolScope> proc_defaults;
};

struct CachedStatement {
  std::shared_ptr<const ParsedStatement> parsed;
  // The statement's kind and operation, beside the flags below: a use decides what to do with a
  // statement without reaching the parsed statement it may never read (one substituted instead).
  StatementKind kind = StatementKind::kJcl;
  Operation op = Operation::kOther;
  // Its operands hold `&` (kept here so that a use need not reach the text to know that no
  // substitution can change it).
  bool has_ampersand = false;
  // Its operands hold `&` and are not an IF condition: substitutions are remembered (in `memo`,
  // made with the statement).
  bool remembers_substitutions = false;
  // Made with a statement that remembers substitutions, or at a PROC statement's first call.
  // Filled while the member is otherwise read-only.
  mutable std::unique_ptr<StatementMemo> memo;
};

// A member as the cache holds it: its file in a SourceManager and, when it parsed without a
// single diagnostic, its statements with their operands parsed before any symbol substitution.
struct CachedMember {
  FileId file;
  bool clean = false;
  std::vector<CachedStatement> statements;  // Empty unless `clean`.
  // Every symbol its remembered substitutions name, upper case, each once.
  std::vector<std::string> symbols;
  // SymbolValuesKey(symbols) -> for each statement, what its substitution with those values
  // made (null until a use made it, or when it gave a diagnostic): a use that gives these values
  // finds its statements' substitutions with one look-up, in one vector, instead of one hash
  // look-up (and a cache miss or two) per statement. A memo like StatementMemo::substituted.
  mutable std::unordered_map<std::string, std::vector<std::shared_ptr<const ParsedStatement>>>
      substitutions;
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
  // The same for a lookup that found a member, remembered in the lookup.
  auto Member(SourceManager& sources, const MemberLookup& lookup) -> ErrorOr<const CachedMember*>;
  // Where `member` is (the JCLLIB libraries, then the procedure libraries), remembered for the
  // library options, JCLLIB order and member: the listings it searches are read once, so the
  // answer cannot change. Valid while the cache lives.
  auto Find(const std::string& member, const std::vector<std::string>& jcllib,
            const LibraryOptions& options) -> const MemberLookup&;

 private:
  auto Parse(const SourceManager& sources, FileId file) -> CachedMember;

  std::unordered_map<std::string, std::optional<std::set<std::string>>> listings_;
  std::unordered_map<std::string, std::optional<std::string>> bytes_;
  // The lookups made under one JCLLIB order and one set of library options, by member name.
  struct LookupContext {
    std::vector<std::string> jcllib;
    std::map<std::string, std::string> libraries;
    std::vector<std::string> library_roots;
    std::vector<std::string> procedure_libraries;
    std::unordered_map<std::string, MemberLookup> lookups;
  };
  auto Context(const std::vector<std::string>& jcllib, const LibraryOptions& options)
      -> LookupContext&;

  // Every context met, and the last one used (a job's lookups all share one): a member is then
  // found by its name alone, not by a key spelling out the context each time.
  std::vector<std::unique_ptr<LookupContext>> contexts_;
  LookupContext* last_context_ = nullptr;
  // By the path the member's SourceFile shows.
  std::unordered_map<std::string, CachedMember> members_;
};

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
