// The legacy build a case is recorded from: a COBOL member compiled by the reference toolchain
// (GnuCOBOL's cobc) with the project's dialect and flags, cached by content so that a program is
// compiled once for every case, and again only when what it is made of changes.
#ifndef REMINT_TRACER_LEGACY_BUILD_H_
#define REMINT_TRACER_LEGACY_BUILD_H_

#include <string>
#include <vector>

#include "base/error_or.h"

namespace remint::tracer {

struct LegacyBuildSpec {
  std::string source;                  // the program's member
  std::vector<std::string> copy_dirs;  // copybook libraries (cobc -I)
  std::string dialect = "ibm";         // cobc -std
  std::vector<std::string> flags;      // more cobc flags, e.g. -O2
  bool subprogram = false;             // a CALLed module (cobc -m) rather than a program (-x)
  std::string cache_dir;               // where builds are kept, one directory per key
  std::string cobc = "cobc";           // a path, or a name looked up in PATH
};

struct LegacyBuild {
  std::string executable;   // the program or module, inside the cache
  std::string key;          // the content hash it is kept under
  bool from_cache = false;  // nothing was compiled
  std::string log;          // cobc's messages when it compiled
};

// The key is the SHA-256 of cobc's version, the dialect and flags, and the member as cobc's
// preprocessor expands it (every copybook's text included), so editing a copybook rebuilds the
// programs that copy it and nothing else. A build is written under a temporary name and renamed
// into place: a killed build leaves no half-written program in the cache.
auto BuildLegacy(const LegacyBuildSpec& spec) -> ErrorOr<LegacyBuild>;

}  // namespace remint::tracer

#endif  // REMINT_TRACER_LEGACY_BUILD_H_
