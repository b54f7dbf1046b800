// INSPECT, STRING and UNSTRING -> cobrt's text layer (runtime/text/), one call per phrase in
// source order, as cobc calls libcob's cob_inspect_*, cob_string_* and cob_unstring_*. The
// runtime reports what a statement did (counts, pieces, the final pointer, overflow); the code
// written here reads and stores the counters, pointers and receiving items itself, with the
// same storage formats and MOVEs as the rest of the emitted program.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_move.h"

namespace remint::emit_cpp {
namespace {

// A sending operand as the runtime takes it.
struct TextOperand {
  std::string bytes;  // a std::span<const uint8_t> expression
  // A figurative constant or ALL literal: REPLACING BY and CONVERTING TO repeat it to the size
  // of the operand it stands for (libcob's COB_TYPE_ALPHANUMERIC_ALL fields).
  bool figurative = false;
};

// An item the statement works on in place: the INSPECTed item, the STRING receiving item, the
// UNSTRING sending item and receiving items.
struct TextItem {
  DataOperand data;
  const ir::Field* field = nullptr;
  const ir::DecimalType* decimal = nullptr;  // a numeric item, not reference-modified
  bool justified = false;                    // JUSTIFIED RIGHT, not reference-modified
};

auto LiteralBytes(std::string_view bytes) -> std::string {
  return fmt::format("cobrt::Bytes({}sv)", CppStringLiteral(bytes));
}

auto ItemBytes(const DataOperand& data) -> std::string {
  return fmt::format("std::span<const uint8_t>({}, {})", data.address, data.size);
}

// What kind of item `field` is, for diagnostics.
auto Describe(const ir::Module& module, const ir::Field& field) -> std::string {
  if (const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type)) {
    return fmt::format("a numeric {} item", ir::Spelling(decimal->encoding));
  }
  return fmt::format("a {} item", ir::KindName(module.types().kind(field.type)));
}

// Alphanumeric, alphabetic and group items: what MOVEs as bytes (with JUSTIFIED).
auto IsAlphanumericClass(const ir::Module& module, const ir::Field& field) -> bool {
  const ir::TypeArena& types = module.types();
  return !field.children.empty() || types.Is<ir::GroupType>(field.type) ||
         types.Is<ir::AlphanumericType>(field.type) || types.Is<ir::AlphabeticType>(field.type);
}

// Whether cobc hands the bytes of `field` to the text statements as they are: alphanumeric
// class, edited and numeric DISPLAY items (with their sign byte or overpunch: cobc passes no
// converted copy, checked against cobc 3.1.2).
auto HasCharacterBytes(const ir::Module& module, const ir::Field& field) -> bool {
  const ir::TypeArena& types = module.types();
  if (IsAlphanumericClass(module, field) || types.Is<ir::NumericEditedType>(field.type) ||
      types.Is<ir::AlphanumericEditedType>(field.type)) {
    return true;
  }
  const auto* decimal = types.TryGet<ir::DecimalType>(field.type);
  return decimal != nullptr && decimal->encoding == ir::DecimalEncoding::kZoned;
}

auto Item(EmitContext& context, ir::ExpressionId id) -> std::optional<TextItem> {
  std::optional<DataOperand> data = context.Data(id);
  if (!data) return std::nullopt;
  const ir::Module& module = context.module;
  TextItem item{*data, &module.field(data->field)};
  if (data->reference_modified) return item;
  item.decimal = module.types().TryGet<ir::DecimalType>(item.field->type);
  if (const auto* x = module.types().TryGet<ir::AlphanumericType>(item.field->type)) {
    item.justified = x->justified;
  } else if (const auto* a = module.types().TryGet<ir::AlphabeticType>(item.field->type)) {
    item.justified = a->justified;
  }
  return item;
}

// A literal, figurative constant, ALL literal or item as the bytes the statements compare and
// copy; reports RM6101 (naming `role`) and gives nullopt for anything else.
auto Sending(EmitContext& context, ir::ExpressionId id, std::string_view role)
    -> std::optional<TextOperand> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  const SourceLoc loc = expressions.loc(id);
  if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(id)) {
    if (literal->form != ir::LiteralForm::kNational) {
      return TextOperand{LiteralBytes(module.str(literal->value)), false};
    }
  } else if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
    // SPACE, ZERO, QUOTE, HIGH-VALUE, LOW-VALUE: one byte (libcob's cob_space and so on).
    if (std::optional<std::string> byte = context.FigurativeBytes(figurative->constant)) {
      return TextOperand{LiteralBytes(*byte), true};
    }
  } else if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(id)) {
    // ALL SPACES is SPACE.
    if (expressions.Is<ir::FigurativeExpression>(all->literal)) {
      return Sending(context, all->literal, role);
    }
    // ALL "AB" is the literal, flagged to be repeated where an operand's size is to be met.
    const auto* repeated = expressions.TryGet<ir::StringLiteralExpression>(all->literal);
    if (repeated != nullptr && repeated->form != ir::LiteralForm::kNational &&
        !module.str(repeated->value).empty()) {
      return TextOperand{LiteralBytes(module.str(repeated->value)), true};
    }
  } else if (expressions.Is<ir::DataRefExpression>(id)) {
    std::optional<TextItem> item = Item(context, id);
    if (item && (item->data.reference_modified || HasCharacterBytes(module, *item->field))) {
      return TextOperand{ItemBytes(item->data), false};
    }
    if (item) {
      context.Unsupported(loc, fmt::format("{} that is {}", role, Describe(module, *item->field)));
      return std::nullopt;
    }
  }
  context.Unsupported(loc,
                      fmt::format("{} of the '{}' kind", role, ir::KindName(expressions.kind(id))));
  return std::nullopt;
}

