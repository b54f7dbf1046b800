// Expressions by FORTRAN 77's precedence (ISO 1539:1980 6.1-6.5, highest first): ** (right to
// left), * and /, + and - (a sign only at the start of an arithmetic expression), //,
// relational operators, .NOT., .AND., .OR., .EQV. and .NEQV.; one recursive function per level.
// gfortran also takes a sign right after an arithmetic operator (`A*-B`, `A**-B`), applied to
// the factor that follows; so does this parser.
#include <cstddef>

#include "frontends/fortran/parse/statement_parser.h"

namespace remint::fortran {
namespace {

auto IsRelational(const Token& token) -> bool {
  switch (token.op) {
    case Operator::kEq:
    case Operator::kNe:
    case Operator::kLt:
    case Operator::kLe:
    case Operator::kGt:
    case Operator::kGe:
      return token.kind == TokenKind::kDotOperator || token.kind == TokenKind::kPunct;
    default:
      return false;
  }
}

auto IsDotOperator(const Token& token, Operator op) -> bool {
  return token.kind == TokenKind::kDotOperator && token.op == op;
}

auto IsSign(const Token& token) -> bool { return token.Is("+") || token.Is("-"); }

}  // namespace

auto StatementParser::AddExpr(Expr expr) -> ExprId {
  file_.exprs.push_back(std::move(expr));
  return static_cast<ExprId>(file_.exprs.size() - 1);
}

auto StatementParser::MakeLeaf(ExprKind kind, std::string text, SourceLoc loc) -> ExprId {
  Expr expr;
  expr.kind = kind;
  expr.text = std::move(text);
  expr.loc = loc;
  return AddExpr(std::move(expr));
}

auto StatementParser::MakeBinary(Operator op, ExprId left, ExprId right, SourceLoc loc) -> ExprId {
  if (left == kNoExpr || right == kNoExpr) return kNoExpr;
  Expr expr;
  expr.kind = ExprKind::kBinary;
  expr.op = op;
  expr.loc = loc;
  expr.operands = {left, right};
  return AddExpr(std::move(expr));
}

auto StatementParser::MakeUnary(Operator op, ExprId operand, SourceLoc loc) -> ExprId {
  if (operand == kNoExpr) return kNoExpr;
  Expr expr;
  expr.kind = ExprKind::kUnary;
  expr.op = op;
  expr.loc = loc;
  expr.operands = {operand};
  return AddExpr(std::move(expr));
}

auto StatementParser::ParseExpr() -> ExprId { return ParseEquivalenceLevel(); }

// operand { op operand }: the left-to-right levels whose operators `is_operator` tells.
auto StatementParser::ParseLeftChain(ExprId (StatementParser::*operand)(),
                                     bool (*is_operator)(const Token&)) -> ExprId {
  ExprId left = (this->*operand)();
  while (is_operator(cursor_.Peek())) {
    Token op = cursor_.Next();
    left = MakeBinary(op.op, left, (this->*operand)(), cursor_.LocAt(op.begin));
  }
  return left;
}

auto StatementParser::ParseEquivalenceLevel() -> ExprId {
  return ParseLeftChain(&StatementParser::ParseOr, [](const Token& token) {
    return IsDotOperator(token, Operator::kEqv) || IsDotOperator(token, Operator::kNeqv);
  });
}

auto StatementParser::ParseOr() -> ExprId {
  return ParseLeftChain(&StatementParser::ParseAnd,
                        [](const Token& token) { return IsDotOperator(token, Operator::kOr); });
}

auto StatementParser::ParseAnd() -> ExprId {
  return ParseLeftChain(&StatementParser::ParseNot,
                        [](const Token& token) { return IsDotOperator(token, Operator::kAnd); });
}

auto StatementParser::ParseNot() -> ExprId {
  if (IsDotOperator(cursor_.Peek(), Operator::kNot)) {
    // Once only: .NOT. applies to a relational-level operand, and gfortran rejects
    // .NOT..NOT.A.
    Token op = cursor_.Next();
    return MakeUnary(Operator::kNot, ParseRelational(), cursor_.LocAt(op.begin));
  }
  return ParseRelational();
}

auto StatementParser::ParseRelational() -> ExprId {
  ExprId left = ParseConcat();
  if (IsRelational(cursor_.Peek())) {
    Token op = cursor_.Next();
    left = MakeBinary(op.op, left, ParseConcat(), cursor_.LocAt(op.begin));
  }
  return left;
}

auto StatementParser::ParseConcat() -> ExprId {
  return ParseLeftChain(&StatementParser::ParseAdditive,
                        [](const Token& token) { return token.Is("//"); });
}

auto StatementParser::ParseAdditive() -> ExprId {
  ExprId left;
  if (IsSign(cursor_.Peek())) {
    Token sign = cursor_.Next();
    Operator op = sign.Is("-") ? Operator::kNegate : Operator::kPlus;
    left = MakeUnary(op, ParseMultiplicative(), cursor_.LocAt(sign.begin));
  } else {
    left = ParseMultiplicative();
  }
  while (IsSign(cursor_.Peek())) {
    Token op = cursor_.Next();
    left = MakeBinary(op.op, left, ParseMultiplicative(), cursor_.LocAt(op.begin));
  }
  return left;
}

auto StatementParser::ParseMultiplicative() -> ExprId {
  ExprId left = ParseFactor();
  while (cursor_.IsNext("*") || cursor_.IsNext("/")) {
    Token op = cursor_.Next();
    left = MakeBinary(op.op, left, ParseOperandAfterOperator(), cursor_.LocAt(op.begin));
  }
  return left;
}

auto StatementParser::ParseFactor() -> ExprId {
  ExprId base = ParsePrimary();
  if (cursor_.IsNext("**")) {
    Token op = cursor_.Next();
    // Right to left: A**B**C is A**(B**C).
    return MakeBinary(Operator::kPower, base, ParseOperandAfterOperator(), cursor_.LocAt(op.begin));
  }
  return base;
}

auto StatementParser::ParseOperandAfterOperator() -> ExprId {
  if (IsSign(cursor_.Peek())) {
    Token sign = cursor_.Next();
    Operator op = sign.Is("-") ? Operator::kNegate : Operator::kPlus;
    return MakeUnary(op, ParseFactor(), cursor_.LocAt(sign.begin));
  }
  return ParseFactor();
}

auto StatementParser::ParsePrimary() -> ExprId {
  const Token& token = cursor_.Peek();
  SourceLoc loc = cursor_.LocAt(token.begin);
  switch (token.kind) {
    case TokenKind::kInteger:
      return MakeLeaf(ExprKind::kInteger, cursor_.Next().text, loc);
    case TokenKind::kReal:
      return MakeLeaf(ExprKind::kReal, cursor_.Next().text, loc);
    case TokenKind::kLogical:
      return MakeLeaf(ExprKind::kLogical, cursor_.Next().text, loc);
    case TokenKind::kCharacter:
      return MakeLeaf(ExprKind::kCharacter, cursor_.Next().text, loc);
    case TokenKind::kHollerith:
      return MakeLeaf(ExprKind::kHollerith, cursor_.Next().text, loc);
    case TokenKind::kName:
      return ParseNameSuffixes(MakeLeaf(ExprKind::kName, cursor_.Next().text, loc));
    default:
      break;
  }
  if (token.Is("(")) return ParseParenthesized();
  Fail("an operand");
  return kNoExpr;
}

// (e) or a complex constant (re, im).
auto StatementParser::ParseParenthesized() -> ExprId {
  SourceLoc loc = cursor_.Loc();
  cursor_.Next();
  ExprId inner = ParseExpr();
  Expr expr;
  expr.loc = loc;
  if (cursor_.Accept(",")) {
    ExprId imaginary = ParseExpr();
    expr.kind = ExprKind::kComplex;
    expr.operands = {inner, imaginary};
  } else {
    expr.kind = ExprKind::kParen;
    expr.operands = {inner};
  }
  if (!Expect(")") || inner == kNoExpr) return kNoExpr;
  return AddExpr(std::move(expr));
}

// name, name(args), name(args)(lo:hi), name(lo:hi).
auto StatementParser::ParseNameSuffixes(ExprId base) -> ExprId {
  if (!cursor_.IsNext("(")) return base;
  Expr apply;
  apply.kind = ExprKind::kApply;
  apply.loc = file_.exprs[base].loc;
  apply.text = file_.exprs[base].text;
  if (!ParseArguments(apply.operands)) return kNoExpr;
  ExprId result = AddExpr(std::move(apply));
  if (cursor_.IsNext("(")) {
    // A substring of an array element: the second list is one range.
    SourceLoc loc = cursor_.Loc();
    std::vector<ExprId> range;
    if (!ParseArguments(range)) return kNoExpr;
    if (range.size() != 1 || file_.exprs[range[0]].kind != ExprKind::kRange) {
      Fail("a substring range (first:last)");
      return kNoExpr;
    }
    Expr substring;
    substring.kind = ExprKind::kSubstring;
    substring.loc = loc;
    const Expr& bounds = file_.exprs[range[0]];
    substring.operands = {result, bounds.operands[0], bounds.operands[1]};
    result = AddExpr(std::move(substring));
  }
  return result;
}

auto StatementParser::ParseArguments(std::vector<ExprId>& arguments) -> bool {
  if (!Expect("(")) return false;
  if (cursor_.Accept(")")) return true;
  while (true) {
    SourceLoc loc = cursor_.Loc();
    ExprId argument = kNoExpr;
    if (cursor_.IsNext("*") && cursor_.PeekSecond().kind == TokenKind::kInteger) {
      // An alternate return label in CALL arguments.
      cursor_.Next();
      argument = MakeLeaf(ExprKind::kLabel, cursor_.Next().text, loc);
    } else if (cursor_.Peek().kind == TokenKind::kName && cursor_.PeekSecond().Is("=")) {
      Expr keyword;
      keyword.kind = ExprKind::kKeyword;
      keyword.loc = loc;
      keyword.text = cursor_.Next().text;
      cursor_.Next();
      keyword.operands = {ParseExpr()};
      if (keyword.operands[0] == kNoExpr) return false;
      argument = AddExpr(std::move(keyword));
    } else {
      ExprId lower = cursor_.IsNext(":") ? kNoExpr : ParseExpr();
      if (failed_) return false;
      if (cursor_.Accept(":")) {
        ExprId upper = kNoExpr;
        if (!cursor_.IsNext(",") && !cursor_.IsNext(")")) {
          upper = ParseExpr();
          if (upper == kNoExpr) return false;
        }
        Expr range;
        range.kind = ExprKind::kRange;
        range.loc = loc;
        range.operands = {lower, upper};
        argument = AddExpr(std::move(range));
      } else {
        argument = lower;
      }
    }
    if (argument == kNoExpr) return false;
    arguments.push_back(argument);
    if (cursor_.Accept(",")) continue;
    return Expect(")");
  }
}

auto StatementParser::ParseDesignator() -> ExprId {
  const Token& token = cursor_.Peek();
  if (token.kind != TokenKind::kName) {
    Fail("a variable name");
    return kNoExpr;
  }
  SourceLoc loc = cursor_.LocAt(token.begin);
  return ParseNameSuffixes(MakeLeaf(ExprKind::kName, cursor_.Next().text, loc));
}

auto StatementParser::ParseSignedConstant() -> ExprId {
  if (IsSign(cursor_.Peek())) {
    Token sign = cursor_.Next();
    Operator op = sign.Is("-") ? Operator::kNegate : Operator::kPlus;
    return MakeUnary(op, ParsePrimary(), cursor_.LocAt(sign.begin));
  }
  return ParsePrimary();
}

auto StatementParser::AtImpliedDoControl() -> bool {
  return cursor_.Peek().kind == TokenKind::kName && cursor_.PeekSecond().Is("=");
}

auto StatementParser::ParseListItem(bool designators_only) -> ExprId {
  if (!cursor_.IsNext("(")) return designators_only ? ParseDesignator() : ParseExpr();
  // An implied DO has `v =` at its own parenthesis depth; anything else in parentheses is an
  // expression (output lists only).
  const LogicalStatement& statement = cursor_.Statement();
  size_t open = cursor_.Peek().begin;
  int depth = 0;
  bool implied_do = false;
  for (size_t i = open; i < cursor_.End(); ++i) {
    if (!statement.IsCode(i)) continue;
    char c = statement.text[i];
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) break;
    if (depth == 1 && c == '=') {
      char before = statement.text[i - 1];
      char after = i + 1 < cursor_.End() ? statement.text[i + 1] : '\0';
      if (after != '=' && after != '>' && before != '=' && before != '/' && before != '<' &&
          before != '>') {
        implied_do = true;
        break;
      }
    }
  }
  if (!implied_do) {
    if (designators_only) {
      Fail("a variable name or an implied DO");
      return kNoExpr;
    }
    return ParseExpr();
  }
  SourceLoc loc = cursor_.Loc();
  cursor_.Next();
  return ParseImpliedDoRest(kNoExpr, loc, designators_only);
}

