// JCL symbol substitution: &NAME and &NAME. (the period is a delimiter and goes with the symbol),
// at most 8 characters; && outside apostrophes is a temporary dataset name, not a symbol. Inside
// apostrophes only defined symbols are replaced (z/OS leaves any other & string as text); outside,
// an undefined symbol is left as written with a warning.
#ifndef REMINT_FRONTENDS_JCL_EXPAND_SYMBOLS_H_
#define REMINT_FRONTENDS_JCL_EXPAND_SYMBOLS_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

using SymbolTable = std::map<std::string, std::string>;

// Replaces the symbols in `statement.operands` (and its IF condition text), keeping the segment
// map pointing at the original columns (a substituted value maps to its reference).
void SubstituteSymbols(Statement& statement, const SymbolTable& symbols,
                       DiagnosticEmitter& emitter);

// A symbol's substitution text from its value as coded on SET, PROC or EXEC: enclosing
// apostrophes dropped, doubled apostrophes made single; outside apostrophes && becomes &.
auto SymbolValue(const std::string& coded) -> std::string;

// The symbols `operands` names, upper case, each once, in the order SubstituteSymbols meets
// them: what its substitution depends on.
auto SymbolReferences(const std::string& operands) -> std::vector<std::string>;

// Writes the values of `names` in `symbols` to `key` (length-prefixed, so distinct values give
// distinct keys); false when one of them is undefined.
auto SymbolValuesKey(const std::vector<std::string>& names, const SymbolTable& symbols,
                     std::string& key) -> bool;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_SYMBOLS_H_
