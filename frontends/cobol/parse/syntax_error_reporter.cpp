#include "frontends/cobol/parse/syntax_error_reporter.h"

#include <string>
#include <vector>

#include "CobolLexer.h"

namespace remint::cobol {
namespace {

// Lists longer than this say nothing a reader can use.
constexpr size_t kMaxExpectedShown = 6;
constexpr size_t kMaxTokenTextShown = 40;

// "END_IF" -> "END-IF"; "'.'" stays as it is.
auto TokenTypeName(const antlr4::dfa::Vocabulary& vocabulary, size_t type) -> std::string {
  if (type == antlr4::Token::EOF) return "end of program";
  std::string literal = vocabulary.getLiteralName(type);
  if (!literal.empty()) return literal;
  std::string name = vocabulary.getSymbolicName(type);
  if (name.ends_with("_LITERAL")) return "a literal";
  if (name == "WORD") return "a name";
  if (name == "PICTURE_STRING") return "a picture string";
  // Tokens whose plain names would clash with C or test macros (NULL, TEST) end in _KW.
  if (name.ends_with("_KW")) name.resize(name.size() - 3);
  for (char& c : name) {
    if (c == '_') c = '-';
  }
  return name;
}

}  // namespace

auto SyntaxErrorReporter::DescribeToken(const antlr4::Token& token) const -> std::string {
  if (token.getType() == antlr4::Token::EOF) return "end of program text";
  size_t start = token.getStartIndex();
  size_t stop = token.getStopIndex();
  if (start >= text_.size() || stop < start) return "'?'";
  std::string_view spelling = text_.substr(start, stop - start + 1);
  if (spelling.size() > kMaxTokenTextShown) {
    return "'" + std::string(spelling.substr(0, kMaxTokenTextShown)) + "...'";
  }
  return "'" + std::string(spelling) + "'";
}

auto SyntaxErrorReporter::DescribeExpected(antlr4::Parser& parser) const -> std::string {
  antlr4::misc::IntervalSet expected;
  try {
    expected = parser.getExpectedTokens();
  } catch (const std::exception&) {
    return "";  // The parser state offers no expectation at this point.
  }
  std::vector<ssize_t> types = expected.toList();
  if (types.empty() || types.size() > kMaxExpectedShown) return "";
  std::string result = types.size() == 1 ? "; expected " : "; expected one of ";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i > 0) result += ", ";
    result += TokenTypeName(parser.getVocabulary(), static_cast<size_t>(types[i]));
  }
  return result;
}

void SyntaxErrorReporter::syntaxError(antlr4::Recognizer* recognizer,
                                      antlr4::Token* offending_symbol, size_t /*line*/,
                                      size_t /*column*/, const std::string& /*message*/,
                                      std::exception_ptr /*error*/) {
  if (offending_symbol == nullptr) return;
  size_t token_index = offending_symbol->getTokenIndex();
  if (any_reported_ && token_index <= quiet_through_token_) return;
  any_reported_ = true;
  // Quiet until the end of this sentence.
  quiet_through_token_ = token_index;
  while (quiet_through_token_ + 1 < tokens_.size()) {
    size_t type = tokens_.get(quiet_through_token_)->getType();
    if (type == grammar::CobolLexer::PERIOD || type == antlr4::Token::EOF) break;
    ++quiet_through_token_;
  }
  if (reported_ == max_errors_) {
    ++reported_;
    emitter_.Emit(DiagnosticKind::kCobolParseTooManyErrors,
                  locations_.Lookup(static_cast<uint32_t>(offending_symbol->getStartIndex())),
                  max_errors_);
    return;
  }
  if (reported_ > max_errors_) return;
  ++reported_;
  std::string expected;
  if (auto* parser = dynamic_cast<antlr4::Parser*>(recognizer); parser != nullptr) {
    expected = DescribeExpected(*parser);
  }
  // EOF has no text of its own: place it after the last character.
  size_t offset = offending_symbol->getType() == antlr4::Token::EOF
                      ? (text_.empty() ? 0 : text_.size() - 1)
                      : offending_symbol->getStartIndex();
  emitter_.Emit(DiagnosticKind::kCobolParseSyntaxError,
                locations_.Lookup(static_cast<uint32_t>(offset)), DescribeToken(*offending_symbol),
                expected);
}

}  // namespace remint::cobol
