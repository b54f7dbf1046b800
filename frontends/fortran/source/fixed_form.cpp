// Fixed source form (ISO 1539:1980 section 3.2, "Lines"; 3.3 "Statements"; F90 3.3.2).
#include <string_view>

#include "frontends/fortran/source/source_reader.h"
#include "frontends/fortran/source/statement_text.h"

namespace remint::fortran {
namespace {

constexpr size_t kLabelColumns = 5;       // Columns 1-5 (3.2.5).
constexpr size_t kContinuationIndex = 5;  // Column 6 (3.2.3).
constexpr size_t kTextIndex = 6;          // Column 7 ...
constexpr size_t kLastTextColumn = 72;    // ... through 72 (3.2); gfortran -ffixed-line-length-72.

auto IsBlank(char c) -> bool { return c == ' ' || c == '\t'; }
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

// A comment line (3.2.1): C, c or * in column 1, or nothing but blanks in columns 1-72. A `!`
// as the first non-blank character outside column 6 also makes one (F90 3.3.2.1, and gfortran
// for FORTRAN 77).
auto IsCommentLine(std::string_view line) -> bool {
  if (line.empty()) return true;
  if (line[0] == 'C' || line[0] == 'c' || line[0] == '*' || line[0] == '!') return true;
  std::string_view columns = line.substr(0, std::min(line.size(), kLastTextColumn));
  size_t first = columns.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return true;
  return columns[first] == '!' && first != kContinuationIndex;
}

// Where the fields of a line are: indexes into the line.
struct LineFields {
  size_t label_end = 0;  // The label field is [0, label_end).
  bool continuation = false;
  size_t text_begin = 0;  // Statement text is [text_begin, text_end).
  size_t text_end = 0;
  std::optional<size_t> tab;  // The tab that made the DEC tab form.
};

// Splits a line. DEC tab form (accepted by gfortran): a tab in columns 1-6 after nothing but
// a label ends the label field; a digit 1-9 right after the tab makes a continuation line, and
// the text after the tab (or after that digit) counts from column 7 for the 72-column limit.
auto SplitFields(std::string_view line) -> LineFields {
  LineFields fields;
  size_t tab = line.substr(0, kContinuationIndex + 1).find('\t');
  if (tab != std::string_view::npos) {
    fields.tab = tab;
    fields.label_end = tab;
    size_t after = tab + 1;
    if (after < line.size() && line[after] >= '1' && line[after] <= '9') {
      fields.continuation = true;
      ++after;
    }
    fields.text_begin = after;
    fields.text_end = std::min(line.size(), after + (kLastTextColumn - kTextIndex));
    return fields;
  }
  fields.label_end = std::min(line.size(), kLabelColumns);
  char marker = line.size() > kContinuationIndex ? line[kContinuationIndex] : ' ';
  fields.continuation = marker != ' ' && marker != '0';
  fields.text_begin = std::min(line.size(), kTextIndex);
  fields.text_end = std::min(line.size(), kLastTextColumn);
  return fields;
}

class FixedFormReader {
 public:
  FixedFormReader(const SourceManager& sources, FileId file, IncludeId include,
                  DiagnosticEmitter& emitter)
      : text_(sources.file(file).text),
        file_(file),
        include_(include),
        emitter_(emitter),
        builder_(emitter) {}

  auto Read() -> std::vector<LogicalStatement> {
    for (uint32_t number = 1; number <= text_.line_count(); ++number) {
      std::string_view line = text_.line(number);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (IsCommentLine(line)) continue;
      ReadLine(number, line);
    }
    FinishStatement();
    return std::move(statements_);
  }

 private:
  auto Loc(uint32_t line, size_t index) const -> SourceLoc {
    return SourceLoc{file_, line, static_cast<uint32_t>(index + 1), include_};
  }

  void FinishStatement() {
    if (!builder_.HasStatement()) return;
    LogicalStatement statement = builder_.Finish();
    if (!statement.text.empty() || statement.label) statements_.push_back(std::move(statement));
  }

  // The label of an initial line: digits, blanks between them insignificant (3.4).
  auto ReadLabel(uint32_t number, std::string_view field) -> std::optional<uint32_t> {
    std::optional<uint32_t> label;
    for (size_t i = 0; i < field.size(); ++i) {
      if (IsBlank(field[i])) continue;
      if (!IsDigit(field[i])) {
        size_t end = field.find_last_not_of(' ');
        emitter_.Emit(DiagnosticKind::kFortranLabelNotDigits, Loc(number, i),
                      field.substr(0, end + 1));
        return std::nullopt;
      }
      label = label.value_or(0) * 10 + static_cast<uint32_t>(field[i] - '0');
    }
    return label;
  }

  void ReadLine(uint32_t number, std::string_view line) {
    LineFields fields = SplitFields(line);
    bool warned_tab = false;
    if (fields.tab) {
      emitter_.Emit(DiagnosticKind::kFortranNonconformingTab, Loc(number, *fields.tab),
                    *fields.tab + 1);
      warned_tab = true;
    }
    if (fields.continuation) {
      if (!builder_.HasStatement()) {
        size_t marker = fields.tab ? *fields.tab + 1 : kContinuationIndex;
        emitter_.Emit(DiagnosticKind::kFortranContinuationWithoutStatement, Loc(number, marker));
        return;
      }
    } else {
      FinishStatement();
      std::string_view field = line.substr(0, fields.label_end);
      size_t label_start = field.find_first_not_of(" \t");
      std::optional<uint32_t> label = ReadLabel(number, field);
      SourceLoc label_loc =
          label_start == std::string_view::npos ? SourceLoc{} : Loc(number, label_start);
      builder_.Begin(label, label_loc, Loc(number, fields.text_begin));
    }
    size_t index = fields.text_begin;
    for (; index < fields.text_end; ++index) {
      char c = line[index];
      if (!builder_.InLiteral()) {
        if (c == '!') return;  // A comment to the end of the line.
        if (c == ';') {
          // Statements separated by `;` on one line (F90 3.3.2.4; gfortran accepts it in
          // FORTRAN 77 too); the one after it has no label. A line ending in `;` leaves no
          // statement for a continuation line to continue, as gfortran reads it.
          FinishStatement();
          std::string_view rest = line.substr(index + 1, fields.text_end - index - 1);
          size_t next = rest.find_first_not_of(" \t");
          if (next == std::string_view::npos || rest[next] == '!') return;
          builder_.Begin(std::nullopt, SourceLoc{}, Loc(number, index + 1));
          continue;
        }
        if (c == '\t' && !warned_tab) {
          emitter_.Emit(DiagnosticKind::kFortranNonconformingTab, Loc(number, index), index + 1);
          warned_tab = true;
        }
      }
      builder_.Feed(c, Loc(number, index));
    }
    // A short line is as if padded with blanks to column 72: a character constant or Hollerith
    // continued on the next line holds them (gfortran -fpad-source, the default).
    size_t padded_end = fields.text_begin + (kLastTextColumn - kTextIndex);
    for (; index < padded_end && builder_.InLiteral(); ++index) {
      builder_.Feed(' ', Loc(number, index));
    }
  }

  const SourceText& text_;
  FileId file_;
  IncludeId include_;
  DiagnosticEmitter& emitter_;
  StatementBuilder builder_;
  std::vector<LogicalStatement> statements_;
};

}  // namespace

auto ReadFixedForm(const SourceManager& sources, FileId file, IncludeId include,
                   DiagnosticEmitter& emitter) -> std::vector<LogicalStatement> {
  return FixedFormReader(sources, file, include, emitter).Read();
}

}  // namespace remint::fortran