// Which items a statement works on in place: STRING and UNSTRING take alphanumeric, alphabetic
// and group items; INSPECT also edited items and numeric DISPLAY items (whose sign it handles).
enum class ItemClass { kAlphanumeric, kCharacterBytes };

// The item a statement works on in place; reference-modified items are alphanumeric.
auto CharacterItem(EmitContext& context, ir::ExpressionId id, std::string_view role,
                   ItemClass accepted) -> std::optional<TextItem> {
  const ir::Module& module = context.module;
  std::optional<TextItem> item = Item(context, id);
  if (!item) {
    context.Unsupported(module.expressions().loc(id), fmt::format("{} of this kind", role));
    return std::nullopt;
  }
  if (item->data.reference_modified) return item;
  if (accepted == ItemClass::kCharacterBytes ? HasCharacterBytes(module, *item->field)
                                             : IsAlphanumericClass(module, *item->field)) {
    return item;
  }
  context.Unsupported(module.expressions().loc(id),
                      fmt::format("{} that is {}", role, Describe(module, *item->field)));
  return std::nullopt;
}

// A numeric item the statement counts into or stores a value in (TALLYING counters, POINTER,
// COUNT IN): its storage format and address.
struct NumericItem {
  std::string format;
  std::string address;
};

auto Numeric(EmitContext& context, ir::ExpressionId id, std::string_view role)
    -> std::optional<NumericItem> {
  if (std::optional<DataOperand> data = context.Data(id); data && !data->reference_modified) {
    if (std::optional<std::string> format =
            context.StorageFormat(context.module.field(data->field))) {
      return NumericItem{*format, data->address};
    }
  }
  context.Unsupported(context.module.expressions().loc(id), fmt::format("{} of this kind", role));
  return std::nullopt;
}

// libcob's cob_add_int: the count added to the item, high-order digits cut, no size error.
auto AddCount(const NumericItem& item, std::string_view count) -> std::string {
  return fmt::format(
      "cobrt::Store<{0}>({1}, cobrt::Add({0}::Read({1}), cobrt::Fixed<18, 0>{{{2}}}));",
      item.format, item.address, count);
}

// libcob's cob_set_int: a MOVE of the integer into the item.
auto StoreInteger(const NumericItem& item, std::string_view value) -> std::string {
  return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<18, 0>{{{}}});", item.format, item.address,
                     value);
}

auto ZonedSignName(const ir::DecimalType& decimal) -> const char* {
  if (!decimal.is_signed) return "kUnsigned";
  const bool leading = decimal.sign_position == ir::SignPosition::kLeading;
  if (decimal.sign_separate) return leading ? "kLeadingSeparate" : "kTrailingSeparate";
  return leading ? "kLeading" : "kTrailing";
}

