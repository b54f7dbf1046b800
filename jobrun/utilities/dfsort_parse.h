// Internals of the DFSORT emulation (dfsort.h): the plan that the control statements describe, the
// diagnostics found while reading them, the reader of a statement's operands, and the signed
// decimal arithmetic that ZD and PD fields need. Only dfsort.cpp and dfsort_parse.cpp use this
// header: dfsort.cpp splits the cards into statements and runs the plan, dfsort_parse.cpp parses.
#ifndef REMINT_JOBRUN_UTILITIES_DFSORT_PARSE_H_
#define REMINT_JOBRUN_UTILITIES_DFSORT_PARSE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace remint::jobrun::sort_internal {

// The longest fixed-length record DFSORT handles; no field or built record may end past it.
inline constexpr uint32_t kMaxRecordLength = 32760;

// DFSORT's message texts, with the trace character that follows the message id.
inline constexpr std::string_view kStatementDefinerError = "ICE005A 0 STATEMENT DEFINER ERROR";
inline constexpr std::string_view kOperandDefinerError = "ICE006A 0 OPERAND DEFINER ERROR";
inline constexpr std::string_view kSyntaxError = "ICE007A 1 SYNTAX ERROR";
inline constexpr std::string_view kNoSortOrMerge = "ICE010A 0 NO SORT OR MERGE";
inline constexpr std::string_view kMissingFieldDefinitions = "ICE012A 0 MISSING FIELD DEFINITIONS";
inline constexpr std::string_view kInvalidFieldFormat = "ICE018A 0 INVALID OR MISSING FIELD FORMAT";
inline constexpr std::string_view kFieldBeyondRecord =
    "ICE027A 1 END OF FIELD BEYOND MAXIMUM RECORD LENGTH";
inline constexpr std::string_view kReformattingFieldError = "ICE111A 0 REFORMATTING FIELD ERROR";
inline constexpr std::string_view kComparisonFieldError = "ICE113A 0 COMPARISON FIELD ERROR";
inline constexpr std::string_view kInvalidComparison = "ICE114A 0 INVALID COMPARISON";

// Where a character of a control statement came from: card index and 0-based column.
struct SourcePos {
  size_t card = 0;
  size_t column = 0;
};

// One error message. DFSORT prints it right below the card it concerns, after a line with a `$`
// under the column in error when there is one; errors about no card come after the listing.
struct Diagnostic {
  std::string text;
  bool has_card = false;
  bool has_marker = false;
  SourcePos pos;
};

enum class Format { kCh, kBi, kFi, kZd, kPd };

// A field of a record: 1-based position and length, as written on the card.
struct FieldRef {
  uint32_t position = 0;
  uint32_t length = 0;
  Format format = Format::kCh;
  SourcePos source;  // the position number on the card, for ICE027A

  // The shortest record that holds the whole field.
  auto RequiredLength() const -> size_t { return size_t{position} - 1 + length; }
};

struct SortKey {
  FieldRef field;
  bool descending = false;
};

// A signed decimal of any size, normalized: `digits` has no leading zeros (empty means zero) and
// zero is never negative.
struct Decimal {
  bool negative = false;
  std::string digits;
};
auto MakeDecimal(bool negative, std::string_view raw_digits) -> Decimal;
auto CompareDecimal(const Decimal& a, const Decimal& b) -> int;  // <0, 0, >0
auto AddDecimal(const Decimal& a, const Decimal& b) -> Decimal;

enum class CompareOp { kEq, kNe, kGt, kGe, kLt, kLe };

// One INCLUDE/OMIT comparison: a field against a byte constant, a number or another field.
struct Comparison {
  enum class Operand { kBytes, kNumber, kField };
  FieldRef left;
  CompareOp op = CompareOp::kEq;
  Operand operand = Operand::kBytes;
  bool numeric = false;  // compare values (ZD, PD, FI, BI) rather than bytes (CH, BI)
  std::string bytes;     // kBytes: already padded or cut to left.length
  Decimal number;        // kNumber
  FieldRef right;        // kField
};

// A node of a condition: one comparison, or all / any of its children.
struct ConditionNode {
  enum class Kind { kComparison, kAll, kAny };
  Kind kind = Kind::kComparison;
  size_t comparison = 0;
  std::vector<size_t> children;
};

struct Filter {
  bool present = false;
  bool omit = false;          // OMIT deletes the records that satisfy the condition
  std::optional<bool> fixed;  // COND=ALL (true) or COND=NONE (false)
  std::vector<Comparison> comparisons;
  std::vector<ConditionNode> nodes;
  size_t root = 0;
};

