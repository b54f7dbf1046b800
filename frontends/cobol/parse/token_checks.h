// Checks on the whole token stream before parsing: lexical errors (diagnosed once here and
// neutralised so the parser does not cascade on them) and the nesting guard.
#ifndef REMINT_FRONTENDS_COBOL_PARSE_TOKEN_CHECKS_H_
#define REMINT_FRONTENDS_COBOL_PARSE_TOKEN_CHECKS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "antlr4-runtime.h"

namespace remint::cobol {

enum class LexicalProblem { kUnterminatedLiteral, kInvalidCharacter };

// Reports each unterminated literal and each run of invalid characters once, then retypes the
// former as an ordinary literal and hides the latter from the parser.
void NeutraliseLexicalErrors(
    const std::vector<antlr4::Token*>& tokens,
    const std::function<void(LexicalProblem, const antlr4::Token&)>& report);

// Lexical decisions that need context the lexer does not have:
// - with DECIMAL-POINT IS COMMA, "3,14" (integer, comma, integer, adjacent) is one
//   DECIMAL_LITERAL;
// - a picture string keeps the periods and commas that are not separators: those followed by
//   another character ("PIC 9(5).." and "PIC 9,9,." keep their last period or comma);
// - a sign against the digits of a number, after a space, comma or "(", is that literal's sign
//   ("-2" in "MAX(5, -2)"), as in cobc; elsewhere "-" is an operator;
// - a "(" after a comma or semicolon is SEPARATED_LPAREN: a parenthesised operand, never the
//   subscripts of the name before the separator.
// Merged tokens keep the first token's start and the last one's stop; the rest are hidden.
void ApplyContextualLexing(const std::vector<antlr4::Token*>& tokens);

struct NestingMeasure {
  uint32_t depth = 0;
  // The token at which `depth` was first reached.
  const antlr4::Token* deepest = nullptr;
  // Binary operators (+ - * / ** AND OR) in one expression or condition: each one is a level of
  // the (left-deep) tree that lowering walks.
  uint32_t operator_chain = 0;
  const antlr4::Token* longest_chain_end = nullptr;
};

// An upper estimate of how deeply the parser will recurse: statements nested in statements and
// parentheses (and NOT chains) in expressions, counted per sentence; and the longest operator
// chain. Stops counting once either limit is exceeded.
auto MeasureNesting(const std::vector<antlr4::Token*>& tokens, uint32_t depth_limit,
                    uint32_t chain_limit) -> NestingMeasure;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PARSE_TOKEN_CHECKS_H_