// After an implied DO's `(`: items, then `v = e1, e2 [, e3] )`.
auto StatementParser::ParseImpliedDoRest(ExprId first_item, SourceLoc loc, bool designators_only)
    -> ExprId {
  Expr implied;
  implied.kind = ExprKind::kImpliedDo;
  implied.loc = loc;
  if (first_item != kNoExpr) implied.operands.push_back(first_item);
  while (!AtImpliedDoControl()) {
    ExprId item = ParseListItem(designators_only);
    if (item == kNoExpr) return kNoExpr;
    implied.operands.push_back(item);
    if (!Expect(",")) return kNoExpr;
  }
  if (implied.operands.empty()) {
    Fail("an item before the implied DO's control");
    return kNoExpr;
  }
  const Token& variable = cursor_.Peek();
  implied.operands.push_back(
      MakeLeaf(ExprKind::kName, variable.text, cursor_.LocAt(variable.begin)));
  cursor_.Next();
  cursor_.Next();  // The `=`.
  ExprId start = ParseExpr();
  if (start == kNoExpr || !Expect(",")) return kNoExpr;
  ExprId end = ParseExpr();
  if (end == kNoExpr) return kNoExpr;
  ExprId step = kNoExpr;
  if (cursor_.Accept(",")) {
    step = ParseExpr();
    if (step == kNoExpr) return kNoExpr;
  }
  if (!Expect(")")) return kNoExpr;
  implied.operands.insert(implied.operands.end(), {start, end, step});
  return AddExpr(std::move(implied));
}

}  // namespace remint::fortran
