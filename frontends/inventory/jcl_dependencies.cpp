// EXEC PGM=/PROC, INCLUDE MEMBER=, JCLLIB ORDER= and DSN= in JCL members. Statements are read
// with their continuations; in-stream data (DD * / DD DATA, with DLM=) is skipped.
#include <string>
#include <vector>

#include "frontends/inventory/dependencies.h"
#include "frontends/inventory/text_scan.h"

namespace remint::inventory {
namespace {

// The operand field: up to the first blank outside quotes.
auto OperandField(std::string_view text) -> std::string_view {
  text = TrimSpaces(text);
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\'') quoted = !quoted;
    if (text[i] == ' ' && !quoted) return text.substr(0, i);
  }
  return text;
}

// Splits "A=1,B=(X,Y),C" at top-level commas.
auto SplitOperands(std::string_view field) -> std::vector<std::string_view> {
  std::vector<std::string_view> operands;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    if (c == '\'') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) {
      operands.push_back(field.substr(start, i - start));
      start = i + 1;
    }
  }
  if (start < field.size()) operands.push_back(field.substr(start));
  return operands;
}

auto StripQuotes(std::string_view value) -> std::string {
  if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') {
    value = value.substr(1, value.size() - 2);
  }
  return std::string(value);
}

// "(A,B)" -> {"A", "B"}; "A" -> {"A"}.
auto ListValues(std::string_view value) -> std::vector<std::string_view> {
  if (value.size() >= 2 && value.front() == '(' && value.back() == ')') {
    return SplitOperands(value.substr(1, value.size() - 2));
  }
  return {value};
}

struct Statement {
  std::string operation;
  std::string operands;  // Operand fields of all its lines, joined.
  uint32_t line = 0;
};

class JclReader {
 public:
  explicit JclReader(const SourceText& source) : source_(source) {}

  template <typename Callback>
  void ForEachStatement(Callback callback) {
    Statement current;
    bool continuing = false;
    std::string delimiter;  // Non-empty while reading in-stream data.
    for (uint32_t number = 1; number <= source_.line_count(); ++number) {
      std::string_view line = source_.line(number);
      if (!delimiter.empty()) {
        bool ends = line.starts_with(delimiter) || (delimiter == "/*" && line.starts_with("//"));
        if (!ends) continue;
        delimiter.clear();
        if (!line.starts_with("//") || line.starts_with("//*")) continue;
      }
      if (!line.starts_with("//") || line.starts_with("//*")) continue;
      std::string_view rest = line.substr(2);
      if (continuing) {
        std::string_view field = OperandField(rest);
        current.operands += field;
        continuing = field.ends_with(',');
        if (!continuing) Finish(current, delimiter, callback);
        continue;
      }
      if (!rest.empty() && rest.front() != ' ') NextWord(rest);  // Name field.
      std::string_view operation = NextWord(rest);
      current = Statement{ToUpper(operation), std::string(OperandField(rest)), number};
      continuing = current.operands.ends_with(',');
      if (!continuing) Finish(current, delimiter, callback);
    }
    if (continuing) Finish(current, delimiter, callback);
  }

 private:
  template <typename Callback>
  void Finish(const Statement& statement, std::string& delimiter, Callback& callback) {
    callback(statement);
    if (statement.operation != "DD") return;
    std::vector<std::string_view> operands = SplitOperands(statement.operands);
    if (operands.empty()) return;
    bool in_stream = operands.front() == "*" || EqualsIgnoreCase(operands.front(), "DATA");
    if (!in_stream) return;
    delimiter = "/*";
    for (std::string_view operand : operands) {
      if (StartsWithIgnoreCase(operand, "DLM=")) delimiter = StripQuotes(operand.substr(4));
    }
  }

  const SourceText& source_;
};

}  // namespace

auto ExtractJclDependencies(const SourceText& source) -> std::vector<Dependency> {
  std::vector<Dependency> dependencies;
  JclReader reader(source);
  reader.ForEachStatement([&](const Statement& statement) {
    std::vector<std::string_view> operands = SplitOperands(statement.operands);
    auto add = [&](DependencyKind kind, std::string_view value) {
      if (!value.empty()) dependencies.push_back({kind, StripQuotes(value), "", statement.line});
    };
    if (statement.operation == "EXEC") {
      bool first = true;
      for (std::string_view operand : operands) {
        size_t equals = operand.find('=');
        if (equals == std::string_view::npos) {
          if (first) add(DependencyKind::kExecProc, operand);
        } else {
          std::string_view key = operand.substr(0, equals);
          std::string_view value = operand.substr(equals + 1);
          if (EqualsIgnoreCase(key, "PGM")) add(DependencyKind::kExecPgm, value);
          if (EqualsIgnoreCase(key, "PROC")) add(DependencyKind::kExecProc, value);
        }
        first = false;
      }
      return;
    }
    for (std::string_view operand : operands) {
      size_t equals = operand.find('=');
      if (equals == std::string_view::npos) continue;
      std::string_view key = operand.substr(0, equals);
      std::string_view value = operand.substr(equals + 1);
      if (statement.operation == "DD" &&
          (EqualsIgnoreCase(key, "DSN") || EqualsIgnoreCase(key, "DSNAME"))) {
        add(DependencyKind::kDataset, value);
      } else if (statement.operation == "INCLUDE" && EqualsIgnoreCase(key, "MEMBER")) {
        add(DependencyKind::kInclude, value);
      } else if (statement.operation == "JCLLIB" && EqualsIgnoreCase(key, "ORDER")) {
        for (std::string_view library : ListValues(value)) {
          add(DependencyKind::kJclLib, library);
        }
      }
    }
  });
  return dependencies;
}

}  // namespace remint::inventory
