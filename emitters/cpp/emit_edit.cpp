// Numeric-edited and alphanumeric-edited items: each PICTURE becomes a constexpr array of
// symbols with repeat counts (cobc's cob_pic_symbol) at class scope, named after its item, and
// every move into or out of an edited item one call of runtime/edit/edited.h, chosen as libcob's
// cob_move chooses (fact sheet §5; libcob move.c):
//
//   numeric item or literal  -> numeric-edited       cobrt::MoveToEdited<From>
//   alphanumeric, ZERO, ALL  -> numeric-edited       cobrt::MoveAlphanumericToEdited / Zero
//   numeric-edited           -> numeric-edited       cobrt::MoveEditedToEdited
//   numeric-edited           -> numeric              cobrt::MoveFromEdited<To>
//   anything else            -> alphanumeric-edited  cobrt::MoveToAlphanumericEdited
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_move.h"
#include "emitters/cpp/naming.h"
#include "ir/storage_size.h"

namespace remint::emit_cpp {
namespace {

struct Symbol {
  char symbol;
  int count;
};

// PICTURE text to symbols as cobc's cb_build_picture keeps them: repeats and (n) counts joined,
// CR and DB as one 'C' or 'D'. A numeric-edited PICTURE may hold one symbol more, the CURRENCY
// SIGN of the program (which then stands for $), returned in `currency`. Nullopt for anything
// else.
auto PictureSymbols(std::string_view picture, bool numeric, char* currency)
    -> std::optional<std::vector<Symbol>> {
  const std::string_view known = numeric ? "9Z*+-B0/,.VP$CD" : "AX9B0/";
  *currency = '$';
  std::vector<Symbol> symbols;
  for (size_t i = 0; i < picture.size(); ++i) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(picture[i])));
    if (known.find(c) == std::string_view::npos) {
      c = picture[i];
      if (!numeric || c == '(' || c == ')' || (*currency != '$' && *currency != c)) {
        return std::nullopt;
      }
      *currency = c;
    }
    int count = 1;
    if (numeric && (c == 'C' || c == 'D')) {
      ++i;  // the R of CR, the B of DB
    } else if (i + 1 < picture.size() && picture[i + 1] == '(') {
      const size_t close = picture.find(')', i);
      if (close == std::string_view::npos) return std::nullopt;
      count = 0;
      for (size_t d = i + 2; d < close; ++d) {
        if (picture[d] < '0' || picture[d] > '9') return std::nullopt;
        count = count * 10 + (picture[d] - '0');
      }
      i = close;
    }
    if (!symbols.empty() && symbols.back().symbol == c && c != 'C' && c != 'D') {
      symbols.back().count += count;
    } else {
      symbols.push_back({c, count});
    }
  }
  return symbols;
}

void CollectEdited(const ir::Module& module, ir::FieldId id, std::vector<ir::FieldId>& out) {
  const ir::Field& field = module.field(id);
  if (IsNumericEdited(module, field) || IsAlphanumericEdited(module, field)) out.push_back(id);
  for (ir::FieldId child : field.children) CollectEdited(module, child, out);
}

auto PictureText(const ir::Module& module, const ir::Field& field) -> std::string_view {
  if (const auto* n = module.types().TryGet<ir::NumericEditedType>(field.type)) {
    return module.str(n->picture);
  }
  if (const auto* a = module.types().TryGet<ir::AlphanumericEditedType>(field.type)) {
    return module.str(a->picture);
  }
  return module.str(field.picture);  // a numeric item with BLANK WHEN ZERO
}

auto ItemName(const ir::Module& module, const ir::Field& field) -> std::string_view {
  return field.name.is_valid() && !module.str(field.name).empty() ? module.str(field.name)
                                                                  : "FILLER";
}

