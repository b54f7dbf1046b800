#include "frontends/fortran/parse/parse_statements.h"

#include "frontends/fortran/parse/statement_parser.h"

namespace remint::fortran {

auto OperatorSpelling(Operator op) -> std::string_view {
  switch (op) {
    case Operator::kNone:
      return "?";
    case Operator::kPower:
      return "**";
    case Operator::kMultiply:
      return "*";
    case Operator::kDivide:
      return "/";
    case Operator::kAdd:
      return "+";
    case Operator::kSubtract:
      return "-";
    case Operator::kNegate:
      return "neg";
    case Operator::kPlus:
      return "pos";
    case Operator::kConcat:
      return "//";
    case Operator::kEq:
      return ".EQ.";
    case Operator::kNe:
      return ".NE.";
    case Operator::kLt:
      return ".LT.";
    case Operator::kLe:
      return ".LE.";
    case Operator::kGt:
      return ".GT.";
    case Operator::kGe:
      return ".GE.";
    case Operator::kNot:
      return ".NOT.";
    case Operator::kAnd:
      return ".AND.";
    case Operator::kOr:
      return ".OR.";
    case Operator::kEqv:
      return ".EQV.";
    case Operator::kNeqv:
      return ".NEQV.";
  }
  return "?";
}

auto BaseTypeSpelling(BaseType type) -> std::string_view {
  switch (type) {
    case BaseType::kInteger:
      return "INTEGER";
    case BaseType::kReal:
      return "REAL";
    case BaseType::kDoublePrecision:
      return "DOUBLE PRECISION";
    case BaseType::kComplex:
      return "COMPLEX";
    case BaseType::kDoubleComplex:
      return "DOUBLE COMPLEX";
    case BaseType::kLogical:
      return "LOGICAL";
    case BaseType::kCharacter:
      return "CHARACTER";
    case BaseType::kByte:
      return "BYTE";
    case BaseType::kDerived:
      return "TYPE";
  }
  return "?";
}

void StatementParser::Fail(std::string_view what) {
  if (failed_) return;
  failed_ = true;
  const Token& found = cursor_.Peek();
  if (found.kind == TokenKind::kBadDotOperator) {
    // What stopped the parse is a word no operator is spelled with: say that instead.
    emitter_.Emit(DiagnosticKind::kFortranUnknownDotOperator, cursor_.LocAt(found.begin),
                  found.text);
    return;
  }
  emitter_.Emit(DiagnosticKind::kFortranExpected, cursor_.LocAt(found.begin), std::string(what),
                cursor_.Describe(found));
}

auto StatementParser::Expect(std::string_view punct) -> bool {
  if (cursor_.Accept(punct)) return true;
  Fail("'" + std::string(punct) + "'");
  return false;
}

void StatementParser::ExpectEnd() {
  if (!cursor_.AtEnd()) Fail("the end of the statement");
}

auto StatementParser::ExpectName(std::string& name, SourceLoc* loc) -> bool {
  const Token& token = cursor_.Peek();
  if (token.kind != TokenKind::kName) {
    Fail("a name");
    return false;
  }
  if (loc != nullptr) *loc = cursor_.LocAt(token.begin);
  name = cursor_.Next().text;
  return true;
}

auto StatementParser::ParsePayload(StatementKind kind, size_t start) -> StatementPayload {
  switch (kind) {
    case StatementKind::kAssignment:
      return ParseAssignment();
    case StatementKind::kIfThen:
    case StatementKind::kElseIf:
      return ParseCondition(/*then_required=*/true);
    case StatementKind::kArithmeticIf:
      return ParseArithmeticIf();
    case StatementKind::kDo:
      return ParseDo(/*is_while=*/false);
    case StatementKind::kDoWhile:
      return ParseDo(/*is_while=*/true);
    case StatementKind::kGoto:
    case StatementKind::kComputedGoto:
    case StatementKind::kAssignedGoto:
      return ParseGoto(kind);
    case StatementKind::kAssign:
      return ParseAssign();
    case StatementKind::kCall:
      return ParseCall();
    case StatementKind::kReturn:
    case StatementKind::kStop:
    case StatementKind::kPause:
      return ParseValue();
    case StatementKind::kEnd:
    case StatementKind::kEndIf:
    case StatementKind::kEndDo:
    case StatementKind::kEndSelect:
    case StatementKind::kEndType:
      return ParseEnd();
    case StatementKind::kProgram:
    case StatementKind::kSubroutine:
    case StatementKind::kFunction:
    case StatementKind::kBlockData:
    case StatementKind::kEntry:
    case StatementKind::kModule:
      return ParseUnitHeader(kind, start);
    case StatementKind::kTypeDeclaration:
      return ParseTypeDeclaration(start);
    case StatementKind::kDimension:
    case StatementKind::kSave:
    case StatementKind::kExternal:
    case StatementKind::kIntrinsic:
      return ParseNameList(kind);
    case StatementKind::kParameter:
      return ParseParameter();
    case StatementKind::kImplicit:
      return ParseImplicit();
    case StatementKind::kCommon:
      return ParseCommon();
    case StatementKind::kEquivalence:
      return ParseEquivalence();
    case StatementKind::kData:
      return ParseData();
    case StatementKind::kFormat:
      return ParseFormat();
    case StatementKind::kRead:
    case StatementKind::kWrite:
    case StatementKind::kPrint:
    case StatementKind::kOpen:
    case StatementKind::kClose:
    case StatementKind::kInquire:
    case StatementKind::kRewind:
    case StatementKind::kBackspace:
    case StatementKind::kEndfile:
      return ParseIo(kind);
    case StatementKind::kSelectCase:
    case StatementKind::kCase:
    case StatementKind::kAllocate:
    case StatementKind::kDeallocate:
    case StatementKind::kUse:
    case StatementKind::kTypeDefinition:
      return ParseExprList(kind);
    case StatementKind::kUnknown:
    case StatementKind::kLogicalIf:
    case StatementKind::kElse:
    case StatementKind::kContinue:
    case StatementKind::kImplicitNone:
    case StatementKind::kContains:
    case StatementKind::kInclude:
      break;
  }
  return PlainStmt{};
}

namespace {

// F77 11.5: what a logical IF may not control.
auto MayBeControlled(StatementKind kind) -> bool {
  switch (kind) {
    case StatementKind::kDo:
    case StatementKind::kDoWhile:
    case StatementKind::kEndDo:
    case StatementKind::kIfThen:
    case StatementKind::kElseIf:
    case StatementKind::kElse:
    case StatementKind::kEndIf:
    case StatementKind::kLogicalIf:
    case StatementKind::kEnd:
    case StatementKind::kSelectCase:
    case StatementKind::kCase:
    case StatementKind::kEndSelect:
    case StatementKind::kUnknown:
      return false;
    default:
      return true;
  }
}

// An empty payload of the statement's family, for a statement that did not parse.
auto EmptyPayloadLike(const StatementPayload& payload) -> StatementPayload {
  return std::visit(
      [](const auto& value) -> StatementPayload { return std::decay_t<decltype(value)>{}; },
      payload);
}

}  // namespace

auto ParseStatements(const std::vector<LogicalStatement>& statements,
                     const std::vector<Classification>& kinds, DiagnosticEmitter& emitter)
    -> ParsedFile {
  ParsedFile file;
  file.statements.reserve(statements.size());
  for (size_t index = 0; index < statements.size(); ++index) {
    const LogicalStatement& source = statements[index];
    const Classification& classification = kinds[index];
    Statement statement;
    statement.kind = classification.kind;
    statement.label = source.label;
    statement.label_loc = source.label_loc;
    statement.loc = source.loc;
    statement.source_index = static_cast<uint32_t>(index);
    size_t end = source.text.size();
    if (classification.kind == StatementKind::kUnknown || source.reported) {
      // The classifier or the reader has reported it.
      statement.valid = false;
    } else if (classification.kind == StatementKind::kLogicalIf) {
      LogicalIfStmt logical_if;
      StatementParser condition(file, emitter, source, classification.operands,
                                classification.nested_start);
      if (condition.Expect("(")) {
        logical_if.condition = condition.ParseExpr();
        if (logical_if.condition != kNoExpr && condition.Expect(")")) condition.ExpectEnd();
      }
      Statement controlled;
      controlled.kind = classification.nested_kind;
      controlled.loc = source.LocAt(classification.nested_start);
      controlled.source_index = statement.source_index;
      statement.valid = !condition.Failed();
      if (classification.nested_kind == StatementKind::kUnknown) {
        controlled.valid = false;
      } else if (!MayBeControlled(classification.nested_kind)) {
        emitter.Emit(DiagnosticKind::kFortranStatementNotControllable, controlled.loc,
                     std::string(StatementKindName(classification.nested_kind)));
        controlled.valid = false;
      } else if (statement.valid) {
        StatementParser nested(file, emitter, source, classification.nested_operands, end);
        controlled.payload =
            nested.ParsePayload(classification.nested_kind, classification.nested_start);
        controlled.valid = !nested.Failed();
        if (!controlled.valid) controlled.payload = EmptyPayloadLike(controlled.payload);
      } else {
        controlled.valid = false;
      }
      statement.valid = statement.valid && controlled.valid;
      logical_if.controlled = static_cast<uint32_t>(file.controlled.size());
      file.controlled.push_back(std::move(controlled));
      statement.payload = logical_if;
    } else {
      StatementParser parser(file, emitter, source, classification.operands, end);
      statement.payload = parser.ParsePayload(classification.kind, 0);
      statement.valid = !parser.Failed();
      if (!statement.valid) statement.payload = EmptyPayloadLike(statement.payload);
    }
    file.statements.push_back(std::move(statement));
  }
  return file;
}

}  // namespace remint::fortran