// ON OVERFLOW / NOT ON OVERFLOW after a STRING or UNSTRING named `statement`.
void EmitOverflowPhrases(EmitContext& context, std::string_view statement,
                         const ir::OptionalStatementList& on_overflow,
                         const ir::OptionalStatementList& not_on_overflow) {
  CodeWriter& out = context.out;
  if (on_overflow) {
    out.Open(fmt::format("if ({}.overflow())", statement));
    EmitStatements(context, *on_overflow);
    out.Close();
  }
  if (not_on_overflow) {
    out.Open(fmt::format("if (!{}.overflow())", statement));
    EmitStatements(context, *not_on_overflow);
    out.Close();
  }
}

// --- INSPECT ----------------------------------------------------------------------------------

class InspectWriter {
 public:
  InspectWriter(EmitContext& context, const TextItem& item) : context_(context), item_(item) {}

  // One init..finish pass of cobc's: the item's sign comes off at the start and back at Finish.
  void OpenPass(std::string_view what) {
    CodeWriter& out = context_.out;
    out.Open("");
    const std::string sign = item_.decimal != nullptr ? fmt::format(", cobrt::ZonedSign::{}",
                                                                    ZonedSignName(*item_.decimal))
                                                      : "";
    out.Line(fmt::format("cobrt::Inspector inspect({}, {}{});  // {}", item_.data.address,
                         item_.data.size, sign, what));
  }

  void ClosePass() {
    context_.out.Line("inspect.Finish();");
    context_.out.Close();
  }

  // Start() and the BEFORE/AFTER phrases of one clause, in the order written.
  auto Region(const std::vector<ir::InspectBound>& bounds) -> bool {
    context_.out.Line("inspect.Start();");
    for (const ir::InspectBound& bound : bounds) {
      std::optional<TextOperand> value = Sending(context_, bound.value, "a BEFORE/AFTER operand");
      if (!value) return false;
      context_.out.Line(fmt::format(
          "inspect.{}({});", bound.kind == ir::InspectBoundKind::kBefore ? "Before" : "After",
          value->bytes));
    }
    return true;
  }

  void Tally(const ir::InspectTally& clause) {
    std::optional<NumericItem> counter = Numeric(context_, clause.counter, "a TALLYING counter");
    if (!counter || !Region(clause.bounds)) return;
    std::string call = "TallyCharacters()";
    if (clause.mode != ir::InspectMode::kCharacters) {
      std::optional<TextOperand> pattern = Sending(context_, clause.pattern, "a TALLYING operand");
      if (!pattern) return;
      call = fmt::format("{}({})",
                         clause.mode == ir::InspectMode::kLeading ? "TallyLeading" : "TallyAll",
                         pattern->bytes);
    }
    // libcob adds a count only when it is not zero: a zero count leaves the counter's bytes as
    // they are.
    CodeWriter& out = context_.out;
    out.Open(fmt::format("if (const int64_t count = inspect.{}; count != 0)", call));
    out.Line(AddCount(*counter, "count"));
    out.Close();
  }

  void Replace(const ir::InspectReplace& clause) {
    if (!Region(clause.bounds)) return;
    std::optional<TextOperand> by = Sending(context_, clause.replacement, "a REPLACING BY operand");
    if (!by) return;
    if (clause.mode == ir::InspectMode::kCharacters) {
      // libcob takes the first byte of the BY operand.
      context_.out.Line(fmt::format("inspect.ReplaceCharacters({}.front());", by->bytes));
      return;
    }
    std::optional<TextOperand> pattern = Sending(context_, clause.pattern, "a REPLACING operand");
    if (!pattern) return;
    const char* call = clause.mode == ir::InspectMode::kLeading ? "ReplaceLeading"
                       : clause.mode == ir::InspectMode::kFirst ? "ReplaceFirst"
                                                                : "ReplaceAll";
    // A false return is libcob's EC-RANGE-INSPECT-SIZE (operands of different sizes): the
    // clause replaces nothing and the statement goes on, as cobc's build does.
    context_.out.Line(fmt::format("inspect.{}({}, {});", call, pattern->bytes, Replacement(*by)));
  }

  void Convert(const ir::InspectStatement& node) {
    if (!Region(node.converting_bounds)) return;
    std::optional<TextOperand> from =
        Sending(context_, node.converting_from, "a CONVERTING operand");
    std::optional<TextOperand> to =
        Sending(context_, node.converting_to, "a CONVERTING TO operand");
    if (!from || !to) return;
    context_.out.Line(fmt::format("inspect.Convert({}, {});", from->bytes, Replacement(*to)));
  }

 private:
  static auto Replacement(const TextOperand& operand) -> std::string {
    return fmt::format("cobrt::InspectReplacement{{{}, /*figurative=*/{}}}", operand.bytes,
                       operand.figurative ? "true" : "false");
  }