// `pattern` repeated over `size` bytes: libcob moves figurative constants and ALL literals into
// edited items through an alphanumeric temporary the size of the item.
auto FilledBytes(std::string_view pattern, uint64_t size) -> std::string {
  std::string bytes;
  while (bytes.size() < size) bytes += pattern;
  bytes.resize(size);
  return bytes;
}

auto CppCharLiteral(char c) -> std::string {
  if (c == '\'' || c == '\\') return fmt::format("'\\{}'", c);
  if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
    return fmt::format("'\\x{:02x}'", static_cast<unsigned char>(c));
  }
  return fmt::format("'{}'", c);
}

auto Quoted(std::string_view bytes) -> std::string {
  return fmt::format("reinterpret_cast<const uint8_t*>({}), {}", CppStringLiteral(bytes),
                     bytes.size());
}

// The bytes of a figurative constant or ALL literal; nullopt for NULL and national literals.
auto ConstantPattern(const EmitContext& context, ir::ExpressionId id, bool* all)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
    *all = false;
    return context.FigurativeBytes(figurative->constant);
  }
  if (const auto* all_literal = expressions.TryGet<ir::AllLiteralExpression>(id)) {
    // ALL SPACES and the like are the figurative constant itself.
    if (expressions.Is<ir::FigurativeExpression>(all_literal->literal)) {
      return ConstantPattern(context, all_literal->literal, all);
    }
    const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(all_literal->literal);
    if (literal == nullptr || literal->form == ir::LiteralForm::kNational ||
        module.str(literal->value).empty()) {
      return std::nullopt;
    }
    *all = true;
    return std::string(module.str(literal->value));
  }
  return std::nullopt;
}

// Into a numeric-edited item; `picture` is its PICTURE constant with the currency argument if any.
auto ToNumericEdited(EmitContext& context, const MoveSource& source, const DataOperand& target,
                     const std::string& picture) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (source.item) {
    const DataOperand& item = *source.item;
    const ir::Field& field = module.field(item.field);
    if (!item.reference_modified && IsNumericEdited(module, field)) {
      std::optional<std::string> from = EditedPictureOf(context, item.field);
      if (!from) return std::nullopt;
      return fmt::format("cobrt::MoveEditedToEdited({}, {}, {}, {});", item.address, *from,
                         target.address, picture);
    }
    if (!item.reference_modified && module.types().Is<ir::DecimalType>(field.type)) {
      std::optional<std::string> format = context.StorageFormat(field);
      if (!format) return std::nullopt;
      // The PICTURE as a template argument: a plain one is edited by a walk planned at compile
      // time (runtime/edit/edited.h).
      return fmt::format("cobrt::MoveToEdited<{}, {}>({}, {});", *format, picture, item.address,
                         target.address);
    }
    return fmt::format("cobrt::MoveAlphanumericToEdited({}, {}, {}, {});", item.address, item.size,
                       target.address, picture);
  }
  if (expressions.Is<ir::NumericLiteralExpression>(source.constant)) {
    // cobc leaves it to libcob, which edits the literal's DISPLAY field.
    std::optional<LiteralField> literal = NumericLiteralField(module, source.constant);
    if (!literal) return std::nullopt;
    return fmt::format("cobrt::MoveToEdited<{}, {}>({}, {});", literal->format, picture,
                       literal->bytes, target.address);
  }
  if (const auto* text = expressions.TryGet<ir::StringLiteralExpression>(source.constant)) {
    if (text->form == ir::LiteralForm::kNational) return std::nullopt;
    return fmt::format("cobrt::MoveAlphanumericToEdited({}, {}, {});",
                       Quoted(module.str(text->value)), target.address, picture);
  }
  bool all = false;
  std::optional<std::string> pattern = ConstantPattern(context, source.constant, &all);
  if (!pattern || !target.static_size) return std::nullopt;
  if (!all) {
    // Every figurative constant reads as zero: libcob scans the item's size in its bytes
    // (HIGH-VALUE and QUOTE are no digits, spaces are skipped; checked against cobc).
    return fmt::format("cobrt::MoveZeroToEdited({}, {});", target.address, picture);
  }
  // ALL "12" into ZZ9.99 reads "121212", the item's size in the pattern (gives "212.00").
  return fmt::format("cobrt::MoveAlphanumericToEdited({}, {}, {});",
                     Quoted(FilledBytes(*pattern, *target.static_size)), target.address, picture);
}

