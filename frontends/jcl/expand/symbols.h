// JCL symbol substitution: &NAME and &NAME. (the period is a delimiter and goes with the symbol),
// at most 8 characters; && outside apostrophes is a temporary dataset name, not a symbol. Inside
// apostrophes only defined symbols are replaced (z/OS leaves any other & string as text); outside,
// an undefined symbol is left as written with a warning.
#ifndef REMINT_FRONTENDS_JCL_EXPAND_SYMBOLS_H_
#define REMINT_FRONTENDS_JCL_EXPAND_SYMBOLS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

using SymbolTable = std::map<std::string, std::string>;

// The symbols in effect in a scope: its own (SET in the job stream; a procedure's defaults, the
// call's values and SETs in its body) over those of an outer scope, which a procedure call
// reads in place instead of copying them for every call.
class SymbolScope {
 public:
  SymbolScope() = default;
  explicit SymbolScope(const SymbolTable& symbols);
  // A scope over `outer`, which must outlive it and not change while it is in use.
  static auto Over(const SymbolScope& outer) -> SymbolScope;

  // The value of `name` (upper case), or null when it is not defined.
  auto Find(std::string_view name) const -> const std::string*;
  void Set(std::string_view name, std::string value);
  // Every symbol of `symbols`' own set here (a procedure's defaults, computed once).
  void SetAll(const SymbolScope& symbols);

  // Names the symbol values this scope gives: equal generations give equal values (a copy of a
  // scope keeps its generation; a new scope or any change makes one never given before on this
  // thread). The outer scope is not counted: it does not change while in use, as Over() asks.
  auto generation() const -> uint64_t { return generation_; }

 private:
  struct Entry {
    uint64_t head;  // Head(name)
    std::string name;
    std::string value;
  };
  // The first 8 characters of a name as one number (zero-padded): a symbol's name has at most 8,
  // so finding one compares numbers, not strings.
  static auto Head(std::string_view name) -> uint64_t;
  // Where `name` is in `own_`, or would go (ordered by head, then name).
  auto Position(uint64_t head, std::string_view name) const -> std::vector<Entry>::const_iterator;
  static auto Is(const Entry& entry, uint64_t head, std::string_view name) -> bool;
  static auto NextGeneration() -> uint64_t;

  // A scope holds a few symbols: a sorted vector, searched without a node per symbol.
  std::vector<Entry> own_;
  const SymbolScope* outer_ = nullptr;
  uint64_t generation_ = NextGeneration();
};

// Replaces the symbols in `statement.operands` (and its IF condition text), keeping the segment
// map pointing at the original columns (a substituted value maps to its reference).
void SubstituteSymbols(Statement& statement, const SymbolTable& symbols,
                       DiagnosticEmitter& emitter);
// The same with the symbols of a scope (what expansion uses).
void SubstituteScopeSymbols(Statement& statement, const SymbolScope& symbols,
                            DiagnosticEmitter& emitter);

// A symbol's substitution text from its value as coded on SET, PROC or EXEC: enclosing
// apostrophes dropped, doubled apostrophes made single; outside apostrophes && becomes &.
auto SymbolValue(const std::string& coded) -> std::string;

// The symbols `operands` names, upper case, each once, in the order SubstituteSymbols meets
// them: what its substitution depends on.
auto SymbolReferences(const std::string& operands) -> std::vector<std::string>;

// Writes the values of `names` in `symbols` to `key` (length-prefixed, so distinct values give
// distinct keys); false when one of them is undefined.
auto SymbolValuesKey(const std::vector<std::string>& names, const SymbolScope& symbols,
                     std::string& key) -> bool;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_SYMBOLS_H_
