// Reading COBOL reference format: fixed form (sequence area, indicator, areas A and B,
// identification area), free form, ">>SOURCE FORMAT" switches, tab expansion, comment and
// debugging lines, continuation lines (including continued alphanumeric literals), CBL/PROCESS
// cards and the listing directives EJECT, SKIP1/2/3 and TITLE.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_REFERENCE_FORMAT_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_REFERENCE_FORMAT_H_

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/cobol/preprocess/logical_text.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol {

struct ReferenceFormatOptions {
  // kAuto detects from the file's first lines, falling back to `fallback_format`.
  ReferenceFormat format = ReferenceFormat::kAuto;
  ReferenceFormat fallback_format = ReferenceFormat::kFixed;
  uint32_t tab_width = 8;
  // CBL/PROCESS cards are recognised only at the start of a compilation unit's main file.
  bool accept_process_cards = false;
  // The compilation unit's variables and open >>IF branches (the reader keeps its own when
  // null).
  class ConditionalCompilation* conditional = nullptr;
};

// Guesses fixed or free form from the first lines of a file.
auto DetectReferenceFormat(const SourceText& text, ReferenceFormat fallback) -> ReferenceFormat;

// Turns one file into program text. Diagnostics are located through `include` (the first COPY
// that brought the file in, for copybooks).
auto ReadReferenceFormat(const SourceFile& file, FileId id, IncludeId include,
                         const ReferenceFormatOptions& options, DiagnosticEmitter& emitter)
    -> LogicalText;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_REFERENCE_FORMAT_H_
