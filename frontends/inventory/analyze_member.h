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

// The version of what this library computes for a member. Bump it in every change that can
// alter a MemberAnalysis for the same bytes and options: classification rules and reasons,
// encoding or record-format detection (including the base/ decoding it relies on), dependency
// extraction, diagnostics and their wording. `remint scan` records it in each stored member's
// analysis key and analyses again every member another version analysed; a forgotten bump
// leaves existing project databases reporting the old results.
inline constexpr int kAnalyzerVersion = 1;

// Everything besides the member's bytes that decides its MemberAnalysis. Each field must be
// part of AnalysisKey, or a rescan with it changed reuses results computed without it.
struct AnalyzeOptions {
  // Not read by the analysis: it names which analyzer produced a result (AnalysisKey). Tests
  // set it to stand in for another remint release.
  int analyzer_version = kAnalyzerVersion;
  std::string code_page = "IBM037";
  // Members larger than this are hashed in full but classified from a prefix only.
  uint64_t max_member_bytes = uint64_t{100} << 20;
  uint64_t oversize_sample_bytes = uint64_t{1} << 20;
};

// The options as a string, e.g. "analyzer=1;code-page=IBM037;...": equal keys and equal bytes
// give equal analyses, so a stored result can be reused only while its key is the current one.
// Code page spellings that name the same code page give the same key.
auto AnalysisKey(const AnalyzeOptions& options) -> std::string;

// Analyzes a member whose bytes are all in memory. `display_path` labels diagnostics.
auto AnalyzeMemberBytes(std::string bytes, const std::string& display_path,
                        const AnalyzeOptions& options) -> MemberAnalysis;

// Reads and analyzes a member from disk, streaming members over the size limit. Read errors
// become diagnostics on the result (kind unknown).
auto AnalyzeMemberFile(const std::string& filesystem_path, const std::string& display_path,
                       const AnalyzeOptions& options) -> MemberAnalysis;

}  // namespace remint::inventory

#endif  // REMINT_FRONTENDS_INVENTORY_ANALYZE_MEMBER_H_
