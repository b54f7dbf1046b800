// Helpers for the parser tests: preprocess and parse a program held in a string, and collect
// its diagnostics.
#ifndef REMINT_TESTS_COBOL_PARSE_PARSE_TEST_SUPPORT_H_
#define REMINT_TESTS_COBOL_PARSE_PARSE_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/source_manager.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol::testing {

struct ParseResult {
  std::unique_ptr<SourceManager> sources;
  std::unique_ptr<ParsedProgram> program;
  std::vector<Diagnostic> diagnostics;  // Preprocessor and parser, sorted.

  auto error_count() const -> size_t;
  // The codes of every diagnostic, in order, e.g. {"RM2201", "RM2201"}.
  auto codes() const -> std::vector<std::string>;
  // "line:column: message" of every diagnostic, one per line, for failure output.
  auto messages() const -> std::string;
  // The parse tree in LISP form (rule names and token texts), for shape checks.
  auto tree() const -> std::string;
};

// One node of the parse tree, read back from its LISP form (tests must not see ANTLR types): a
// rule with children, or a token (empty `rule`).
struct TreeNode {
  std::string rule;
  std::string token;
  std::vector<TreeNode> children;

  auto is_token() const -> bool { return rule.empty(); }
};

// The parse tree of a program without syntax errors. Fails the current test (and returns an
// empty node) if the LISP form cannot be read back.
auto ReadTree(const ParseResult& result) -> TreeNode;

// The compact shape of a subtree, for readable expectations: a token is its text; a rule with
// one child is that child's shape, unless it is a statement rule (xxxStatement); any other rule
// is "(rule child child ...)". So (identifier (userWord A)) is "A", the `statement` wrapper and
// a `statements` list of one statement disappear, and
// "ADD A TO B GIVING C ROUNDED" is "(addStatement ADD A TO B GIVING (arithmeticTarget C ROUNDED))".
auto Shape(const TreeNode& node) -> std::string;

// Whether `shape` matches `pattern`, in which "..." stands for any text (possibly none) and the
// rest must match exactly, start to end: "(ifStatement IF A ... END-IF)".
auto ShapeMatches(std::string_view shape, std::string_view pattern) -> bool;

// Every node of `rule` in the tree, in source order, outermost first.
auto FindAll(const TreeNode& root, const std::string& rule) -> std::vector<const TreeNode*>;

// The shape of every node of `rule` in the result's tree, in source order.
auto Shapes(const ParseResult& result, const std::string& rule) -> std::vector<std::string>;

// The shape of every statement of the procedure division's sentences (statements nested in
// other statements are part of their shape, not listed on their own), in source order.
auto StatementShapes(const ParseResult& result) -> std::vector<std::string>;

// Free-format source text, preprocessed and parsed.
auto ParseFreeFormat(const std::string& source, const ParseOptions& options = {}) -> ParseResult;

// A whole program around `procedure_text` (free format): identification division, a working-
// storage section holding `data_text`, and the procedure division.
auto ParseProcedure(const std::string& procedure_text, const std::string& data_text = "",
                    const ParseOptions& options = {}) -> ParseResult;

// A file from disk (fixed format unless the preprocessor detects otherwise).
auto ParseFile(const std::string& path, const std::vector<std::string>& copy_directories,
               const ParseOptions& options = {}) -> ParseResult;

}  // namespace remint::cobol::testing

#endif  // REMINT_TESTS_COBOL_PARSE_PARSE_TEST_SUPPORT_H_
