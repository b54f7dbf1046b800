// Executable statements other than I/O (ISO 1539:1980 sections 10, 11, 15): assignment and
// statement functions, IF forms, DO, GO TO forms, ASSIGN, CALL, RETURN, STOP, PAUSE, END.
// Labels are taken as raw digits: in `DO10D1=1,5` a tokenizer would read 10D1 as a real.
#include "frontends/fortran/parse/statement_parser.h"

namespace remint::fortran {

auto StatementParser::ParseLabel(LabelRef& label) -> bool {
  label.loc = cursor_.Loc();
  size_t start = cursor_.Position();
  std::optional<uint32_t> digits = cursor_.TakeDigits();
  if (!digits || *digits == 0 || *digits > 99999) {
    cursor_.Seek(start);
    Fail("a statement label (1 to 99999)");
    return false;
  }
  label.label = *digits;
  return true;
}

auto StatementParser::ParseAssignment() -> StatementPayload {
  AssignmentStmt assignment;
  assignment.target = ParseDesignator();
  if (assignment.target == kNoExpr || !Expect("=")) return assignment;
  assignment.value = ParseExpr();
  if (assignment.value != kNoExpr) ExpectEnd();
  return assignment;
}

// IF (c) THEN and ELSE IF (c) THEN.
auto StatementParser::ParseCondition(bool then_required) -> StatementPayload {
  ConditionStmt condition;
  if (!Expect("(")) return condition;
  condition.condition = ParseExpr();
  if (condition.condition == kNoExpr || !Expect(")")) return condition;
  if (then_required && !cursor_.AcceptWord("THEN")) {
    Fail("THEN");
    return condition;
  }
  ExpectEnd();
  return condition;
}

auto StatementParser::ParseArithmeticIf() -> StatementPayload {
  ArithmeticIfStmt arithmetic_if;
  if (!Expect("(")) return arithmetic_if;
  arithmetic_if.value = ParseExpr();
  if (arithmetic_if.value == kNoExpr || !Expect(")")) return arithmetic_if;
  if (!ParseLabel(arithmetic_if.negative) || !Expect(",") || !ParseLabel(arithmetic_if.zero) ||
      !Expect(",") || !ParseLabel(arithmetic_if.positive)) {
    return arithmetic_if;
  }
  ExpectEnd();
  return arithmetic_if;
}

// DO [label [,]] v = e1, e2 [, e3]; DO [label [,]] WHILE (e); DO.
auto StatementParser::ParseDo(bool is_while) -> StatementPayload {
  DoStmt loop;
  SourceLoc label_loc = cursor_.Loc();
  if (std::optional<uint32_t> digits = cursor_.TakeDigits()) {
    loop.terminal = LabelRef{*digits, label_loc};
    cursor_.Accept(",");
  }
  if (is_while) {
    if (!cursor_.AcceptWord("WHILE") || !Expect("(")) return loop;
    loop.while_condition = ParseExpr();
    if (loop.while_condition != kNoExpr && Expect(")")) ExpectEnd();
    return loop;
  }
  if (cursor_.AtEnd()) return loop;
  const Token& variable = cursor_.Peek();
  if (variable.kind != TokenKind::kName) {
    Fail("the DO variable");
    return loop;
  }
  loop.variable = MakeLeaf(ExprKind::kName, variable.text, cursor_.LocAt(variable.begin));
  cursor_.Next();
  if (!Expect("=")) return loop;
  loop.start = ParseExpr();
  if (loop.start == kNoExpr || !Expect(",")) return loop;
  loop.end = ParseExpr();
  if (loop.end == kNoExpr) return loop;
  if (cursor_.Accept(",")) {
    loop.step = ParseExpr();
    if (loop.step == kNoExpr) return loop;
  }
  ExpectEnd();
  return loop;
}

auto StatementParser::ParseGoto(StatementKind kind) -> StatementPayload {
  GotoStmt go_to;
  auto parse_label_list = [&]() -> bool {
    if (!Expect("(")) return false;
    while (true) {
      LabelRef label;
      if (!ParseLabel(label)) return false;
      go_to.targets.push_back(label);
      if (!cursor_.Accept(",")) break;
    }
    return Expect(")");
  };
  if (kind == StatementKind::kGoto) {
    LabelRef label;
    if (ParseLabel(label)) {
      go_to.targets.push_back(label);
      ExpectEnd();
    }
    return go_to;
  }
  if (kind == StatementKind::kComputedGoto) {
    if (!parse_label_list()) return go_to;
    cursor_.Accept(",");
    go_to.selector = ParseExpr();
    if (go_to.selector != kNoExpr) ExpectEnd();
    return go_to;
  }
  // Assigned GO TO: v [[,] (labels)].
  go_to.selector = ParseDesignator();
  if (go_to.selector == kNoExpr) return go_to;
  cursor_.Accept(",");
  if (cursor_.IsNext("(") && !parse_label_list()) return go_to;
  ExpectEnd();
  return go_to;
}

// ASSIGN label TO v: the TO is taken from the text (`ASSIGN10TOI`).
auto StatementParser::ParseAssign() -> StatementPayload {
  AssignStmt assign;
  if (!ParseLabel(assign.label)) return assign;
  if (!cursor_.AcceptWord("TO")) {
    Fail("TO");
    return assign;
  }
  assign.variable = ParseDesignator();
  if (assign.variable != kNoExpr) ExpectEnd();
  return assign;
}

auto StatementParser::ParseCall() -> StatementPayload {
  CallStmt call;
  if (!ExpectName(call.name, &call.name_loc)) return call;
  if (cursor_.IsNext("(") && !ParseArguments(call.arguments)) return call;
  ExpectEnd();
  return call;
}

// RETURN [e]; STOP [code]; PAUSE [code].
auto StatementParser::ParseValue() -> StatementPayload {
  ValueStmt value;
  if (cursor_.AtEnd()) return value;
  value.value = ParseExpr();
  if (value.value != kNoExpr) ExpectEnd();
  return value;
}

// END [PROGRAM|SUBROUTINE|... [name]], END IF [name], END DO [name]: the optional name.
auto StatementParser::ParseEnd() -> StatementPayload {
  PlainStmt end;
  if (cursor_.AtEnd()) return end;
  if (!ExpectName(end.name)) return end;
  ExpectEnd();
  return end;
}

}  // namespace remint::fortran
