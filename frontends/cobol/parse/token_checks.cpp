#include "frontends/cobol/parse/token_checks.h"

#include <algorithm>

#include "CobolLexer.h"

namespace remint::cobol {
namespace {

using grammar::CobolLexer;

auto TypeAt(const std::vector<antlr4::Token*>& tokens, size_t index) -> size_t {
  return index < tokens.size() ? tokens[index]->getType() : antlr4::Token::EOF;
}

// Scope terminators (END-IF, END-READ, ...) close one nesting level.
auto IsScopeTerminator(size_t type) -> bool {
  switch (type) {
    case CobolLexer::END_ACCEPT:
    case CobolLexer::END_ADD:
    case CobolLexer::END_CALL:
    case CobolLexer::END_COMPUTE:
    case CobolLexer::END_DELETE:
    case CobolLexer::END_DISPLAY:
    case CobolLexer::END_DIVIDE:
    case CobolLexer::END_EVALUATE:
    case CobolLexer::END_IF:
    case CobolLexer::END_MULTIPLY:
    case CobolLexer::END_PERFORM:
    case CobolLexer::END_READ:
    case CobolLexer::END_RECEIVE:
    case CobolLexer::END_RETURN:
    case CobolLexer::END_REWRITE:
    case CobolLexer::END_SEARCH:
    case CobolLexer::END_START:
    case CobolLexer::END_STRING:
    case CobolLexer::END_SUBTRACT:
    case CobolLexer::END_UNSTRING:
    case CobolLexer::END_WRITE:
    case CobolLexer::END_JSON:
    case CobolLexer::END_XML:
      return true;
    default:
      return false;
  }
}

// Whether the token at `index` opens a nested statement list: IF, EVALUATE, SEARCH, an inline
// PERFORM, or a conditional phrase (AT END, INVALID KEY, ON SIZE ERROR, ...) that is not the
// NOT form of one (which sits at the same level as its positive form).
auto OpensNesting(const std::vector<antlr4::Token*>& tokens, size_t index) -> bool {
  size_t type = tokens[index]->getType();
  auto negated = [&] {
    size_t before = index > 0 ? TypeAt(tokens, index - 1) : 0;
    size_t two_before = index > 1 ? TypeAt(tokens, index - 2) : 0;
    return before == CobolLexer::NOT || ((before == CobolLexer::AT || before == CobolLexer::ON) &&
                                         two_before == CobolLexer::NOT);
  };
  switch (type) {
    case CobolLexer::IF:
    case CobolLexer::EVALUATE:
    case CobolLexer::SEARCH:
      return true;
    case CobolLexer::PERFORM: {
      // PERFORM procedure-name does not nest; every inline PERFORM starts otherwise.
      size_t next = TypeAt(tokens, index + 1);
      return next != CobolLexer::WORD && next != CobolLexer::INTEGER_LITERAL;
    }
    case CobolLexer::END: {
      size_t next = TypeAt(tokens, index + 1);
      if (next == CobolLexer::PROGRAM || next == CobolLexer::DECLARATIVES) return false;
      return !negated();
    }
    case CobolLexer::SIZE:
      return TypeAt(tokens, index + 1) == CobolLexer::ERROR && !negated();
    case CobolLexer::INVALID:
    case CobolLexer::EXCEPTION:
    case CobolLexer::OVERFLOW:
    case CobolLexer::END_OF_PAGE:
    case CobolLexer::EOP:
      return !negated();
    default:
      return false;
  }
}

// Tokens that start a statement or a statement list: an expression cannot continue past them.
auto EndsExpression(size_t type) -> bool {
  switch (type) {
    case CobolLexer::ACCEPT:
    case CobolLexer::ADD:
    case CobolLexer::ALTER:
    case CobolLexer::CALL:
    case CobolLexer::CANCEL:
    case CobolLexer::CLOSE:
    case CobolLexer::COMPUTE:
    case CobolLexer::CONTINUE:
    case CobolLexer::DELETE:
    case CobolLexer::DISABLE:
    case CobolLexer::DISPLAY:
    case CobolLexer::DIVIDE:
    case CobolLexer::ENABLE:
    case CobolLexer::ENTRY:
    case CobolLexer::EVALUATE:
    case CobolLexer::EXEC_BLOCK:
    case CobolLexer::EXIT:
    case CobolLexer::GENERATE:
    case CobolLexer::GOBACK:
    case CobolLexer::GO:
    case CobolLexer::IF:
    case CobolLexer::INITIALIZE:
    case CobolLexer::INITIATE:
    case CobolLexer::INSPECT:
    case CobolLexer::MERGE:
    case CobolLexer::MOVE:
    case CobolLexer::MULTIPLY:
    case CobolLexer::OPEN:
    case CobolLexer::PERFORM:
    case CobolLexer::PURGE:
    case CobolLexer::READ:
    case CobolLexer::RECEIVE:
    case CobolLexer::RELEASE:
    case CobolLexer::RETURN:
    case CobolLexer::REWRITE:
    case CobolLexer::SEARCH:
    case CobolLexer::SEND:
    case CobolLexer::SET:
    case CobolLexer::SORT:
    case CobolLexer::START:
    case CobolLexer::STOP:
    case CobolLexer::STRING:
    case CobolLexer::SUBTRACT:
    case CobolLexer::SUPPRESS:
    case CobolLexer::TERMINATE:
    case CobolLexer::UNSTRING:
    case CobolLexer::WRITE:
    case CobolLexer::WHEN:
    case CobolLexer::ALSO:
    case CobolLexer::ELSE:
    case CobolLexer::THEN:
    case CobolLexer::PERIOD:
      return true;
    default:
      return false;
  }
}

auto IsBinaryOperator(size_t type) -> bool {
  return type == CobolLexer::PLUS_SIGN || type == CobolLexer::MINUS_SIGN ||
         type == CobolLexer::STAR || type == CobolLexer::SLASH || type == CobolLexer::POWER ||
         type == CobolLexer::AND || type == CobolLexer::OR;
}

auto Adjacent(const antlr4::Token& first, const antlr4::Token& second) -> bool {
  return first.getStopIndex() + 1 == second.getStartIndex();
}

// Extends `first` over `last` and hides the tokens after `first` up to `last`.
void Merge(const std::vector<antlr4::Token*>& tokens, size_t first, size_t last, size_t type) {
  auto* merged = dynamic_cast<antlr4::CommonToken*>(tokens[first]);
  if (merged == nullptr) return;
  merged->setType(type);
  merged->setStopIndex(tokens[last]->getStopIndex());
  for (size_t i = first + 1; i <= last; ++i) {
    if (auto* hidden = dynamic_cast<antlr4::WritableToken*>(tokens[i]); hidden != nullptr) {
      hidden->setChannel(antlr4::Token::HIDDEN_CHANNEL);
    }
  }
}

auto HasDecimalPointIsComma(const std::vector<antlr4::Token*>& tokens) -> bool {
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i]->getType() != CobolLexer::DECIMAL_POINT) continue;
    size_t next = i + 1;
    if (tokens[next]->getType() == CobolLexer::IS) ++next;
    if (TypeAt(tokens, next) == CobolLexer::COMMA) return true;
  }
  return false;
}
}  // namespace

