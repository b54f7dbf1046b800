// Parses DFSORT control statements into a SortPlan, reporting the first error of each statement
// the way DFSORT does: message text plus the card and column it concerns. dfsort.cpp splits the
// SYSIN cards into the statements.
#include "jobrun/utilities/dfsort_parse.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace remint::jobrun::sort_internal {
namespace {

// Parentheses in a condition nest no deeper than this, so that parsing and evaluating (both
// recursive) stay shallow whatever the cards say.
constexpr int kMaxConditionDepth = 32;
// DFSORT's decimal constants have at most 31 digits.
constexpr size_t kMaxConstantDigits = 31;

auto FormatNamed(std::string_view name) -> std::optional<Format> {
  if (name == "CH") return Format::kCh;
  if (name == "BI") return Format::kBi;
  if (name == "FI") return Format::kFi;
  if (name == "ZD") return Format::kZd;
  if (name == "PD") return Format::kPd;
  return std::nullopt;
}

// The longest field of each format that can be sorted or compared (DFSORT's limits).
auto MaxFieldLength(Format format) -> uint32_t {
  switch (format) {
    case Format::kCh:
    case Format::kBi:
      return 4092;
    case Format::kFi:
      return 256;
    case Format::kZd:
      return 31;
    case Format::kPd:
      return 16;
  }
  return 0;
}

// Reads "p,l". Zero values are reported as `invalid_message`; a field ending past the longest
// record as ICE027A.
auto ParsePositionLength(Cursor& c, std::string_view invalid_message, FieldRef& field) -> bool {
  SourcePos position_pos = c.Here();
  std::optional<uint64_t> position = c.Number();
  if (!position) return c.Fail(kSyntaxError);
  if (!c.Expect(',')) return false;
  SourcePos length_pos = c.Here();
  std::optional<uint64_t> length = c.Number();
  if (!length) return c.Fail(kSyntaxError);
  if (*position == 0) return c.Fail(invalid_message, position_pos);
  if (*length == 0) return c.Fail(invalid_message, length_pos);
  if (*position - 1 + *length > kMaxRecordLength) return c.Fail(kFieldBeyondRecord, position_pos);
  field.position = static_cast<uint32_t>(*position);
  field.length = static_cast<uint32_t>(*length);
  field.source = position_pos;
  return true;
}

// Reads a quoted constant body ('...' with '' for a quote); the cursor is on the opening quote.
auto ParseQuoted(Cursor& c, std::string& text) -> bool {
  SourcePos start = c.Here();
  if (!c.Accept('\'')) return c.Fail(kSyntaxError);
  while (!c.AtEnd()) {
    if (c.Accept('\'')) {
      if (!c.Accept('\'')) return true;
      text.push_back('\'');
    } else {
      text.push_back(c.Peek());
      c.Advance();
    }
  }
  return c.Fail(kSyntaxError, start);  // no closing quote
}

auto HexValue(char c) -> int {
  if (IsDigit(c)) return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Reads the quoted part of X'hhhh' into bytes; the digits must come in pairs.
auto ParseHex(Cursor& c, std::string& bytes) -> bool {
  SourcePos start = c.Here();
  std::string digits;
  if (!ParseQuoted(c, digits)) return false;
  if (digits.size() % 2 != 0) return c.Fail(kSyntaxError, start);
  for (size_t i = 0; i < digits.size(); i += 2) {
    int high = HexValue(digits[i]);
    int low = HexValue(digits[i + 1]);
    if (high < 0 || low < 0) return c.Fail(kSyntaxError, start);
    bytes.push_back(static_cast<char>(high * 16 + low));
  }
  return true;
}

// Skips the value of an operand this emulation accepts but ignores (SIZE=E5000, DYNALLOC=(...)).
auto SkipOperandValue(Cursor& c) -> bool {
  size_t start = c.Offset();
  int depth = 0;
  while (!c.AtEnd() && !(depth == 0 && c.Peek() == ',')) {
    if (c.Peek() == '\'') {
      std::string ignored;
      if (!ParseQuoted(c, ignored)) return false;
      continue;
    }
    if (c.Peek() == '(') ++depth;
    if (c.Peek() == ')' && --depth < 0) return c.Fail(kSyntaxError);
    c.Advance();
  }
  if (depth != 0) return c.Fail(kSyntaxError);
  return c.Offset() > start || c.Fail(kSyntaxError);
}

// Calls `handle(keyword, keyword_pos)` for each comma-separated operand; the handler reads
// whatever follows the keyword ("=value" or nothing).
template <typename Handler>
auto ForEachOperand(Cursor& c, Handler handle) -> bool {
  if (c.AtEnd()) return true;
  while (true) {
    SourcePos keyword_pos = c.Here();
    std::string keyword = c.Word();
    if (keyword.empty()) return c.Fail(kSyntaxError);
    if (!handle(keyword, keyword_pos)) return false;
    if (c.AtEnd()) return true;
    if (!c.Expect(',')) return false;
  }
}

auto ParseFormatOperand(Cursor& c, std::optional<Format>& format) -> bool {
  if (!c.Expect('=')) return false;
  SourcePos pos = c.Here();
  format = FormatNamed(c.Word());
  return format.has_value() || c.Fail(kInvalidFieldFormat, pos);
}

// Options that change only performance or listings here: accepted, with any value, and ignored.
auto IsIgnoredOption(std::string_view keyword) -> bool {
  static constexpr std::string_view kIgnored[] = {
      "SIZE",    "FILSZ",   "FILES",    "DYNALLOC", "CKPT",     "NOCKPT", "VLSHRT",   "NOVLSHRT",
      "LIST",    "NOLIST",  "LISTX",    "NOLISTX",  "MSGPRT",   "MSGDDN", "MAINSIZE", "RESINV",
      "AVGRLEN", "ZDPRINT", "NZDPRINT", "VLSCMP",   "NOVLSCMP", "DYNSPC", "HIPRMAX",  "NOBLKSET"};
  return std::find(std::begin(kIgnored), std::end(kIgnored), keyword) != std::end(kIgnored);
}

auto ParseRecordCount(Cursor& c, uint64_t& count) -> bool {
  if (!c.Expect('=')) return false;
  std::optional<uint64_t> value = c.Number();
  if (!value) return c.Fail(kSyntaxError);
  count = *value;
  return true;
}

// The plan as statements fill it in, with what ParseStatements needs to finish it.
struct PlanState {
  SortPlan plan;
  Mode statement_mode = Mode::kNone;  // from SORT or MERGE
  bool saw_sort_or_merge = false;
  bool option_copy = false;
  std::vector<Diagnostic> diagnostics;
};

// Reads the operands SORT, MERGE and OPTION share; sets `handled` to false for any other keyword.
auto ParseCommonOption(Cursor& c, const std::string& keyword, SortPlan& plan, bool& handled)
    -> bool {
  handled = true;
  if (keyword == "EQUALS" || keyword == "NOEQUALS") return true;  // always stable here
  if (keyword == "SKIPREC") return ParseRecordCount(c, plan.skip_records);
  if (keyword == "STOPAFT") {
    uint64_t count = 0;
    if (!ParseRecordCount(c, count)) return false;
    plan.stop_after = count;
    return true;
  }
  if (IsIgnoredOption(keyword)) return !c.Accept('=') || SkipOperandValue(c);
  handled = false;
  return true;
}

// A key, SUM field or comparison operand whose format may come from FORMAT=f afterwards.
struct PendingField {
  FieldRef field;
  bool has_format = false;
  SourcePos format_pos;  // where the format is, or would be, written
  bool descending = false;
};

auto ResolveFormat(Cursor& c, std::optional<Format> default_format, PendingField& pending) -> bool {
  if (pending.has_format) return true;
  if (!default_format) return c.Fail(kInvalidFieldFormat, pending.format_pos);
  pending.field.format = *default_format;
  pending.has_format = true;
  return true;
}

// FIELDS=(p,l,f,o,...) or (p,l,o,...) of SORT and MERGE.
auto ParseKeyList(Cursor& c, std::vector<PendingField>& keys) -> bool {
  if (!c.Expect('(')) return false;
  do {
    PendingField key;
    if (!ParsePositionLength(c, kSyntaxError, key.field) || !c.Expect(',')) return false;
    key.format_pos = c.Here();
    std::string word = c.Word();
    if (word != "A" && word != "D") {
      std::optional<Format> format = FormatNamed(word);
      if (!format) return c.Fail(kInvalidFieldFormat, key.format_pos);
      key.field.format = *format;
      key.has_format = true;
      if (!c.Expect(',')) return false;
      SourcePos order_pos = c.Here();
      word = c.Word();
      if (word != "A" && word != "D") return c.Fail(kSyntaxError, order_pos);
    }
    key.descending = word == "D";
    keys.push_back(key);
  } while (!c.Accept(')') && c.Expect(','));
  return !c.error().has_value();
}

auto ParseSortOrMerge(Cursor& c, PlanState& state, bool merge) -> bool {
  if (state.saw_sort_or_merge) return c.Fail(kSyntaxError, c.statement().definer_pos);
  state.saw_sort_or_merge = true;
  std::vector<PendingField> keys;
  std::optional<Format> default_format;
  bool has_fields = false;
  bool copy = false;
  bool ok = ForEachOperand(c, [&](const std::string& keyword, SourcePos keyword_pos) {
    if (keyword == "FIELDS") {
      if (has_fields) return c.Fail(kSyntaxError, keyword_pos);
      has_fields = true;
      if (!c.Expect('=')) return false;
      if (c.Peek() == '(') return ParseKeyList(c, keys);
      SourcePos value_pos = c.Here();
      copy = c.Word() == "COPY";
      return copy || c.Fail(kSyntaxError, value_pos);
    }
    if (keyword == "FORMAT") return ParseFormatOperand(c, default_format);
    bool handled = false;
    bool parsed = ParseCommonOption(c, keyword, state.plan, handled);
    return handled ? parsed : c.Fail(kOperandDefinerError, keyword_pos);
  });
  if (!ok) return false;
  if (!has_fields) return c.FailStatement(kMissingFieldDefinitions);
  for (PendingField& key : keys) {
    if (!ResolveFormat(c, default_format, key)) return false;
    if (key.field.length > MaxFieldLength(key.field.format)) {
      return c.Fail(kSyntaxError, key.field.source);
    }
    state.plan.keys.push_back({key.field, key.descending});
  }
  state.statement_mode = copy ? Mode::kCopy : (merge ? Mode::kMerge : Mode::kSort);
  return true;
}

auto ParseOption(Cursor& c, PlanState& state) -> bool {
  return ForEachOperand(c, [&](const std::string& keyword, SourcePos keyword_pos) {
    if (keyword == "COPY") {
      state.option_copy = true;
      return true;
    }
    bool handled = false;
    bool parsed = ParseCommonOption(c, keyword, state.plan, handled);
    return handled ? parsed : c.Fail(kOperandDefinerError, keyword_pos);
  });
}

auto OperatorNamed(std::string_view name) -> std::optional<CompareOp> {
  if (name == "EQ") return CompareOp::kEq;
  if (name == "NE") return CompareOp::kNe;
  if (name == "GT") return CompareOp::kGt;
  if (name == "GE") return CompareOp::kGe;
  if (name == "LT") return CompareOp::kLt;
  if (name == "LE") return CompareOp::kLe;
  return std::nullopt;
}

// A comparison as written, before FORMAT=f supplies missing formats.
struct PendingComparison {
  PendingField left;
  PendingField right;  // Operand::kField
  Comparison::Operand operand = Comparison::Operand::kBytes;
  CompareOp op = CompareOp::kEq;
  char constant_type = 'C';  // C'..' pads with blanks, X'..' with binary zeros
  std::string bytes;
  Decimal number;
  SourcePos operand_pos;
};

// Reads the part of a field operand after "p,l": an optional ",f". The comma is left alone
// when what follows is not a format (a connector such as ",AND").
void AcceptOptionalFormat(Cursor& c, PendingField& field) {
  size_t before = c.Offset();
  if (!c.Accept(',')) return;
  field.format_pos = c.Here();
  std::optional<Format> format = FormatNamed(c.Word());
  if (!format) {
    c.Rewind(before);
    return;
  }
  field.field.format = *format;
  field.has_format = true;
}

// Recursive descent over COND=(...): expression := term {,OR|,| term}, term := factor {,AND|,&
// factor}, factor := ( expression ) | comparison.
class ConditionParser {
 public:
  ConditionParser(Cursor& c, Filter& filter, std::vector<PendingComparison>& pending)
      : c_(c), filter_(filter), pending_(pending) {}

  auto Expression(int depth) -> std::optional<size_t> { return Chain(depth, false); }

 private:
  auto Chain(int depth, bool is_term) -> std::optional<size_t> {
    std::optional<size_t> first = is_term ? Factor(depth) : Chain(depth, true);
    if (!first) return std::nullopt;
    ConditionNode chain{
        is_term ? ConditionNode::Kind::kAll : ConditionNode::Kind::kAny, 0, {*first}};
    while (true) {
      std::optional<bool> connector = AcceptConnector(is_term);
      if (!connector) return std::nullopt;
      if (!*connector) break;
      std::optional<size_t> next = is_term ? Factor(depth) : Chain(depth, true);
      if (!next) return std::nullopt;
      chain.children.push_back(*next);
    }
    if (chain.children.size() == 1) return first;
    return AddNode(std::move(chain));
  }

  // ",AND," / ",&," (or ",OR," / ",|,"): true when read, false (nothing read) when absent.
  auto AcceptConnector(bool is_and) -> std::optional<bool> {
    size_t before = c_.Offset();
    if (!c_.Accept(',')) return false;
    bool found = c_.Accept(is_and ? '&' : '|') || c_.Word() == (is_and ? "AND" : "OR");
    if (!found) {
      c_.Rewind(before);
      return false;
    }
    if (!c_.Expect(',')) return std::nullopt;
    return true;
  }

  auto Factor(int depth) -> std::optional<size_t> {
    if (depth > kMaxConditionDepth) {
      c_.Fail(kSyntaxError);
      return std::nullopt;
    }
    if (!c_.Accept('(')) return ComparisonNode();
    std::optional<size_t> inner = Expression(depth + 1);
    if (!inner || !c_.Expect(')')) return std::nullopt;
    return inner;
  }

  auto ComparisonNode() -> std::optional<size_t> {
    PendingComparison comparison;
    if (!ParseComparison(comparison)) return std::nullopt;
    pending_.push_back(std::move(comparison));
    return AddNode({ConditionNode::Kind::kComparison, pending_.size() - 1, {}});
  }

  auto ParseComparison(PendingComparison& out) -> bool {
    if (!ParsePositionLength(c_, kComparisonFieldError, out.left.field) || !c_.Expect(',')) {
      return false;
    }
    out.left.format_pos = c_.Here();
    std::string word = c_.Word();
    std::optional<CompareOp> op = OperatorNamed(word);
    if (!op) {
      std::optional<Format> format = FormatNamed(word);
      if (!format) return c_.Fail(kInvalidFieldFormat, out.left.format_pos);
      out.left.field.format = *format;
      out.left.has_format = true;
      if (!c_.Expect(',')) return false;
      SourcePos op_pos = c_.Here();
      op = OperatorNamed(c_.Word());
      if (!op) return c_.Fail(kSyntaxError, op_pos);
    }
    out.op = *op;
    return c_.Expect(',') && ParseRightOperand(out);
  }

  auto ParseRightOperand(PendingComparison& out) -> bool {
    out.operand_pos = c_.Here();
    if ((c_.Peek() == 'C' || c_.Peek() == 'X') && c_.Peek(1) == '\'') {
      out.constant_type = c_.Peek();
      c_.Accept(out.constant_type);
      out.operand = Comparison::Operand::kBytes;
      return out.constant_type == 'C' ? ParseQuoted(c_, out.bytes) : ParseHex(c_, out.bytes);
    }
    size_t start = c_.Offset();
    bool negative = c_.Accept('-');
    bool signed_number = negative || c_.Accept('+');
    std::string digits = c_.Digits();
    if (digits.empty()) return c_.Fail(kSyntaxError, out.operand_pos);
    if (!signed_number && c_.Peek() == ',' && IsDigit(c_.Peek(1))) {
      c_.Rewind(start);
      out.operand = Comparison::Operand::kField;
      out.right.format_pos = out.operand_pos;
      if (!ParsePositionLength(c_, kComparisonFieldError, out.right.field)) return false;
      AcceptOptionalFormat(c_, out.right);
      return true;
    }
    if (digits.size() > kMaxConstantDigits) return c_.Fail(kSyntaxError, out.operand_pos);
    out.operand = Comparison::Operand::kNumber;
    out.number = MakeDecimal(negative, digits);
    return true;
  }

  auto AddNode(ConditionNode node) -> size_t {
    filter_.nodes.push_back(std::move(node));
    return filter_.nodes.size() - 1;
  }

  Cursor& c_;
  Filter& filter_;
  std::vector<PendingComparison>& pending_;
};

auto IsByteFormat(Format format) -> bool { return format == Format::kCh || format == Format::kBi; }
// Binary fields take part in value comparisons only when they fit 64 bits.
auto IsNumericField(const FieldRef& field) -> bool {
  if (field.format == Format::kBi || field.format == Format::kFi) return field.length <= 8;
  return field.format == Format::kZd || field.format == Format::kPd;
}

// Applies FORMAT=f and checks that the two sides of a comparison can be compared.
auto FinishComparison(Cursor& c, std::optional<Format> default_format, PendingComparison& pending,
                      Comparison& out) -> bool {
  if (!ResolveFormat(c, default_format, pending.left)) return false;
  const FieldRef& left = pending.left.field;
  if (left.length > MaxFieldLength(left.format)) return c.Fail(kComparisonFieldError, left.source);
  out.left = left;
  out.op = pending.op;
  out.operand = pending.operand;
  switch (pending.operand) {
    case Comparison::Operand::kBytes:
      if (!IsByteFormat(left.format)) return c.Fail(kInvalidComparison, pending.operand_pos);
      out.bytes = pending.bytes;
      out.bytes.resize(left.length, pending.constant_type == 'C' ? ' ' : '\0');
      return true;
    case Comparison::Operand::kNumber:
      if (left.format == Format::kCh) return c.Fail(kInvalidComparison, pending.operand_pos);
      if (!IsNumericField(left)) return c.Fail(kComparisonFieldError, left.source);
      out.number = pending.number;
      out.numeric = true;
      return true;
    case Comparison::Operand::kField:
      break;
  }
  if (!ResolveFormat(c, default_format, pending.right)) return false;
  const FieldRef& right = pending.right.field;
  if (right.length > MaxFieldLength(right.format)) {
    return c.Fail(kComparisonFieldError, right.source);
  }
  out.right = right;
  if (IsByteFormat(left.format) && IsByteFormat(right.format)) return true;
  if (left.format == Format::kCh || right.format == Format::kCh) {
    return c.Fail(kInvalidComparison, pending.operand_pos);
  }
  if (!IsNumericField(left)) return c.Fail(kComparisonFieldError, left.source);
  if (!IsNumericField(right)) return c.Fail(kComparisonFieldError, right.source);
  out.numeric = true;
  return true;
}

auto ParseFilter(Cursor& c, PlanState& state, bool omit) -> bool {
  Filter& filter = state.plan.filter;
  if (filter.present) return c.Fail(kSyntaxError, c.statement().definer_pos);
  filter = Filter{};
  filter.present = true;
  filter.omit = omit;
  std::vector<PendingComparison> pending;
  std::optional<Format> default_format;
  bool has_condition = false;
  bool ok = ForEachOperand(c, [&](const std::string& keyword, SourcePos keyword_pos) {
    if (keyword == "FORMAT") return ParseFormatOperand(c, default_format);
    if (keyword != "COND") return c.Fail(kOperandDefinerError, keyword_pos);
    if (has_condition) return c.Fail(kSyntaxError, keyword_pos);
    has_condition = true;
    if (!c.Expect('=')) return false;
    if (c.Peek() != '(') {
      SourcePos value_pos = c.Here();
      std::string value = c.Word();
      if (value != "ALL" && value != "NONE") return c.Fail(kSyntaxError, value_pos);
      filter.fixed = value == "ALL";
      return true;
    }
    std::optional<size_t> root = ConditionParser(c, filter, pending).Expression(0);
    if (root) filter.root = *root;
    return root.has_value();
  });
  if (!ok) return false;
  if (!has_condition) return c.FailStatement(kMissingFieldDefinitions);
  filter.comparisons.resize(pending.size());
  for (size_t i = 0; i < pending.size(); ++i) {
    if (!FinishComparison(c, default_format, pending[i], filter.comparisons[i])) return false;
  }
  return true;
}

// Appends `count` copies of `text` to the record being built, within the longest record.
auto AppendLiteral(Cursor& c, SourcePos pos, const std::string& text, uint64_t count,
                   Reformat& reformat) -> bool {
  if (count == 0 || text.size() * count > kMaxRecordLength - reformat.output_length) {
    return c.Fail(kReformattingFieldError, pos);
  }
  if (text.empty()) return true;
  if (reformat.items.empty() || reformat.items.back().is_field) reformat.items.push_back({});
  for (uint64_t i = 0; i < count; ++i) reformat.items.back().literal += text;
  reformat.output_length += text.size() * count;
  return true;
}

// nX, nZ, nC'..' or nX'..' after its repetition count (1 when none was written).
auto ParseRepeatedItem(Cursor& c, uint64_t count, Reformat& reformat) -> bool {
  SourcePos pos = c.Here();
  std::string word = c.Word();
  std::string text;
  if (word == "C" && c.Peek() == '\'') {
    if (!ParseQuoted(c, text)) return false;
  } else if (word == "X" && c.Peek() == '\'') {
    if (!ParseHex(c, text)) return false;
  } else if (word == "X") {
    text = " ";
  } else if (word == "Z") {
    text = std::string(1, '\0');
  } else {
    return c.Fail(kReformattingFieldError, pos);
  }
  return AppendLiteral(c, pos, text, count, reformat);
}

// One INREC/OUTREC item, optionally preceded by "c:" to place it at column c.
auto ParseBuildItem(Cursor& c, Reformat& reformat) -> bool {
  SourcePos pos = c.Here();
  size_t start = c.Offset();
  std::optional<uint64_t> number = c.Number();
  if (number && c.Accept(':')) {
    if (*number == 0 || *number - 1 < reformat.output_length || *number > kMaxRecordLength) {
      return c.Fail(kReformattingFieldError, pos);
    }
    uint64_t gap = *number - 1 - reformat.output_length;
    if (gap > 0 && !AppendLiteral(c, pos, " ", gap, reformat)) return false;
    pos = c.Here();
    start = c.Offset();
    number = c.Number();
  }
  if (!number) return IsLetter(c.Peek()) ? ParseRepeatedItem(c, 1, reformat) : c.Fail(kSyntaxError);
  if (IsLetter(c.Peek())) return ParseRepeatedItem(c, *number, reformat);
  if (c.Peek() != ',' || !IsDigit(c.Peek(1))) return c.Fail(kReformattingFieldError, pos);
  BuildItem item;
  item.is_field = true;
  c.Rewind(start);
  if (!ParsePositionLength(c, kReformattingFieldError, item.field)) return false;
  if (item.field.length > kMaxRecordLength - reformat.output_length) {
    return c.Fail(kReformattingFieldError, pos);
  }
  reformat.output_length += item.field.length;
  reformat.items.push_back(item);
  return true;
}

auto ParseReformat(Cursor& c, Reformat& reformat) -> bool {
  if (reformat.present) return c.Fail(kSyntaxError, c.statement().definer_pos);
  reformat.present = true;
  bool has_items = false;
  bool ok = ForEachOperand(c, [&](const std::string& keyword, SourcePos keyword_pos) {
    if (keyword != "FIELDS" && keyword != "BUILD") return c.Fail(kOperandDefinerError, keyword_pos);
    if (has_items) return c.Fail(kSyntaxError, keyword_pos);
    has_items = true;
    if (!c.Expect('=') || !c.Expect('(')) return false;
    do {
      if (!ParseBuildItem(c, reformat)) return false;
    } while (!c.Accept(')') && c.Expect(','));
    return !c.error().has_value();
  });
  if (!ok) return false;
  return has_items || c.FailStatement(kMissingFieldDefinitions);
}

// SUM lengths DFSORT accepts for each format.
auto IsValidSumLength(Format format, uint32_t length) -> bool {
  switch (format) {
    case Format::kBi:
    case Format::kFi:
      return length == 2 || length == 4 || length == 8;
    case Format::kZd:
      return length <= 31;
    case Format::kPd:
      return length <= 16;
    case Format::kCh:
      return false;
  }
  return false;
}

auto ParseSumFields(Cursor& c, SumSpec& sum, std::vector<PendingField>& fields) -> bool {
  size_t before = c.Offset();
  SourcePos value_pos = c.Here();
  bool parenthesized = c.Accept('(');
  if (c.Word() == "NONE" && (!parenthesized || c.Accept(')'))) {
    sum.none = true;
    return true;
  }
  c.Rewind(before);
  if (!parenthesized) return c.Fail(kSyntaxError, value_pos);
  c.Accept('(');
  do {
    PendingField field;
    if (!ParsePositionLength(c, kSyntaxError, field.field)) return false;
    field.format_pos = c.Here();
    AcceptOptionalFormat(c, field);
    fields.push_back(field);
  } while (!c.Accept(')') && c.Expect(','));
  return !c.error().has_value();
}

auto ParseSum(Cursor& c, PlanState& state) -> bool {
  SumSpec& sum = state.plan.sum;
  if (sum.present) return c.Fail(kSyntaxError, c.statement().definer_pos);
  sum.present = true;
  std::vector<PendingField> fields;
  std::optional<Format> default_format;
  bool has_fields = false;
  bool ok = ForEachOperand(c, [&](const std::string& keyword, SourcePos keyword_pos) {
    if (keyword == "FORMAT") return ParseFormatOperand(c, default_format);
    if (keyword != "FIELDS") return c.Fail(kOperandDefinerError, keyword_pos);
    if (has_fields) return c.Fail(kSyntaxError, keyword_pos);
    has_fields = true;
    return c.Expect('=') && ParseSumFields(c, sum, fields);
  });
  if (!ok) return false;
  if (!has_fields) return c.FailStatement(kMissingFieldDefinitions);
  for (PendingField& field : fields) {
    if (!ResolveFormat(c, default_format, field)) return false;
    if (field.field.format == Format::kCh) return c.Fail(kInvalidFieldFormat, field.format_pos);
    if (!IsValidSumLength(field.field.format, field.field.length)) {
      return c.Fail(kSyntaxError, field.field.source);
    }
    sum.fields.push_back(field.field);
  }
  return true;
}

auto ParseStatement(const Statement& statement, PlanState& state) -> std::optional<Diagnostic> {
  Cursor c(statement);
  const std::string& definer = statement.definer;
  bool ok = false;
  if (definer == "SORT" || definer == "MERGE") {
    ok = ParseSortOrMerge(c, state, definer == "MERGE");
  } else if (definer == "OPTION") {
    ok = ParseOption(c, state);
  } else if (definer == "INCLUDE" || definer == "OMIT") {
    ok = ParseFilter(c, state, definer == "OMIT");
  } else if (definer == "INREC" || definer == "OUTREC") {
    ok = ParseReformat(c, definer == "INREC" ? state.plan.inrec : state.plan.outrec);
  } else if (definer == "SUM") {
    ok = ParseSum(c, state);
  } else if (definer == "END" || definer == "RECORD" || definer == "DEBUG") {
    ok = true;  // END only stops the reading; RECORD and DEBUG change nothing here
  } else {
    ok = c.Fail(kStatementDefinerError, statement.definer_pos);
  }
  if (ok) return std::nullopt;
  if (c.error()) return c.error();
  return Diagnostic{std::string(kSyntaxError), true, false, {statement.last_card, 0}};
}

// Settles what the statements together ask for: OPTION COPY wins over SORT and MERGE, a copy has
// no keys and so nothing to SUM, and SKIPREC/STOPAFT do not apply to a merge.
void FinishPlan(PlanState& state) {
  SortPlan& plan = state.plan;
  plan.mode = state.option_copy ? Mode::kCopy : state.statement_mode;
  if (plan.mode == Mode::kCopy) {
    plan.keys.clear();
    plan.sum = SumSpec{};
  }
  if (plan.mode == Mode::kMerge) {
    plan.skip_records = 0;
    plan.stop_after.reset();
  }
}

}  // namespace

auto ParseStatements(const std::vector<Statement>& statements) -> ParsedControl {
  PlanState state;
  for (const Statement& statement : statements) {
    if (std::optional<Diagnostic> error = ParseStatement(statement, state)) {
      state.diagnostics.push_back(std::move(*error));
    }
  }
  if (!state.saw_sort_or_merge && !state.option_copy) {
    state.diagnostics.push_back({std::string(kNoSortOrMerge), false, false, {}});
  }
  FinishPlan(state);
  return {std::move(state.plan), std::move(state.diagnostics)};
}

}  // namespace remint::jobrun::sort_internal