  EmitContext& context_;
  const TextItem& item_;
};

// --- UNSTRING ---------------------------------------------------------------------------------

// MOVE of `bytes`/`size` (an alphanumeric sending item) into `item`, as cob_memcpy does it.
auto MoveCharacters(EmitContext& context, const TextItem& item, std::string_view bytes,
                    std::string_view size) -> std::optional<std::string> {
  if (item.data.reference_modified || IsAlphanumericClass(context.module, *item.field)) {
    return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", bytes, size, item.data.address,
                       item.data.size, item.justified ? ", /*justified_right=*/true" : "");
  }
  if (item.decimal != nullptr) {
    if (std::optional<std::string> format = context.StorageFormat(*item.field)) {
      return fmt::format("cobrt::MoveAlphanumericToNumeric<{}{}>({}, {}, {});", *format,
                         DecimalPointArgument(context), bytes, size, item.data.address);
    }
  }
  return std::nullopt;
}

// The size cobc gives a receiving item's piece without DELIMITED BY: without a separate sign.
auto PieceSize(const TextItem& item) -> std::string {
  if (item.decimal != nullptr && item.decimal->encoding == ir::DecimalEncoding::kZoned &&
      item.decimal->is_signed && item.decimal->sign_separate && item.data.static_size) {
    return fmt::format("{}", *item.data.static_size - 1);
  }
  return item.data.size;
}

// One INTO phrase: the piece MOVEd to the item, then DELIMITER IN and COUNT IN, as
// cob_unstring_into does; nothing happens when the statement gives no piece.
void EmitUnstringTarget(EmitContext& context, const ir::UnstringTarget& target) {
  CodeWriter& out = context.out;
  const ir::Module& module = context.module;
  std::optional<TextItem> into = Item(context, target.into);
  if (!into) {
    context.Unsupported(module.expressions().loc(target.into),
                        "an UNSTRING INTO item of this kind");
    return;
  }
  std::optional<std::string> move =
      MoveCharacters(context, *into, "source.data() + piece->offset", "piece->size");
  if (!move) {
    context.Unsupported(module.expressions().loc(target.into),
                        fmt::format("UNSTRING INTO {}", Describe(module, *into->field)));
    return;
  }
  out.Open(fmt::format("if (const std::optional<cobrt::UnstringPiece> piece = unstring.Next({}))",
                       PieceSize(*into)));
  out.Line(*move);
  if (target.delimiter_in.is_valid()) {
    std::optional<TextItem> delimiter = Item(context, target.delimiter_in);
    std::optional<std::string> matched =
        delimiter ? MoveCharacters(context, *delimiter, "piece->delimiter_bytes.data()",
                                   "piece->delimiter_bytes.size()")
                  : std::nullopt;
    if (!matched) {
      context.Unsupported(module.expressions().loc(target.delimiter_in),
                          "a DELIMITER IN item of this kind");
      out.Close();
      return;
    }
    // No delimiter ended the piece: spaces, or zero in a numeric item.
    std::string none =
        fmt::format("std::memset({}, ' ', {});", delimiter->data.address, delimiter->data.size);
    if (delimiter->decimal != nullptr) {
      none = StoreInteger(
          NumericItem{*context.StorageFormat(*delimiter->field), delimiter->data.address}, "0");
    }
    out.Open("if (piece->delimiter)");
    out.Line(*matched);
    out.Else();
    out.Line(none);
    out.Close();
  }
  if (target.count_in.is_valid()) {
    std::optional<NumericItem> count = Numeric(context, target.count_in, "a COUNT IN item");
    if (count) out.Line(StoreInteger(*count, "static_cast<int64_t>(piece->size)"));
  }
  out.Close();
}

}  // namespace

void EmitInspect(EmitContext& context, SourceLoc loc, const ir::InspectStatement& node) {
  std::optional<TextItem> item =
      CharacterItem(context, node.target, "an INSPECTed item", ItemClass::kCharacterBytes);
  if (!item) return;
  context.out.Comment(fmt::format("INSPECT {}", context.SourceComment(loc)));
  InspectWriter writer(context, *item);
  // cobc runs TALLYING and REPLACING as two passes over the item, one after the other.
  if (!node.tallying.empty()) {
    writer.OpenPass("TALLYING");
    for (const ir::InspectTally& clause : node.tallying) writer.Tally(clause);
    writer.ClosePass();
  }
  if (!node.replacing.empty()) {
    writer.OpenPass("REPLACING");
    for (const ir::InspectReplace& clause : node.replacing) writer.Replace(clause);
    writer.ClosePass();
  }
  if (node.converting_from.is_valid()) {
    writer.OpenPass("CONVERTING");
    writer.Convert(node);
    writer.ClosePass();
  }
}

