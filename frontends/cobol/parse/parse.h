// The COBOL parser: ExpandedSource (the preprocessor's output) -> ANTLR parse tree.
//
// Parsing runs in two stages: SLL prediction with a bail-out error strategy first (fast, and
// enough for every valid program the grammar was designed for), and only if that fails a rewind
// and a full LL parse with error recovery, which reports located diagnostics (one per sentence,
// not a cascade). Nesting deeper than ParseOptions allows is diagnosed before parsing, and the
// parse itself runs on a thread with a large stack, so hostile input cannot overflow the stack.
//
// This header is ANTLR-free: nothing here names an ANTLR type. The tree itself is reached
// through ParseTree (parse_tree.h), which only code under frontends/cobol (lowering) may include.
#ifndef REMINT_FRONTENDS_COBOL_PARSE_PARSE_H_
#define REMINT_FRONTENDS_COBOL_PARSE_PARSE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#include <string_view>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/location_map.h"
#include "base/source_manager.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol {

struct ParseOptions {
  // Statements nested in statements (IF in IF, AT END phrases, inline PERFORM...) and
  // parentheses nested in expressions, per sentence. Real programs stay under 50.
  uint32_t max_nesting_depth = 500;
  // Binary operators in one expression or condition (each deepens the left-deep tree by one).
  // Real conditions list at most a few hundred alternatives ("A = 1 OR 2 OR ...").
  uint32_t max_operator_chain = 5000;
  // Stop reporting syntax errors after this many (a wrong dialect can make every line wrong).
  uint32_t max_syntax_errors = 100;
  // Tests only: skip the SLL stage, to check that both stages agree.
  bool force_ll = false;
};

struct ParseStatistics {
  uint64_t token_count = 0;
  uint32_t syntax_errors = 0;
  // The SLL stage failed and the LL stage ran (for a valid program: a grammar weakness).
  bool sll_failed = false;
  // The nesting or operator-chain guard refused the program; there is no tree.
  bool nesting_refused = false;
};

// Owns everything the parse tree points into: the text, the token stream, the parser and the
// tree. Movable only as a unique_ptr.
class ParsedProgram {
 public:
  ~ParsedProgram();
  ParsedProgram(const ParsedProgram&) = delete;
  auto operator=(const ParsedProgram&) -> ParsedProgram& = delete;

  // Whether there is a tree: false when the nesting guard refused the program or the parser
  // failed internally. After syntax errors the tree exists but contains error nodes.
  auto has_tree() const -> bool;
  auto statistics() const -> const ParseStatistics& { return statistics_; }

  // The tree in LISP form, "(compilationUnit (program ...))", for tests and debugging.
  auto TreeText() const -> std::string;

  // The expanded text the tokens index into (byte offsets, even for non-ASCII text).
  auto text() const -> std::string_view { return text_; }
  // The text of every token on the default channel, in order (for `remint parse --tokens` and
  // tests, which must not see ANTLR types).
  auto TokenTexts() const -> std::vector<std::string_view>;
  auto LocationOfOffset(uint32_t expanded_offset) const -> SourceLoc {
    return locations_.Lookup(expanded_offset);
  }

 private:
  friend class ParsedProgramBuilder;
  friend class ParseTree;  // The ANTLR-typed view (parse_tree.h).
  struct Machinery;        // ANTLR objects and the tree's root, defined in parse.cpp.

  ParsedProgram(std::string text, LocationMap locations);

  std::string text_;
  LocationMap locations_;
  std::unique_ptr<Machinery> machinery_;
  ParseStatistics statistics_;
};

// `sources` holds the files `source.locations` refers to (diagnostics resolve through
// `emitter`, which must use the same SourceManager). Never throws; problems are diagnostics.
auto ParseCobol(const ExpandedSource& source, const SourceManager& sources,
                DiagnosticEmitter& emitter, const ParseOptions& options = {})
    -> std::unique_ptr<ParsedProgram>;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PARSE_PARSE_H_
