#include "frontends/jcl/parse/statement_reader.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

// Columns 1-71 hold a statement; 72 is the comment-continuation column, 73-80 the sequence.
constexpr size_t kTextColumns = 71;
// A quoted string carried past column 71 resumes in column 16 of the next card.
constexpr size_t kQuotedContinuationColumn = 16;

constexpr std::array<std::string_view, 28> kOperations = {
    "AFTER",   "BEFORE",   "CNTL",   "COMMAND",  "CONCURRENT", "DD",     "ELSE",
    "ENDCNTL", "ENDGROUP", "ENDIF",  "ENDSET",   "EXEC",       "EXPORT", "GJOB",
    "IF",      "INCLUDE",  "JCLLIB", "JOB",      "JOBGROUP",   "JOBSET", "NOTIFY",
    "OUTPUT",  "PEND",     "PROC",   "SCHEDULE", "SET",        "SJOB",   "XMIT"};

// Operations whose operand field is empty by definition: anything after them is a comment.
auto HasNoOperands(std::string_view operation) -> bool {
  return operation == "PEND" || operation == "ENDCNTL" || operation == "ELSE" ||
         operation == "ENDIF" || operation == "ENDGROUP" || operation == "ENDSET";
}

constexpr std::array<std::string_view, 14> kJes3Verbs = {
    "MAIN",  "FORMAT", "PROCESS", "ENDPROCESS", "NET",     "NETACCT",    "OPERATOR",
    "PAUSE", "ROUTE",  "SIGNON",  "SIGNOFF",    "DATASET", "ENDDATASET", "*"};

auto IsBlank(char c) -> bool { return c == ' ' || c == '\t'; }

// find_first_of(" \t", from), find_first_not_of(" \t", from) and find_last_not_of(" \t") as
// plain loops: the library's versions search the two-character set once per character (a
// memchr call each), which was most of reading a card.
auto FindBlank(std::string_view text, size_t from = 0) -> size_t {
  for (size_t i = from; i < text.size(); ++i) {
    if (IsBlank(text[i])) return i;
  }
  return std::string_view::npos;
}

auto FindNonBlank(std::string_view text, size_t from = 0) -> size_t {
  for (size_t i = from; i < text.size(); ++i) {
    if (!IsBlank(text[i])) return i;
  }
  return std::string_view::npos;
}

auto FindLastNonBlank(std::string_view text) -> size_t {
  for (size_t i = text.size(); i > 0; --i) {
    if (!IsBlank(text[i - 1])) return i - 1;
  }
  return std::string_view::npos;
}

// MVS operator commands a job may carry as `// verb operands` (START, MODIFY, ...).
constexpr std::array<std::string_view, 34> kOperatorCommands = {
    "A",      "C",     "CANCEL", "CONTROL", "D",        "DISPLAY", "DUMP", "F",       "HALT",
    "K",      "L",     "LOG",    "M",       "MODIFY",   "MOUNT",   "P",    "PAGEADD", "R",
    "REPLY",  "RESET", "S",      "SEND",    "START",    "STOP",    "SWAP", "SWITCH",  "T",
    "UNLOAD", "V",     "VARY",   "W",       "WRITELOG", "Z",       "MN"};

auto IsOperatorCommand(std::string_view verb) -> bool {
  return std::find(kOperatorCommands.begin(), kOperatorCommands.end(), verb) !=
         kOperatorCommands.end();
}

// JES2 job-group statements code conditions with blanks inside parentheses (ERROR=, WHEN=).
auto AllowsBlanksInParentheses(std::string_view operation) -> bool {
  return operation == "JOBGROUP" || operation == "GJOB" || operation == "JOBSET" ||
         operation == "SJOB" || operation == "AFTER" || operation == "BEFORE" ||
         operation == "CONCURRENT";
}

// The statement columns of a card (1-71), trailing blanks kept as written.
auto TextColumns(std::string_view card) -> std::string_view {
  return card.substr(0, std::min(card.size(), kTextColumns));
}

