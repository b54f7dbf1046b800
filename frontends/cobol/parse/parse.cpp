#include "frontends/cobol/parse/parse.h"

#include <exception>
#include <functional>
#include <string>
#include <utility>

#include "CobolLexer.h"
#include "CobolParser.h"
#include "antlr4-runtime.h"
#include "base/fault_injection.h"
#include "base/large_stack.h"
#include "frontends/cobol/parse/comment_entries.h"
#include "frontends/cobol/parse/parse_tree.h"
#include "frontends/cobol/parse/syntax_error_reporter.h"
#include "frontends/cobol/parse/token_checks.h"

namespace remint::cobol {
namespace {

// The parse runs on its own thread with this stack: ANTLR's recursive descent uses a few
// hundred bytes per rule level, and the nesting guard bounds the levels well below this.
constexpr size_t kParseStackBytes = size_t{256} << 20;
// Up to this nesting the parse runs on the caller's stack: a few hundred bytes per rule level
// and a handful of rule levels per nesting level stay far below any thread's stack.
constexpr uint32_t kInlineParseDepth = 48;

// A char stream over bytes, one symbol per byte, so that token start/stop indexes are byte
// offsets into the ExpandedSource text (ANTLRInputStream decodes UTF-8, which would shift
// every index after a non-ASCII character). COBOL tokens outside literals are ASCII.
class ByteInputStream : public antlr4::ANTLRInputStream {
 public:
  explicit ByteInputStream(std::string_view bytes) {
    _data.reserve(bytes.size());
    for (char byte : bytes) _data.push_back(static_cast<unsigned char>(byte));
    p = 0;
  }
};

// The generated lexer, minus the cost of whitespace: the 4.9 runtime looks every character up in
// a hash map of DFA edges under a lock, and fixed-format text is half spaces. Runs of separator
// whitespace between tokens are consumed here directly. The runtime's own line/column counters
// then drift, which nothing uses: locations come from byte offsets through the LocationMap.
class CobolTokenizer : public grammar::CobolLexer {
 public:
  using CobolLexer::CobolLexer;

  auto nextToken() -> std::unique_ptr<antlr4::Token> override {
    while (true) {
      size_t next = _input->LA(1);
      if (next != ' ' && next != '\n' && next != '\t' && next != '\r' && next != '\f') break;
      _input->consume();
    }
    return CobolLexer::nextToken();
  }
};

// Whether the text is fixed format, where each line of `text` starts at column 8 (Area A):
// the first program text then maps to column 8 or later. Free-format headers start earlier.
auto UsesFixedFormatAreas(const ExpandedSource& source) -> bool {
  size_t first = source.text.find_first_not_of(" \t\n");
  if (first == std::string::npos) return false;
  size_t line_begin = source.text.rfind('\n', first);
  line_begin = line_begin == std::string::npos ? 0 : line_begin + 1;
  SourceLoc line_start = source.locations.Lookup(static_cast<uint32_t>(line_begin));
  return line_start.column >= 8;
}

}  // namespace

struct ParsedProgram::Machinery {
  explicit Machinery(std::string_view text)
      : input(text), lexer(&input), tokens(&lexer), parser(&tokens) {}

