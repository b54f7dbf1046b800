// Free source form (ISO/IEC 1539:1991 section 3.3.1): statements anywhere on a line, `!`
// comments, `&` at the end of a line continues the statement (and an `&` first on the next line
// marks where it resumes), `;` separates statements on one line, a label is 1-5 leading digits.
#include <string_view>

#include "frontends/fortran/source/source_reader.h"
#include "frontends/fortran/source/statement_text.h"

namespace remint::fortran {
namespace {

auto IsBlank(char c) -> bool { return c == ' ' || c == '\t'; }
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

// Whether nothing but blanks (and, outside character context, a comment) follows `index`.
auto RestIsEmpty(std::string_view line, size_t index, bool comment_allowed) -> bool {
  size_t next = line.find_first_not_of(" \t", index);
  if (next == std::string_view::npos) return true;
  return comment_allowed && line[next] == '!';
}

class FreeFormReader {
 public:
  FreeFormReader(const SourceManager& sources, FileId file, IncludeId include,
                 DiagnosticEmitter& emitter)
      : text_(sources.file(file).text), file_(file), include_(include), builder_(emitter) {}

  auto Read() -> std::vector<LogicalStatement> {
    for (uint32_t number = 1; number <= text_.line_count(); ++number) {
      std::string_view line = text_.line(number);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
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

  // Starts a statement at `index`, reading its label; returns where its text starts.
  auto BeginStatement(uint32_t number, std::string_view line, size_t index) -> size_t {
    size_t start = line.find_first_not_of(" \t", index);
    if (start == std::string_view::npos) start = line.size();
    size_t digits_end = start;
    while (digits_end < line.size() && IsDigit(line[digits_end])) ++digits_end;
    std::optional<uint32_t> label;
    SourceLoc label_loc;
    if (digits_end > start && digits_end - start <= 5 &&
        (digits_end == line.size() || IsBlank(line[digits_end]))) {
      label =
          static_cast<uint32_t>(std::stoul(std::string(line.substr(start, digits_end - start))));
      label_loc = Loc(number, start);
      start = digits_end;
    }
    builder_.Begin(label, label_loc, Loc(number, start));
    return start;
  }

  void ReadLine(uint32_t number, std::string_view line) {
    size_t index = 0;
    if (continuing_) {
      // Comment and blank lines may come between a line and its continuation.
      if (RestIsEmpty(line, 0, !builder_.InLiteral())) return;
      continuing_ = false;
      size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos && line[first] == '&') index = first + 1;
    } else {
      if (RestIsEmpty(line, 0, true)) return;
      index = BeginStatement(number, line, 0);
    }
    for (; index < line.size(); ++index) {
      char c = line[index];
      bool literal = builder_.InLiteral();
      if (c == '&' && RestIsEmpty(line, index + 1, !literal)) {
        continuing_ = true;
        return;
      }
      if (!literal) {
        if (c == '!') break;
        if (c == ';') {
          FinishStatement();
          index = BeginStatement(number, line, index + 1) - 1;
          continue;
        }
      }
      builder_.Feed(c, Loc(number, index));
    }
    FinishStatement();
  }

  const SourceText& text_;
  FileId file_;
  IncludeId include_;
  StatementBuilder builder_;
  bool continuing_ = false;
  std::vector<LogicalStatement> statements_;
};

}  // namespace

auto ReadFreeForm(const SourceManager& sources, FileId file, IncludeId include,
                  DiagnosticEmitter& emitter) -> std::vector<LogicalStatement> {
  return FreeFormReader(sources, file, include, emitter).Read();
}

}  // namespace remint::fortran