auto IsCommentCard(std::string_view card) -> bool { return card.starts_with("//*"); }

// A continuation card: `//` then a blank in column 3 and something after it.
auto IsContinuationCard(std::string_view card) -> bool {
  std::string_view text = TextColumns(card);
  if (!text.starts_with("//") || text.starts_with("//*")) return false;
  if (text.size() < 3 || !IsBlank(text[2])) return false;
  return FindNonBlank(text, 2) != std::string_view::npos;
}

// Characters that end or change a run while the operand field is scanned: blanks, apostrophes
// and parentheses. Every other character is passed over by one table look-up.
constexpr auto kOperandStops = [] {
  std::array<bool, 256> stops{};
  for (unsigned char c : {' ', '\t', '\'', '(', ')'}) stops[c] = true;
  return stops;
}();

// Scans a card's operand text from `i` to the blank that ends the field (outside apostrophes,
// and, when `blanks_in_parentheses`, outside parentheses) or to the end of the text; `quoted`
// and `depth` carry the apostrophe and parenthesis state over continuation cards. Returns where
// it stopped.
auto ScanOperandCard(std::string_view text, size_t i, bool& quoted, int& depth,
                     bool blanks_in_parentheses) -> size_t {
  while (i < text.size()) {
    if (quoted) {
      // Inside a string only its closing apostrophe counts (a doubled one closes and reopens).
      size_t close = text.find('\'', i);
      if (close == std::string_view::npos) return text.size();
      quoted = false;
      i = close + 1;
      continue;
    }
    while (i < text.size() && !kOperandStops[static_cast<unsigned char>(text[i])]) ++i;
    if (i == text.size()) break;
    char c = text[i];
    if (c == '\'') {
      quoted = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (!(blanks_in_parentheses && depth > 0)) {
      break;  // A blank ends the field.
    }
    ++i;
  }
  return i;
}

// Reads one member. Statements are appended as they complete.
class Reader {
 public:
  Reader(const SourceManager& sources, FileId file, IncludeId include, DiagnosticEmitter& emitter)
      : text_(sources.file(file).text), file_(file), include_(include), emitter_(emitter) {}

  auto Read() -> std::vector<Statement> {
    line_ = 1;
    // At most a statement a card: one allocation rather than a growing vector of statements
    // (moved on each growth), capped so a huge member does not reserve for cards it never uses.
    statements_.reserve(std::min<size_t>(text_.line_count(), 1024));
    while (line_ <= text_.line_count()) ReadNext();
    for (Statement& statement : statements_) {
      if (statement.kind == StatementKind::kJcl) statement.op = OperationOf(statement.operation);
    }
    return std::move(statements_);
  }

 private:
  auto Loc(uint32_t line, uint32_t column) const -> SourceLoc {
    return SourceLoc{file_, line, column, include_};
  }
  auto Card(uint32_t line) const -> std::string_view { return text_.line(line); }

  void ReadNext() {
    std::string_view card = Card(line_);
    std::string_view text = TextColumns(card);
    if (text.starts_with("//*")) {
      ReadCommentOrJes3(text);
      return;
    }
    if (text.starts_with("/*")) {
      ReadDelimiterOrJes2(text);
      return;
    }
    if (text.starts_with("//")) {
      if (FindNonBlank(text, 2) == std::string_view::npos) {
        Statement statement;
        statement.kind = StatementKind::kNull;
        statement.loc = Loc(line_, 1);
        statement.last_line = line_;
        statements_.push_back(std::move(statement));
        ++line_;
        return;
      }
      ReadJclStatement();
      return;
    }
    if (FindNonBlank(text) == std::string_view::npos && card.size() <= kTextColumns) {
      ++line_;  // A blank card between statements carries nothing.
      return;
    }
    if (ImpliesSysin()) {
      ReadImpliedSysin();
      return;
    }
    if (statements_.empty()) {
      emitter_.Emit(DiagnosticKind::kJclCardBeforeFirstStatement, Loc(line_, 1));
      ++line_;
      return;
    }
    emitter_.Emit(DiagnosticKind::kJclNotAStatement, Loc(line_, 1));
    ++line_;
  }

  // Data right after a step's EXEC or DD statements: the system supplies `//SYSIN DD *`.
  auto ImpliesSysin() const -> bool {
    if (statements_.empty()) return false;
    const Statement& last = statements_.back();
    return last.kind == StatementKind::kJcl && (last.operation == "EXEC" || last.operation == "DD");
  }

  void ReadImpliedSysin() {
    Statement statement;
    statement.loc = Loc(line_, 1);
    statement.name = "SYSIN";
    statement.operation = "DD";
    statement.operands = "*";
    statement.segments.push_back(OperandSegment{0, 1, Loc(line_, 1)});
    ReadData(statement, "", /*ends_at_statement=*/true);
    statements_.push_back(std::move(statement));
  }

  void ReadCommentOrJes3(std::string_view text) {
    std::string_view rest = text.substr(3);
    size_t end = FindBlank(rest);
    std::string verb = UpperCase(rest.substr(0, end));
    bool jes3 = std::find(kJes3Verbs.begin(), kJes3Verbs.end(), verb) != kJes3Verbs.end();
    if (jes3) {
      Statement statement;
      statement.kind = StatementKind::kJes3;
      statement.loc = Loc(line_, 1);
      statement.last_line = line_;
      statement.operation = verb;
      if (end != std::string_view::npos) AppendOperands(statement, text, 3 + end + 1);
      statements_.push_back(std::move(statement));
    }
    ++line_;
  }

  void ReadDelimiterOrJes2(std::string_view text) {
    Statement statement;
    statement.loc = Loc(line_, 1);
    statement.last_line = line_;
    if (text.size() == 2 || IsBlank(text[2])) {
      statement.kind = StatementKind::kDelimiter;
    } else {
      statement.kind = StatementKind::kJes2;
      std::string_view rest = text.substr(2);
      size_t end = FindBlank(rest);
      AssignUpperCase(statement.operation, rest.substr(0, end));
      if (end != std::string_view::npos) AppendOperands(statement, text, 2 + end + 1);
    }
    statements_.push_back(std::move(statement));
    ++line_;
  }

  // Keeps columns [from, end of text) of the current card, trailing blanks dropped.
  void AppendOperands(Statement& statement, std::string_view text, size_t from) {
    if (from >= text.size()) return;
    std::string_view piece = text.substr(from);
    size_t last = FindLastNonBlank(piece);
    if (last == std::string_view::npos) return;
    piece = piece.substr(0, last + 1);
    size_t first = FindNonBlank(piece);
    from += first;
    piece = piece.substr(first);
    AppendPiece(statement, piece, line_, static_cast<uint32_t>(from + 1));
  }

  void AppendPiece(Statement& statement, std::string_view piece, uint32_t line, uint32_t column) {
    if (piece.empty()) return;
    statement.segments.push_back(OperandSegment{static_cast<uint32_t>(statement.operands.size()),
                                                static_cast<uint32_t>(piece.size()),
                                                Loc(line, column)});
    statement.operands.append(piece);
  }

  void ReadJclStatement() {
    std::string_view text = TextColumns(Card(line_));
    // Built in place: a statement is moved no more once read.
    Statement& statement = statements_.emplace_back();
    statement.loc = Loc(line_, 1);
    size_t position = 2;
    if (!IsBlank(text[2])) {
      size_t end = std::min(FindBlank(text, 2), text.size());
      statement.name.assign(text.substr(2, end - 2));
      position = end;
    }
    position = std::min(FindNonBlank(text, position), text.size());
    if (position == text.size()) {
      emitter_.Emit(DiagnosticKind::kJclMissingOperation, Loc(line_, 3));
      statements_.pop_back();  // Not a statement after all.
      ++line_;
      return;
    }
    size_t operation_end = std::min(FindBlank(text, position), text.size());
    AssignUpperCase(statement.operation, text.substr(position, operation_end - position));
    if (statement.name.empty() && IsOperatorCommand(statement.operation)) {
      // `// START ...`: an operator command in the input stream; its text runs to the card's end.
      statement.kind = StatementKind::kCommand;
      AppendOperands(statement, text, operation_end);
      statement.last_line = line_;
      ++line_;
      return;
    }
    if (!IsKnownOperation(statement.operation)) {
      emitter_.Emit(DiagnosticKind::kJclUnknownOperation,
                    Loc(line_, static_cast<uint32_t>(position + 1)), statement.operation);
    }
    position = operation_end;
    if (HasNoOperands(statement.operation)) {
      statement.last_line = line_;
      ++line_;
      return;
    }
    if (statement.operation == "IF") {
      ReadIfCondition(statement, position);
    } else {
      ReadOperandField(statement, position);
    }
    statement.last_line = line_;
    ++line_;
    StartDataIfAny(statement);
  }

  // The operand field runs to the first blank outside apostrophes. A field ending in a comma
  // continues on the next continuation card (comment cards may come between); an apostrophe
  // string open at column 71 resumes in column 16 of the next card. Job-group statements keep
  // blanks inside parentheses and continue while a parenthesis is open.
  void ReadOperandField(Statement& statement, size_t position) {
    std::string_view card = Card(line_);
    std::string_view text = TextColumns(card);
    position = std::min(FindNonBlank(text, position), text.size());
    if (position == text.size()) return;
    bool quoted = false;
    int depth = 0;
    bool blanks_in_parentheses = AllowsBlanksInParentheses(statement.operation);
    while (true) {
      size_t start = position;
      size_t i = ScanOperandCard(text, position, quoted, depth, blanks_in_parentheses);
      if (!quoted && i == kTextColumns && card.size() > kTextColumns &&
          !IsBlank(card[kTextColumns]) && text[kTextColumns - 1] != ',') {
        // The field runs on into column 72: a workstation copy, not card images. Read the line
        // to its first blank rather than cut a parameter in two.
        size_t end = std::min(FindBlank(card, kTextColumns), card.size());
        emitter_.Emit(DiagnosticKind::kJclOperandPastColumn71,
                      Loc(line_, static_cast<uint32_t>(kTextColumns + 1)));
        text = card.substr(0, end);
        i = end;
      }
      // A view of the card (no copy) unless blanks must be added.
      std::string_view piece = text.substr(start, i - start);
      std::string padded;
      if (quoted) {
        // The string is carried to column 71: trailing blanks a text editor dropped count.
        padded = piece;
        padded.resize(kTextColumns - start, ' ');
        piece = padded;
      }
      bool open = blanks_in_parentheses && depth > 0;
      if (statement.segments.empty() &&
          (quoted || open || (!piece.empty() && piece.back() == ','))) {
        // The field goes on over continuation cards: room for a few, instead of a vector and
        // a string grown at each card.
        statement.segments.reserve(2);
        statement.operands.reserve(2 * piece.size());
      }
      AppendPiece(statement, piece, line_, static_cast<uint32_t>(start + 1));
      if (!quoted && !open && (piece.empty() || piece.back() != ',')) {
        SkipCommentContinuations(card);
        return;
      }
      uint32_t next = NextNonCommentLine(line_ + 1);
      if (next > text_.line_count() || !IsContinuationCard(Card(next))) {
        if (quoted) {
          // Left to the operand parser, which reports the string at its opening apostrophe.
          statement.operands.resize(statement.operands.size() - (piece.size() - (i - start)));
          statement.segments.back().length -= static_cast<uint32_t>(piece.size() - (i - start));
        } else {
          SourceLoc where =
              next > text_.line_count() ? Loc(line_, static_cast<uint32_t>(i)) : Loc(next, 1);
          emitter_.Emit(DiagnosticKind::kJclExpectedContinuation, where, statement.operation);
        }
        return;
      }
      line_ = next;
      card = Card(line_);
      text = TextColumns(card);
      size_t first = FindNonBlank(text, 2);
      if (quoted && first >= kQuotedContinuationColumn - 1) {
        position = std::min(kQuotedContinuationColumn - 1, text.size());
      } else {
        // Columns 4-15 hold text: the string (or field) resumes where that text starts.
        position = first;
      }
      if (open && !statement.operands.empty()) {
        statement.operands += ' ';
      }
    }
  }

  // A non-blank column 72 after a complete operand field continues the comment: the next
  // continuation cards hold comment text, up to the first with column 72 blank.
  void SkipCommentContinuations(std::string_view card) {
    while (card.size() > kTextColumns && !IsBlank(card[kTextColumns]) &&
           line_ + 1 <= text_.line_count() && IsContinuationCard(Card(line_ + 1))) {
      ++line_;
      card = Card(line_);
    }
  }

  // IF's condition may hold blanks; it runs to the word THEN, over continuation cards.
  void ReadIfCondition(Statement& statement, size_t position) {
    std::string_view text = TextColumns(Card(line_));
    while (true) {
      position = std::min(FindNonBlank(text, position), text.size());
      size_t then = FindThen(text, position);
      size_t end = then == std::string_view::npos ? text.size() : then;
      std::string_view piece = text.substr(position, end - position);
      size_t last = FindLastNonBlank(piece);
      piece = last == std::string_view::npos ? std::string_view() : piece.substr(0, last + 1);
      if (!piece.empty() && !statement.operands.empty()) statement.operands += ' ';
      AppendPiece(statement, piece, line_, static_cast<uint32_t>(position + 1));
      if (then != std::string_view::npos) return;
      uint32_t next = NextNonCommentLine(line_ + 1);
      if (next > text_.line_count() || !IsContinuationCard(Card(next))) {
        emitter_.Emit(DiagnosticKind::kJclMalformedCondition, statement.loc,
                      "no THEN ends the condition");
        return;
      }
      line_ = next;
      text = TextColumns(Card(line_));
      position = 2;
    }
  }

  // The offset of a blank-delimited THEN (outside apostrophes) at or after `from`.
  static auto FindThen(std::string_view text, size_t from) -> size_t {
    bool quoted = false;
    for (size_t i = from; i + 4 <= text.size(); ++i) {
      if (text[i] == '\'') quoted = !quoted;
      if (quoted) continue;
      bool starts = i == 0 || IsBlank(text[i - 1]) || text[i - 1] == ')';
      bool ends = i + 4 == text.size() || IsBlank(text[i + 4]);
      if (starts && ends && UpperCase(text.substr(i, 4)) == "THEN") return i;
    }
    return std::string_view::npos;
  }

  auto NextNonCommentLine(uint32_t line) const -> uint32_t {
    while (line <= text_.line_count() && IsCommentCard(Card(line))) ++line;
    return line;
  }

  // DD * and DD DATA (and JES2's XMIT) own the cards that follow them.
  void StartDataIfAny(Statement& statement) {
    bool star = false;
    bool data = false;
    std::string_view operands = statement.operands;
    if (statement.operation == "DD") {
      std::string_view first = operands.substr(0, std::min(operands.find(','), operands.size()));
      std::string upper = UpperCase(first);
      star = upper == "*";
      data = upper == "DATA";
    } else if (statement.operation == "XMIT") {
      star = true;  // Like DD *: a `//` card ends the transmitted data too.
    }
    if (!star && !data) return;
    std::string delimiter = DelimiterOperand(operands);
    ReadData(statement, delimiter, star && delimiter.empty());
  }

  // DLM=xx or DLM='x''y' among the top-level operands.
  static auto DelimiterOperand(std::string_view operands) -> std::string {
    std::vector<size_t> starts = TopLevelCommas(operands);
    starts.insert(starts.begin(), 0);
    for (size_t i = 0; i < starts.size(); ++i) {
      size_t end = i + 1 < starts.size() ? starts[i + 1] - 1 : operands.size();
      std::string_view parameter = operands.substr(starts[i], end - starts[i]);
      if (UpperCase(parameter.substr(0, 4)) == "DLM=") return Unquote(parameter.substr(4));
    }
    return "";
  }

  // Reads data cards from line_ on. Without DLM, `/*` ends the data (and is consumed); for DD *
  // a `//` card also ends it (and starts the next statement). With DLM, only the delimiter does.
  void ReadData(Statement& statement, const std::string& delimiter, bool ends_at_statement) {
    statement.has_data = true;
    // At the end of the member there is no data card: the data is located at the statement's
    // last card, never past the member.
    statement.data_loc = line_ <= text_.line_count() ? Loc(line_, 1) : Loc(statement.last_line, 1);
    while (line_ <= text_.line_count()) {
      std::string_view card = Card(line_);
      if (!delimiter.empty()) {
        if (card.starts_with(delimiter)) {
          statement.delimiter = delimiter;
          statement.last_line = line_++;
          return;
        }
      } else {
        if (card.starts_with("/*") && (card.size() == 2 || IsBlank(card[2]))) {
          statement.delimiter = "/*";
          statement.last_line = line_++;
          return;
        }
        if (ends_at_statement && card.starts_with("//")) {
          statement.delimiter = "//";
          return;
        }
      }
      statement.data.emplace_back(card);
      statement.last_line = line_++;
    }
    if (!delimiter.empty() || !ends_at_statement) {
      emitter_.Emit(DiagnosticKind::kJclDataNotDelimited, statement.data_loc,
                    delimiter.empty() ? std::string("/*") : delimiter);
    }
  }

  const SourceText& text_;
  FileId file_;
  IncludeId include_;
  DiagnosticEmitter& emitter_;
  uint32_t line_ = 1;
  std::vector<Statement> statements_;
};

}  // namespace

