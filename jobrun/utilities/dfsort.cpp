// The DFSORT step: splits the SYSIN cards into statements (their operands are parsed by
// dfsort_parse.cpp), runs the resulting plan over the records in memory and prints DFSORT's
// messages. See dfsort.h for what is emulated.
#include "jobrun/utilities/dfsort.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jobrun/utilities/dfsort_parse.h"

namespace remint::jobrun::sort_internal {

auto MakeDecimal(bool negative, std::string_view raw_digits) -> Decimal {
  Decimal value;
  size_t first = raw_digits.find_first_not_of('0');
  if (first == std::string_view::npos) return value;  // zero has no sign
  value.digits = std::string(raw_digits.substr(first));
  value.negative = negative;
  return value;
}

namespace {

auto CompareMagnitudes(std::string_view a, std::string_view b) -> int {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  int order = a.compare(b);
  return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

auto AddMagnitudes(std::string_view a, std::string_view b) -> std::string {
  std::string sum;
  int carry = 0;
  for (size_t i = 0; i < std::max(a.size(), b.size()) || carry != 0; ++i) {
    int digit = carry;
    if (i < a.size()) digit += a[a.size() - 1 - i] - '0';
    if (i < b.size()) digit += b[b.size() - 1 - i] - '0';
    sum.push_back(static_cast<char>('0' + digit % 10));
    carry = digit / 10;
  }
  std::reverse(sum.begin(), sum.end());
  return sum;
}

// `larger` must not be smaller than `smaller`.
auto SubtractMagnitudes(std::string_view larger, std::string_view smaller) -> std::string {
  std::string difference;
  int borrow = 0;
  for (size_t i = 0; i < larger.size(); ++i) {
    int digit = larger[larger.size() - 1 - i] - '0' - borrow;
    if (i < smaller.size()) digit -= smaller[smaller.size() - 1 - i] - '0';
    borrow = digit < 0 ? 1 : 0;
    difference.push_back(static_cast<char>('0' + digit + borrow * 10));
  }
  std::reverse(difference.begin(), difference.end());
  return difference;
}

}  // namespace

auto CompareDecimal(const Decimal& a, const Decimal& b) -> int {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int magnitude = CompareMagnitudes(a.digits, b.digits);
  return a.negative ? -magnitude : magnitude;
}

auto AddDecimal(const Decimal& a, const Decimal& b) -> Decimal {
  if (a.negative == b.negative) return MakeDecimal(a.negative, AddMagnitudes(a.digits, b.digits));
  int magnitude = CompareMagnitudes(a.digits, b.digits);
  if (magnitude == 0) return Decimal{};
  const Decimal& larger = magnitude > 0 ? a : b;
  const Decimal& smaller = magnitude > 0 ? b : a;
  return MakeDecimal(larger.negative, SubtractMagnitudes(larger.digits, smaller.digits));
}

namespace {

constexpr std::string_view kListingIndent = "           ";  // 11 blanks, as DFSORT lists cards

auto Byte(char c) -> unsigned { return static_cast<unsigned char>(c); }
// Invalid decimal nibbles (A-F) would make DFSORT abend with a data exception; here they count as
// 9 so that every record still sorts somewhere.
auto DigitOf(unsigned nibble) -> char { return static_cast<char>('0' + std::min(nibble, 9u)); }

// The bytes of a field. Records are checked against every field before a stage runs, so the
// clamping only keeps an unexpected short record from reading outside it.
auto FieldBytes(std::string_view record, const FieldRef& field) -> std::string_view {
  size_t start = std::min<size_t>(field.position - 1, record.size());
  return record.substr(start, field.length);
}

// ZD as remint's runtime writes it (ASCII, GnuCOBOL): each byte's low nibble is a digit and a last
// byte from 0x70 to 0x79 ('p' to 'y') makes the value negative.
auto ZonedValue(std::string_view bytes) -> Decimal {
  std::string digits;
  for (char c : bytes) digits.push_back(DigitOf(Byte(c) & 0x0F));
  bool negative =
      !bytes.empty() && (Byte(bytes.back()) & 0xF0) == 0x70 && (Byte(bytes.back()) & 0x0F) <= 9;
  return MakeDecimal(negative, digits);
}

// PD: two digits a byte, the last nibble the sign (D or B negative, anything else positive).
auto PackedValue(std::string_view bytes) -> Decimal {
  std::string digits;
  unsigned sign = 0x0C;
  for (size_t i = 0; i < bytes.size(); ++i) {
    digits.push_back(DigitOf(Byte(bytes[i]) >> 4));
    if (i + 1 < bytes.size()) {
      digits.push_back(DigitOf(Byte(bytes[i]) & 0x0F));
    } else {
      sign = Byte(bytes[i]) & 0x0F;
    }
  }
  return MakeDecimal(sign == 0x0D || sign == 0x0B, digits);
}

// Big-endian binary of at most 8 bytes.
auto UnsignedValue(std::string_view bytes) -> uint64_t {
  uint64_t value = 0;
  for (char c : bytes) value = (value << 8) | Byte(c);
  return value;
}

auto SignedValue(std::string_view bytes) -> int64_t {
  uint64_t value = UnsignedValue(bytes);
  if (!bytes.empty() && bytes.size() < 8 && (Byte(bytes[0]) & 0x80) != 0) {
    value |= ~uint64_t{0} << (8 * bytes.size());  // sign-extend
  }
  return static_cast<int64_t>(value);
}

auto DecimalOf(int64_t value) -> Decimal {
  uint64_t magnitude = value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : value;
  return MakeDecimal(value < 0, std::to_string(magnitude));
}

auto NumericValue(std::string_view bytes, Format format) -> Decimal {
  switch (format) {
    case Format::kZd:
      return ZonedValue(bytes);
    case Format::kPd:
      return PackedValue(bytes);
    case Format::kFi:
      return DecimalOf(SignedValue(bytes));
    case Format::kBi:
    case Format::kCh:
      break;
  }
  return MakeDecimal(false, std::to_string(UnsignedValue(bytes)));
}

// Unsigned byte order, as CH and BI compare; a shorter operand is padded with `pad`.
auto ComparePadded(std::string_view a, std::string_view b, char pad) -> int {
  for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    unsigned x = Byte(i < a.size() ? a[i] : pad);
    unsigned y = Byte(i < b.size() ? b[i] : pad);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

// FI: two's complement big-endian, so the first byte compares signed and the rest unsigned.
auto CompareSignedBinary(std::string_view a, std::string_view b) -> int {
  if (a.empty() || b.empty()) return ComparePadded(a, b, '\0');
  unsigned x = Byte(a[0]) ^ 0x80;
  unsigned y = Byte(b[0]) ^ 0x80;
  if (x != y) return x < y ? -1 : 1;
  return ComparePadded(a.substr(1), b.substr(1), '\0');
}

auto CompareField(std::string_view a, std::string_view b, Format format) -> int {
  switch (format) {
    case Format::kCh:
    case Format::kBi:
      return ComparePadded(a, b, '\0');
    case Format::kFi:
      return CompareSignedBinary(a, b);
    case Format::kZd:
    case Format::kPd:
      return CompareDecimal(NumericValue(a, format), NumericValue(b, format));
  }
  return 0;
}

auto CompareKeys(std::string_view a, std::string_view b, const std::vector<SortKey>& keys) -> int {
  for (const SortKey& key : keys) {
    int order = CompareField(FieldBytes(a, key.field), FieldBytes(b, key.field), key.field.format);
    if (order != 0) return key.descending ? -order : order;
  }
  return 0;
}

auto Holds(CompareOp op, int order) -> bool {
  switch (op) {
    case CompareOp::kEq:
      return order == 0;
    case CompareOp::kNe:
      return order != 0;
    case CompareOp::kGt:
      return order > 0;
    case CompareOp::kGe:
      return order >= 0;
    case CompareOp::kLt:
      return order < 0;
    case CompareOp::kLe:
      return order <= 0;
  }
  return false;
}

auto Satisfies(const Comparison& comparison, std::string_view record) -> bool {
  std::string_view left = FieldBytes(record, comparison.left);
  Format left_format = comparison.left.format;
  int order = 0;
  switch (comparison.operand) {
    case Comparison::Operand::kBytes:
      order = ComparePadded(left, comparison.bytes, ' ');
      break;
    case Comparison::Operand::kNumber:
      order = CompareDecimal(NumericValue(left, left_format), comparison.number);
      break;
    case Comparison::Operand::kField: {
      std::string_view right = FieldBytes(record, comparison.right);
      Format right_format = comparison.right.format;
      order = comparison.numeric ? CompareDecimal(NumericValue(left, left_format),
                                                  NumericValue(right, right_format))
                                 : ComparePadded(left, right, ' ');
      break;
    }
  }
  return Holds(comparison.op, order);
}

// Recursion follows the parentheses only (AND and OR chains are one node each), and the parser
// bounds their depth.
auto Satisfies(const Filter& filter, size_t node_index, std::string_view record) -> bool {
  const ConditionNode& node = filter.nodes[node_index];
  auto child_holds = [&](size_t child) { return Satisfies(filter, child, record); };
  switch (node.kind) {
    case ConditionNode::Kind::kComparison:
      return Satisfies(filter.comparisons[node.comparison], record);
    case ConditionNode::Kind::kAll:
      return std::all_of(node.children.begin(), node.children.end(), child_holds);
    case ConditionNode::Kind::kAny:
      return std::any_of(node.children.begin(), node.children.end(), child_holds);
  }
  return false;
}

auto Keeps(const Filter& filter, std::string_view record) -> bool {
  if (!filter.present) return true;
  bool satisfied = filter.fixed ? *filter.fixed : Satisfies(filter, filter.root, record);
  return filter.omit ? !satisfied : satisfied;
}

auto Build(const Reformat& reformat, std::string_view record) -> std::string {
  std::string built;
  built.reserve(reformat.output_length);
  for (const BuildItem& item : reformat.items) {
    if (item.is_field) {
      built.append(FieldBytes(record, item.field));
    } else {
      built.append(item.literal);
    }
  }
  return built;
}

// Writes `value` as an ASCII ZD field of `length` bytes; false when it has too many digits.
auto EncodeZoned(const Decimal& value, size_t length, std::string& out) -> bool {
  if (value.digits.size() > length) return false;
  out = std::string(length - value.digits.size(), '0') + value.digits;
  if (value.negative) out.back() = static_cast<char>(0x70 + (out.back() - '0'));
  return true;
}

// Writes `value` as a PD field of `length` bytes, sign C or D; false when it does not fit.
auto EncodePacked(const Decimal& value, size_t length, std::string& out) -> bool {
  size_t capacity = length * 2 - 1;
  if (value.digits.size() > capacity) return false;
  std::string digits = std::string(capacity - value.digits.size(), '0') + value.digits;
  digits.push_back(static_cast<char>(value.negative ? 0x0D : 0x0C));  // sign nibble, not a digit
  out.assign(length, '\0');
  for (size_t i = 0; i < length; ++i) {
    unsigned high = Byte(digits[2 * i]) - '0';
    unsigned low = i + 1 < length ? Byte(digits[2 * i + 1]) - '0' : Byte(digits[2 * i + 1]);
    out[i] = static_cast<char>((high << 4) | low);
  }
  return true;
}

auto EncodeBinary(uint64_t value, size_t length) -> std::string {
  std::string out(length, '\0');
  for (size_t i = 0; i < length; ++i) out[length - 1 - i] = static_cast<char>(value >> (8 * i));
  return out;
}

auto AddUnsigned(std::string_view a, std::string_view b, std::string& out) -> bool {
  uint64_t max =
      a.size() >= 8 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << (8 * a.size())) - 1;
  uint64_t x = UnsignedValue(a);
  uint64_t y = UnsignedValue(b);
  if (x > max - y) return false;
  out = EncodeBinary(x + y, a.size());
  return true;
}

auto AddSigned(std::string_view a, std::string_view b, std::string& out) -> bool {
  int64_t max =
      a.size() >= 8 ? std::numeric_limits<int64_t>::max() : (int64_t{1} << (8 * a.size() - 1)) - 1;
  int64_t min = -max - 1;
  int64_t x = SignedValue(a);
  int64_t y = SignedValue(b);
  if ((y > 0 && x > max - y) || (y < 0 && x < min - y)) return false;
  out = EncodeBinary(static_cast<uint64_t>(x + y), a.size());
  return true;
}

auto SumField(std::string_view a, std::string_view b, const FieldRef& field, std::string& out)
    -> bool {
  switch (field.format) {
    case Format::kZd:
      return EncodeZoned(AddDecimal(ZonedValue(a), ZonedValue(b)), field.length, out);
    case Format::kPd:
      return EncodePacked(AddDecimal(PackedValue(a), PackedValue(b)), field.length, out);
    case Format::kBi:
      return AddUnsigned(a, b, out);
    case Format::kFi:
      return AddSigned(a, b, out);
    case Format::kCh:
      break;
  }
  return false;
}

// Adds the summary fields of `next` into `kept`. When any sum does not fit, neither record
// changes (DFSORT's default, OVFLO=RC0) and false is returned.
auto AddSummaryFields(std::string& kept, std::string_view next, const std::vector<FieldRef>& fields)
    -> bool {
  std::vector<std::string> sums(fields.size());
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!SumField(FieldBytes(kept, fields[i]), FieldBytes(next, fields[i]), fields[i], sums[i])) {
      return false;
    }
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    kept.replace(fields[i].position - 1, fields[i].length, sums[i]);
  }
  return true;
}

// Statements live in columns 1-71; 72 is DFSORT's continuation column and 73-80 hold sequence
// numbers, so both are ignored.
constexpr size_t kStatementColumns = 71;

auto StatementArea(const std::string& card) -> std::string_view {
  return std::string_view(card).substr(0, std::min(card.size(), kStatementColumns));
}

auto IsCommentCard(const std::string& card) -> bool { return !card.empty() && card[0] == '*'; }

auto SkipBlanks(std::string_view text, size_t at) -> size_t {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

auto SkipToBlank(std::string_view text, size_t at) -> size_t {
  while (at < text.size() && text[at] != ' ') ++at;
  return at;
}

// Appends the operand field starting at `column`: everything up to the first blank that is not
// inside a quoted constant. What follows it on the card is a remark.
void AppendOperandField(std::string_view area, size_t card, size_t column, Statement& statement) {
  bool in_quotes = false;
  for (; column < area.size(); ++column) {
    char c = area[column];
    if (c == ' ' && !in_quotes) break;
    if (c == '\'') in_quotes = !in_quotes;  // '' inside a constant toggles twice: still inside
    statement.operands.push_back(c);
    statement.operand_pos.push_back({card, column});
  }
  statement.end_pos = {card, column};
  statement.last_card = card;
}

struct CardReading {
  std::vector<Statement> statements;
  size_t cards_read = 0;
};

// Splits the cards into statements. An operand field ending in a comma continues on the next card
// that is not a comment; reading stops after an END statement, as DFSORT stops reading SYSIN.
auto ReadStatements(const std::vector<std::string>& cards) -> CardReading {
  CardReading reading;
  size_t index = 0;
  while (index < cards.size()) {
    std::string_view area = StatementArea(cards[index]);
    size_t column = 0;
    if (!area.empty() && area[0] != ' ') column = SkipToBlank(area, 0);  // a label
    column = SkipBlanks(area, column);
    if (IsCommentCard(cards[index]) || column >= area.size()) {
      ++index;
      continue;
    }
    Statement statement;
    size_t definer_end = SkipToBlank(area, column);
    statement.definer = std::string(area.substr(column, definer_end - column));
    statement.definer_pos = {index, column};
    statement.end_pos = {index, definer_end};
    statement.last_card = index;
    AppendOperandField(area, index, SkipBlanks(area, definer_end), statement);
    while (!statement.operands.empty() && statement.operands.back() == ',') {
      size_t next = index + 1;
      while (next < cards.size() && IsCommentCard(cards[next])) ++next;
      if (next >= cards.size()) break;  // the dangling comma is reported as a syntax error
      index = next;
      std::string_view continued = StatementArea(cards[index]);
      AppendOperandField(continued, index, SkipBlanks(continued, 0), statement);
    }
    bool is_end = statement.definer == "END";
    reading.statements.push_back(std::move(statement));
    ++index;
    if (is_end) break;
  }
  reading.cards_read = index;
  return reading;
}

// The fields each stage reads, so that every record can be checked against them (ICE027A) before
// the stage touches it. `keys` holds the SORT/MERGE keys and the SUM fields.
struct StageFields {
  std::vector<FieldRef> filter;
  std::vector<FieldRef> inrec;
  std::vector<FieldRef> keys;
  std::vector<FieldRef> outrec;
};

void AppendBuildFields(const Reformat& reformat, std::vector<FieldRef>& fields) {
  for (const BuildItem& item : reformat.items) {
    if (item.is_field) fields.push_back(item.field);
  }
}

auto FieldsReadByStage(const SortPlan& plan) -> StageFields {
  StageFields stages;
  for (const Comparison& comparison : plan.filter.comparisons) {
    stages.filter.push_back(comparison.left);
    if (comparison.operand == Comparison::Operand::kField) {
      stages.filter.push_back(comparison.right);
    }
  }
  AppendBuildFields(plan.inrec, stages.inrec);
  for (const SortKey& key : plan.keys) stages.keys.push_back(key.field);
  for (const FieldRef& field : plan.sum.fields) stages.keys.push_back(field);
  AppendBuildFields(plan.outrec, stages.outrec);
  return stages;
}

// Fields ending past a length known before any record is read fail at once, as in DFSORT: the
// SORTOUT LRECL bounds the input when nothing reformats it, and INREC fixes the sorted length.
void CheckFieldsAgainstLengths(const SortPlan& plan, const StageFields& stages,
                               uint32_t output_lrecl, std::vector<Diagnostic>& diagnostics) {
  std::optional<size_t> input_length;
  if (!plan.inrec.present && !plan.outrec.present && output_lrecl > 0) input_length = output_lrecl;
  std::optional<size_t> sorted_length = input_length;
  if (plan.inrec.present) sorted_length = plan.inrec.output_length;
  auto check = [&](const std::vector<FieldRef>& fields, std::optional<size_t> length) {
    if (!length) return;
    for (const FieldRef& field : fields) {
      if (field.RequiredLength() > *length) {
        diagnostics.push_back({std::string(kFieldBeyondRecord), true, true, field.source});
        return;
      }
    }
  };
  check(stages.filter, input_length);
  check(stages.inrec, input_length);
  check(stages.keys, sorted_length);
  check(stages.outrec, sorted_length);
}

struct Counters {
  uint64_t read = 0;      // ICE054I IN
  uint64_t accepted = 0;  // past SKIPREC and INCLUDE/OMIT, for STOPAFT
  uint64_t deleted = 0;   // by INCLUDE/OMIT and SUM, for ICE055I
  bool sum_overflowed = false;
};

auto FirstFieldBeyond(std::string_view record, const std::vector<FieldRef>& fields)
    -> std::optional<FieldRef> {
  for (const FieldRef& field : fields) {
    if (field.RequiredLength() > record.size()) return field;
  }
  return std::nullopt;
}

// Reads one input through SKIPREC, INCLUDE/OMIT, STOPAFT and INREC into `out`. Returns the field
// a record is too short for, if any: the step then fails.
auto PrepareInput(const std::vector<std::string>& input, const SortPlan& plan,
                  const StageFields& stages, Counters& counters, std::vector<std::string>& out)
    -> std::optional<FieldRef> {
  for (const std::string& record : input) {
    if (plan.stop_after && counters.accepted >= *plan.stop_after) break;
    ++counters.read;
    if (counters.read <= plan.skip_records) continue;
    if (std::optional<FieldRef> field = FirstFieldBeyond(record, stages.filter)) return field;
    if (!Keeps(plan.filter, record)) {
      ++counters.deleted;
      continue;
    }
    ++counters.accepted;
    if (std::optional<FieldRef> field = FirstFieldBeyond(record, stages.inrec)) return field;
    out.push_back(plan.inrec.present ? Build(plan.inrec, record) : record);
    if (std::optional<FieldRef> field = FirstFieldBeyond(out.back(), stages.keys)) return field;
  }
  return std::nullopt;
}

// MERGE: repeatedly takes the lowest record at the head of any input; on equal keys the
// lower-numbered input goes first, as DFSORT's EQUALS does.
auto MergeInputs(std::vector<std::vector<std::string>> inputs, const std::vector<SortKey>& keys)
    -> std::vector<std::string> {
  std::vector<std::string> merged;
  std::vector<size_t> next(inputs.size(), 0);
  while (true) {
    std::optional<size_t> lowest;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (next[i] >= inputs[i].size()) continue;
      if (!lowest || CompareKeys(inputs[i][next[i]], inputs[*lowest][next[*lowest]], keys) < 0) {
        lowest = i;
      }
    }
    if (!lowest) return merged;
    merged.push_back(std::move(inputs[*lowest][next[*lowest]++]));
  }
}

auto Order(std::vector<std::vector<std::string>> inputs, const SortPlan& plan)
    -> std::vector<std::string> {
  if (plan.mode == Mode::kMerge) return MergeInputs(std::move(inputs), plan.keys);
  std::vector<std::string> records;
  for (std::vector<std::string>& input : inputs) {
    std::move(input.begin(), input.end(), std::back_inserter(records));
  }
  if (plan.mode == Mode::kSort) {
    std::stable_sort(records.begin(), records.end(), [&](const auto& a, const auto& b) {
      return CompareKeys(a, b, plan.keys) < 0;
    });
  }
  return records;
}

// SUM: keeps the first record of each run of equal keys, adding the others' summary fields in.
auto SumEqualKeys(std::vector<std::string> sorted, const SortPlan& plan, Counters& counters)
    -> std::vector<std::string> {
  std::vector<std::string> kept;
  for (std::string& record : sorted) {
    if (kept.empty() || CompareKeys(kept.back(), record, plan.keys) != 0) {
      kept.push_back(std::move(record));
    } else if (plan.sum.none || AddSummaryFields(kept.back(), record, plan.sum.fields)) {
      ++counters.deleted;
    } else {
      counters.sum_overflowed = true;
      kept.push_back(std::move(record));
    }
  }
  return kept;
}

auto WithoutTrailingBlanks(std::string_view card) -> std::string_view {
  size_t end = card.find_last_not_of(' ');
  return end == std::string_view::npos ? std::string_view() : card.substr(0, end + 1);
}

void AppendDiagnostic(const Diagnostic& diagnostic, std::vector<std::string>& lines) {
  if (diagnostic.has_marker) {
    lines.push_back(std::string(kListingIndent) + std::string(diagnostic.pos.column, ' ') + "$");
  }
  lines.push_back(diagnostic.text);
}

// ICE000I and the cards read, each error below the card it concerns.
void AppendListing(const SortRequest& request, size_t cards_read,
                   const std::vector<Diagnostic>& diagnostics, std::vector<std::string>& lines) {
  lines.push_back("ICE000I 1 - CONTROL STATEMENTS FOR STEP " + request.step_name);
  for (size_t card = 0; card < cards_read && card < request.control_cards.size(); ++card) {
    lines.push_back(std::string(kListingIndent) +
                    std::string(WithoutTrailingBlanks(request.control_cards[card])));
    for (const Diagnostic& diagnostic : diagnostics) {
      if (diagnostic.has_card && diagnostic.pos.card == card) AppendDiagnostic(diagnostic, lines);
    }
  }
  for (const Diagnostic& diagnostic : diagnostics) {
    if (!diagnostic.has_card) AppendDiagnostic(diagnostic, lines);
  }
}

auto Failure(const SortRequest& request, size_t cards_read,
             const std::vector<Diagnostic>& diagnostics) -> SortResult {
  SortResult result;
  result.return_code = 16;
  AppendListing(request, cards_read, diagnostics, result.messages);
  result.messages.push_back("ICE052I 3 END OF DFSORT");
  return result;
}

auto TechniqueName(Mode mode) -> std::string_view {
  switch (mode) {
    case Mode::kMerge:
      return "MERGE";
    case Mode::kCopy:
      return "COPY ";
    case Mode::kSort:
    case Mode::kNone:
      break;
  }
  return "SORT ";
}

// The inputs a step reads: the SORTINnn data sets of a MERGE, SORTIN otherwise.
auto InputsOf(const SortRequest& request, Mode mode)
    -> std::vector<const std::vector<std::string>*> {
  bool use_merge_inputs =
      mode == Mode::kMerge ? !request.merge_inputs.empty() : request.records.empty();
  if (!use_merge_inputs) return {&request.records};
  std::vector<const std::vector<std::string>*> inputs;
  for (const std::vector<std::string>& input : request.merge_inputs) inputs.push_back(&input);
  return inputs;
}

auto TooShort(const FieldRef& field) -> Diagnostic {
  return {std::string(kFieldBeyondRecord), true, true, field.source};
}

auto Run(const SortRequest& request) -> SortResult {
  CardReading reading = ReadStatements(request.control_cards);
  ParsedControl control = ParseStatements(reading.statements);
  const SortPlan& plan = control.plan;
  StageFields stages = FieldsReadByStage(plan);
  if (control.diagnostics.empty()) {
    CheckFieldsAgainstLengths(plan, stages, request.output_lrecl, control.diagnostics);
  }
  if (!control.diagnostics.empty()) {
    return Failure(request, reading.cards_read, control.diagnostics);
  }
  Counters counters;
  std::vector<std::vector<std::string>> prepared;
  for (const std::vector<std::string>* input : InputsOf(request, plan.mode)) {
    prepared.emplace_back();
    if (std::optional<FieldRef> field =
            PrepareInput(*input, plan, stages, counters, prepared.back())) {
      return Failure(request, reading.cards_read, {TooShort(*field)});
    }
  }
  std::vector<std::string> records = Order(std::move(prepared), plan);
  if (plan.sum.present) records = SumEqualKeys(std::move(records), plan, counters);
  for (std::string& record : records) {
    if (!plan.outrec.present) continue;
    if (std::optional<FieldRef> field = FirstFieldBeyond(record, stages.outrec)) {
      return Failure(request, reading.cards_read, {TooShort(*field)});
    }
    record = Build(plan.outrec, record);
  }

  SortResult result;
  std::vector<std::string>& lines = result.messages;
  lines.push_back("ICE143I 0 BLOCKSET     " + std::string(TechniqueName(plan.mode)) +
                  " TECHNIQUE SELECTED");
  AppendListing(request, reading.cards_read, {}, lines);
  if (counters.sum_overflowed) lines.push_back("ICE152I 0 OVERFLOW DURING SUMMATION - RC=0");
  lines.push_back("ICE054I 0 RECORDS - IN: " + std::to_string(counters.read) +
                  ", OUT: " + std::to_string(records.size()));
  if (counters.deleted > 0) {
    lines.push_back("ICE055I 0 INSERT 0, DELETE " + std::to_string(counters.deleted));
  }
  lines.push_back("ICE052I 0 END OF DFSORT");
  result.records = std::move(records);
  return result;
}

}  // namespace
}  // namespace remint::jobrun::sort_internal

namespace remint::jobrun {

auto RunSortUtility(const SortRequest& request) -> SortResult {
  return sort_internal::Run(request);
}

}  // namespace remint::jobrun