  ByteInputStream input;
  CobolTokenizer lexer;
  antlr4::CommonTokenStream tokens;
  grammar::CobolParser parser;
  antlr4::ParserRuleContext* root = nullptr;
};

ParsedProgram::ParsedProgram(std::string text, LocationMap locations)
    : text_(std::move(text)), locations_(std::move(locations)) {}

ParsedProgram::~ParsedProgram() = default;

auto ParsedProgram::has_tree() const -> bool {
  return machinery_ != nullptr && machinery_->root != nullptr;
}

auto ParsedProgram::TreeText() const -> std::string {
  return has_tree() ? machinery_->root->toStringTree(&machinery_->parser) : std::string();
}

auto ParsedProgram::TokenTexts() const -> std::vector<std::string_view> {
  std::vector<std::string_view> texts;
  if (machinery_ == nullptr) return texts;
  ParseTree tree(*this);
  antlr4::TokenStream* stream = tree.tokens();
  for (size_t i = 0; i < stream->size(); ++i) {
    const antlr4::Token* token = stream->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    if (token->getType() == antlr4::Token::EOF) break;
    texts.push_back(tree.TextOf(token));
  }
  return texts;
}

auto ParseTree::root() const -> grammar::CobolParser::CompilationUnitContext* {
  if (!program_->has_tree()) return nullptr;
  return static_cast<grammar::CobolParser::CompilationUnitContext*>(program_->machinery_->root);
}

auto ParseTree::parser() const -> grammar::CobolParser* {
  return program_->machinery_ ? &program_->machinery_->parser : nullptr;
}

auto ParseTree::tokens() const -> antlr4::TokenStream* {
  return program_->machinery_ ? &program_->machinery_->tokens : nullptr;
}

auto ParseTree::TextOf(const antlr4::Token* token) const -> std::string_view {
  std::string_view text = program_->text();
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return {};
  size_t start = token->getStartIndex();
  size_t stop = token->getStopIndex();
  if (start >= text.size() || stop < start) return {};
  return text.substr(start, stop - start + 1);
}

auto ParseTree::TextOf(antlr4::ParserRuleContext* context) const -> std::string_view {
  std::string_view text = program_->text();
  if (context == nullptr || context->getStart() == nullptr || context->getStop() == nullptr) {
    return {};
  }
  size_t start = context->getStart()->getStartIndex();
  size_t stop = context->getStop()->getStopIndex();
  if (start >= text.size() || stop < start || stop >= text.size()) return {};
  return text.substr(start, stop - start + 1);
}

auto ParseTree::LocationOf(const antlr4::Token* token) const -> SourceLoc {
  if (token == nullptr) return {};
  std::string_view text = program_->text();
  size_t offset = token->getType() == antlr4::Token::EOF ? text.size() : token->getStartIndex();
  if (offset >= text.size()) offset = text.empty() ? 0 : text.size() - 1;
  return program_->LocationOfOffset(static_cast<uint32_t>(offset));
}

auto ParseTree::LocationOf(antlr4::ParserRuleContext* context) const -> SourceLoc {
  return context == nullptr ? SourceLoc{} : LocationOf(context->getStart());
}

// Builds a ParsedProgram; a class so that it can reach ParsedProgram's private parts.
class ParsedProgramBuilder {
 public:
  static auto Parse(const ExpandedSource& source, DiagnosticEmitter& emitter,
                    const ParseOptions& options) -> std::unique_ptr<ParsedProgram>;

