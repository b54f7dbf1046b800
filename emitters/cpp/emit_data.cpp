// Storage: each storage block of a program becomes a byte array member named after its 01/77
// item, and Initialize() gives every item its VALUE or, without one, the initial contents cobc
// gives it (fact sheet §3: X and A spaces, numeric zeros in their encoding). Numeric items are
// written through cobrt's storage formats (runtime/storage), which know each encoding.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_move.h"
#include "emitters/cpp/naming.h"

namespace remint::emit_cpp {
namespace {

auto IsInitialized(const ir::Module& module, const ir::Field& field) -> bool {
  // Views (REDEFINES, RENAMES, the second record of an FD) overlay storage another item
  // initializes.
  if (field.view == ir::ViewKind::kNone) return true;
  // Except that cobc 3.1.2 initializes an elementary REDEFINES item with SIGN SEPARATE (to its
  // VALUE or zero, every occurrence), after the item it redefines: X(10) VALUE "ABCDEFGHIJ"
  // redefined by S9V9 SIGN LEADING SEPARATE OCCURS 3 holds "+00+00+00J". Zoned items with an
  // embedded sign, packed, binary and redefining groups are left as the VALUE made them.
  if (field.view != ir::ViewKind::kRedefines || !field.children.empty()) return false;
  const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
  return decimal != nullptr && decimal->encoding == ir::DecimalEncoding::kZoned &&
         decimal->sign_separate;
}

// The literal a VALUE clause holds: a string (or figurative) repeated or cut to `size`, as a
// MOVE of the literal to an alphanumeric item of that size does.
auto AlphanumericValueBytes(const EmitContext& context, ir::ExpressionId value, uint64_t size)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  // ALL SPACES and the like are the figurative constant itself.
  if (const auto* all_figurative = expressions.TryGet<ir::AllLiteralExpression>(value)) {
    if (expressions.Is<ir::FigurativeExpression>(all_figurative->literal)) {
      value = all_figurative->literal;
    }
  }
  std::string pattern;
  bool repeat = false;
  if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(value)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    pattern = std::string(module.str(literal->value));
  } else if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(value)) {
    // VALUE ALL "-": the literal repeated over the item.
    const auto* repeated = expressions.TryGet<ir::StringLiteralExpression>(all->literal);
    if (repeated == nullptr || repeated->form == ir::LiteralForm::kNational ||
        module.str(repeated->value).empty()) {
      return std::nullopt;
    }
    repeat = true;
    pattern = std::string(module.str(repeated->value));
  } else if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(value)) {
    repeat = true;
    std::optional<std::string> bytes = context.FigurativeBytes(figurative->constant);
    if (!bytes) return std::nullopt;
    pattern = *bytes;
  } else {
    return std::nullopt;
  }
  std::string bytes;
  if (repeat) {
    while (bytes.size() < size) bytes += pattern;
    bytes.resize(size);
  } else {
    bytes = pattern.substr(0, size);
    bytes.resize(size, ' ');
  }
  return bytes;
}

class Initializer {
 public:
  explicit Initializer(EmitContext& context) : context_(context), module_(context.module) {}

  // One occurrence of an item with a VALUE.
  void Value(ir::FieldId id, const std::string& address) { Element(id, address); }

  void Field(ir::FieldId id, const std::string& address) {
    const ir::Field& field = module_.field(id);
    if (!IsInitialized(module_, field)) return;
    if (field.array) {
      const ir::ArrayShape& shape = *field.array;
      if (shape.dimensions.size() != 1 || shape.dimensions[0].upper_bound.is_valid()) {
        context_.Unsupported(field.loc, "a table with run-time or several bounds");
        return;
      }
      const int64_t count = shape.dimensions[0].upper - shape.dimensions[0].lower + 1;
      if (count <= 0) return;
      const std::string index = fmt::format("i{}", depth_);
      context_.out.Open(fmt::format("for (int {0} = 0; {0} < {1}; ++{0})", index, count));
      ++depth_;
      Element(id, fmt::format("{} + {} * {}", address, index, field.size));
      --depth_;
      context_.out.Close();
      return;
    }
    Element(id, address);
  }

