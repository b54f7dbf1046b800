// The site's stylesheet and script (emitters/report/assets/), built into remint so a report
// needs nothing from the source tree.
#ifndef REMINT_EMITTERS_REPORT_ASSET_FILES_H_
#define REMINT_EMITTERS_REPORT_ASSET_FILES_H_

#include <span>

#include "emitters/cpp/runtime_files.h"

namespace remint::report {

// Sorted by path (relative to assets/).
auto AssetFiles() -> std::span<const emit_cpp::EmbeddedFile>;

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_ASSET_FILES_H_
