#include "frontends/fortran/parse/classify.h"

#include <array>
#include <string>
#include <string_view>

namespace remint::fortran {
namespace {

constexpr size_t kNone = std::string_view::npos;
// How much of an unknown statement its diagnostic quotes.
constexpr size_t kQuotedLength = 40;

auto IsLetter(char c) -> bool { return c >= 'A' && c <= 'Z'; }
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }
auto IsNameChar(char c) -> bool { return IsLetter(c) || IsDigit(c) || c == '_' || c == '$'; }

// The part [begin, end) of a statement's condensed text being classified: the whole statement,
// or the statement a logical IF controls.
class Range {
 public:
  Range(const LogicalStatement& statement, size_t begin, size_t end)
      : statement_(statement), text_(statement.text), begin_(begin), end_(end) {}

  auto Statement() const -> const LogicalStatement& { return statement_; }
  auto Begin() const -> size_t { return begin_; }
  auto End() const -> size_t { return end_; }
  auto IsEmpty() const -> bool { return begin_ >= end_; }
  auto At(size_t offset) const -> char { return offset < end_ ? text_[offset] : '\0'; }
  auto IsCode(size_t offset) const -> bool { return offset < end_ && statement_.IsCode(offset); }
  auto CodeAt(size_t offset) const -> char { return IsCode(offset) ? text_[offset] : '\0'; }

  // Whether code characters spelling `word` start at `offset`.
  auto HasAt(size_t offset, std::string_view word) const -> bool {
    if (offset + word.size() > end_) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (!statement_.IsCode(offset + i) || text_[offset + i] != word[i]) return false;
    }
    return true;
  }
  auto StartsWith(std::string_view word) const -> bool { return HasAt(begin_, word); }
  auto Is(std::string_view word) const -> bool {
    return end_ - begin_ == word.size() && StartsWith(word);
  }
  // Whether [offset, end) is exactly `word`.
  auto RestIs(size_t offset, std::string_view word) const -> bool {
    return end_ >= offset && end_ - offset == word.size() && HasAt(offset, word);
  }
  // Whether [offset, end) is empty or a name (an F90 construct name after END DO, ...).
  auto RestIsNameOrEmpty(size_t offset) const -> bool {
    if (offset == end_) return true;
    if (!IsLetter(CodeAt(offset))) return false;
    for (size_t i = offset; i < end_; ++i) {
      if (!IsNameChar(CodeAt(i))) return false;
    }
    return true;
  }
  // The end of the name starting at `offset` (offset itself when none starts there).
  auto NameEnd(size_t offset) const -> size_t {
    if (!IsLetter(CodeAt(offset))) return offset;
    size_t i = offset;
    while (i < end_ && IsNameChar(CodeAt(i))) ++i;
    return i;
  }
  auto DigitsEnd(size_t offset) const -> size_t {
    size_t i = offset;
    while (i < end_ && IsDigit(CodeAt(i))) ++i;
    return i;
  }
  // The `)` closing the `(` at `open`, skipping character constants and Hollerith; kNone if
  // unbalanced.
  auto ClosingParen(size_t open) const -> size_t {
    int depth = 0;
    for (size_t i = open; i < end_; ++i) {
      char c = CodeAt(i);
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return i;
    }
    return kNone;
  }

 private:
  const LogicalStatement& statement_;
  const std::string& text_;
  size_t begin_;
  size_t end_;
};

// What lies at parenthesis depth 0: the first `=` that is an assignment's (not part of ==, =>,
// <=, >=, /=), whether `::` comes before it, whether a comma comes after it.
struct TopLevel {
  size_t equals = kNone;
  bool double_colon_before = false;
  bool comma_after = false;
};

auto ScanTopLevel(const Range& range) -> TopLevel {
  TopLevel top;
  int depth = 0;
  for (size_t i = range.Begin(); i < range.End(); ++i) {
    char c = range.CodeAt(i);
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (depth != 0) continue;
    if (top.equals == kNone) {
      if (c == ':' && range.CodeAt(i + 1) == ':') top.double_colon_before = true;
      if (c == '=') {
        char before = i > range.Begin() ? range.CodeAt(i - 1) : '\0';
        char after = range.CodeAt(i + 1);
        bool relational = after == '=' || after == '>' || before == '=' || before == '<' ||
                          before == '>' || before == '/';
        if (!relational) top.equals = i;
      }
    } else if (c == ',') {
      top.comma_after = true;
    }
  }
  return top;
}

auto Kind(StatementKind kind, size_t operands) -> Classification {
  Classification result;
  result.kind = kind;
  result.operands = operands;
  return result;
}