 private:
  // One occurrence of `id` at `address`.
  void Element(ir::FieldId id, const std::string& address) {
    const ir::Field& field = module_.field(id);
    const std::string name = field.name.is_valid() && !module_.str(field.name).empty()
                                 ? std::string(module_.str(field.name))
                                 : "FILLER";
    if (!field.children.empty()) {
      if (field.initial_value.is_valid()) {
        // A group VALUE fills the whole group as an alphanumeric item.
        WriteBytes(field, name, address, field.initial_value);
        return;
      }
      for (ir::FieldId child : field.children) {
        const ir::Field& item = module_.field(child);
        Field(child, AddressPlus(address, item.offset - field.offset));
      }
      return;
    }
    const ir::TypeArena& types = module_.types();
    if (IsNumericEdited(module_, field) || IsAlphanumericEdited(module_, field)) {
      EditedItem(id, name, address);
      return;
    }
    if (types.Is<ir::AlphanumericType>(field.type) || types.Is<ir::AlphabeticType>(field.type)) {
      if (field.initial_value.is_valid()) {
        WriteBytes(field, name, address, field.initial_value);
      } else {
        context_.out.Line(fmt::format("std::memset({}, ' ', {});  // {} {}", address, field.size,
                                      name, context_.SourceComment(field.loc)));
      }
      return;
    }
    if (types.Is<ir::DecimalType>(field.type)) {
      std::optional<std::string> format = context_.StorageFormat(field);
      if (!format) {
        context_.Unsupported(field.loc, fmt::format("the storage of '{}'", name));
        return;
      }
      // Without VALUE a numeric item starts at zero (fact sheet §3); VALUE ZERO is the same.
      // A numeric literal is stored as MOVE stores it (VALUE -0 in S9(3)V9 gives "000p",
      // checked against cobc).
      const auto* zero = field.initial_value.is_valid()
                             ? module_.expressions().TryGet<ir::FigurativeExpression>(
                                   Unwrapped(field.initial_value))
                             : nullptr;
      if (field.initial_value.is_valid() &&
          (zero == nullptr || zero->constant != ir::FigurativeConstant::kZero)) {
        std::optional<std::string> store;
        if (module_.expressions().Is<ir::NumericLiteralExpression>(field.initial_value)) {
          store = MoveCall(context_, MoveSource{std::nullopt, field.initial_value},
                           Operand(id, address), ir::MoveConversion::kNumeric);
        }
        if (!store) {
          context_.Unsupported(field.loc, fmt::format("the VALUE of numeric item '{}'", name));
          return;
        }
        context_.out.Line(
            fmt::format("{}  // {} {}", *store, name, context_.SourceComment(field.loc)));
        return;
      }
      context_.out.Line(fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});  // {} {}",
                                    *format, address, name, context_.SourceComment(field.loc)));
      return;
    }
    if (types.Is<ir::IndexType>(field.type)) {
      // cobc starts an INDEXED BY name at occurrence 1 and a USAGE INDEX item at 0.
      const bool index_name = field.level == 77 && IsIndexName(id);
      context_.out.Line(
          fmt::format("cobrt::Store<cobrt::IndexItem>({}, cobrt::Fixed<1, 0>{{{}}});  // {} {}",
                      address, index_name ? 1 : 0, name, context_.SourceComment(field.loc)));
      return;
    }
    context_.Unsupported(field.loc, fmt::format("the storage of '{}' ({})", name,
                                                ir::KindName(types.kind(field.type))));
  }

  // An edited item: without VALUE the edited form of zero or of spaces, as MOVE ZERO (numeric)
  // or MOVE SPACES (alphanumeric) leaves it ("  0.00 " for ZZ9.99-, "     / " for XXBXX/X;
  // checked against cobc). A numeric VALUE is edited as MOVE edits it, any other VALUE stored
  // as the bytes of an alphanumeric item (VALUE ZERO in ZZ9.99 gives "000000").
  void EditedItem(ir::FieldId id, const std::string& name, const std::string& address) {
    const ir::Field& field = module_.field(id);
    const std::string comment = fmt::format("  // {} {}", name, context_.SourceComment(field.loc));
    const ir::ExpressionId value = field.initial_value;
    const bool numeric_value =
        value.is_valid() && module_.expressions().Is<ir::NumericLiteralExpression>(value);
    const bool bwz_number = module_.types().Is<ir::DecimalType>(field.type);
    if (value.is_valid() && !numeric_value) {
      // A numeric item with BLANK WHEN ZERO is left blank by VALUE ZERO, but holds the bytes of
      // VALUE "000" (both checked against cobc).
      const auto* zero = module_.expressions().TryGet<ir::FigurativeExpression>(Unwrapped(value));
      if (!bwz_number || zero == nullptr || zero->constant != ir::FigurativeConstant::kZero) {
        WriteBytes(field, name, address, value);
        return;
      }
    }
    // An item whose PICTURE was not translated is reported where the PICTUREs are declared.
    if (!EditedPictureOf(context_, id)) return;
    std::optional<std::string> call;
    if (numeric_value) {
      call = MoveCall(context_, MoveSource{std::nullopt, value}, Operand(id, address),
                      ir::MoveConversion::kEdit);
    } else if (IsAlphanumericEdited(module_, field)) {
      if (std::optional<std::string> spaces = EditedSpaces(context_, field)) {
        call = fmt::format("std::memcpy({}, {}, {});", address, CppStringLiteral(*spaces),
                           spaces->size());
      }
    } else {
      call = fmt::format("cobrt::MoveZeroToEdited({}, {});", address,
                         *EditedTargetArguments(context_, id));
    }
    if (!call) {
      context_.Unsupported(field.loc, fmt::format("the initial contents of '{}'", name));
      return;
    }
    context_.out.Line(*call + comment);
  }

  // ALL ZEROS and the like stand for the figurative constant.
  auto Unwrapped(ir::ExpressionId value) const -> ir::ExpressionId {
    if (const auto* all = module_.expressions().TryGet<ir::AllLiteralExpression>(value)) {
      if (module_.expressions().Is<ir::FigurativeExpression>(all->literal)) return all->literal;
    }
    return value;
  }

  // An elementary item at `address` as a MOVE receives it.
  auto Operand(ir::FieldId id, const std::string& address) -> DataOperand {
    DataOperand operand;
    operand.field = id;
    operand.address = address;
    operand.size = fmt::format("{}", module_.field(id).size);
    operand.static_size = module_.field(id).size;
    return operand;
  }

  // Whether `id` is named in some table's INDEXED BY.
  auto IsIndexName(ir::FieldId id) -> bool {
    if (!index_names_) {
      index_names_.emplace();
      for (uint32_t i = 0; i < module_.fields().size(); ++i) {
        const ir::Field& field = module_.field(ir::FieldId(i));
        if (!field.array) continue;
        for (ir::FieldId name : field.array->indexed_by) index_names_->insert(name.index);
      }
    }
    return index_names_->contains(id.index);
  }

  void WriteBytes(const ir::Field& field, const std::string& name, const std::string& address,
                  ir::ExpressionId value) {
    std::optional<std::string> bytes = AlphanumericValueBytes(context_, value, field.size);
    if (!bytes) {
      context_.Unsupported(field.loc, fmt::format("the VALUE of '{}'", name));
      return;
    }
    context_.out.Line(fmt::format("std::memcpy({}, {}, {});  // {} {}", address,
                                  CppStringLiteral(*bytes), field.size, name,
                                  context_.SourceComment(field.loc)));
  }

  EmitContext& context_;
  const ir::Module& module_;
  int depth_ = 0;
  std::optional<std::set<uint32_t>> index_names_;
};

}  // namespace

