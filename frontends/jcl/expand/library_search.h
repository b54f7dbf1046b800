// Finding INCLUDE and PROC members: the job's JCLLIB ORDER libraries first, then the default
// procedure libraries. A library is a directory: named in LibraryOptions::libraries, or a
// folder of that name under a library root (as a dump lays out BANK.PROD.PROCLIB/).
#ifndef REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
#define REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_

#include <optional>
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

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_LIBRARY_SEARCH_H_
