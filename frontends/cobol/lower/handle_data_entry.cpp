// Data description entries (levels 01-49, 66, 77, 88) -> storage blocks, fields, condition
// names. Each 01/77 of WORKING-STORAGE, LOCAL-STORAGE and LINKAGE is a block of its own (with
// the 01s that REDEFINE it); an FD's records share the file's record block, the second and
// later ones as record-area views of the first.
#include <algorithm>
#include <limits>
#include <optional>
#include <string>

#include "base/saturating_math.h"
#include "frontends/cobol/lower/lowering_context.h"
#include "ir/storage_size.h"

namespace remint::cobol::lower {
namespace {

enum class Usage : uint8_t {
  kDisplay,
  kBinary,
  kPacked,
  kNative,
  kFloatShort,
  kFloatLong,
  kIndex,
  kPointer,
  kProgramPointer,
  kNational,
  kPackedUnsigned,  // COMP-6
  // BINARY-CHAR / -SHORT / -LONG / -DOUBLE: integers of 8, 16, 32, 64 bits, no PICTURE.
  kBinaryChar,
  kBinaryShort,
  kBinaryLong,
  kBinaryDouble,
  // COMP-X / COMP-N: binary in the fewest bytes (big-endian / native order); PIC X(n) COMP-X
  // is an n-byte unsigned number.
  kByteBinary,
  kByteNative,
};

auto UsageFromText(std::string_view text) -> Usage {
  // "BINARY-CHAR UNSIGNED": the signedness is read from the tree.
  const std::string usage = UpperName(text.substr(0, text.find_first_of(" \t\r\n")));
  if (usage == "BINARY" || usage == "COMP" || usage == "COMPUTATIONAL" || usage == "COMP-4" ||
      usage == "COMPUTATIONAL-4") {
    return Usage::kBinary;
  }
  if (usage == "COMP-3" || usage == "COMPUTATIONAL-3" || usage == "PACKED-DECIMAL") {
    return Usage::kPacked;
  }
  if (usage == "COMP-5" || usage == "COMPUTATIONAL-5") return Usage::kNative;
  if (usage == "COMP-1" || usage == "COMPUTATIONAL-1" || usage == "FLOAT-SHORT") {
    return Usage::kFloatShort;
  }
  if (usage == "COMP-2" || usage == "COMPUTATIONAL-2" || usage == "FLOAT-LONG") {
    return Usage::kFloatLong;
  }
  if (usage == "COMP-6" || usage == "COMPUTATIONAL-6") return Usage::kPackedUnsigned;
  if (usage == "COMP-X" || usage == "COMPUTATIONAL-X") return Usage::kByteBinary;
  if (usage == "COMP-N" || usage == "COMPUTATIONAL-N") return Usage::kByteNative;
  if (usage == "BINARY-CHAR") return Usage::kBinaryChar;
  if (usage == "BINARY-SHORT") return Usage::kBinaryShort;
  if (usage == "BINARY-LONG") return Usage::kBinaryLong;
  if (usage == "BINARY-DOUBLE") return Usage::kBinaryDouble;
  if (usage == "INDEX") return Usage::kIndex;
  if (usage == "POINTER") return Usage::kPointer;
  if (usage == "PROCEDURE-POINTER" || usage == "FUNCTION-POINTER") return Usage::kProgramPointer;
  if (usage == "NATIONAL") return Usage::kNational;
  return Usage::kDisplay;  // DISPLAY, DISPLAY-1
}

// The dialect feature a USAGE belongs to, if some dialect lacks it.
auto UsageFeature(std::string_view text) -> std::optional<DialectFeature> {
  const std::string usage = UpperName(text.substr(0, text.find_first_of(" \t\r\n")));
  if (usage.starts_with("BINARY-")) return DialectFeature::kBinaryInteger;
  if (usage.starts_with("FLOAT-")) return DialectFeature::kFloatUsage;
  if (usage == "COMP-1" || usage == "COMPUTATIONAL-1" || usage == "COMP-2" ||
      usage == "COMPUTATIONAL-2") {
    return DialectFeature::kComp1Comp2;
  }
  if (usage == "COMP-5" || usage == "COMPUTATIONAL-5") return DialectFeature::kComp5;
  if (usage == "COMP-6" || usage == "COMPUTATIONAL-6") return DialectFeature::kComp6;
  if (usage == "COMP-X" || usage == "COMPUTATIONAL-X" || usage == "COMP-N" ||
      usage == "COMPUTATIONAL-N") {
    return DialectFeature::kCompXN;
  }
  return std::nullopt;
}

// The clauses of one entry, gathered from the clause list (any order).
struct Entry {
  Tree::DataEntryContext* context = nullptr;
  int level = 0;
  std::string name;  // empty for FILLER or an unnamed entry
  std::string picture;
  Tree::DataClauseContext* picture_clause = nullptr;
  std::optional<Usage> usage;
  bool usage_unsigned = false;  // BINARY-CHAR ... UNSIGNED
  Tree::QualifiedDataNameContext* redefines = nullptr;
  Tree::QualifiedDataNameContext* renames = nullptr;
  Tree::QualifiedDataNameContext* renames_thru = nullptr;
  Tree::DataClauseContext* occurs = nullptr;
  std::vector<Tree::ValueRangeContext*> values;
  Tree::LiteralContext* false_value = nullptr;
  std::optional<ir::SignPosition> sign;
  bool sign_separate = false;
  bool justified = false;
  bool synchronized = false;
  bool blank_when_zero = false;
  bool is_external = false;
  bool is_global = false;
  bool is_based = false;
  bool any_length = false;
  // CONSTANT AS literal (level 01), or VALUE constant-name.
  Tree::LiteralContext* constant = nullptr;
  // CONSTANT AS LENGTH OF / BYTE-LENGTH OF item.
  Tree::DataClauseContext* constant_length = nullptr;
  Tree::UserWordContext* value_name = nullptr;
};

// What a group passes down to its subordinate items.
struct Inherited {
  std::optional<Usage> usage;
  bool usage_unsigned = false;
  std::optional<ir::SignPosition> sign;
  bool sign_separate = false;
};

struct OpenItem {
  int level;
  ir::FieldId field;
  Inherited inherited;
};

auto ReadEntry(Lowering& lowering, Tree::DataEntryContext* context) -> Entry {
  Entry entry;
  entry.context = context;
  entry.level = static_cast<int>(lowering.IntegerValue(context->integer()));
  if (context->userWord() != nullptr) entry.name = std::string(lowering.Text(context->userWord()));
  for (Tree::DataClauseContext* clause : context->dataClause()) {
    if (clause->REDEFINES() != nullptr) {
      entry.redefines = clause->qualifiedDataName(0);
    } else if (clause->RENAMES() != nullptr) {
      entry.renames = clause->qualifiedDataName(0);
      if (clause->qualifiedDataName().size() > 1) entry.renames_thru = clause->qualifiedDataName(1);
    } else if (clause->PICTURE_STRING() != nullptr) {
      entry.picture = std::string(lowering.Text(clause->PICTURE_STRING()));
      entry.picture_clause = clause;
    } else if (clause->usage() != nullptr) {
      entry.usage = UsageFromText(lowering.Text(clause->usage()));
      if (std::optional<DialectFeature> feature = UsageFeature(lowering.Text(clause->usage()))) {
        lowering.RequireDialect(
            *feature, lowering.Loc(clause->usage()),
            "USAGE " + UpperName(CollapseWhitespace(lowering.Text(clause->usage()))));
      }
      entry.usage_unsigned = clause->usage()->UNSIGNED() != nullptr;
    } else if (!clause->valueRange().empty()) {
      entry.values = clause->valueRange();
    } else if (clause->OCCURS() != nullptr) {
      entry.occurs = clause;
    } else if (clause->SYNCHRONIZED() != nullptr || clause->SYNC() != nullptr) {
      entry.synchronized = true;
    } else if (clause->JUSTIFIED() != nullptr || clause->JUST() != nullptr) {
      entry.justified = true;
    } else if (clause->BLANK() != nullptr) {
      entry.blank_when_zero = true;
    } else if (clause->LEADING() != nullptr || clause->TRAILING() != nullptr) {
      entry.sign =
          clause->LEADING() != nullptr ? ir::SignPosition::kLeading : ir::SignPosition::kTrailing;
      entry.sign_separate = clause->SEPARATE() != nullptr;
    } else if (clause->EXTERNAL() != nullptr) {
      entry.is_external = true;
    } else if (clause->GLOBAL() != nullptr) {
      entry.is_global = true;
    } else if (clause->FALSE() != nullptr) {
      entry.false_value = clause->literal();
    } else if (clause->CONSTANT() != nullptr) {
      if (clause->qualifiedDataName(0) != nullptr) {
        entry.constant_length = clause;
      } else {
        entry.constant = clause->literal();
      }
      lowering.RequireDialect(DialectFeature::kConstantEntry, lowering.Loc(clause), "CONSTANT");
    } else if (clause->VALUE() != nullptr && !clause->userWord().empty()) {
      entry.value_name = clause->userWord(0);
    } else if (clause->BASED() != nullptr) {
      entry.is_based = true;
      lowering.RequireDialect(DialectFeature::kBased, lowering.Loc(clause), "BASED");
    } else if (clause->ANY() != nullptr) {
      entry.any_length = true;
    }
  }
  return entry;
}

// The type of an elementary item: its PICTURE under its (possibly inherited) USAGE.
auto ElementaryType(Lowering& lowering, const UnitScope& scope, const Entry& entry,
                    const Inherited& inherited) -> ir::TypeId {
  ir::Builder& builder = lowering.builder();
  const Usage usage = inherited.usage.value_or(Usage::kDisplay);
  switch (usage) {
    case Usage::kFloatShort:
      return builder.FloatType(32);
    case Usage::kFloatLong:
      return builder.FloatType(64);
    case Usage::kIndex:
      return builder.IndexType();
    case Usage::kPointer:
      return builder.PointerType(false);
    case Usage::kProgramPointer:
      return builder.PointerType(true);
    // cobc 3.1.2 gives these 1, 2, 4 and 8 bytes under every -std that has them; signed unless
    // UNSIGNED is written.
    case Usage::kBinaryChar:
      return builder.IntegerType(8, !inherited.usage_unsigned);
    case Usage::kBinaryShort:
      return builder.IntegerType(16, !inherited.usage_unsigned);
    case Usage::kBinaryLong:
      return builder.IntegerType(32, !inherited.usage_unsigned);
    case Usage::kBinaryDouble:
      return builder.IntegerType(64, !inherited.usage_unsigned);
    default:
      break;
  }
  if (entry.picture.empty()) {
    // An elementary item needs a PICTURE; cobc rejects such an entry. Keep a byte so the
    // layout stays usable.
    lowering.Emit(DiagnosticKind::kCobolLowerBadPicture, lowering.Loc(entry.context), "",
                  "an elementary item needs a PICTURE clause");
    return builder.AlphanumericType(1);
  }
  // A CURRENCY SIGN symbol plays the part of '$' in the picture.
  std::string analyzed = entry.picture;
  if (scope.currency_symbol != '$')
    std::replace(analyzed.begin(), analyzed.end(), scope.currency_symbol, '$');
  ErrorOr<ir::PictureSummary> summary = ir::AnalyzePicture(analyzed, scope.decimal_point_is_comma);
  if (!summary) {
    lowering.Emit(DiagnosticKind::kCobolLowerBadPicture, lowering.Loc(entry.picture_clause),
                  entry.picture, summary.error().message());
    return builder.AlphanumericType(std::max<uint64_t>(1, entry.picture.size()));
  }
  switch (summary->category) {
    case ir::DataCategory::kNumeric: {
      ir::DecimalEncoding encoding = ir::DecimalEncoding::kZoned;
      if (usage == Usage::kBinary) encoding = ir::DecimalEncoding::kBinary;
      if (usage == Usage::kPacked) encoding = ir::DecimalEncoding::kPacked;
      if (usage == Usage::kPackedUnsigned) encoding = ir::DecimalEncoding::kPackedUnsigned;
      if (usage == Usage::kNative) encoding = ir::DecimalEncoding::kNative;
      if (usage == Usage::kByteBinary) encoding = ir::DecimalEncoding::kByteBinary;
      if (usage == Usage::kByteNative) encoding = ir::DecimalEncoding::kByteNative;
      if ((encoding == ir::DecimalEncoding::kBinary || encoding == ir::DecimalEncoding::kNative) &&
          summary->digits > 18) {
        // cobc's limit for a binary item; keep the item usable at 18 digits.
        lowering.Emit(DiagnosticKind::kCobolLowerBadPicture, lowering.Loc(entry.picture_clause),
                      entry.picture, "binary field cannot be larger than 18 digits");
        summary->digits = 18;
        summary->scale = std::min(summary->scale, 18);
      }
      const ir::SignPosition position = inherited.sign.value_or(ir::SignPosition::kTrailing);
      const bool separate =
          inherited.sign_separate && summary->is_signed && encoding == ir::DecimalEncoding::kZoned;
      return builder.DecimalType(summary->digits, summary->scale, summary->is_signed, encoding,
                                 position, separate);
    }
    case ir::DataCategory::kNumericEdited:
      return builder.NumericEditedType(entry.picture, summary->length, summary->digits,
                                       summary->scale);
    case ir::DataCategory::kAlphanumericEdited:
      return builder.AlphanumericEditedType(entry.picture, summary->length);
    case ir::DataCategory::kAlphabetic:
      return builder.AlphabeticType(summary->length, entry.justified);
    case ir::DataCategory::kNational:
      return builder.NationalType(summary->length, entry.justified);
    case ir::DataCategory::kAlphanumeric:
      if (usage == Usage::kByteBinary || usage == Usage::kByteNative) {
        // PIC X(n) COMP-X: an unsigned number of n bytes, as many digits as n bytes always hold
        // (cobc lists PIC X(3) COMP-X as 9(7)).
        uint32_t digits = 1;
        while (digits < 38 && ir::FewestBinaryBytes(digits + 1, false) <= summary->length) {
          ++digits;
        }
        return builder.DecimalType(digits, 0, false,
                                   usage == Usage::kByteBinary ? ir::DecimalEncoding::kByteBinary
                                                               : ir::DecimalEncoding::kByteNative,
                                   ir::SignPosition::kTrailing, false);
      }
      return builder.AlphanumericType(summary->length, entry.justified);
    default:
      // cobc 3.1.2 keeps PIC X USAGE NATIONAL alphanumeric, one byte a character (only PIC N
      // items are national, two bytes a character).
      return builder.AlphanumericType(summary->length, entry.justified);
  }
}

}  // namespace

namespace {

// Whether the entry at `index` is a group: no PICTURE and a subordinate entry follows.
auto IsGroup(const std::vector<Entry>& entries, size_t index) -> bool {
  const Entry& entry = entries[index];
  if (!entry.picture.empty() || entry.level == 77 || entry.level > 49) return false;
  for (size_t next = index + 1; next < entries.size(); ++next) {
    const int level = entries[next].level;
    if (level == 88 || level == 78) continue;
    return level > entry.level && level <= 49;
  }
  return false;
}

// The most recent earlier sibling named `name`: the object of a REDEFINES.
auto FindRedefined(const ir::Module& module, const std::vector<ir::FieldId>& siblings,
                   std::string_view name) -> std::optional<ir::FieldId> {
  const std::string wanted = UpperName(name);
  for (auto it = siblings.rbegin(); it != siblings.rend(); ++it) {
    const ir::Field& field = module.field(*it);
    if (field.view == ir::ViewKind::kRedefines || field.view == ir::ViewKind::kRenames) continue;
    if (UpperName(module.str(field.name)) == wanted) return *it;
  }
  return std::nullopt;
}

}  // namespace

void Lowering::LowerDataEntries(UnitScope& scope,
                                const std::vector<Tree::DataEntryContext*>& contexts,
                                ir::StorageClass storage, ir::FileDescriptionId file) {
  std::vector<Entry> entries;
  for (Tree::DataEntryContext* context : contexts) {
    if (HasSyntaxError(context)) continue;  // reported by the parser
    if (context->integer() == nullptr) {
      Emit(DiagnosticKind::kCobolLowerNotImplemented, Loc(context),
           "EXEC blocks in the DATA DIVISION");
      continue;
    }
    entries.push_back(ReadEntry(*this, context));
  }
  ir::Module& module = this->module();
  std::vector<OpenItem> open;
  std::vector<ir::FieldId> records;  // the 01/77 items of this run
  std::vector<ir::BlockId> blocks;   // to lay out once complete
  ir::FieldId last_item;             // the item a following 88 belongs to
  ir::FieldId first_file_record;
  int based_level = 0;  // while nonzero: the level of a BASED item being left out

  for (size_t index = 0; index < entries.size(); ++index) {
    const Entry& entry = entries[index];
    const SourceLoc loc = Loc(entry.context);
    const std::string level_text = std::to_string(entry.level);
    if (based_level != 0 && entry.level != 78) {
      // The 88s and subordinates of a BASED item left out.
      if (entry.level == 88 || (entry.level > based_level && entry.level <= 49)) continue;
      based_level = 0;
    }
    if (entry.level == 88) {
      if (!last_item.is_valid()) {
        Emit(DiagnosticKind::kCobolLowerMisplacedLevel, loc, level_text, entry.name);
        continue;
      }
      std::vector<ir::ConditionValue> values;
      for (Tree::ValueRangeContext* range : entry.values) {
        ir::ConditionValue value;
        value.value = LowerLiteral(scope, range->literal(0));
        if (range->literal().size() > 1) value.thru = LowerLiteral(scope, range->literal(1));
        values.push_back(value);
      }
      ir::ConditionNameId condition =
          builder_.AddConditionName(last_item, loc, entry.name, std::move(values));
      if (entry.false_value != nullptr) {
        module.condition_names().Get(condition).false_value =
            LowerLiteral(scope, entry.false_value);
      }
      scope.conditions[UpperName(entry.name)].push_back(condition);
      continue;
    }
    if (entry.level == 66) {
      last_item = ir::FieldId();
      if (entry.renames == nullptr || records.empty()) {
        Emit(DiagnosticKind::kCobolLowerMisplacedLevel, loc, level_text, entry.name);
        continue;
      }
      std::optional<ir::FieldId> first = ResolveDataName(scope, entry.renames);
      std::optional<ir::FieldId> thru;
      if (entry.renames_thru != nullptr) thru = ResolveDataName(scope, entry.renames_thru);
      if (!first || (entry.renames_thru != nullptr && !thru)) continue;
      // A 66 renames items of the record it follows (ISO 13.16.42): nothing else can be laid
      // over that record's bytes.
      auto record_of = [&](ir::FieldId field) {
        while (module.field(field).parent.is_valid()) field = module.field(field).parent;
        return field;
      };
      for (std::optional<ir::FieldId> renamed : {first, thru}) {
        if (!renamed || record_of(*renamed) == records.back()) continue;
        Emit(DiagnosticKind::kCobolLowerRenamesOutsideRecord, loc, entry.name,
             std::string(module.str(module.field(*renamed).name)),
             std::string(module.str(module.field(records.back()).name)));
        first.reset();
        break;
      }
      if (!first) continue;
      // The THRU item follows the first in the record (cobc: "THRU item may not come before").
      if (thru && thru->index < first->index) {
        Emit(DiagnosticKind::kCobolLowerRenamesThruBeforeFirst, loc, entry.name,
             std::string(module.str(module.field(*thru).name)),
             std::string(module.str(module.field(*first).name)));
        continue;
      }
      ir::FieldId renames =
          builder_.AddRenames(*first, thru.value_or(ir::FieldId()), loc, entry.name);
      scope.fields[UpperName(entry.name)].push_back(renames);
      continue;
    }
    if (entry.level == 78) RequireDialect(DialectFeature::kLevel78, loc, "level 78");
    if (entry.level == 78 || entry.constant != nullptr || entry.constant_length != nullptr) {
      // A constant (78 NAME VALUE literal, 01 NAME CONSTANT AS literal) occupies no storage:
      // each use of its name lowers as its literal.
      std::optional<ConstantValue> constant;
      if (entry.constant_length != nullptr) {
        constant = LengthConstant(scope, entry.constant_length);
      } else if (entry.constant != nullptr) {
        constant = ConstantValue{.literal = entry.constant, .count = std::nullopt};
      } else if (!entry.values.empty()) {
        constant =
            ConstantValue{.literal = entry.values.front()->literal(0), .count = std::nullopt};
      } else if (entry.value_name != nullptr) {
        if (const ConstantValue* named = FindConstant(scope, Text(entry.value_name))) {
          constant = *named;
        } else {
          Emit(DiagnosticKind::kCobolLowerUnresolvedDataName, Loc(entry.value_name),
               std::string(Text(entry.value_name)));
        }
      } else {
        // A 78 without VALUE (cobc rejects it).
        Emit(DiagnosticKind::kCobolLowerMisplacedLevel, loc, level_text, entry.name);
      }
      if (!constant || entry.name.empty()) continue;
      scope.constants[UpperName(entry.name)] = *constant;
      continue;
    }
    if (entry.level < 1 || entry.level > 77 || (entry.level > 49 && entry.level != 77)) {
      Emit(DiagnosticKind::kCobolLowerMisplacedLevel, loc, level_text, entry.name);
      last_item = ir::FieldId();
      continue;
    }

    const bool top = entry.level == 1 || entry.level == 77;
    if (entry.is_based && !top) {
      // cobc rejects the item (and so everything under it).
      Emit(DiagnosticKind::kCobolLowerInvalidEntry, loc, entry.name,
           "BASED only allowed at 01/77 level");
      based_level = entry.level;
      last_item = ir::FieldId();
      continue;
    }
    if (top) open.clear();
    while (!open.empty() && open.back().level >= entry.level) open.pop_back();
    if (!top && open.empty()) {
      Emit(DiagnosticKind::kCobolLowerMisplacedLevel, loc, level_text, entry.name);
      last_item = ir::FieldId();
      continue;
    }
    Inherited inherited = open.empty() ? Inherited{} : open.back().inherited;
    if (entry.usage) {
      inherited.usage = entry.usage;
      inherited.usage_unsigned = entry.usage_unsigned;
    }
    if (entry.sign) {
      inherited.sign = entry.sign;
      inherited.sign_separate = entry.sign_separate;
    }
    const bool group = IsGroup(entries, index);
    const ir::TypeId type =
        group ? builder_.GroupType() : ElementaryType(*this, scope, entry, inherited);

    const ir::FieldId parent = open.empty() ? ir::FieldId() : open.back().field;
    std::optional<ir::FieldId> redefined;
    if (entry.redefines != nullptr) {
      const std::vector<ir::FieldId>& siblings =
          parent.is_valid() ? module.field(parent).children : records;
      std::string_view object = Text(entry.redefines->userWord(0));
      redefined = FindRedefined(module, siblings, object);
      if (!redefined) {
        Emit(DiagnosticKind::kCobolLowerUnresolvedDataName, Loc(entry.redefines),
             std::string(object));
      }
    }

    ir::FieldId field;
    if (redefined) {
      field = builder_.AddRedefines(*redefined, loc, entry.name, entry.level, type);
    } else if (top && file.is_valid()) {
      const ir::BlockId block = module.files().Get(file).record_block;
      field = builder_.AddField(block, ir::FieldId(), loc, entry.name, entry.level, type);
      if (first_file_record.is_valid()) {
        module.field(field).view = ir::ViewKind::kRecordArea;
        module.field(field).base = first_file_record;
      } else {
        first_file_record = field;
        blocks.push_back(block);
      }
    } else if (top) {
      const ir::BlockId block =
          builder_.AddBlock(scope.unit, loc, entry.name.empty() ? "FILLER" : entry.name, storage);
      ir::StorageBlock& storage_block = module.blocks().Get(block);
      storage_block.is_external = entry.is_external;
      storage_block.is_global = entry.is_global;
      // A BASED record has no storage until ALLOCATE or SET ADDRESS OF gives it some.
      storage_block.is_based = entry.is_based;
      blocks.push_back(block);
      field = builder_.AddField(block, ir::FieldId(), loc, entry.name, entry.level, type);
    } else {
      field =
          builder_.AddField(module.field(parent).block, parent, loc, entry.name, entry.level, type);
    }
    if (top) records.push_back(field);

    ir::Field& item = module.field(field);
    if (!entry.picture.empty()) item.picture = builder_.Intern(entry.picture);
    item.synchronized = entry.synchronized;
    item.blank_when_zero = entry.blank_when_zero;
    if (entry.any_length) CheckAnyLength(loc, entry.name, field, storage);
    if (!entry.values.empty()) {
      const ir::ExpressionId value = LowerLiteral(scope, entry.values.front()->literal(0));
      module.field(field).initial_value = value;
    } else if (entry.value_name != nullptr) {
      // VALUE constant-name.
      const ir::ExpressionId value = LowerConstantName(scope, entry.value_name);
      if (value.is_valid()) module.field(field).initial_value = value;
    }
    if (entry.occurs != nullptr) LowerOccurs(scope, entry.occurs, field);
    if (!entry.name.empty()) scope.fields[UpperName(entry.name)].push_back(field);
    open.push_back(OpenItem{entry.level, field, inherited});
    last_item = field;
  }
  for (ir::BlockId block : blocks) {
    builder_.LayOut(block);
    for (ir::FieldId field : this->module().block(block).fields) ReportItemsTooLarge(field);
  }
}

// cobc's limit on the size of one data item, elementary or group (COB_MAX_FIELD_SIZE): every
// item over it is reported, as cobc does. The layout saturates rather than wraps, so a size
// that overflowed shows as the largest value.
void Lowering::ReportItemsTooLarge(ir::FieldId field) {
  constexpr uint64_t kMaxItemBytes = 268'435'456;
  const ir::Field& item = module().field(field);
  for (ir::FieldId child : item.children) ReportItemsTooLarge(child);
  if (item.view == ir::ViewKind::kRenames || item.size <= kMaxItemBytes) return;
  Emit(DiagnosticKind::kCobolLowerItemTooLarge, item.loc, std::string(module().str(item.name)),
       kMaxItemBytes,
       item.size == kSaturatedUint64 ? std::string("more than 2^64") : std::to_string(item.size));
}

auto Lowering::LengthConstant(UnitScope& scope, Tree::DataClauseContext* clause)
    -> std::optional<ConstantValue> {
  const bool byte_length = clause->LENGTH() == nullptr;
  if (byte_length && UpperName(Text(clause->userWord(0))) != "BYTE-LENGTH") {
    Emit(DiagnosticKind::kCobolLowerInvalidEntry, Loc(clause), std::string(Text(clause)),
         "CONSTANT AS takes a literal, LENGTH OF or BYTE-LENGTH OF");
    return std::nullopt;
  }
  std::optional<ir::FieldId> item = ResolveDataName(scope, clause->qualifiedDataName(0));
  if (!item) return std::nullopt;
  // The item's record is complete (a constant is an 01 of its own), so its size is final once
  // laid out; the block is laid out again with the rest later, to the same result.
  builder_.LayOut(module().field(*item).block);
  // cobc 3.1.2 gives LENGTH OF a national item in bytes too (8 for PIC N(4)).
  return ConstantValue{.literal = nullptr, .count = module().field(*item).size};
}

void Lowering::CheckAnyLength(SourceLoc loc, std::string_view name, ir::FieldId field,
                              ir::StorageClass storage) {
  ir::Field& item = module().field(field);
  const ir::TypeArena& types = module().types();
  const auto* text = types.TryGet<ir::AlphanumericType>(item.type);
  const auto* national = types.TryGet<ir::NationalType>(item.type);
  if ((text == nullptr || text->length != 1) && (national == nullptr || national->length != 1)) {
    Emit(DiagnosticKind::kCobolLowerInvalidEntry, loc, std::string(name),
         "ANY LENGTH must be PIC X, PIC N or PIC 1");
    return;
  }
  if (storage != ir::StorageClass::kLinkage) {
    Emit(DiagnosticKind::kCobolLowerInvalidEntry, loc, std::string(name),
         "ANY LENGTH only allowed in LINKAGE");
    return;
  }
  if (item.parent.is_valid()) {
    Emit(DiagnosticKind::kCobolLowerInvalidEntry, loc, std::string(name),
         "ANY LENGTH must be 01 level");
    return;
  }
  item.any_length = true;
}

void Lowering::LowerOccurs(UnitScope& scope, Tree::DataClauseContext* clause, ir::FieldId field) {
  std::vector<Tree::OccursCountContext*> bounds = clause->occursCount();
  // cobc takes an OCCURS integer as a signed 32-bit number; reported, then clamped. A count may
  // name an integer constant (level 78 / CONSTANT AS).
  auto bound = [&](Tree::OccursCountContext* count) -> int64_t {
    constexpr int64_t kMaxOccurs = std::numeric_limits<int32_t>::max();
    int64_t value = 0;
    const ConstantValue* constant =
        count->integer() == nullptr ? FindConstant(scope, Text(count->userWord())) : nullptr;
    if (Tree::IntegerContext* integer = count->integer()) {
      value = IntegerValue(integer);
    } else if (constant != nullptr && constant->count) {
      value = static_cast<int64_t>(
          std::min<uint64_t>(*constant->count, std::numeric_limits<int64_t>::max()));
    } else {
      Tree::LiteralContext* literal = constant != nullptr ? constant->literal : nullptr;
      Tree::NumericLiteralContext* numeric =
          literal != nullptr ? literal->numericLiteral() : nullptr;
      antlr4::tree::TerminalNode* digits = numeric != nullptr && numeric->MINUS_SIGN() == nullptr
                                               ? numeric->INTEGER_LITERAL()
                                               : nullptr;
      if (digits == nullptr) {
        // Not the name of a positive integer constant (cobc rejects it too).
        Emit(DiagnosticKind::kCobolLowerUnresolvedDataName, Loc(count),
             std::string(Text(count->userWord())));
        return 1;
      }
      const std::string_view text = Text(digits);
      value =
          text.size() > 18 ? std::numeric_limits<int64_t>::max() : std::stoll(std::string(text));
    }
    if (value <= kMaxOccurs) return value;
    Emit(DiagnosticKind::kCobolLowerIntegerTooLarge, Loc(count), std::string(Text(count)),
         kMaxOccurs);
    return kMaxOccurs;
  };
  ir::ArrayDimension dimension;
  dimension.lower = 1;
  dimension.upper = bound(bounds.back());
  dimension.minimum = bounds.size() > 1 ? bound(bounds.front()) : dimension.upper;
  // OCCURS m TO n needs m <= n (cobc rejects it). OCCURS 0 TIMES is valid: cobc lays the table
  // out in 0 bytes and rejects only a subscript of it. Reported, then clamped so the IR stays
  // valid.
  if (dimension.minimum > dimension.upper) {
    Emit(DiagnosticKind::kCobolLowerOccursBoundsInvalid, Loc(clause),
         std::string(module().str(module().field(field).name)), dimension.minimum, dimension.upper);
    dimension.minimum = dimension.upper;
  }
  ir::ArrayShape shape;
  shape.dimensions.push_back(dimension);
  // Walk the clause in order: DEPENDING ON names one item, each ASCENDING/DESCENDING its keys,
  // INDEXED BY its index names.
  bool depending = false;
  bool ascending = true;
  bool indexed = false;
  for (antlr4::tree::ParseTree* child : clause->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      const size_t token = terminal->getSymbol()->getType();
      if (token == Tree::DEPENDING) depending = true;
      if (token == Tree::ASCENDING) ascending = true;
      if (token == Tree::DESCENDING) ascending = false;
      if (token == Tree::INDEXED) indexed = true;
      continue;
    }
    if (auto* name = dynamic_cast<Tree::QualifiedDataNameContext*>(child)) {
      if (depending) {
        scope.deferred.push_back(
            DeferredReference{DeferredReference::Role::kDependingOn, name, field, {}, false});
        depending = false;
      } else {
        scope.deferred.push_back(
            DeferredReference{DeferredReference::Role::kTableKey, name, field, {}, ascending});
      }
    } else if (auto* word = dynamic_cast<Tree::UserWordContext*>(child); word && indexed) {
      // An index name is storage of its own (cobc does not list it with the record).
      const std::string index_name(Text(word));
      const ir::BlockId block =
          builder_.AddBlock(scope.unit, Loc(word), index_name, ir::StorageClass::kWorkingStorage);
      const ir::FieldId index =
          builder_.AddField(block, ir::FieldId(), Loc(word), index_name, 77, builder_.IndexType());
      builder_.LayOut(block);
      shape.indexed_by.push_back(index);
      scope.fields[UpperName(index_name)].push_back(index);
    }
  }
  builder_.SetArray(field, std::move(shape));
}

}  // namespace remint::cobol::lower
