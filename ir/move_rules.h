// Data categories and the MOVE rules between them (ISO COBOL 14.9.24 MOVE, general rules, as
// cobc applies them). The builder records the conversion each MOVE target implies; the verifier
// derives it again and reports moves the standard forbids.
#ifndef REMINT_IR_MOVE_RULES_H_
#define REMINT_IR_MOVE_RULES_H_

#include <optional>
#include <string>

#include "ir/module.h"

namespace remint::ir {

auto CategoryOf(const Module& module, TypeId type) -> DataCategory;

// The bytes a figurative constant stands for in the native collating sequence, once ("0" for
// ZERO); nullopt for NULL, which has no bytes.
auto FigurativeBytes(FigurativeConstant constant) -> std::optional<std::string>;

// The conversion moving `source` into an item of type `target` performs; nullopt if that MOVE
// is not allowed (e.g. numeric to alphabetic, alphabetic to numeric).
auto ClassifyMove(const Module& module, ExpressionId source, TypeId target)
    -> std::optional<MoveConversion>;
// The same for a data item of type `source` (no literal or figurative constant): MOVE
// CORRESPONDING classifies the pairs it finds, which are not expressions of the module.
auto ClassifyItemMove(const Module& module, TypeId source, TypeId target)
    -> std::optional<MoveConversion>;

}  // namespace remint::ir

#endif  // REMINT_IR_MOVE_RULES_H_
