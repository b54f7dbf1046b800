// Helpers for JCL front-end tests: read or expand JCL text held in memory or in a scratch folder,
// and render the diagnostics as a golden file shows them.
#ifndef REMINT_TESTS_JCL_JCL_FIXTURE_H_
#define REMINT_TESTS_JCL_JCL_FIXTURE_H_

#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/parse/parse_member.h"

namespace remint::jcl::testing {

struct ParseResult {
  std::vector<ParsedStatement> statements;
  std::vector<Diagnostic> diagnostics;
  auto codes() const -> std::vector<std::string>;
};

// Parses `text` as a member named "test.jcl" (no expansion).
auto ParseText(const std::string& text) -> ParseResult;

struct ExpandResult {
  std::string listing;  // Every job's listing, paths relative to the base directory.
  std::string ir;       // The jobs lowered, as `remint ir` prints them (paths relative too).
  std::vector<Diagnostic> diagnostics;
  std::vector<ExpandedJob> jobs;
  auto codes() const -> std::vector<std::string>;
  // Listing, then "--- diagnostics", then each diagnostic on a line (paths relative).
  auto Golden() const -> std::string;
  std::string base;
};

// Expands `member` (a path below `base`); paths in the output are shown relative to `base`.
auto ExpandFile(const std::string& base, const std::string& member, LibraryOptions options)
    -> ExpandResult;

// Writes `files` (relative path -> text) into a fresh scratch folder and returns it.
auto WriteFiles(const std::string& name,
                const std::vector<std::pair<std::string, std::string>>& files) -> std::string;

}  // namespace remint::jcl::testing

#endif  // REMINT_TESTS_JCL_JCL_FIXTURE_H_
