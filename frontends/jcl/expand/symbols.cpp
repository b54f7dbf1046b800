#include "frontends/jcl/expand/symbols.h"

#include <set>
#include <vector>

#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

constexpr size_t kMaxSymbolLength = 8;

auto IsSymbolChar(char c) -> bool {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' ||
         c == '#' || c == '$';
}

// Segments for the substituted text: output character i came from original offset from[i].
auto RemapSegments(const Statement& original, const std::vector<uint32_t>& from)
    -> std::vector<OperandSegment> {
  std::vector<OperandSegment> segments;
  for (uint32_t i = 0; i < from.size(); ++i) {
    SourceLoc loc = original.OperandLoc(from[i]);
    if (!segments.empty()) {
      OperandSegment& last = segments.back();
      SourceLoc expected = last.start;
      expected.column += last.length;
      if (expected == loc) {
        ++last.length;
        continue;
      }
    }
    segments.push_back(OperandSegment{i, 1, loc});
  }
  return segments;
}

}  // namespace

void SubstituteSymbols(Statement& statement, const SymbolTable& symbols,
                       DiagnosticEmitter& emitter) {
  const std::string& text = statement.operands;
  if (text.find('&') == std::string::npos) return;
  std::string result;
  std::vector<uint32_t> from;
  std::set<std::string> warned;
  bool quoted = false;
  auto copy = [&](size_t offset) {
    result += text[offset];
    from.push_back(static_cast<uint32_t>(offset));
  };
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\'') quoted = !quoted;
    if (c != '&') {
      copy(i++);
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '&') {
      copy(i);
      copy(i + 1);
      i += 2;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && end - i - 1 < kMaxSymbolLength && IsSymbolChar(text[end])) ++end;
    std::string name = UpperCase(text.substr(i + 1, end - i - 1));
    auto symbol = name.empty() ? symbols.end() : symbols.find(name);
    if (symbol == symbols.end()) {
      if (!quoted && !name.empty() && warned.insert(name).second) {
        emitter.Emit(DiagnosticKind::kJclUndefinedSymbol,
                     statement.OperandLoc(static_cast<uint32_t>(i)), name);
      }
      copy(i++);
      continue;
    }
    for (char v : symbol->second) {
      result += v;
      from.push_back(static_cast<uint32_t>(i));
    }
    i = end;
    if (i < text.size() && text[i] == '.') ++i;  // The period only delimits the symbol.
  }
  statement.segments = RemapSegments(statement, from);
  statement.operands = std::move(result);
}

auto SymbolValue(const std::string& coded) -> std::string {
  if (coded.size() >= 2 && coded.front() == '\'' && coded.back() == '\'') return Unquote(coded);
  std::string value;
  for (size_t i = 0; i < coded.size(); ++i) {
    value += coded[i];
    if (coded[i] == '&' && i + 1 < coded.size() && coded[i + 1] == '&') ++i;
  }
  return value;
}

}  // namespace remint::jcl
