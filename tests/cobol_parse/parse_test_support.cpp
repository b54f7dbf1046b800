#include "tests/cobol_parse/parse_test_support.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string_view>

#include "base/diagnostics/diagnostic_emitter.h"

namespace remint::cobol::testing {
namespace {

auto Run(std::unique_ptr<SourceManager> sources, FileId file, const PreprocessOptions& preprocess,
         const ParseOptions& options) -> ParseResult {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(sources.get(), collector);
  ExpandedSource expanded = Preprocess(*sources, file, preprocess, emitter);
  ParseResult result;
  result.program = ParseCobol(expanded, *sources, emitter, options);
  result.diagnostics = collector.TakeSorted();
  result.sources = std::move(sources);
  return result;
}

// ANTLR's LISP form escapes these in token texts (antlrcpp::escapeWhitespace).
auto EscapeWhitespace(std::string_view text) -> std::string {
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '\t':
        escaped += "\\t";
        break;
      case '\n':
        escaped += "\\n";
        break;
      case '\r':
        escaped += "\\r";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

// How the LISP form spells a token: the lexer reads the text byte by byte, so each byte of a
// non-ASCII character comes back as a character of its own (é -> Ã©).
auto AsLispText(std::string_view text) -> std::string {
  std::string lisp;
  for (char c : EscapeWhitespace(text)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      lisp += c;
    } else {
      lisp += static_cast<char>(0xC0 | (byte >> 6));
      lisp += static_cast<char>(0x80 | (byte & 0x3F));
    }
  }
  return lisp;
}

// Reads "(rule child child ...)" back into nodes. Token texts may contain spaces and
// parentheses (literals, EXEC blocks), so tokens are matched against the token stream's texts
// in order rather than split at blanks; a rule with no children is printed as its bare name.
// Nodes keep the token's text as the source has it.
class TreeReader {
 public:
  TreeReader(std::string_view lisp, const std::vector<std::string_view>& tokens) : lisp_(lisp) {
    for (std::string_view token : tokens) {
      tokens_.push_back(EscapeWhitespace(token));
      lisp_tokens_.push_back(AsLispText(token));
    }
    tokens_.push_back("<EOF>");
    lisp_tokens_.push_back("<EOF>");
  }

  auto Read(TreeNode& root) -> bool {
    return ReadNode(root) && position_ == lisp_.size() && next_token_ == tokens_.size();
  }

  auto position() const -> size_t { return position_; }

 private:
  auto ReadNode(TreeNode& node) -> bool {
    if (NextIsToken()) {
      position_ += lisp_tokens_[next_token_].size();
      node.token = tokens_[next_token_++];
      return true;
    }
    const bool has_children = At('(');
    if (has_children) ++position_;
    const size_t name_begin = position_;
    while (
        position_ < lisp_.size() &&
        (std::isalnum(static_cast<unsigned char>(lisp_[position_])) || lisp_[position_] == '_')) {
      ++position_;
    }
    node.rule = std::string(lisp_.substr(name_begin, position_ - name_begin));
    if (node.rule.empty()) return false;
    if (!has_children) return true;
    while (At(' ')) {
      ++position_;
      if (!ReadNode(node.children.emplace_back())) return false;
    }
    if (!At(')')) return false;
    ++position_;
    return true;
  }

  // The next token's text starts here and is followed by a separator or the end.
  auto NextIsToken() const -> bool {
    if (next_token_ == tokens_.size()) return false;
    const std::string& token = lisp_tokens_[next_token_];
    if (lisp_.substr(position_, token.size()) != token) return false;
    const size_t end = position_ + token.size();
    return end == lisp_.size() || lisp_[end] == ' ' || lisp_[end] == ')';
  }

  auto At(char c) const -> bool { return position_ < lisp_.size() && lisp_[position_] == c; }

