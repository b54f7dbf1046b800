#include "emitters/report/asset_files.h"
#include "emitters/report/site_pages.h"

namespace remint::report {

void AddAssets(Site& site) {
  for (const emit_cpp::EmbeddedFile& file : AssetFiles()) {
    site["assets/" + std::string(file.path)] = std::string(file.bytes);
  }
}

}  // namespace remint::report
