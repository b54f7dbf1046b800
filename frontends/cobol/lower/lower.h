// COBOL lowering: a parse tree (ParsedProgram) -> ir::Module, through ir::Builder.
//
// Each program (nested ones included) becomes a unit; its data division becomes storage blocks
// laid out byte for byte as cobc lays them out (ir/storage_size.h), its procedure division
// paragraphs and statements. Problems are diagnostics (RM23xx); a statement family not lowered
// yet is reported (RM2301) rather than dropped silently. This header is ANTLR-free.
#ifndef REMINT_FRONTENDS_COBOL_LOWER_LOWER_H_
#define REMINT_FRONTENDS_COBOL_LOWER_LOWER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/cobol/parse/parse.h"
#include "ir/module.h"
#include "ir/storage_size.h"

namespace remint::cobol {

// The dialect the program is compiled for, named as cobc's -std names it. It decides storage
// sizes that differ between compilers, and which constructs a program may use: one the
// dialect does not have (cobc -std=<name> rejects it) is RM2380 (dialect_features.h).
enum class CobolDialect : uint8_t {
  kDefault,    // GnuCOBOL with its extensions; binary items 1-2-4-8 bytes
  kCobol85,    // ISO 1985 with the 1989 amendments; binary items 1-2-4-8 bytes
  kCobol2002,  // ISO 2002
  kCobol2014,  // ISO 2014
  kIbm,        // IBM Enterprise COBOL; binary items 2-4-8 bytes
  kMf,         // Micro Focus; binary items in the fewest bytes that hold the digits
};

// "default", "cobol85", "cobol2002", "cobol2014", "ibm", "mf": cobc's -std value.
auto DialectName(CobolDialect dialect) -> std::string_view;
auto DialectFromName(std::string_view name) -> std::optional<CobolDialect>;
// Every dialect's name, in the order cobc documents them (for --dialect's choices).
auto DialectNames() -> std::vector<std::string>;

struct LowerOptions {
  CobolDialect dialect = CobolDialect::kDefault;
};

// The storage-size rules of a dialect.
auto StorageSizeOptionsFor(CobolDialect dialect) -> ir::StorageSizeOptions;

// Lowers every program of the compilation unit into a new module (source paths imported from
// `sources`). A program the parser refused (no tree) gives an empty module. Never throws.
auto LowerCobol(const ParsedProgram& program, const SourceManager& sources,
                DiagnosticEmitter& emitter, const LowerOptions& options = {}) -> ir::Module;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_LOWER_LOWER_H_
