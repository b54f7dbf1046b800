#include "frontends/cobol/preprocess/expansion_listing.h"

#include <fmt/format.h>

namespace remint::cobol {

auto DescribeLocation(const SourceManager& sources, SourceLoc loc) -> std::string {
  if (!loc.is_valid()) return "<nowhere>";
  std::string text = fmt::format("{}:{}:{}", sources.file(loc.file).path, loc.line, loc.column);
  for (IncludeId include = loc.include; include.is_valid();) {
    const SourceLoc& directive = sources.include(include).directive;
    text += fmt::format(" < {}:{}:{}", sources.file(directive.file).path, directive.line,
                        directive.column);
    include = directive.include;
  }
  return text;
}

auto DescribeExpansion(const SourceManager& sources, const ExpandedSource& expanded)
    -> std::string {
  std::string listing;
  const std::string& text = expanded.text;
  uint32_t line_number = 0;
  size_t line_begin = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = text.size();
    ++line_number;
    std::string_view line = std::string_view(text).substr(line_begin, line_end - line_begin);
    listing += fmt::format("{:4} |{}\n", line_number, line);
    // A new piece starts wherever a non-blank character does not continue the previous one's
    // source line and column.
    std::string origins;
    SourceLoc previous;
    size_t previous_column = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == ' ') continue;
      SourceLoc loc = expanded.locations.Lookup(static_cast<uint32_t>(line_begin + i));
      bool continues = previous.is_valid() && loc.file == previous.file &&
                       loc.line == previous.line && loc.include == previous.include &&
                       loc.column - previous.column == i - previous_column;
      if (!continues) {
        if (!origins.empty()) origins += "  ";
        origins += fmt::format("@{} {}", i + 1, DescribeLocation(sources, loc));
      }
      previous = loc;
      previous_column = i;
    }
    if (!origins.empty()) listing += fmt::format("     | {}\n", origins);
    line_begin = line_end + 1;
  }
  return listing;
}

}  // namespace remint::cobol