auto ClassifyRange(const Range& range) -> Classification;

// IF (e) THEN, IF (e) s, IF (e) l1, l2, l3; unknown when none of them.
auto ClassifyIf(const Range& range) -> Classification {
  size_t open = range.Begin() + 2;
  size_t close = range.ClosingParen(open);
  if (close == kNone || close + 1 >= range.End()) return Classification{};
  size_t after = close + 1;
  if (range.RestIs(after, "THEN")) return Kind(StatementKind::kIfThen, open);
  if (IsDigit(range.CodeAt(after))) return Kind(StatementKind::kArithmeticIf, open);
  if (!IsLetter(range.CodeAt(after))) return Classification{};
  Classification nested = ClassifyRange(Range(range.Statement(), after, range.End()));
  Classification result = Kind(StatementKind::kLogicalIf, open);
  result.nested_kind = nested.kind;
  result.nested_start = after;
  result.nested_operands = nested.operands;
  return result;
}

// The end of a type specifier starting at `offset` (INTEGER, REAL*8, CHARACTER*(*),
// CHARACTER(LEN=8), DOUBLE PRECISION, TYPE(name)); kNone when none starts there.
auto TypeSpecEnd(const Range& range, size_t offset) -> size_t {
  static constexpr std::array<std::string_view, 8> kTypes = {
      "DOUBLEPRECISION", "DOUBLECOMPLEX", "CHARACTER", "INTEGER",
      "LOGICAL",         "COMPLEX",       "REAL",      "BYTE"};
  if (range.HasAt(offset, "TYPE(")) return range.ClosingParen(offset + 4) + 1;
  for (std::string_view type : kTypes) {
    if (!range.HasAt(offset, type)) continue;
    size_t end = offset + type.size();
    if (range.CodeAt(end) == '*') {
      if (range.CodeAt(end + 1) == '(') {
        size_t close = range.ClosingParen(end + 1);
        return close == kNone ? kNone : close + 1;
      }
      size_t digits = range.DigitsEnd(end + 1);
      return digits > end + 1 ? digits : kNone;
    }
    if (range.CodeAt(end) == '(') {
      size_t close = range.ClosingParen(end);
      return close == kNone ? kNone : close + 1;
    }
    return end;
  }
  return kNone;
}

// After a type specifier: FUNCTION name ( ... ) makes a function header; anything else is
// the entity list of a declaration (`REAL FUNCTIONX` declares FUNCTIONX).
auto ClassifyTyped(const Range& range, size_t spec_end) -> Classification {
  if (range.HasAt(spec_end, "FUNCTION")) {
    size_t name = spec_end + 8;
    size_t name_end = range.NameEnd(name);
    if (name_end > name && range.CodeAt(name_end) == '(') {
      return Kind(StatementKind::kFunction, name);
    }
  }
  if (spec_end >= range.End()) return Classification{};
  return Kind(StatementKind::kTypeDeclaration, spec_end);
}

// Keyword statements whose keyword is all that decides: the keyword, the kind, and whether the
// statement must be exactly the keyword (CONTINUE) or may carry operands.
struct KeywordRule {
  std::string_view keyword;
  StatementKind kind;
  bool alone = false;
};

// Longer keywords before their prefixes (ENDFILE before END; DOUBLE before DO is in
// TypeSpecEnd, which runs first).
constexpr std::array<KeywordRule, 36> kKeywordRules = {{
    {"END", StatementKind::kEnd, true},
    {"ENDPROGRAM", StatementKind::kEnd},
    {"ENDSUBROUTINE", StatementKind::kEnd},
    {"ENDFUNCTION", StatementKind::kEnd},
    {"ENDMODULE", StatementKind::kEnd},
    {"ENDBLOCKDATA", StatementKind::kEnd},
    {"ENDFILE", StatementKind::kEndfile},
    {"ELSE", StatementKind::kElse, true},
    {"CONTINUE", StatementKind::kContinue, true},
    {"CONTAINS", StatementKind::kContains, true},
    {"IMPLICITNONE", StatementKind::kImplicitNone, true},
    {"IMPLICIT", StatementKind::kImplicit},
    {"PARAMETER(", StatementKind::kParameter},
    {"DIMENSION", StatementKind::kDimension},
    {"COMMON", StatementKind::kCommon},
    {"EQUIVALENCE(", StatementKind::kEquivalence},
    {"DATA", StatementKind::kData},
    {"SAVE", StatementKind::kSave},
    {"EXTERNAL", StatementKind::kExternal},
    {"INTRINSIC", StatementKind::kIntrinsic},
    {"FORMAT(", StatementKind::kFormat},
    {"READ", StatementKind::kRead},
    {"WRITE(", StatementKind::kWrite},
    {"PRINT", StatementKind::kPrint},
    {"OPEN(", StatementKind::kOpen},
    {"CLOSE(", StatementKind::kClose},
    {"INQUIRE(", StatementKind::kInquire},
    {"REWIND", StatementKind::kRewind},
    {"BACKSPACE", StatementKind::kBackspace},
    {"RETURN", StatementKind::kReturn},
    {"STOP", StatementKind::kStop},
    {"PAUSE", StatementKind::kPause},
    {"CALL", StatementKind::kCall},
    {"ALLOCATE(", StatementKind::kAllocate},
    {"DEALLOCATE(", StatementKind::kDeallocate},
    {"USE", StatementKind::kUse},
}};