void EmitString(EmitContext& context, SourceLoc loc, const ir::StringStatement& node) {
  CodeWriter& out = context.out;
  std::optional<TextItem> into =
      CharacterItem(context, node.into, "a STRING INTO item", ItemClass::kAlphanumeric);
  if (!into) return;
  std::optional<NumericItem> pointer;
  std::string pointer_value;
  if (node.pointer.is_valid()) {
    pointer = Numeric(context, node.pointer, "a STRING POINTER item");
    std::optional<std::string> value = context.IntegerExpression(node.pointer);
    if (!pointer || !value) return;
    pointer_value = ", " + *value;
  }
  out.Comment(fmt::format("STRING {}", context.SourceComment(loc)));
  out.Open("");
  out.Line(fmt::format("cobrt::StringStatement string({}, {}{});", into->data.address,
                       into->data.size, pointer_value));
  for (const ir::StringSource& source : node.sources) {
    std::optional<TextOperand> value = Sending(context, source.value, "a STRING operand");
    if (!value) continue;
    if (!source.delimiter.is_valid()) {  // DELIMITED BY SIZE
      out.Line(fmt::format("string.Append({});", value->bytes));
      continue;
    }
    std::optional<TextOperand> delimiter =
        Sending(context, source.delimiter, "a STRING DELIMITED BY operand");
    if (delimiter) out.Line(fmt::format("string.Append({}, {});", value->bytes, delimiter->bytes));
  }
  // The pointer item is stored even on overflow (unchanged when it was out of range).
  if (pointer) out.Line(StoreInteger(*pointer, "string.pointer()"));
  EmitOverflowPhrases(context, "string", node.on_overflow, node.not_on_overflow);
  out.Close();
}

void EmitUnstring(EmitContext& context, SourceLoc loc, const ir::UnstringStatement& node) {
  CodeWriter& out = context.out;
  std::optional<TextItem> source =
      CharacterItem(context, node.source, "an UNSTRING sending item", ItemClass::kAlphanumeric);
  if (!source) return;
  std::optional<NumericItem> pointer;
  std::string pointer_value;
  if (node.pointer.is_valid()) {
    pointer = Numeric(context, node.pointer, "an UNSTRING POINTER item");
    std::optional<std::string> value = context.IntegerExpression(node.pointer);
    if (!pointer || !value) return;
    pointer_value = ", " + *value;
  }
  std::optional<NumericItem> tally;
  if (node.tallying.is_valid()) {
    tally = Numeric(context, node.tallying, "an UNSTRING TALLYING item");
    if (!tally) return;
  }
  out.Comment(fmt::format("UNSTRING {}", context.SourceComment(loc)));
  out.Open("");
  // The sending item and the delimiters are read where they are, as libcob reads them: a piece
  // MOVEd into one of them changes what later pieces see.
  out.Line(fmt::format("const std::span<const uint8_t> source({}, {});", source->data.address,
                       source->data.size));
  out.Line(fmt::format("cobrt::UnstringStatement unstring(source{});", pointer_value));
  for (const ir::UnstringDelimiter& delimiter : node.delimiters) {
    std::optional<TextOperand> value =
        Sending(context, delimiter.value, "an UNSTRING DELIMITED BY operand");
    if (!value) continue;
    out.Line(fmt::format("unstring.AddDelimiter({}{});", value->bytes,
                         delimiter.all ? ", /*all=*/true" : ""));
  }
  for (const ir::UnstringTarget& target : node.targets) EmitUnstringTarget(context, target);
  // libcob adds the targets acted upon only when there are some.
  if (tally) {
    out.Open("if (const int64_t count = unstring.tally(); count != 0)");
    out.Line(AddCount(*tally, "count"));
    out.Close();
  }
  if (pointer) out.Line(StoreInteger(*pointer, "unstring.pointer()"));
  EmitOverflowPhrases(context, "unstring", node.on_overflow, node.not_on_overflow);
  out.Close();
}

}  // namespace remint::emit_cpp
