#include "frontends/jcl/expand/symbols.h"

#include <algorithm>
#include <cstring>
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

// The segment map of substituted text, built piece by piece as the text is: output character i
// maps to where the original operand character it came from was (a substituted value's
// characters all map to the symbol's `&`). Pieces that continue one another on a card merge.
class SegmentMapBuilder {
 public:
  explicit SegmentMapBuilder(const Statement& original) : original_(original) {
    // Each reference adds at most three segments (the copied run before it, the value's first
    // character and the rest of it): reserved once instead of grown 1, 2, 4, 8.
    size_t references = 0;
    std::string_view operands = original.operands;
    for (size_t at = operands.find('&'); at != std::string_view::npos;
         at = operands.find('&', at + 1)) {
      ++references;
    }
    segments_.reserve(original.segments.size() + 3 * references + 1);
  }

  // Original characters [from, from + length) copied to output offset `out`.
  void Copy(uint32_t from, uint32_t length, uint32_t out) {
    const std::vector<OperandSegment>& segments = original_.segments;
    uint32_t end = from + length;
    while (from < end) {
      while (next_ < segments.size() && from >= segments[next_].offset + segments[next_].length) {
        ++next_;
      }
      if (next_ == segments.size() || from < segments[next_].offset) {
        // Outside every segment: one location for each character, as OperandLoc gives it.
        Add(out++, 1, original_.OperandLoc(from++));
        continue;
      }
      const OperandSegment& segment = segments[next_];
      uint32_t piece = std::min(end, segment.offset + segment.length) - from;
      SourceLoc loc = segment.start;
      loc.column += from - segment.offset;
      Add(out, piece, loc);
      from += piece;
      out += piece;
    }
  }

  // `length` output characters at `out` that all come from one place. The map is the one a
  // segment per character would make (the first may extend the run before it), with the
  // characters after the first in one fixed segment.
  void Fixed(SourceLoc loc, uint32_t length, uint32_t out) {
    if (length == 0) return;
    Add(out, 1, loc);
    if (length == 1) return;
    segments_.push_back(OperandSegment{out + 1, length - 1, loc, length > 2});
  }

  auto Take() -> std::vector<OperandSegment> { return std::move(segments_); }

 private:
  void Add(uint32_t out, uint32_t length, SourceLoc loc) {
    if (!segments_.empty() && segments_.back().fixed) {
      OperandSegment& last = segments_.back();
      SourceLoc after = last.start;
      after.column += 1;
      if (after == loc) {
        // Continues the fixed run's last character: split that character off, so it extends.
        --last.length;
        if (last.length == 1) last.fixed = false;
        OperandSegment split{last.offset + last.length, 1, last.start};
        segments_.push_back(split);
      } else {
        segments_.push_back(OperandSegment{out, length, loc});
        return;
      }
    }
    if (!segments_.empty()) {
      OperandSegment& last = segments_.back();
      SourceLoc expected = last.start;
      expected.column += last.length;
      if (expected == loc) {
        last.length += length;
        return;
      }
    }
    segments_.push_back(OperandSegment{out, length, loc});
  }

  const Statement& original_;
  size_t next_ = 0;  // The first original segment that may hold the next copied character.
  std::vector<OperandSegment> segments_;
};

}  // namespace

auto SymbolScope::Head(std::string_view name) -> uint64_t {
  uint64_t head = 0;
  std::memcpy(&head, name.data(), std::min(name.size(), sizeof(head)));
  return head;
}

auto SymbolScope::Position(uint64_t head, std::string_view name) const
    -> std::vector<Entry>::const_iterator {
  return std::lower_bound(own_.begin(), own_.end(), name, [&](const Entry& entry, auto) {
    if (entry.head != head) return entry.head < head;
    // Equal heads of names of up to 8 characters are equal names: no string compare.
    if (entry.name.size() <= sizeof(head) && name.size() <= sizeof(head)) return false;
    return entry.name < name;
  });
}

auto SymbolScope::Is(const Entry& entry, uint64_t head, std::string_view name) -> bool {
  // Names of up to 8 characters (never holding a NUL) are equal when heads and sizes are.
  return entry.head == head && entry.name.size() == name.size() &&
         (name.size() <= sizeof(head) || entry.name == name);
}

auto SymbolScope::NextGeneration() -> uint64_t {
  // Per thread: a scope is used on the thread that made it.
  thread_local uint64_t last = 0;
  return ++last;
}

SymbolScope::SymbolScope(const SymbolTable& symbols) {
  own_.reserve(symbols.size());
  for (const auto& [name, value] : symbols) own_.push_back(Entry{Head(name), name, value});
  std::sort(own_.begin(), own_.end(), [](const Entry& a, const Entry& b) {
    return a.head != b.head ? a.head < b.head : a.name < b.name;
  });
}

