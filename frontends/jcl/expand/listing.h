// The text `remint jcl expand` prints: each statement of an expanded job as JCL (operands
// wrapped at commas into continuation cards), marked as JES marks a listing (// job stream,
// XX cataloged procedure, ++ in-stream procedure, X/ overridden procedure statement), with the
// original member and line of every card after column 72 and the INCLUDE / PROC chain that
// brought it in.
#ifndef REMINT_FRONTENDS_JCL_EXPAND_LISTING_H_
#define REMINT_FRONTENDS_JCL_EXPAND_LISTING_H_

#include <string>

#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"

namespace remint::jcl {

auto FormatExpandedJob(const ExpandedJob& job, const SourceManager& sources) -> std::string;

// "member:line", then " < member:line" for each INCLUDE or PROC call that brought it in.
auto FormatOrigin(SourceLoc loc, const SourceManager& sources) -> std::string;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_LISTING_H_