// Into an alphanumeric-edited item.
auto ToAlphanumericEdited(EmitContext& context, const MoveSource& source, const DataOperand& target,
                          const std::string& picture) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (source.item) {
    const DataOperand& item = *source.item;
    const ir::Field& field = module.field(item.field);
    const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
    if (!item.reference_modified && decimal != nullptr && !IsNumericEdited(module, field)) {
      // cobc 3.1.2 scrambles P-scaled packed and binary sources; zoned ones pass whole.
      std::optional<std::string> format = context.StorageFormat(field);
      if (!format || decimal->scale > 0 ||
          (decimal->scale < 0 && decimal->encoding != ir::DecimalEncoding::kZoned)) {
        return std::nullopt;
      }
      return fmt::format("cobrt::MoveNumericToAlphanumericEdited<{}>({}, {}, {});", *format,
                         item.address, target.address, picture);
    }
    return fmt::format("cobrt::MoveToAlphanumericEdited({}, {}, {}, {});", item.address, item.size,
                       target.address, picture);
  }
  if (const auto* number = expressions.TryGet<ir::NumericLiteralExpression>(source.constant)) {
    if (number->form != ir::NumericLiteralForm::kFixed) return std::nullopt;
    std::string digits;
    for (char c : module.str(number->text)) {
      if (c >= '0' && c <= '9') digits += c;
    }
    return fmt::format("cobrt::MoveToAlphanumericEdited({}, {}, {});", Quoted(digits),
                       target.address, picture);
  }
  if (const auto* text = expressions.TryGet<ir::StringLiteralExpression>(source.constant)) {
    if (text->form == ir::LiteralForm::kNational) return std::nullopt;
    return fmt::format("cobrt::MoveToAlphanumericEdited({}, {}, {});",
                       Quoted(module.str(text->value)), target.address, picture);
  }
  bool all = false;
  std::optional<std::string> pattern = ConstantPattern(context, source.constant, &all);
  if (!pattern || !target.static_size) return std::nullopt;
  const std::string bytes = FilledBytes(*pattern, *target.static_size);
  if (all && *target.static_size <= 128) {
    // cobc copies an ALL literal over an item of up to 128 bytes without editing it (ALL "12"
    // into XXBXX/X0 gives "12121212"; checked against cobc).
    return fmt::format("std::memcpy({}, {}, {});", target.address, CppStringLiteral(bytes),
                       bytes.size());
  }
  // ZERO into XXBXX/X0 gives "00 00/00" (checked against cobc).
  return fmt::format("cobrt::MoveToAlphanumericEdited({}, {}, {});", Quoted(bytes), target.address,
                     picture);
}

}  // namespace

auto IsNumericEdited(const ir::Module& module, const ir::Field& field) -> bool {
  if (module.types().Is<ir::NumericEditedType>(field.type)) return true;
  const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
  return decimal != nullptr && field.blank_when_zero &&
         decimal->encoding == ir::DecimalEncoding::kZoned;
}

auto EditedSpaces(const EmitContext& context, const ir::Field& field)
    -> std::optional<std::string> {
  if (!IsAlphanumericEdited(context.module, field)) return std::nullopt;
  char currency = '$';
  std::optional<std::vector<Symbol>> symbols =
      PictureSymbols(PictureText(context.module, field), /*numeric=*/false, &currency);
  if (!symbols) return std::nullopt;
  std::string bytes;
  for (const Symbol& symbol : *symbols) {
    const char c = symbol.symbol == '0' || symbol.symbol == '/' ? symbol.symbol : ' ';
    bytes.append(static_cast<size_t>(symbol.count), c);
  }
  return bytes;
}