void WriteInitialValue(EmitContext& context, ir::FieldId field, const std::string& address) {
  Initializer(context).Value(field, address);
}

auto EmitContext::StorageFormat(const ir::Field& field) const -> std::optional<std::string> {
  // Index names and USAGE INDEX items: a native signed int holding the occurrence number.
  if (module.types().Is<ir::IndexType>(field.type)) return std::string("cobrt::IndexItem");
  const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
  if (decimal == nullptr) return std::nullopt;
  const int digits = static_cast<int>(decimal->digits);
  switch (decimal->encoding) {
    case ir::DecimalEncoding::kZoned: {
      const char* sign = "kUnsigned";
      if (decimal->is_signed) {
        const bool leading = decimal->sign_position == ir::SignPosition::kLeading;
        sign = decimal->sign_separate ? (leading ? "kLeadingSeparate" : "kTrailingSeparate")
                                      : (leading ? "kLeading" : "kTrailing");
      }
      return fmt::format("cobrt::Zoned<{}, {}, cobrt::ZonedSign::{}>", digits, decimal->scale,
                         sign);
    }
    case ir::DecimalEncoding::kPacked:
      return fmt::format("cobrt::Packed<{}, {}, {}>", digits, decimal->scale,
                         decimal->is_signed ? "true" : "false");
    case ir::DecimalEncoding::kBinary:
    case ir::DecimalEncoding::kNative: {
      const bool native = decimal->encoding == ir::DecimalEncoding::kNative;
      const uint64_t bytes = field.size;
      // binary-truncate (cobol85, default) cuts COMP/BINARY to the PICTURE; ibm and COMP-5
      // keep what the bytes hold (fact sheet §2).
      const bool to_picture = !native && options.binary_truncate;
      return fmt::format(
          "cobrt::Binary<{}, {}, {}, {}, cobrt::ByteOrder::{}, cobrt::BinaryTruncation::{}>",
          digits, decimal->scale, decimal->is_signed ? "true" : "false", bytes,
          native ? "kNative" : "kBigEndian", to_picture ? "kToPictureDigits" : "kToStorageBytes");
    }
    case ir::DecimalEncoding::kPackedUnsigned:
    case ir::DecimalEncoding::kByteBinary:
    case ir::DecimalEncoding::kByteNative:
      return std::nullopt;
  }
  return std::nullopt;
}