 private:
  // Returns the nesting depth measured on the tokens.
  static auto LexAndCheck(ParsedProgram& program, DiagnosticEmitter& emitter,
                          const ParseOptions& options) -> uint32_t;
  static void ParseInTwoStages(ParsedProgram& program, DiagnosticEmitter& emitter,
                               const ParseOptions& options);
};

auto ParsedProgramBuilder::Parse(const ExpandedSource& source, DiagnosticEmitter& emitter,
                                 const ParseOptions& options) -> std::unique_ptr<ParsedProgram> {
  std::unique_ptr<ParsedProgram> program(new ParsedProgram(source.text, source.locations));
  // The preprocessor stopped (and said why): parsing what it left would only add noise.
  if (source.expansion_stopped) return program;
  // The lexer reads a copy whose comment entries are blank; offsets are the same.
  std::string lexed_text = source.text;
  BlankCommentEntries(lexed_text, UsesFixedFormatAreas(source));
  program->machinery_ = std::make_unique<ParsedProgram::Machinery>(lexed_text);
  auto& machinery = *program->machinery_;
  machinery.lexer.removeErrorListeners();
  machinery.parser.removeErrorListeners();

  std::string internal_error;
  auto guarded = [&](const std::function<void()>& step) {
    try {
      step();
    } catch (const std::exception& error) {
      // ANTLR reports through exceptions internally; none may cross the library boundary.
      internal_error = error.what();
      program->machinery_->root = nullptr;
    }
  };
  uint32_t depth = 0;
  guarded([&] {
    if (FaultInjected("cobol-parse")) throw std::runtime_error("injected fault");
    depth = LexAndCheck(*program, emitter, options);
  });
  if (internal_error.empty() && !program->statistics_.nesting_refused) {
    auto parse = [&] { guarded([&] { ParseInTwoStages(*program, emitter, options); }); };
    // Shallow programs (all of NIST) parse on the caller's stack: a thread costs little, but
    // memory allocated on it and freed on the caller's thread costs malloc consolidation.
    if (depth <= kInlineParseDepth) {
      parse();
    } else {
      RunWithLargeStack(parse, kParseStackBytes);
    }
  }
  if (!internal_error.empty()) {
    emitter.Emit(DiagnosticKind::kCobolParseInternalError, source.locations.Lookup(0),
                 internal_error);
  }
  return program;
}

auto ParsedProgramBuilder::LexAndCheck(ParsedProgram& program, DiagnosticEmitter& emitter,
                                       const ParseOptions& options) -> uint32_t {
  auto& tokens = program.machinery_->tokens;
  tokens.fill();
  const std::vector<antlr4::Token*>& all_tokens = tokens.getTokens();
  program.statistics_.token_count = all_tokens.size();
  NeutraliseLexicalErrors(all_tokens, [&](LexicalProblem problem, const antlr4::Token& token) {
    SourceLoc loc = ParseTree(program).LocationOf(&token);
    if (problem == LexicalProblem::kUnterminatedLiteral) {
      emitter.Emit(DiagnosticKind::kCobolParseUnterminatedLiteral, loc);
    } else {
      emitter.Emit(DiagnosticKind::kCobolParseInvalidCharacter, loc,
                   std::string(ParseTree(program).TextOf(&token)));
    }
  });
  ApplyContextualLexing(all_tokens);
  NestingMeasure nesting =
      MeasureNesting(all_tokens, options.max_nesting_depth, options.max_operator_chain);
  if (nesting.depth > options.max_nesting_depth) {
    program.statistics_.nesting_refused = true;
    emitter.Emit(DiagnosticKind::kCobolParseNestingTooDeep, ParseTree(program).LocationOf(nesting.deepest),
                 nesting.depth, options.max_nesting_depth);
  }
  if (nesting.operator_chain > options.max_operator_chain) {
    program.statistics_.nesting_refused = true;
    emitter.Emit(DiagnosticKind::kCobolParseOperatorChainTooLong,
                 ParseTree(program).LocationOf(nesting.longest_chain_end), nesting.operator_chain,
                 options.max_operator_chain);
  }
  return nesting.depth;
}

void ParsedProgramBuilder::ParseInTwoStages(ParsedProgram& program, DiagnosticEmitter& emitter,
                                            const ParseOptions& options) {
  auto& parser = program.machinery_->parser;
  auto& tokens = program.machinery_->tokens;
  auto* simulator = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();

  if (!options.force_ll) {
    // Stage 1: SLL, no recovery. Valid programs end here.
    simulator->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      program.machinery_->root = parser.compilationUnit();
      return;
    } catch (const antlr4::ParseCancellationException&) {
      program.statistics_.sll_failed = true;
    } catch (const antlr4::RecognitionException&) {
      program.statistics_.sll_failed = true;
    }
    tokens.seek(0);
    parser.reset();
  }

  // Stage 2: full LL with recovery and reporting.
  simulator->setPredictionMode(antlr4::atn::PredictionMode::LL);
  parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
  SyntaxErrorReporter reporter(program.text_, program.locations_, tokens, emitter,
                               options.max_syntax_errors);
  parser.addErrorListener(&reporter);
  program.machinery_->root = parser.compilationUnit();
  parser.removeErrorListeners();
  program.statistics_.syntax_errors = reporter.reported_count();
}

auto ParseCobol(const ExpandedSource& source, const SourceManager& /*sources*/,
                DiagnosticEmitter& emitter, const ParseOptions& options)
    -> std::unique_ptr<ParsedProgram> {
  return ParsedProgramBuilder::Parse(source, emitter, options);
}

}  // namespace remint::cobol
