// Input/output statements (ISO 1539:1980 section 12, 13): READ, WRITE, PRINT, OPEN, CLOSE,
// INQUIRE, REWIND, BACKSPACE, ENDFILE with their control lists and I/O lists, and FORMAT,
// whose specification is kept as text for the runtime's format parser.
#include "frontends/fortran/parse/statement_parser.h"

namespace remint::fortran {
namespace {

// Control list keywords whose value is a statement label when written as digits.
auto TakesLabel(std::string_view keyword) -> bool {
  return keyword == "FMT" || keyword == "ERR" || keyword == "END" || keyword == "EOR";
}

// `(` [UNIT=] u [, [FMT=] f] [, keyword = value]... `)`.
auto ParseControlList(StatementParser& parser, IoStmt& io) -> bool {
  TokenCursor& cursor = parser.Cursor();
  if (!parser.Expect("(")) return false;
  size_t positional = 0;
  while (true) {
    IoControl control;
    control.loc = cursor.Loc();
    if (cursor.Peek().kind == TokenKind::kName && cursor.PeekSecond().Is("=")) {
      control.keyword = cursor.Next().text;
      cursor.Next();
    } else {
      // The first positional item is the unit, the second the format (F77 12.8).
      control.keyword = positional == 1 ? "FMT" : (positional == 0 ? "UNIT" : "");
      control.loc = cursor.Loc();
      ++positional;
      if (control.keyword.empty()) {
        parser.Fail("a keyword (a third item needs one)");
        return false;
      }
    }
    SourceLoc loc = cursor.Loc();
    if (cursor.IsNext("*") && (cursor.PeekSecond().Is(",") || cursor.PeekSecond().Is(")"))) {
      cursor.Next();
      control.value = parser.MakeLeaf(ExprKind::kStar, "*", loc);
    } else if (TakesLabel(control.keyword) && cursor.Peek().kind == TokenKind::kInteger &&
               (cursor.PeekSecond().Is(",") || cursor.PeekSecond().Is(")"))) {
      control.value = parser.MakeLeaf(ExprKind::kLabel, cursor.Next().text, loc);
    } else {
      control.value = parser.ParseExpr();
      if (control.value == kNoExpr) return false;
    }
    io.controls.push_back(std::move(control));
    if (cursor.Accept(",")) continue;
    return parser.Expect(")");
  }
}

// The format of READ f, list and PRINT f, list: `*`, a label, or a character expression or
// variable.
auto ParseShortFormat(StatementParser& parser, IoStmt& io) -> bool {
  TokenCursor& cursor = parser.Cursor();
  IoControl control;
  control.keyword = "FMT";
  control.loc = cursor.Loc();
  if (cursor.Accept("*")) {
    control.value = parser.MakeLeaf(ExprKind::kStar, "*", control.loc);
  } else if (cursor.Peek().kind == TokenKind::kInteger &&
             (cursor.PeekSecond().Is(",") || cursor.PeekSecond().kind == TokenKind::kEnd)) {
    control.value = parser.MakeLeaf(ExprKind::kLabel, cursor.Next().text, control.loc);
  } else {
    control.value = parser.ParseExpr();
    if (control.value == kNoExpr) return false;
  }
  io.controls.push_back(std::move(control));
  return true;
}

}  // namespace

auto StatementParser::ParseIo(StatementKind kind) -> StatementPayload {
  IoStmt io;
  bool is_read = kind == StatementKind::kRead;
  bool takes_list = is_read || kind == StatementKind::kWrite || kind == StatementKind::kPrint;
  if (kind != StatementKind::kPrint && cursor_.IsNext("(")) {
    // A parenthesized list after READ is its control list (READ (f) with an expression format
    // is not FORTRAN 77).
    io.has_control_list = true;
    if (!ParseControlList(*this, io)) return io;
    // gfortran accepts a comma between the control list and the I/O list.
    if (takes_list) cursor_.Accept(",");
  } else if (kind == StatementKind::kRead || kind == StatementKind::kPrint) {
    if (!ParseShortFormat(*this, io)) return io;
    if (!cursor_.AtEnd() && !Expect(",")) return io;
  } else if (kind == StatementKind::kRewind || kind == StatementKind::kBackspace ||
             kind == StatementKind::kEndfile) {
    IoControl unit;
    unit.keyword = "UNIT";
    unit.loc = cursor_.Loc();
    unit.value = ParseExpr();
    if (unit.value == kNoExpr) return io;
    io.controls.push_back(std::move(unit));
  } else {
    Fail("'(' and a control list");
    return io;
  }
  if (takes_list) {
    while (!cursor_.AtEnd()) {
      ExprId item = ParseListItem(/*designators_only=*/is_read);
      if (item == kNoExpr) return io;
      io.items.push_back(item);
      if (!cursor_.Accept(",")) break;
    }
  }
  ExpectEnd();
  return io;
}

auto StatementParser::ParseFormat() -> StatementPayload {
  FormatStmt format;
  const LogicalStatement& statement = cursor_.Statement();
  size_t begin = cursor_.Position();
  size_t end = cursor_.End();
  if (begin >= end || statement.text[begin] != '(' || statement.text[end - 1] != ')' ||
      !statement.IsCode(end - 1)) {
    Fail("a format specification in parentheses");
    return format;
  }
  format.text = statement.text.substr(begin, end - begin);
  format.offset = begin;
  return format;
}

// F90 statements kept as expression lists: SELECT CASE (e), CASE (values) / CASE DEFAULT,
// ALLOCATE (...), DEALLOCATE (...), USE name, MODULE name, TYPE name.
auto StatementParser::ParseExprList(StatementKind kind) -> StatementPayload {
  ExprListStmt list;
  if (kind == StatementKind::kCase && cursor_.AcceptWord("DEFAULT")) {
    list.name = "DEFAULT";
  } else if (kind == StatementKind::kUse || kind == StatementKind::kTypeDefinition) {
    cursor_.Accept(",");
    cursor_.Accept("::");
    if (!ExpectName(list.name)) return list;
    if (kind == StatementKind::kUse && cursor_.Accept(",")) {
      // USE m, ONLY: names / renames: kept as the names.
      if (cursor_.AcceptWord("ONLY:")) {
        while (!cursor_.AtEnd()) {
          ExprId name = ParseDesignator();
          if (name == kNoExpr) return list;
          list.exprs.push_back(name);
          if (!cursor_.Accept(",")) break;
        }
      }
    }
  } else if (!ParseArguments(list.exprs)) {
    return list;
  }
  ExpectEnd();
  return list;
}

}  // namespace remint::fortran