void NeutraliseLexicalErrors(
    const std::vector<antlr4::Token*>& tokens,
    const std::function<void(LexicalProblem, const antlr4::Token&)>& report) {
  size_t previous_invalid_stop = SIZE_MAX;
  for (antlr4::Token* token : tokens) {
    size_t type = token->getType();
    if (type != CobolLexer::UNTERMINATED_LITERAL && type != CobolLexer::INVALID_CHARACTER) {
      continue;
    }
    auto* writable = dynamic_cast<antlr4::WritableToken*>(token);
    if (writable == nullptr) continue;
    if (type == CobolLexer::UNTERMINATED_LITERAL) {
      report(LexicalProblem::kUnterminatedLiteral, *token);
      writable->setType(CobolLexer::ALNUM_LITERAL);
    } else {
      // One diagnostic per run of adjacent invalid characters.
      if (token->getStartIndex() != previous_invalid_stop + 1) {
        report(LexicalProblem::kInvalidCharacter, *token);
      }
      previous_invalid_stop = token->getStopIndex();
      writable->setChannel(antlr4::Token::HIDDEN_CHANNEL);
    }
  }
}

namespace {

auto IsNumericLiteral(size_t type) -> bool {
  return type == CobolLexer::INTEGER_LITERAL || type == CobolLexer::DECIMAL_LITERAL ||
         type == CobolLexer::FLOAT_LITERAL;
}

// A period or comma that continues a picture: the picture's last character is adjacent and so
// is whatever follows it (only a separator followed by a space, or the line's end, ends one).
auto ContinuesPicture(const std::vector<antlr4::Token*>& tokens, size_t picture, size_t next)
    -> bool {
  if (next + 1 >= tokens.size() || !Adjacent(*tokens[picture], *tokens[next]) ||
      !Adjacent(*tokens[next], *tokens[next + 1])) {
    return false;
  }
  const size_t type = tokens[next]->getType();
  return type == CobolLexer::PERIOD ||
         (type == CobolLexer::SEPARATOR && tokens[next]->getText() == ",");
}

}  // namespace

