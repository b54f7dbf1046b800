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

// JSON GENERATE / PARSE and XML GENERATE / PARSE (issue 13: parsed and lowered, not run yet):
// an External statement of system `other`, verb "JSON GENERATE" (...), whose options are the
// operands and phrases in the order written: GENERATE / PARSE (the document item), FROM / INTO
// (the data item), COUNT, ENCODING, NAMESPACE, NAMESPACE-PREFIX (`value`), NAME (`value` the
// item, `text` its name literal or OMITTED), TYPE (`text` ATTRIBUTE / ELEMENT / CONTENT),
// SUPPRESS (one per item), DETAIL, XML-DECLARATION, ATTRIBUTES, RETURNING (`text` NATIONAL),
// PROCESSING-PROCEDURE (`text` the procedure, "A THRU B"). host_variables: every data item.
// ON EXCEPTION / NOT ON EXCEPTION: the External's on_exception and not_on_exception.
auto Lowering::LowerJsonXml(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  Tree::JsonStatementContext* json = statement->jsonStatement();
  Tree::XmlStatementContext* xml = statement->xmlStatement();
  antlr4::ParserRuleContext* verb = json;
  if (json == nullptr) verb = xml;
  const bool generate = json != nullptr ? json->GENERATE() != nullptr : xml->GENERATE() != nullptr;
  const std::string name =
      std::string(json != nullptr ? "JSON" : "XML") + (generate ? " GENERATE" : " PARSE");
  RequireDialect(DialectFeature::kJsonXml, Loc(verb), name);
  const SourceLoc loc = Loc(verb);
  ir::ExternalStatement node;
  node.system = ir::ExternalSystem::kOther;
  node.verb = builder_.Intern(name);
  node.text = builder_.Intern(CollapseWhitespace(Text(verb)));
  bool lowered = true;
  auto add = [&](std::string_view option_name, std::string_view text, Tree::LiteralContext* literal,
                 Tree::IdentifierContext* identifier) {
    ir::ExternalOption option;
    option.name = builder_.Intern(option_name);
    if (!text.empty()) option.text = builder_.Intern(text);
    if (literal != nullptr || identifier != nullptr) {
      option.value = LowerOperand(scope, literal, identifier);
      if (!option.value.is_valid()) {
        lowered = false;
        return;
      }
      // Its own copy: IR trees share no nodes.
      if (identifier != nullptr) node.host_variables.push_back(LowerIdentifier(scope, identifier));
    }
    node.options.push_back(option);
  };
  // NAME OF x IS literal / OMITTED ..., TYPE OF x IS ATTRIBUTE / ELEMENT / CONTENT ...: pairs.
  auto add_pairs = [&](std::string_view option_name, antlr4::ParserRuleContext* phrase,
                       size_t first_child) {
    Tree::IdentifierContext* item = nullptr;
    for (size_t i = first_child; i < phrase->children.size() && lowered; ++i) {
      antlr4::tree::ParseTree* child = phrase->children[i];
      if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
        item = identifier;
      } else if (auto* literal = dynamic_cast<Tree::LiteralContext*>(child)) {
        if (item != nullptr) add(option_name, Text(literal), nullptr, item);
        item = nullptr;
      } else if (dynamic_cast<antlr4::tree::TerminalNode*>(child) == nullptr) {
        return i;  // a phrase rule: the next phrase
      } else {
        auto* word = static_cast<antlr4::tree::TerminalNode*>(child);
        const std::string upper = UpperName(Text(word));
        if (item != nullptr && upper != "IS" && upper != "OF") {
          add(option_name, upper, nullptr, item);
          item = nullptr;
        } else if (upper != "IS" && upper != "OF" && upper != option_name) {
          return i;  // the next phrase
        }
      }
    }
    return phrase->children.size();
  };

  std::string pending = generate ? "GENERATE" : "PARSE";  // the phrase the next operand is of
  std::vector<std::string> procedures;
  for (size_t i = 2; i < verb->children.size() && lowered; ++i) {
    antlr4::tree::ParseTree* child = verb->children[i];
    if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
      add(pending, {}, nullptr, identifier);
    } else if (auto* literal = dynamic_cast<Tree::LiteralContext*>(child)) {
      add(pending, {}, literal, nullptr);
    } else if (auto* name_of = dynamic_cast<Tree::NameOfPhraseContext*>(child)) {
      add_pairs("NAME", name_of, 1);
    } else if (auto* suppress = dynamic_cast<Tree::SuppressPhraseContext*>(child)) {
      for (Tree::IdentifierContext* item : suppress->identifier())
        add("SUPPRESS", {}, nullptr, item);
    } else if (auto* procedure = dynamic_cast<Tree::ProcedureNameContext*>(child)) {
      procedures.emplace_back(Text(procedure));
    } else if (auto* word = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      const std::string upper = UpperName(Text(word));
      if (upper == "DETAIL" || upper == "XML-DECLARATION" || upper == "ATTRIBUTES") {
        add(upper, {}, nullptr, nullptr);
      } else if (upper == "NATIONAL") {
        add("RETURNING", "NATIONAL", nullptr, nullptr);
      } else if (upper == "TYPE") {
        i = add_pairs("TYPE", static_cast<antlr4::ParserRuleContext*>(verb), i + 1) - 1;
      } else if (upper == "FROM" || upper == "INTO" || upper == "COUNT" || upper == "ENCODING" ||
                 upper == "NAMESPACE" || upper == "NAMESPACE-PREFIX") {
        pending = upper;
      }
    }
  }
  if (!lowered) return std::nullopt;
  if (!procedures.empty()) {
    // XML PARSE performs this procedure per event; named as written (not resolved yet).
    add("PROCESSING-PROCEDURE",
        procedures.size() > 1 ? procedures[0] + " THRU " + procedures[1] : procedures[0], nullptr,
        nullptr);
  }
  if (Tree::ExceptionPhrasesContext* phrases =
          json != nullptr ? json->exceptionPhrases() : xml->exceptionPhrases()) {
    LowerConditionalPhrases(scope, phrases, phrases->statements(), node.on_exception,
                            node.not_on_exception);
  }
  return builder_.Statement(loc, std::move(node));
}

// DELETE FILE f ... (GnuCOBOL, ISO 2014: removes the files themselves): an External statement
// of system `other`, verb "DELETE FILE", one option FILE per file (`text` its name as written).
auto Lowering::LowerDeleteFile(UnitScope& scope, Tree::DeleteStatementContext* delete_statement)
    -> std::optional<ir::StatementId> {
  ir::ExternalStatement node;
  node.system = ir::ExternalSystem::kOther;
  node.verb = builder_.Intern("DELETE FILE");
  node.text = builder_.Intern(CollapseWhitespace(Text(delete_statement)));
  for (Tree::UserWordContext* name : delete_statement->userWord()) {
    if (!ResolveFile(scope, name, "DELETE FILE", ir::FileKind::kFile)) {
      return builder_.Continue(Loc(delete_statement));
    }
    ir::ExternalOption option;
    option.name = builder_.Intern("FILE");
    option.text = builder_.Intern(UpperName(Text(name)));
    node.options.push_back(option);
  }
  return builder_.Statement(Loc(delete_statement), std::move(node));
}

}  // namespace remint::cobol::lower
