// The COBOL preprocessor: reference-format reading (fixed and free), COPY with REPLACING,
// REPLACE, and debugging lines. Its output is the text the parser lexes, with a LocationMap that
// takes every character back to its original file, line and column and the COPY chain.
//
// Contract with the parser (frontends/cobol/parse):
// - `text` holds one output line per source line of program text, each ending in '\n'. For fixed
//   format that is columns 8-72 (the sequence area, indicator and identification area are
//   dropped); for free format the whole line.
// - Comment lines ('*', '/' in the indicator, "*>" comments) and debugging lines outside
//   WITH DEBUGGING MODE become empty lines; inline "*>" comments are removed.
// - A continuation line ('-' indicator) is joined to the line it continues, so every token,
//   including a continued alphanumeric literal, is contiguous in `text`.
// - COPY statements (through their terminating period) are replaced by the copied text, with
//   REPLACING applied; REPLACE ... / REPLACE OFF are applied and removed. Compiler-directing
//   statements never reach the parser.
// - CBL/PROCESS cards are removed and their options kept in `compiler_options`; the listing
//   directives EJECT, SKIP1/2/3 and TITLE, and ">>SOURCE FORMAT" lines, become empty lines.
// - Text that replaced other text (REPLACING, REPLACE) maps to the location of the text it
//   replaced; copied text carries the IncludeId of its COPY statement.
// - Tabs are expanded to `tab_width` stops before columns are counted; locations still name the
//   original columns.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_PREPROCESS_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_PREPROCESS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/location_map.h"
#include "base/source_manager.h"

namespace remint::cobol {

enum class ReferenceFormat { kAuto, kFixed, kFree };

struct PreprocessOptions {
  ReferenceFormat format = ReferenceFormat::kAuto;
  // The main file's directory on disk (searched first for its copybooks). Empty: the directory
  // part of its SourceFile path, read relative to the working directory.
  std::string main_file_directory;
  // Copybook libraries, searched in order (after the directory of the including file). An entry
  // LIB=DIR (a library name, '=', a directory) maps `COPY X OF LIB` to DIR instead, as
  // copy_libraries does (so `-I SYSLIB=copy/syslib` and remint.toml's copybooks can map them).
  std::vector<std::string> copy_directories;
  // Library name (COPY x OF LIB) -> directory, names compared ignoring case. A library not
  // listed is looked for as a subdirectory of that name of the search directories; a literal
  // library ("../lib") as a directory relative to them.
  std::vector<std::pair<std::string, std::string>> copy_libraries;
  // Compile debugging lines ('D' indicator) even without WITH DEBUGGING MODE (cobc
  // -fdebugging-line).
  bool debugging_lines = false;
  // Guards against runaway nesting; a chain deeper than this is diagnosed, not followed.
  // (Values above 1000 act as 1000.)
  uint32_t max_copy_depth = 50;
  // Bounds on the whole expansion, so that copybooks that copy each other several times (each
  // level doubling the text) stop with a diagnostic instead of exhausting time and memory. The
  // largest NIST program expands to about 9,000 words through 20 COPY statements; a 500,000-line
  // program to about 5 million words.
  uint64_t max_expanded_words = 8'000'000;
  uint32_t max_copy_expansions = 100'000;
  // Tab stops for tab expansion (GnuCOBOL uses 8).
  uint32_t tab_width = 8;
};

struct ExpandedSource {
  FileId main_file;
  std::string text;
  LocationMap locations;
  std::vector<std::string> compiler_options;  // From CBL / PROCESS cards.
  bool debugging_mode = false;                // SOURCE-COMPUTER ... WITH DEBUGGING MODE seen.
  // Every file brought in by COPY, in first-use order (for dependency tracking).
  std::vector<FileId> copied_files;
  // The expansion hit max_expanded_words or max_copy_expansions (diagnosed): `text` is empty and
  // the program is not parsed, rather than parsed half-expanded into misleading errors.
  bool expansion_stopped = false;
};

// `main_file` must already be loaded into `sources`; copybooks are loaded into it as found.
auto Preprocess(SourceManager& sources, FileId main_file, const PreprocessOptions& options,
                DiagnosticEmitter& emitter) -> ExpandedSource;

// The library a LIB=DIR entry of copy_directories maps, and its directory; nothing for a plain
// directory.
auto LibraryMapping(std::string_view entry) -> std::optional<std::pair<std::string, std::string>>;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_PREPROCESS_H_