void ApplyContextualLexing(const std::vector<antlr4::Token*>& tokens) {
  bool decimal_comma = HasDecimalPointIsComma(tokens);
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    const antlr4::Token& first = *tokens[i];
    const antlr4::Token& second = *tokens[i + 1];
    const antlr4::Token& third = *tokens[i + 2];
    if (!Adjacent(first, second) || !Adjacent(second, third)) continue;
    if (decimal_comma && first.getType() == CobolLexer::INTEGER_LITERAL &&
        second.getType() == CobolLexer::SEPARATOR && second.getText() == "," &&
        third.getType() == CobolLexer::INTEGER_LITERAL) {
      Merge(tokens, i, i + 2, CobolLexer::DECIMAL_LITERAL);
      i += 2;
    }
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const size_t type = tokens[i]->getType();
    if (type == CobolLexer::LPAREN && i > 0 && tokens[i - 1]->getType() == CobolLexer::SEPARATOR) {
      if (auto* writable = dynamic_cast<antlr4::WritableToken*>(tokens[i])) {
        writable->setType(CobolLexer::SEPARATED_LPAREN);
      }
    } else if (type == CobolLexer::PICTURE_STRING) {
      size_t last = i;
      while (ContinuesPicture(tokens, i, last + 1)) {
        Merge(tokens, i, last + 1, CobolLexer::PICTURE_STRING);
        ++last;
      }
      i = last;
    } else if ((type == CobolLexer::MINUS_SIGN || type == CobolLexer::PLUS_SIGN) &&
               i + 1 < tokens.size() && IsNumericLiteral(tokens[i + 1]->getType()) &&
               Adjacent(*tokens[i], *tokens[i + 1]) &&
               (i == 0 || !Adjacent(*tokens[i - 1], *tokens[i]) ||
                tokens[i - 1]->getType() == CobolLexer::SEPARATOR ||
                tokens[i - 1]->getType() == CobolLexer::LPAREN ||
                tokens[i - 1]->getType() == CobolLexer::SEPARATED_LPAREN)) {
      // A sign written against its digits after a space is the literal's own sign, as in cobc:
      // "MAX(5, -2)" has two arguments and "A -1" is two operands, not a subtraction (which
      // COBOL writes with spaces around the operator).
      Merge(tokens, i, i + 1, tokens[i + 1]->getType());
      ++i;
    }
  }
}

auto MeasureNesting(const std::vector<antlr4::Token*>& tokens, uint32_t depth_limit,
                    uint32_t chain_limit) -> NestingMeasure {
  NestingMeasure deepest;
  uint32_t statements = 0;
  uint32_t parentheses = 0;
  uint32_t not_run = 0;
  uint32_t chain = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t type = tokens[i]->getType();
    if (tokens[i]->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    if (EndsExpression(type)) {
      chain = 0;
    } else if (IsBinaryOperator(type) && ++chain > deepest.operator_chain) {
      deepest.operator_chain = chain;
      deepest.longest_chain_end = tokens[i];
      if (chain > chain_limit) break;
    }
    if (type == CobolLexer::PERIOD) {
      statements = parentheses = not_run = 0;
      continue;
    }
    not_run = type == CobolLexer::NOT ? not_run + 1 : 0;
    if (type == CobolLexer::LPAREN || type == CobolLexer::SEPARATED_LPAREN) {
      ++parentheses;
    } else if (type == CobolLexer::RPAREN) {
      parentheses = parentheses > 0 ? parentheses - 1 : 0;
    } else if (IsScopeTerminator(type)) {
      statements = statements > 0 ? statements - 1 : 0;
    } else if (OpensNesting(tokens, i)) {
      ++statements;
    }
    uint32_t depth = std::max(statements, parentheses + not_run);
    if (depth > deepest.depth) {
      deepest.depth = depth;
      deepest.deepest = tokens[i];
      if (depth > depth_limit) break;
    }
  }
  return deepest;
}

}  // namespace remint::cobol
