// The parse tree's types, for lowering (frontends/cobol/lower) only: nothing outside
// frontends/cobol may include this header or any other ANTLR header.
#ifndef REMINT_FRONTENDS_COBOL_PARSE_PARSE_TREE_H_
#define REMINT_FRONTENDS_COBOL_PARSE_PARSE_TREE_H_

#include "CobolLexer.h"
#include "CobolParser.h"
#include "antlr4-runtime.h"
#include "frontends/cobol/parse/parse.h"

namespace remint::cobol {

using CobolTokens = grammar::CobolLexer;
using CobolTree = grammar::CobolParser;

// The root of a successfully built tree, or null.
inline auto CompilationUnitOf(const ParsedProgram& program)
    -> grammar::CobolParser::CompilationUnitContext* {
  return static_cast<grammar::CobolParser::CompilationUnitContext*>(program.root());
}

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PARSE_PARSE_TREE_H_