auto Statement::OperandLoc(uint32_t offset) const -> SourceLoc {
  if (segments.empty()) return loc;
  for (const OperandSegment& segment : segments) {
    if (offset < segment.offset + segment.length) {
      SourceLoc at = segment.start;
      if (!segment.fixed) at.column += offset > segment.offset ? offset - segment.offset : 0;
      return at;
    }
  }
  // Past the end: just after the last character (a fixed segment's characters are all one).
  const OperandSegment& last = segments.back();
  SourceLoc at = last.start;
  at.column += last.fixed ? 1 : last.length;
  return at;
}

auto OperationOf(std::string_view operation) -> Operation {
  static constexpr std::array<std::pair<std::string_view, Operation>, 12> kActedOn = {{
      {"JOB", Operation::kJob},
      {"EXEC", Operation::kExec},
      {"DD", Operation::kDd},
      {"OUTPUT", Operation::kOutput},
      {"PROC", Operation::kProc},
      {"PEND", Operation::kPend},
      {"SET", Operation::kSet},
      {"INCLUDE", Operation::kInclude},
      {"JCLLIB", Operation::kJcllib},
      {"IF", Operation::kIf},
      {"ELSE", Operation::kElse},
      {"ENDIF", Operation::kEndif},
  }};
  for (const auto& [name, op] : kActedOn) {
    if (name == operation) return op;
  }
  return Operation::kOther;
}

auto IsKnownOperation(std::string_view operation) -> bool {
  return std::find(kOperations.begin(), kOperations.end(), operation) != kOperations.end();
}

auto ReadStatements(const SourceManager& sources, FileId file, IncludeId include,
                    DiagnosticEmitter& emitter) -> std::vector<Statement> {
  return Reader(sources, file, include, emitter).Read();
}

}  // namespace remint::jcl