auto SymbolScope::Over(const SymbolScope& outer) -> SymbolScope {
  SymbolScope scope;
  scope.outer_ = &outer;
  return scope;
}

auto SymbolScope::Find(std::string_view name) const -> const std::string* {
  uint64_t head = Head(name);
  for (const SymbolScope* scope = this; scope != nullptr; scope = scope->outer_) {
    auto entry = scope->Position(head, name);
    if (entry != scope->own_.end() && Is(*entry, head, name)) return &entry->value;
  }
  return nullptr;
}

void SymbolScope::Set(std::string_view name, std::string value) {
  generation_ = NextGeneration();
  uint64_t head = Head(name);
  auto entry = own_.begin() + (Position(head, name) - own_.cbegin());
  if (entry != own_.end() && Is(*entry, head, name)) {
    entry->value = std::move(value);
  } else {
    own_.insert(entry, Entry{head, std::string(name), std::move(value)});
  }
}

void SymbolScope::SetAll(const SymbolScope& symbols) {
  generation_ = NextGeneration();
  if (own_.empty()) {
    own_ = symbols.own_;
    return;
  }
  for (const Entry& entry : symbols.own_) Set(entry.name, entry.value);
}

void SubstituteSymbols(Statement& statement, const SymbolTable& symbols,
                       DiagnosticEmitter& emitter) {
  SubstituteScopeSymbols(statement, SymbolScope(symbols), emitter);
}

void SubstituteScopeSymbols(Statement& statement, const SymbolScope& symbols,
                            DiagnosticEmitter& emitter) {
  const std::string& text = statement.operands;
  if (text.find('&') == std::string::npos) return;
  std::string result;
  result.reserve(text.size() + 32);
  SegmentMapBuilder map(statement);
  std::set<std::string> warned;
  bool quoted = false;
  size_t run = 0;  // Start of the original text not yet copied.
  auto flush = [&](size_t end) {
    if (end <= run) return;
    map.Copy(static_cast<uint32_t>(run), static_cast<uint32_t>(end - run),
             static_cast<uint32_t>(result.size()));
    result.append(text, run, end - run);
  };
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\'') quoted = !quoted;
    if (c != '&') {
      ++i;
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '&') {
      i += 2;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && end - i - 1 < kMaxSymbolLength && IsSymbolChar(text[end])) ++end;
    std::string name = UpperCase(std::string_view(text).substr(i + 1, end - i - 1));
    const std::string* value = name.empty() ? nullptr : symbols.Find(name);
    if (value == nullptr) {
      if (!quoted && !name.empty() && warned.insert(name).second) {
        emitter.Emit(DiagnosticKind::kJclUndefinedSymbol,
                     statement.OperandLoc(static_cast<uint32_t>(i)), name);
      }
      ++i;
      continue;
    }
    flush(i);
    map.Fixed(statement.OperandLoc(static_cast<uint32_t>(i)), static_cast<uint32_t>(value->size()),
              static_cast<uint32_t>(result.size()));
    result += *value;
    i = end;
    if (i < text.size() && text[i] == '.') ++i;  // The period only delimits the symbol.
    run = i;
  }
  flush(text.size());
  statement.segments = map.Take();
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

auto SymbolReferences(const std::string& operands) -> std::vector<std::string> {
  // The same walk as SubstituteSymbols: `&&` is skipped whole, a name is at most 8 symbol
  // characters (whether it is defined or quoted does not change where the next `&` is found).
  std::vector<std::string> names;
  for (size_t i = operands.find('&'); i != std::string::npos; i = operands.find('&', i)) {
    if (i + 1 < operands.size() && operands[i + 1] == '&') {
      i += 2;
      continue;
    }
    size_t end = i + 1;
    while (end < operands.size() && end - i - 1 < kMaxSymbolLength && IsSymbolChar(operands[end])) {
      ++end;
    }
    std::string name = UpperCase(std::string_view(operands).substr(i + 1, end - i - 1));
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(std::move(name));
    }
    i = end;
  }
  return names;
}

auto SymbolValuesKey(const std::vector<std::string>& names, const SymbolScope& symbols,
                     std::string& key) -> bool {
  key.clear();
  for (const std::string& name : names) {
    const std::string* value = symbols.Find(name);
    if (value == nullptr) return false;
    auto length = static_cast<uint32_t>(value->size());
    key.append(reinterpret_cast<const char*>(&length), sizeof(length));
    key += *value;
  }
  return true;
}

}  // namespace remint::jcl