auto IsAlphanumericEdited(const ir::Module& module, const ir::Field& field) -> bool {
  return module.types().Is<ir::AlphanumericEditedType>(field.type);
}

void DeclareEditedPictures(EmitContext& context) {
  const ir::Module& module = context.module;
  std::vector<ir::FieldId> edited;
  for (ir::BlockId block : module.unit(context.plan.id).blocks) {
    for (ir::FieldId field : module.block(block).fields) CollectEdited(module, field, edited);
  }
  if (edited.empty()) return;
  CodeWriter& out = context.out;
  out.Comment("The PICTUREs of edited items, as symbols with repeat counts.");
  // Names unique in the class: a dispatcher's procedure constants (kMainPara) share its scope.
  NameScope names;
  for (const ProcedurePlan& procedure : context.plan.procedures) {
    for (std::string_view suffix : {"Picture", "Symbols"}) {
      if (procedure.function_name.ends_with(suffix)) {
        names.Reserve(
            procedure.function_name.substr(0, procedure.function_name.size() - suffix.size()));
      }
    }
  }
  for (ir::FieldId id : edited) {
    const ir::Field& field = module.field(id);
    const bool numeric = IsNumericEdited(module, field);
    const std::string_view text = PictureText(module, field);
    char currency = '$';
    std::optional<std::vector<Symbol>> symbols = PictureSymbols(text, numeric, &currency);
    if (!symbols) {
      context.Unsupported(field.loc, fmt::format("the PICTURE {}", text));
      continue;
    }
    if (module.types().Is<ir::DecimalType>(field.type) &&
        text.find_first_of("VvPp") != std::string_view::npos) {
      // cobc gives 9(3)V9 BLANK WHEN ZERO five bytes, the V one of them.
      context.Unsupported(field.loc, fmt::format("BLANK WHEN ZERO on the PICTURE {}", text));
      continue;
    }
    const std::string base = names.Claim(UpperCamelName(ItemName(module, field), "F"));
    const std::string constant = fmt::format("k{}Picture", base);
    std::vector<std::string> entries;
    for (const Symbol& symbol : *symbols) {
      entries.push_back(fmt::format("{{{}, {}}}", CppCharLiteral(symbol.symbol), symbol.count));
    }
    out.Comment(fmt::format("{} PIC {}{}  {}", ItemName(module, field), text,
                            field.blank_when_zero ? " BLANK WHEN ZERO" : "",
                            context.SourceComment(field.loc)));
    out.Line(fmt::format("static constexpr cobrt::EditSymbol k{}Symbols[] = {{{}}};", base,
                         fmt::join(entries, ", ")));
    out.Line(fmt::format("static constexpr cobrt::EditedPicture {}{{k{}Symbols, {}{}}};", constant,
                         base, symbols->size(),
                         field.blank_when_zero ? ", /*blank_when_zero=*/true" : ""));
    context.edited_pictures[id.index] = constant;
  }
}

auto EditedPictureOf(const EmitContext& context, ir::FieldId field) -> std::optional<std::string> {
  auto it = context.edited_pictures.find(field.index);
  if (it == context.edited_pictures.end()) return std::nullopt;
  return it->second;
}

auto EditedTargetArguments(const EmitContext& context, ir::FieldId field)
    -> std::optional<std::string> {
  std::optional<std::string> picture = EditedPictureOf(context, field);
  if (!picture) return std::nullopt;
  const std::string_view currency =
      context.module.str(context.module.unit(context.plan.id).currency_sign);
  const char point = DecimalPoint(context);
  if (point == '.' && currency.empty()) return picture;
  // libcob edits with the module's decimal point and currency symbol (SPECIAL-NAMES).
  return fmt::format("{}, {}, {}", *picture, CppCharLiteral(point),
                     CppCharLiteral(currency.empty() ? '$' : currency.front()));
}