// Statements whose operands are optional: RETURN, STOP, PAUSE, SAVE, END PROGRAM [name].
auto MayHaveNoOperands(StatementKind kind) -> bool {
  return kind == StatementKind::kReturn || kind == StatementKind::kStop ||
         kind == StatementKind::kPause || kind == StatementKind::kSave ||
         kind == StatementKind::kEnd;
}

// Program unit headers, after any RECURSIVE, PURE or ELEMENTAL prefix.
auto ClassifyUnitHeader(const Range& range, size_t offset) -> Classification {
  if (range.HasAt(offset, "SUBROUTINE") && range.NameEnd(offset + 10) > offset + 10) {
    return Kind(StatementKind::kSubroutine, offset + 10);
  }
  if (range.HasAt(offset, "FUNCTION") && range.NameEnd(offset + 8) > offset + 8) {
    return Kind(StatementKind::kFunction, offset + 8);
  }
  size_t spec_end = TypeSpecEnd(range, offset);
  if (spec_end != kNone) return ClassifyTyped(range, spec_end);
  return Classification{};
}

auto ClassifyKeyword(const Range& range) -> Classification {
  size_t b = range.Begin();
  // Closing statements that may carry an F90 construct name.
  for (auto [keyword, kind] : {std::pair{std::string_view("ENDIF"), StatementKind::kEndIf},
                               std::pair{std::string_view("ENDDO"), StatementKind::kEndDo},
                               std::pair{std::string_view("ENDSELECT"), StatementKind::kEndSelect},
                               std::pair{std::string_view("ENDTYPE"), StatementKind::kEndType}}) {
    if (range.StartsWith(keyword) && range.RestIsNameOrEmpty(b + keyword.size())) {
      return Kind(kind, b + keyword.size());
    }
  }
  if (range.StartsWith("ELSEIF(")) {
    size_t close = range.ClosingParen(b + 6);
    if (close != kNone && range.RestIs(close + 1, "THEN")) {
      return Kind(StatementKind::kElseIf, b + 6);
    }
  }
  for (std::string_view prefix : {"RECURSIVE", "PURE", "ELEMENTAL"}) {
    if (range.StartsWith(prefix)) {
      Classification header = ClassifyUnitHeader(range, b + prefix.size());
      if (header.kind != StatementKind::kUnknown) return header;
    }
  }
  size_t spec_end = TypeSpecEnd(range, b);
  if (spec_end != kNone) return ClassifyTyped(range, spec_end);
  if (range.StartsWith("DO")) {
    // DO [label [,]] WHILE (e), or an F90 DO alone; a counted DO has an `=` and is found
    // before this.
    size_t after = range.DigitsEnd(b + 2);
    if (after > b + 2 && range.CodeAt(after) == ',') ++after;
    if (range.HasAt(after, "WHILE(")) return Kind(StatementKind::kDoWhile, b + 2);
    if (range.RestIsNameOrEmpty(b + 2) && b + 2 == range.End()) {
      return Kind(StatementKind::kDo, b + 2);
    }
  }
  if (range.StartsWith("GOTO")) {
    size_t target = b + 4;
    if (range.CodeAt(target) == '(') return Kind(StatementKind::kComputedGoto, target);
    if (range.DigitsEnd(target) == range.End() && target < range.End()) {
      return Kind(StatementKind::kGoto, target);
    }
    if (range.NameEnd(target) > target) return Kind(StatementKind::kAssignedGoto, target);
    return Classification{};
  }
  if (range.StartsWith("ASSIGN")) {
    size_t label_end = range.DigitsEnd(b + 6);
    if (label_end > b + 6 && range.HasAt(label_end, "TO") &&
        range.NameEnd(label_end + 2) == range.End() && label_end + 2 < range.End()) {
      return Kind(StatementKind::kAssign, b + 6);
    }
  }
  if (range.StartsWith("PROGRAM") && range.NameEnd(b + 7) > b + 7) {
    return Kind(StatementKind::kProgram, b + 7);
  }
  if (range.StartsWith("BLOCKDATA")) return Kind(StatementKind::kBlockData, b + 9);
  if (range.StartsWith("ENTRY") && range.NameEnd(b + 5) > b + 5) {
    return Kind(StatementKind::kEntry, b + 5);
  }
  Classification header = ClassifyUnitHeader(range, b);
  if (header.kind != StatementKind::kUnknown) return header;
  if (range.StartsWith("INCLUDE") && !range.IsCode(b + 7) && b + 7 < range.End()) {
    return Kind(StatementKind::kInclude, b + 7);
  }
  if (range.StartsWith("MODULE") && range.NameEnd(b + 6) > b + 6) {
    return Kind(StatementKind::kModule, b + 6);
  }
  if (range.StartsWith("SELECTCASE(")) return Kind(StatementKind::kSelectCase, b + 10);
  if (range.StartsWith("CASE(")) return Kind(StatementKind::kCase, b + 4);
  if (range.Is("CASEDEFAULT")) return Kind(StatementKind::kCase, b + 4);
  if (range.StartsWith("TYPE")) {
    // TYPE(name) declares (TypeSpecEnd, above); TYPE name, TYPE :: name and TYPE, attributes ::
    // name define.
    size_t after = b + 4;
    if (range.CodeAt(after) == ',' || range.HasAt(after, "::") || range.RestIsNameOrEmpty(after)) {
      if (after < range.End()) return Kind(StatementKind::kTypeDefinition, after);
    }
  }
  for (const KeywordRule& rule : kKeywordRules) {
    if (rule.alone ? range.Is(rule.keyword) : range.StartsWith(rule.keyword)) {
      size_t operands = b + rule.keyword.size();
      // A keyword ending in `(` starts its operands at the parenthesis.
      if (rule.keyword.back() == '(') --operands;
      if (!rule.alone && operands >= range.End() && !MayHaveNoOperands(rule.kind)) continue;
      return Kind(rule.kind, operands);
    }
  }
  return Classification{};
}