auto EmitContext::BlockMember(ir::BlockId block) const -> const std::string& {
  return block_members.at(block.index);
}

namespace {

// SAME RECORD AREA: the record block of the file whose area the block's file shares (invalid
// for any other block).
auto SharedRecordArea(const ir::Module& module, const ir::StorageBlock& block) -> ir::BlockId {
  if (block.storage != ir::StorageClass::kFileRecord || !block.file.is_valid()) return {};
  const ir::FileDescriptionId owner = module.files().Get(block.file).same_record_area;
  return owner.is_valid() ? module.files().Get(owner).record_block : ir::BlockId();
}

}  // namespace

void DeclareStorage(EmitContext& context) {
  const ir::Unit& unit = context.module.unit(context.plan.id);
  std::map<uint32_t, uint64_t> shared_sizes;
  for (ir::BlockId id : unit.blocks) {
    const ir::StorageBlock& block = context.module.block(id);
    const ir::BlockId owner = SharedRecordArea(context.module, block);
    if (!owner.is_valid()) continue;
    uint64_t& size = shared_sizes[owner.index];
    size = std::max({size, block.size, context.module.block(owner).size});
  }
  NameScope names;
  for (ir::BlockId id : unit.blocks) {
    const ir::StorageBlock& block = context.module.block(id);
    const bool file_record = block.storage == ir::StorageClass::kFileRecord;
    const bool linkage = block.storage == ir::StorageClass::kLinkage;
    if (block.storage != ir::StorageClass::kWorkingStorage &&
        block.storage != ir::StorageClass::kLocalStorage && !file_record && !linkage) {
      context.Unsupported(block.loc, fmt::format("{} storage", ir::Spelling(block.storage)));
      continue;
    }
    // Neither has storage of a size known here: the runtime has no ALLOCATE yet, and an ANY
    // LENGTH parameter needs its argument's length passed with it.
    if (block.is_based) {
      context.Unsupported(block.loc, "a BASED record");
      continue;
    }
    if (std::any_of(block.fields.begin(), block.fields.end(),
                    [&](ir::FieldId field) { return context.module.field(field).any_length; })) {
      context.Unsupported(block.loc, "an ANY LENGTH parameter");
      continue;
    }
    const std::string name = names.Claim(SnakeName(context.module.str(block.name), "block") + "_");
    context.block_members[id.index] = name;
  }
  for (ir::BlockId id : unit.blocks) {
    if (!context.block_members.contains(id.index)) continue;
    const ir::StorageBlock& block = context.module.block(id);
    const bool file_record = block.storage == ir::StorageClass::kFileRecord;
    const bool linkage = block.storage == ir::StorageClass::kLinkage;
    const std::string& name = context.BlockMember(id);
    if (const ir::BlockId owner = SharedRecordArea(context.module, block); owner.is_valid()) {
      context.out.Comment(fmt::format("{} {} ({} bytes)  {}: SAME RECORD AREA as {}",
                                      ir::Spelling(block.storage), context.module.str(block.name),
                                      block.size, context.SourceComment(block.loc),
                                      context.module.str(context.module.block(owner).name)));
      context.out.Line(fmt::format("uint8_t* const {} = {};", name, context.BlockMember(owner)));
      continue;
    }
    if (linkage) {
      // A LINKAGE record is the caller's storage: the address CALL passed, set by Call().
      context.out.Comment(fmt::format("LINKAGE {} ({} bytes)  {}", context.module.str(block.name),
                                      block.size, context.SourceComment(block.loc)));
      context.out.Line(fmt::format("uint8_t* {} = nullptr;", name));
      continue;
    }
    context.out.Comment(fmt::format("{} {} ({} bytes)  {}", ir::Spelling(block.storage),
                                    context.module.str(block.name), block.size,
                                    context.SourceComment(block.loc)));
    // A record area starts as zero bytes (cobc's static storage) and is not initialized:
    // VALUE clauses in the FILE SECTION are ignored.
    const uint64_t size = shared_sizes.contains(id.index) ? shared_sizes.at(id.index) : block.size;
    context.out.Line(fmt::format("alignas(8) uint8_t {}[{}]{};", name, std::max<uint64_t>(1, size),
                                 file_record ? "{}" : ""));
  }
  DeclareEditedPictures(context);
}

