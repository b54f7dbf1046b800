// The runtime's version, recorded by remint in every emitted project so a report can tell which
// runtime an emitted program was built against.
#ifndef COBRT_VERSION_H_
#define COBRT_VERSION_H_

#include <string_view>

namespace cobrt {

inline constexpr std::string_view kVersion = "0.1.0";

// The reference implementation whose behaviour the runtime reproduces.
inline constexpr std::string_view kReference = "GnuCOBOL 3.1.2";

}  // namespace cobrt

#endif  // COBRT_VERSION_H_
