// CALL and INCLUDE in Fortran members.
#include <string>
#include <vector>

#include "frontends/inventory/dependencies.h"
#include "frontends/inventory/text_scan.h"

namespace remint::inventory {

auto ExtractFortranDependencies(const SourceText& source, SourceForm form)
    -> std::vector<Dependency> {
  std::vector<Dependency> dependencies;
  for (uint32_t number = 1; number <= source.line_count(); ++number) {
    std::string_view line = source.line(number);
    if (line.empty()) continue;
    if (form == SourceForm::kFixed) {
      if (line.front() == 'C' || line.front() == 'c' || line.front() == '*') continue;
      line = line.size() > 6 ? line.substr(6, 66) : std::string_view{};
    }
    std::string_view statement = TrimSpaces(line);
    if (statement.starts_with('!')) continue;
    // A statement label in free form precedes the keyword.
    while (!statement.empty() && IsAsciiDigit(statement.front())) statement.remove_prefix(1);
    statement = TrimSpaces(statement);
    std::string_view rest = statement;
    std::string_view keyword = NextWord(rest);
    if (StartsWithIgnoreCase(keyword, "CALL") && keyword.size() == 4) {
      std::string_view name = TrimSpaces(rest);
      size_t end = 0;
      while (end < name.size() &&
             (IsAsciiAlpha(name[end]) || IsAsciiDigit(name[end]) || name[end] == '_')) {
        ++end;
      }
      if (end > 0) {
        dependencies.push_back({DependencyKind::kCall, ToUpper(name.substr(0, end)), "", number});
      }
    } else if (EqualsIgnoreCase(keyword, "INCLUDE")) {
      std::string_view name = TrimSpaces(rest);
      if (name.size() >= 2 && (name.front() == '\'' || name.front() == '"')) {
        size_t close = name.find(name.front(), 1);
        if (close != std::string_view::npos) {
          dependencies.push_back(
              {DependencyKind::kInclude, std::string(name.substr(1, close - 1)), "", number});
        }
      }
    }
  }
  return dependencies;
}

}  // namespace remint::inventory
