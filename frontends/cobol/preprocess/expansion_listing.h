// A readable, deterministic listing of an expansion: each output line, then where its pieces
// come from (file:line:column and the COPY chain). Used by golden tests and `--dump` output.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_EXPANSION_LISTING_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_EXPANSION_LISTING_H_

#include <string>

#include "base/source_manager.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol {

// A location with its include chain: "copy/K1W01:1:12 < SM101A.CBL:80:63".
auto DescribeLocation(const SourceManager& sources, SourceLoc loc) -> std::string;

// Lines like
//   "   3 |       77  RCD-1   PICTURE 9(5)."
//   "     | @8 main.cbl:3:8  @21 copy/K1W01:1:12 < main.cbl:3:21"
// where "@column" is the column in the expanded line where a piece from that place starts.
// Empty lines are listed without a second line.
auto DescribeExpansion(const SourceManager& sources, const ExpandedSource& expanded) -> std::string;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_EXPANSION_LISTING_H_
