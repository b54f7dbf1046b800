// Renders a scan's inventory: a summary table (and member list) for people, JSON for machines.
// Everything here is a pure function of the stored inventory, so output is deterministic.
#ifndef REMINT_CLI_SCAN_REPORT_H_
#define REMINT_CLI_SCAN_REPORT_H_

#include <cstdint>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "store/project_store.h"

namespace remint::cli {

// What this run did, as opposed to what the inventory holds.
struct ScanRunCounts {
  int64_t added = 0;
  int64_t changed = 0;  // Read again and its SHA-256 differs (or it could not be read).
  // Read again only because the code page or the analyzer changed: same SHA-256.
  int64_t reanalyzed = 0;
  // Not read again (key, size and mtime as stored), or read again with the stored SHA-256.
  int64_t unchanged = 0;
  int64_t removed = 0;
  int64_t read = 0;       // Members actually read this run.
};

auto RenderScanText(const std::string& root_label, std::span<const store::SourceRecord> members,
                    const ScanRunCounts& counts, bool list_members, bool show_dependencies)
    -> std::string;

auto RenderScanJson(const std::string& root_label, std::span<const store::SourceRecord> members,
                    const ScanRunCounts& counts) -> nlohmann::ordered_json;

}  // namespace remint::cli

#endif  // REMINT_CLI_SCAN_REPORT_H_
