// COBOL lowering: a parse tree (ParsedProgram) -> ir::Module, through ir::Builder.
//
// Each program (nested ones included) becomes a unit; its data division becomes storage blocks
// laid out byte for byte as cobc lays them out (ir/storage_size.h), its procedure division
// paragraphs and statements. Problems are diagnostics (RM23xx); a statement family not lowered
// yet is reported (RM2301) rather than dropped silently. This header is ANTLR-free.
#ifndef REMINT_FRONTENDS_COBOL_LOWER_LOWER_H_
#define REMINT_FRONTENDS_COBOL_LOWER_LOWER_H_

#include <cstdint>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/cobol/parse/parse.h"
#include "ir/module.h"
#include "ir/storage_size.h"

namespace remint::cobol {

// The dialect the program is compiled for; it decides storage sizes that differ between
// compilers (cobc -std=ibm vs -std=cobol85).
enum class CobolDialect : uint8_t {
  kCobol85,  // binary items 1-2-4-8 bytes
  kIbm,      // binary items 2-4-8 bytes (IBM Enterprise COBOL)
};

struct LowerOptions {
  CobolDialect dialect = CobolDialect::kCobol85;
};

// The storage-size rules of a dialect.
auto StorageSizeOptionsFor(CobolDialect dialect) -> ir::StorageSizeOptions;

// Lowers every program of the compilation unit into a new module (source paths imported from
// `sources`). A program the parser refused (no tree) gives an empty module. Never throws.
auto LowerCobol(const ParsedProgram& program, const SourceManager& sources,
                DiagnosticEmitter& emitter, const LowerOptions& options = {}) -> ir::Module;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_LOWER_LOWER_H_
