#include "frontends/jcl/expand/listing.h"

#include <fmt/format.h>

#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

constexpr size_t kTextColumns = 71;
constexpr size_t kOriginColumn = 73;
// Continued operands start in column 16.
constexpr size_t kContinuationIndent = 13;

auto Pad(std::string text, size_t width) -> std::string {
  if (text.size() < width) text.resize(width, ' ');
  return text;
}

class ListingWriter {
 public:
  explicit ListingWriter(const SourceManager& sources) : sources_(sources) {}

  void Write(const ExpandedStatement& expanded) {
    const Statement& statement = expanded.statement();
    std::string mark(OriginMark(expanded.origin));
    std::string origin = FormatOrigin(expanded.loc(), sources_);
    for (SourceLoc override_loc : expanded.overrides) {
      origin += " + " + FormatOrigin(override_loc, sources_);
    }
    switch (statement.kind) {
      case StatementKind::kNull:
        Line("//", origin);
        return;
      case StatementKind::kDelimiter:
        Line("/*", origin);
        return;
      case StatementKind::kJes2:
        Line("/*" + statement.operation +
                 (statement.operands.empty() ? "" : " " + statement.operands),
             origin);
        return;
      case StatementKind::kJes3:
        Line("//*" + statement.operation +
                 (statement.operands.empty() ? "" : " " + statement.operands),
             origin);
        return;
      case StatementKind::kCommand:
        Line("// " + statement.operation +
                 (statement.operands.empty() ? "" : " " + statement.operands),
             origin);
        return;
      case StatementKind::kJcl:
        break;
    }
    std::string head = mark + Pad(statement.name, 8) + " " + Pad(statement.operation, 5) + " ";
    if (statement.name.size() > 8) head = mark + statement.name + " " + statement.operation + " ";
    std::string operands = statement.operands;
    if (statement.operation == "IF") operands += " THEN";
    WriteOperands(expanded, head, operands, origin);
    if (statement.has_data) {
      for (size_t i = 0; i < statement.data.size(); ++i) {
        SourceLoc loc = expanded.data_loc();
        loc.line += static_cast<uint32_t>(i);
        Line(statement.data[i], FormatOrigin(loc, sources_));
      }
      if (statement.delimiter != "//" && !statement.delimiter.empty()) {
        SourceLoc loc = expanded.data_loc();
        loc.line += static_cast<uint32_t>(statement.data.size());
        Line(statement.delimiter, FormatOrigin(loc, sources_));
      }
    }
  }

  auto Take() -> std::string { return std::move(text_); }

 private:
  void WriteOperands(const ExpandedStatement& expanded, const std::string& head,
                     const std::string& operands, const std::string& origin) {
    const Statement& statement = expanded.statement();
    std::string mark(OriginMark(expanded.origin));
    std::vector<size_t> breaks = TopLevelCommas(operands);
    size_t start = 0;
    bool first = true;
    while (true) {
      std::string prefix = first ? head : mark + std::string(kContinuationIndent, ' ');
      size_t room = kTextColumns > prefix.size() ? kTextColumns - prefix.size() : 0;
      size_t end = operands.size();
      if (end - start > room) {
        // The last break that fits; if none does, the first one after.
        size_t chosen = 0;
        for (size_t point : breaks) {
          if (point <= start) continue;
          if (point - start <= room) {
            chosen = point;
          } else {
            if (chosen == 0) chosen = point;
            break;
          }
        }
        if (chosen != 0 && chosen < operands.size()) end = chosen;
      }
      std::string line_origin = origin;
      if (!first) {
        line_origin =
            statement.segments.empty()
                ? origin
                : FormatOrigin(expanded.OperandLoc(static_cast<uint32_t>(start)), sources_);
      }
      Line(prefix + operands.substr(start, end - start), line_origin);
      if (end >= operands.size()) return;
      start = end;
      first = false;
    }
  }

  void Line(const std::string& text, const std::string& origin) {
    std::string line = text;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line = line.size() < kOriginColumn - 1 ? Pad(line, kOriginColumn - 1) : line + " ";
    text_ += line + origin + "\n";
  }

  const SourceManager& sources_;
  std::string text_;
};

}  // namespace

auto FormatOrigin(SourceLoc loc, const SourceManager& sources) -> std::string {
  if (!loc.is_valid()) return "?";
  std::string text = fmt::format("{}:{}", sources.file(loc.file).path, loc.line);
  IncludeId include = loc.include;
  while (include.is_valid()) {
    const IncludeRecord& record = sources.include(include);
    text +=
        fmt::format(" < {}:{}", sources.file(record.directive.file).path, record.directive.line);
    include = record.directive.include;
  }
  return text;
}

auto FormatExpandedJob(const ExpandedJob& job, const SourceManager& sources) -> std::string {
  ListingWriter writer(sources);
  for (const ExpandedStatement& statement : job.statements) writer.Write(statement);
  return writer.Take();
}

}  // namespace remint::jcl
