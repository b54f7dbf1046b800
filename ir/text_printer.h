// The text form of a module (`remint ir --dump`): one node per line with its id, kind,
// attributes and `@file:line:col`, children indented below. Absent attributes are omitted:
// false flags, zero numbers, invalid ids, empty strings and lists, enumerators spelled "none" or
// "default" (the JSON form has every field). Deterministic: ids in creation order, no
// pointers, no timestamps.
#ifndef REMINT_IR_TEXT_PRINTER_H_
#define REMINT_IR_TEXT_PRINTER_H_

#include <string>

#include "ir/module.h"

namespace remint::ir {

auto PrintModule(const Module& module) -> std::string;

// One statement (with its nested statements and expressions), or one expression tree; for
// diagnostics and tests.
auto PrintStatement(const Module& module, StatementId statement) -> std::string;
auto PrintExpression(const Module& module, ExpressionId expression) -> std::string;

// `@path:line:col`, followed by ` via path:line:col` for each include in the location's chain.
auto FormatLocation(const Module& module, SourceLoc loc) -> std::string;

}  // namespace remint::ir

#endif  // REMINT_IR_TEXT_PRINTER_H_