void DefineInitialize(EmitContext& context, const std::string& class_name) {
  CodeWriter& out = context.out;
  out.BlankLine();
  out.Comment("Gives every data item its VALUE, or the initial contents cobc gives it.");
  out.Open(fmt::format("void {}::Initialize()", class_name));
  Initializer initializer(context);
  // cobc writes VALUE HIGH-VALUE as X"FF" and VALUE LOW-VALUE as X"00" in the last program of
  // the source it compiles, whatever its collating sequence, and in the programs before it as
  // the sequence's highest and lowest characters (checked with cobc 3.1.2: cobc decides when
  // it writes the code, by the figurative constants of the program it parsed last).
  context.native_figuratives = context.plan.id.index + 1 == context.module.units().size();
  const ir::Unit& unit = context.module.unit(context.plan.id);
  for (ir::BlockId id : unit.blocks) {
    if (!context.block_members.contains(id.index)) continue;
    const ir::StorageClass storage = context.module.block(id).storage;
    if (storage == ir::StorageClass::kFileRecord || storage == ir::StorageClass::kLinkage) continue;
    for (ir::FieldId field : context.module.block(id).fields) {
      initializer.Field(field, fmt::format("{} + {}", context.BlockMember(id),
                                           context.module.field(field).offset));
    }
  }
  context.native_figuratives = false;
  out.Close();
}

}  // namespace remint::emit_cpp