// INREC/OUTREC: the output record is the items one after the other. Column positions (c:) and
// blanks (nX) are resolved into literals while parsing, so only fields and literals remain.
struct BuildItem {
  bool is_field = false;
  FieldRef field;
  std::string literal;
};

struct Reformat {
  bool present = false;
  std::vector<BuildItem> items;
  size_t output_length = 0;
};

struct SumSpec {
  bool present = false;
  bool none = false;  // SUM FIELDS=NONE: drop duplicates without summing
  std::vector<FieldRef> fields;
};

enum class Mode { kNone, kSort, kMerge, kCopy };

struct SortPlan {
  Mode mode = Mode::kNone;
  std::vector<SortKey> keys;
  Filter filter;
  Reformat inrec;
  Reformat outrec;
  SumSpec sum;
  uint64_t skip_records = 0;
  std::optional<uint64_t> stop_after;
};

// Numbers on a card are read up to this value; anything larger fails a range check.
inline constexpr uint64_t kNumberCeiling = uint64_t{1} << 32;

inline auto IsLetter(char c) -> bool { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

// One control statement with its continuation cards joined: the operation definer and the operand
// field, each operand character remembering where on which card it was written.
struct Statement {
  std::string definer;
  SourcePos definer_pos;
  std::string operands;
  std::vector<SourcePos> operand_pos;
  SourcePos end_pos;  // just after the last operand character
  size_t last_card = 0;
};

// Walks the operand field of one statement and keeps its first error.
class Cursor {
 public:
  explicit Cursor(const Statement& statement) : statement_(statement) {}

  auto statement() const -> const Statement& { return statement_; }
  auto AtEnd() const -> bool { return at_ >= statement_.operands.size(); }
  auto Peek(size_t ahead = 0) const -> char {
    size_t index = at_ + ahead;
    return index < statement_.operands.size() ? statement_.operands[index] : '\0';
  }
  auto Accept(char c) -> bool {
    if (AtEnd() || Peek() != c) return false;
    ++at_;
    return true;
  }
  auto Expect(char c) -> bool { return Accept(c) || Fail(kSyntaxError); }
  void Advance() {
    if (!AtEnd()) ++at_;
  }
  auto Offset() const -> size_t { return at_; }
  void Rewind(size_t offset) { at_ = offset; }
  auto Here() const -> SourcePos {
    return at_ < statement_.operand_pos.size() ? statement_.operand_pos[at_] : statement_.end_pos;
  }

  // Digits as written; empty when there are none here.
  auto Digits() -> std::string {
    size_t start = at_;
    while (IsDigit(Peek())) ++at_;
    return statement_.operands.substr(start, at_ - start);
  }
  // An unsigned number, capped at kNumberCeiling; nullopt, reading nothing, when there is none.
  auto Number() -> std::optional<uint64_t> {
    std::string digits = Digits();
    if (digits.empty()) return std::nullopt;
    uint64_t value = 0;
    for (char d : digits) {
      value = std::min(value * 10 + static_cast<uint64_t>(d - '0'), kNumberCeiling);
    }
    return value;
  }
  // A keyword: a letter, then letters and digits; empty when there is none here.
  auto Word() -> std::string {
    size_t start = at_;
    if (IsLetter(Peek())) {
      while (IsLetter(Peek()) || IsDigit(Peek())) ++at_;
    }
    return statement_.operands.substr(start, at_ - start);
  }

  // Records an error with a `$` marker under `pos`; always returns false for `return Fail(...)`.
  auto Fail(std::string_view text, SourcePos pos) -> bool {
    if (!error_) error_ = Diagnostic{std::string(text), true, true, pos};
    return false;
  }
  auto Fail(std::string_view text) -> bool { return Fail(text, Here()); }
  // Records an error about the statement as a whole, printed below its last card.
  auto FailStatement(std::string_view text) -> bool {
    if (!error_) error_ = Diagnostic{std::string(text), true, false, {statement_.last_card, 0}};
    return false;
  }
  auto error() const -> const std::optional<Diagnostic>& { return error_; }

 private:
  const Statement& statement_;
  size_t at_ = 0;
  std::optional<Diagnostic> error_;
};

struct ParsedControl {
  SortPlan plan;
  std::vector<Diagnostic> diagnostics;  // empty when the statements are valid
};

// Parses the control statements of one step into a plan.
auto ParseStatements(const std::vector<Statement>& statements) -> ParsedControl;

}  // namespace remint::jobrun::sort_internal

#endif  // REMINT_JOBRUN_UTILITIES_DFSORT_PARSE_H_
