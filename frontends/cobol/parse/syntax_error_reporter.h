// Turns ANTLR syntax errors of the LL stage into remint diagnostics at original locations, one
// per sentence: after an error, further errors up to the next period are consequences of the
// first (or of the parser's recovery), not independent mistakes.
#ifndef REMINT_FRONTENDS_COBOL_PARSE_SYNTAX_ERROR_REPORTER_H_
#define REMINT_FRONTENDS_COBOL_PARSE_SYNTAX_ERROR_REPORTER_H_

#include <cstdint>
#include <string_view>

#include "antlr4-runtime.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/location_map.h"

namespace remint::cobol {

class SyntaxErrorReporter : public antlr4::BaseErrorListener {
 public:
  SyntaxErrorReporter(std::string_view text, const LocationMap& locations,
                      antlr4::BufferedTokenStream& tokens, DiagnosticEmitter& emitter,
                      uint32_t max_errors)
      : text_(text),
        locations_(locations),
        tokens_(tokens),
        emitter_(emitter),
        max_errors_(max_errors) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending_symbol, size_t line,
                   size_t column, const std::string& message, std::exception_ptr error) override;

  auto reported_count() const -> uint32_t { return reported_; }

 private:
  auto DescribeToken(const antlr4::Token& token) const -> std::string;
  auto DescribeExpected(antlr4::Parser& parser) const -> std::string;

  std::string_view text_;
  const LocationMap& locations_;
  antlr4::BufferedTokenStream& tokens_;
  DiagnosticEmitter& emitter_;
  uint32_t max_errors_;
  uint32_t reported_ = 0;
  // Errors at token indexes up to here belong to the sentence of the last reported error.
  size_t quiet_through_token_ = 0;
  bool any_reported_ = false;
};

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PARSE_SYNTAX_ERROR_REPORTER_H_