  std::string_view lisp_;
  std::vector<std::string> tokens_;       // as the source has them, whitespace escaped
  std::vector<std::string> lisp_tokens_;  // as the LISP form has them
  size_t position_ = 0;
  size_t next_token_ = 0;
};

// Statement rules are named "xxxStatement"; their shape always shows their name, so a check
// says which statement matched even for one-word statements (CONTINUE, GOBACK).
auto IsStatementRule(const std::string& rule) -> bool { return rule.ends_with("Statement"); }

void CollectAll(const TreeNode& node, const std::string& rule,
                std::vector<const TreeNode*>& found) {
  if (node.rule == rule) found.push_back(&node);
  for (const TreeNode& child : node.children) CollectAll(child, rule, found);
}

}  // namespace

auto ReadTree(const ParseResult& result) -> TreeNode {
  TreeNode root;
  if (result.program == nullptr) {
    ADD_FAILURE() << "no parse tree";
    return root;
  }
  const std::string lisp = result.tree();
  TreeReader reader(lisp, result.program->TokenTexts());
  if (!reader.Read(root)) {
    ADD_FAILURE() << "cannot read the LISP tree back at offset " << reader.position() << ":\n"
                  << lisp;
    return TreeNode{};
  }
  return root;
}

auto Shape(const TreeNode& node) -> std::string {
  if (node.is_token()) return node.token;
  if (node.children.size() == 1 && !IsStatementRule(node.rule)) {
    return Shape(node.children.front());
  }
  std::string shape = "(" + node.rule;
  for (const TreeNode& child : node.children) shape += " " + Shape(child);
  return shape + ")";
}

auto ShapeMatches(std::string_view shape, std::string_view pattern) -> bool {
  constexpr std::string_view kAnything = "...";
  size_t gap = pattern.find(kAnything);
  if (gap == std::string_view::npos) return shape == pattern;
  // The part before the first "..." anchors the start, the part after the last the end, and
  // the parts between must appear in order.
  if (!shape.starts_with(pattern.substr(0, gap))) return false;
  size_t position = gap;
  std::string_view rest = pattern.substr(gap + kAnything.size());
  for (size_t next = rest.find(kAnything); next != std::string_view::npos;
       next = rest.find(kAnything)) {
    const size_t found = shape.find(rest.substr(0, next), position);
    if (found == std::string_view::npos) return false;
    position = found + next;
    rest = rest.substr(next + kAnything.size());
  }
  return shape.size() >= position + rest.size() && shape.ends_with(rest);
}

auto FindAll(const TreeNode& root, const std::string& rule) -> std::vector<const TreeNode*> {
  std::vector<const TreeNode*> found;
  CollectAll(root, rule, found);
  return found;
}

auto Shapes(const ParseResult& result, const std::string& rule) -> std::vector<std::string> {
  const TreeNode root = ReadTree(result);
  std::vector<std::string> shapes;
  for (const TreeNode* node : FindAll(root, rule)) shapes.push_back(Shape(*node));
  return shapes;
}

auto StatementShapes(const ParseResult& result) -> std::vector<std::string> {
  const TreeNode root = ReadTree(result);
  std::vector<std::string> shapes;
  for (const TreeNode* sentence : FindAll(root, "sentence")) {
    for (const TreeNode& child : sentence->children) {
      if (child.rule == "statement") shapes.push_back(Shape(child));
    }
  }
  return shapes;
}

auto ParseResult::error_count() const -> size_t {
  size_t count = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::kError) ++count;
  }
  return count;
}

auto ParseResult::codes() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const Diagnostic& diagnostic : diagnostics) result.emplace_back(diagnostic.code());
  return result;
}

auto ParseResult::messages() const -> std::string {
  std::string result;
  for (const Diagnostic& diagnostic : diagnostics) {
    result += std::to_string(diagnostic.location.line) + ":" +
              std::to_string(diagnostic.location.column) + ": " + diagnostic.message + "\n";
  }
  return result;
}

auto ParseResult::tree() const -> std::string {
  return program == nullptr ? std::string() : program->TreeText();
}

auto ParseFreeFormat(const std::string& source, const ParseOptions& options) -> ParseResult {
  auto sources = std::make_unique<SourceManager>();
  ErrorOr<FileId> file = sources->AddBuffer("test.cbl", source);
  EXPECT_TRUE(file.ok());
  PreprocessOptions preprocess;
  preprocess.format = ReferenceFormat::kFree;
  return Run(std::move(sources), *file, preprocess, options);
}

auto ParseProcedure(const std::string& procedure_text, const std::string& data_text,
                    const ParseOptions& options) -> ParseResult {
  return ParseFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. TESTPROG.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n" +
          data_text + "\nPROCEDURE DIVISION.\n" + procedure_text + "\n",
      options);
}

auto ParseFile(const std::string& path, const std::vector<std::string>& copy_directories,
               const ParseOptions& options) -> ParseResult {
  auto sources = std::make_unique<SourceManager>();
  ErrorOr<FileId> file = sources->Load(path, path);
  EXPECT_TRUE(file.ok()) << path;
  PreprocessOptions preprocess;
  preprocess.copy_directories = copy_directories;
  return Run(std::move(sources), *file, preprocess, options);
}

}  // namespace remint::cobol::testing
