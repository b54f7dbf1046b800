// MOVE semantics shared by the statements that move data: MOVE and MOVE CORRESPONDING
// (emit_move.cpp), edited items (emit_edit.cpp), INITIALIZE (emit_initialize.cpp) and the
// CORRESPONDING pairs ADD and SUBTRACT use too (emit_corresponding.cpp).
#ifndef REMINT_EMITTERS_CPP_EMIT_MOVE_H_
#define REMINT_EMITTERS_CPP_EMIT_MOVE_H_

#include <optional>
#include <string>
#include <vector>

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

// What a MOVE reads: a data item's bytes, or a literal, figurative constant or ALL literal
// (`constant`), whose bytes cobc often lays down when it compiles the program.
struct MoveSource {
  std::optional<DataOperand> item;
  ir::ExpressionId constant;
};

// The source of MOVE `id`: a data item or a constant; nullopt for other expressions.
auto MoveSourceOf(const EmitContext& context, ir::ExpressionId id) -> std::optional<MoveSource>;

// The statement moving `source` into `target` by `conversion` (what cobc compiles the move to),
// or nullopt for what the emitter does not translate yet (the caller reports it).
auto MoveCall(EmitContext& context, const MoveSource& source, const DataOperand& target,
              ir::MoveConversion conversion) -> std::optional<std::string>;

// The VALUE of item `field` (elementary, or a group's VALUE) written at `address` as Initialize()
// writes it (emit_data.cpp): what INITIALIZE ... TO VALUE gives an item, edited ones included
// (VALUE "ABCDE" in XXBX0 stays "ABCDE"; checked against cobc).
void WriteInitialValue(EmitContext& context, ir::FieldId field, const std::string& address);

// --- Edited items (emit_edit.cpp) -------------------------------------------------------------

// Declares, at class scope, a constexpr cobrt::EditSymbol array and cobrt::EditedPicture per
// numeric-edited and alphanumeric-edited item of the unit, named after the item; reports the
// PICTUREs not translated yet.
void DeclareEditedPictures(EmitContext& context);
// The cobrt::EditedPicture constant of an edited item (declared above).
auto EditedPictureOf(const EmitContext& context, ir::FieldId field) -> std::optional<std::string>;
// The same followed by the decimal point and currency arguments of cobrt's edit calls when the
// program has DECIMAL-POINT IS COMMA or a CURRENCY SIGN ("kPricePicture, ',', 'W'").
auto EditedTargetArguments(const EmitContext& context, ir::FieldId field)
    -> std::optional<std::string>;
// cobc's digits and scale of a numeric-edited item (BLANK WHEN ZERO numeric items included):
// its digit positions with its P positions, and its scale (ZZPP is 4 digits at scale -2, VPPZZ
// 4 digits at scale 4; checked with cobc -C), what an arithmetic result is stored at.
struct EditedDigits {
  int digits = 0;
  int scale = 0;
};
auto EditedDigitsOf(const EmitContext& context, ir::FieldId field) -> std::optional<EditedDigits>;
// The program's decimal point, ',' under DECIMAL-POINT IS COMMA (libcob's module decimal_point:
// DISPLAY, edits, de-editing and alphanumeric to numeric moves read and write it), and the
// trailing argument cobrt's calls and templates take for it: ", ','", or "" for '.'.
auto DecimalPoint(const EmitContext& context) -> char;
auto DecimalPointArgument(const EmitContext& context) -> std::string;

// `target` as a MOVE's receiving item: a group holding the DEPENDING ON item of its table takes
// its maximum length, as cobc gives it (emit_move.cpp).
auto AsReceiving(const ir::Module& module, DataOperand target) -> DataOperand;
// Whether `field` is a numeric-edited or an alphanumeric-edited item. cobc makes a numeric
// DISPLAY item with BLANK WHEN ZERO numeric-edited (ADD rejects it: "not a numeric name"), so
// the emitter edits into it and de-edits out of it.
auto IsNumericEdited(const ir::Module& module, const ir::Field& field) -> bool;
auto IsAlphanumericEdited(const ir::Module& module, const ir::Field& field) -> bool;
// The bytes an alphanumeric-edited item holds after a move of SPACES (the contents cobc gives
// one without VALUE, and INITIALIZE's default): spaces with its 0 and / inserted.
auto EditedSpaces(const EmitContext& context, const ir::Field& field) -> std::optional<std::string>;
// MOVE into a numeric-edited or alphanumeric-edited item, and de-editing (conversions 'edit',
// 'de-edit', 'alphanumeric-edit', and figurative constants into edited items).
auto EditedMoveCall(EmitContext& context, const MoveSource& source, const DataOperand& target,
                    ir::MoveConversion conversion) -> std::optional<std::string>;

// A numeric literal as cobc's literal field: a DISPLAY item of its digits as written, with a
// leading separate sign ("cobrt::Zoned<4, 1, cobrt::ZonedSign::kLeadingSeparate>" holding
// "-1000" for -100.0), as libcob reads it when cobc leaves the move to run time.
struct LiteralField {
  std::string format;
  std::string bytes;  // a const uint8_t* expression
};
auto NumericLiteralField(const ir::Module& module, ir::ExpressionId id)
    -> std::optional<LiteralField>;

// --- CORRESPONDING (emit_corresponding.cpp) ---------------------------------------------------

// `address` + `offset` as a uint8_t* expression, a constant last term folded in
// ("rec_ + 9" + 2 is "rec_ + 11").
auto AddressPlus(const std::string& address, uint64_t offset) -> std::string;

// One pair of items with the same name under the two groups of a CORRESPONDING phrase.
struct CorrespondingPair {
  DataOperand source;
  DataOperand target;
};
// The pairs cobc finds (emit_corresponding in its typeck.c): direct subordinates with the same
// name, FILLER never, an item with REDEFINES or OCCURS (and what it contains) never, two groups
// searched again below them; `elementary` (ADD, SUBTRACT) keeps only pairs of two elementary
// items. Pairs come in the order of the source's subordinates, or of the target's when
// `target_order` (cobc's ADD and SUBTRACT walk the receiving group).
auto CorrespondingPairs(const EmitContext& context, const DataOperand& source,
                        const DataOperand& target, bool elementary, bool target_order)
    -> std::vector<CorrespondingPair>;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_MOVE_H_
