// The inventory of one member: encoding, record layout, kind and dependencies, plus the
// diagnostics found on the way. This is the per-member unit of work of `remint scan`.
#ifndef REMINT_FRONTENDS_INVENTORY_ANALYZE_MEMBER_H_
#define REMINT_FRONTENDS_INVENTORY_ANALYZE_MEMBER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/source_text.h"
#include "frontends/inventory/dependencies.h"
#include "frontends/inventory/member_kind.h"

namespace remint::inventory {

struct MemberAnalysis {
  std::string sha256;
  Encoding encoding = Encoding::kBinary;
  std::string code_page;  // For EBCDIC members.
  RecordLayout layout;
  uint64_t line_count = 0;  // Text lines, or records of a binary member.
  Classification classification;
  std::vector<Dependency> dependencies;
  std::vector<Diagnostic> diagnostics;
};

struct AnalyzeOptions {
  std::string code_page = "IBM037";
  // Members larger than this are hashed in full but classified from a prefix only.
  uint64_t max_member_bytes = uint64_t{100} << 20;
  uint64_t oversize_sample_bytes = uint64_t{1} << 20;
};

// Analyzes a member whose bytes are all in memory. `display_path` labels diagnostics.
auto AnalyzeMemberBytes(std::string bytes, const std::string& display_path,
                        const AnalyzeOptions& options) -> MemberAnalysis;

// Reads and analyzes a member from disk, streaming members over the size limit. Read errors
// become diagnostics on the result (kind unknown).
auto AnalyzeMemberFile(const std::string& filesystem_path, const std::string& display_path,
                       const AnalyzeOptions& options) -> MemberAnalysis;

}  // namespace remint::inventory

#endif  // REMINT_FRONTENDS_INVENTORY_ANALYZE_MEMBER_H_
