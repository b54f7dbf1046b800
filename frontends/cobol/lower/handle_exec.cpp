// EXEC SQL / CICS / DLI ... END-EXEC -> an External statement: the system, the verb, the
// statement text (whitespace collapsed), and what the program's data takes part in. SQL host
// variables (":name", ":record.name", ":value:indicator") are resolved data references, and an
// undefined one is an error as in a precompiler. CICS and DLI options ("NAME" or "NAME(value)")
// keep their value text, resolved to a data reference when it names exactly one data item.
#include <cctype>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

struct ExecToken {
  enum class Kind : uint8_t { kWord, kString, kPunctuation };
  Kind kind;
  std::string text;
};

auto IsWordCharacter(char c) -> bool {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '#' ||
         c == '@' || c == '$';
}

auto TokenizeExec(std::string_view body) -> std::vector<ExecToken> {
  std::vector<ExecToken> tokens;
  size_t i = 0;
  while (i < body.size()) {
    const char c = body[i];
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      ++i;
    } else if (c == '\'' || c == '"') {
      size_t end = i + 1;
      while (end < body.size()) {
        if (body[end] == c && (end + 1 >= body.size() || body[end + 1] != c)) break;
        end += body[end] == c ? 2 : 1;
      }
      end = std::min(end + 1, body.size());
      tokens.push_back({ExecToken::Kind::kString, std::string(body.substr(i, end - i))});
      i = end;
    } else if (IsWordCharacter(c)) {
      size_t end = i;
      while (end < body.size() && IsWordCharacter(body[end])) ++end;
      tokens.push_back({ExecToken::Kind::kWord, std::string(body.substr(i, end - i))});
      i = end;
    } else {
      tokens.push_back({ExecToken::Kind::kPunctuation, std::string(1, c)});
      ++i;
    }
  }
  return tokens;
}

// "EXEC  SQL\n  SELECT ...\n  END-EXEC" -> system word, and the body between it and END-EXEC.
auto SplitExecBlock(std::string_view text, std::string& system) -> std::string_view {
  size_t i = 4;  // after EXEC
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0) ++i;
  size_t end = i;
  while (end < text.size() && IsWordCharacter(text[end])) ++end;
  system = UpperName(text.substr(i, end - i));
  const size_t terminator = text.size() >= 8 ? text.size() - 8 : end;  // "END-EXEC"
  return text.substr(end, terminator > end ? terminator - end : 0);
}

auto CollapseWhitespace(std::string_view text) -> std::string {
  std::string collapsed;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      space = !collapsed.empty();
      continue;
    }
    if (space) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  return collapsed;
}

}  // namespace

auto Lowering::LowerExec(UnitScope& scope, Tree::ExecBlockContext* block)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(block);
  std::string system_word;
  const std::string_view body = SplitExecBlock(Text(block), system_word);
  ir::ExternalStatement node;
  node.system = system_word == "SQL"    ? ir::ExternalSystem::kSql
                : system_word == "CICS" ? ir::ExternalSystem::kCics
                : system_word == "DLI"  ? ir::ExternalSystem::kDli
                                        : ir::ExternalSystem::kOther;
  node.text = builder_.Intern(CollapseWhitespace(body));
  const std::vector<ExecToken> tokens = TokenizeExec(body);
  size_t next = 0;
  if (!tokens.empty() && tokens[0].kind == ExecToken::Kind::kWord) {
    node.verb = builder_.Intern(UpperName(tokens[0].text));
    next = 1;
  }

  if (node.system == ir::ExternalSystem::kSql) {
    for (size_t i = next; i + 1 < tokens.size(); ++i) {
      if (tokens[i].text != ":" || tokens[i + 1].kind != ExecToken::Kind::kWord) continue;
      // :record.field names the field of the record: innermost first for resolution.
      std::vector<std::string> names = {tokens[i + 1].text};
      size_t last = i + 1;
      while (last + 2 < tokens.size() && tokens[last + 1].text == "." &&
             tokens[last + 2].kind == ExecToken::Kind::kWord) {
        names.insert(names.begin(), tokens[last + 2].text);
        last += 2;
      }
      if (std::optional<ir::FieldId> field = ResolveDataName(scope, loc, names)) {
        node.host_variables.push_back(builder_.DataRef(loc, *field, {}, {}, {}));
      }
      i = last;
    }
    return builder_.Statement(loc, std::move(node));
  }

  // CICS and DLI: NAME or NAME(value) options.
  for (size_t i = next; i < tokens.size(); ++i) {
    if (tokens[i].kind != ExecToken::Kind::kWord) continue;
    ir::ExternalOption option;
    option.name = builder_.Intern(UpperName(tokens[i].text));
    if (i + 1 < tokens.size() && tokens[i + 1].text == "(") {
      size_t depth = 0;
      size_t end = i + 1;
      std::string value;
      for (; end < tokens.size(); ++end) {
        if (tokens[end].text == "(") ++depth;
        if (tokens[end].text == ")" && --depth == 0) break;
        if (end > i + 1) value += (value.empty() ? "" : " ") + tokens[end].text;
      }
      option.text = builder_.Intern(value);
      if (end == i + 3 && tokens[i + 2].kind == ExecToken::Kind::kWord) {
        std::vector<ir::FieldId> fields = FindDataItems(scope, {tokens[i + 2].text});
        if (fields.size() == 1) option.value = builder_.DataRef(loc, fields.front(), {}, {}, {});
      }
      i = end;
    }
    node.options.push_back(option);
  }
  return builder_.Statement(loc, std::move(node));
}

}  // namespace remint::cobol::lower
