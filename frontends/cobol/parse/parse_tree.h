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

// The ANTLR-typed view of a ParsedProgram: the tree, its tokens, and the text and original
// location of each. Only lowering (frontends/cobol/lower) uses it; it never leaves
// frontends/cobol, so the IR and everything after it know nothing of ANTLR.
class ParseTree {
 public:
  explicit ParseTree(const ParsedProgram& program) : program_(&program) {}

  auto program() const -> const ParsedProgram& { return *program_; }
  auto statistics() const -> const ParseStatistics& { return program_->statistics(); }
  // The root, or null when ParsedProgram::has_tree() is false.
  auto root() const -> grammar::CobolParser::CompilationUnitContext*;
  auto parser() const -> grammar::CobolParser*;
  auto tokens() const -> antlr4::TokenStream*;

  auto TextOf(const antlr4::Token* token) const -> std::string_view;
  // From the first character of the context's first token to the last of its last token.
  auto TextOf(antlr4::ParserRuleContext* context) const -> std::string_view;
  // Original location (file, line, column, COPY chain) of a token or a context's first token.
  // (Token::getLine()/getCharPositionInLine() are not maintained: use these.)
  auto LocationOf(const antlr4::Token* token) const -> SourceLoc;
  auto LocationOf(antlr4::ParserRuleContext* context) const -> SourceLoc;

 private:
  const ParsedProgram* program_;
};

// The root of a successfully built tree, or null.
inline auto CompilationUnitOf(const ParsedProgram& program)
    -> grammar::CobolParser::CompilationUnitContext* {
  return ParseTree(program).root();
}

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PARSE_PARSE_TREE_H_