auto DecimalPoint(const EmitContext& context) -> char {
  return context.module.unit(context.plan.id).decimal_point_is_comma ? ',' : '.';
}

auto DecimalPointArgument(const EmitContext& context) -> std::string {
  return DecimalPoint(context) == ',' ? ", ','" : "";
}

auto EditedDigitsOf(const EmitContext& context, ir::FieldId id) -> std::optional<EditedDigits> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(id);
  if (const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type)) {
    if (!IsNumericEdited(module, field)) return std::nullopt;
    return EditedDigits{static_cast<int>(decimal->digits), decimal->scale};
  }
  const auto* edited = module.types().TryGet<ir::NumericEditedType>(field.type);
  if (edited == nullptr) return std::nullopt;
  char currency = '$';
  std::optional<std::vector<Symbol>> symbols =
      PictureSymbols(module.str(edited->picture), /*numeric=*/true, &currency);
  if (!symbols) return std::nullopt;
  // cobc counts P positions among the digits, and a floating currency string's positions after
  // the decimal point among the digits but not the decimals: $$$$.$$ is 5 digits at scale 0, so
  // COMPUTE stores 12.5 into it as " $12.00" (checked against cobc).
  int digits = static_cast<int>(edited->digits);
  int scale = edited->scale;
  bool after_point = false;
  for (const Symbol& symbol : *symbols) {
    if (symbol.symbol == 'P') digits += symbol.count;
    if (symbol.symbol == 'V' || symbol.symbol == DecimalPoint(context)) after_point = true;
    if (after_point && symbol.symbol == currency) scale -= symbol.count;
  }
  return EditedDigits{digits, scale};
}

auto EditedMoveCall(EmitContext& context, const MoveSource& source, const DataOperand& target,
                    ir::MoveConversion conversion) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& target_field = module.field(target.field);
  if (conversion == ir::MoveConversion::kDeEdit && !IsNumericEdited(module, target_field)) {
    // De-editing: the digits, the decimal point (or the PICTURE's V) and a '-' or CR.
    if (!source.item || source.item->reference_modified || target.reference_modified) {
      return std::nullopt;
    }
    std::optional<std::string> picture = EditedPictureOf(context, source.item->field);
    std::optional<std::string> format = context.StorageFormat(target_field);
    if (!picture || !format) return std::nullopt;
    return fmt::format("cobrt::MoveFromEdited<{}>({}, {}, {}{});", *format, source.item->address,
                       *picture, target.address, DecimalPointArgument(context));
  }
  if (target.reference_modified) return std::nullopt;
  if (IsNumericEdited(module, target_field)) {
    std::optional<std::string> arguments = EditedTargetArguments(context, target.field);
    if (!arguments) return std::nullopt;
    return ToNumericEdited(context, source, target, *arguments);
  }
  std::optional<std::string> picture = EditedPictureOf(context, target.field);
  if (!picture) return std::nullopt;
  return ToAlphanumericEdited(context, source, target, *picture);
}

auto NumericLiteralField(const ir::Module& module, ir::ExpressionId id)
    -> std::optional<LiteralField> {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr || literal->form != ir::NumericLiteralForm::kFixed) return std::nullopt;
  std::string digits(module.str(literal->digits));
  // At least one digit, and one per decimal place (.005 is "005" with 3 decimals).
  const size_t width = std::max<size_t>(1, static_cast<size_t>(std::max(0, literal->scale)));
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  if (digits.size() > 38 || literal->scale < 0) return std::nullopt;
  return LiteralField{fmt::format("cobrt::Zoned<{}, {}, cobrt::ZonedSign::kLeadingSeparate>",
                                  digits.size(), literal->scale),
                      fmt::format("reinterpret_cast<const uint8_t*>({})",
                                  CppStringLiteral((literal->negative ? "-" : "+") + digits))};
}

}  // namespace remint::emit_cpp