auto ClassifyRange(const Range& range) -> Classification {
  if (range.IsEmpty()) return Classification{};
  size_t b = range.Begin();
  if (range.StartsWith("IF(")) {
    Classification result = ClassifyIf(range);
    if (result.kind != StatementKind::kUnknown) return result;
  }
  TopLevel top = ScanTopLevel(range);
  if (top.equals != kNone && !top.double_colon_before) {
    // DO [label [,]] variable = e1, e2 [, e3]: the comma after the `=` is what an assignment to
    // a variable whose name begins with DO cannot have at the top level.
    if (range.StartsWith("DO") && top.comma_after) {
      size_t after = range.DigitsEnd(b + 2);
      if (after > b + 2 && range.CodeAt(after) == ',') ++after;
      if (range.NameEnd(after) == top.equals && top.equals > after) {
        return Kind(StatementKind::kDo, b + 2);
      }
    }
    if (IsLetter(range.CodeAt(b))) return Kind(StatementKind::kAssignment, b);
    return Classification{};
  }
  return ClassifyKeyword(range);
}

}  // namespace

auto ClassifyStatement(const LogicalStatement& statement) -> Classification {
  return ClassifyRange(Range(statement, 0, statement.text.size()));
}

auto ClassifyStatements(const std::vector<LogicalStatement>& statements, DiagnosticEmitter& emitter)
    -> std::vector<Classification> {
  std::vector<Classification> result;
  result.reserve(statements.size());
  for (const LogicalStatement& statement : statements) {
    Classification classification = ClassifyStatement(statement);
    size_t unknown_at = kNone;
    if (classification.kind == StatementKind::kUnknown) {
      unknown_at = 0;
    } else if (classification.kind == StatementKind::kLogicalIf &&
               classification.nested_kind == StatementKind::kUnknown) {
      unknown_at = classification.nested_start;
    }
    if (unknown_at != kNone) {
      std::string quoted = statement.text.substr(unknown_at, kQuotedLength);
      if (statement.text.size() - unknown_at > kQuotedLength) quoted += "...";
      emitter.Emit(DiagnosticKind::kFortranUnclassifiableStatement, statement.LocAt(unknown_at),
                   quoted);
    }
    result.push_back(classification);
  }
  return result;
}

}  // namespace remint::fortran
