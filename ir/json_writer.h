// The versioned JSON form of a module: {"ir_version": 1, "sources", "types", one array per
// entity arena, "expressions", "statements"}. Every node appears once, in id order, with every
// field of the spec (absent ids are null); nodes refer to each other by index. Enumerations are
// written as their spellings.
#ifndef REMINT_IR_JSON_WRITER_H_
#define REMINT_IR_JSON_WRITER_H_

#include <nlohmann/json.hpp>

#include "ir/module.h"

namespace remint::ir {

// Ordered so that keys stay in spec order: the form is meant to be read and diffed.
auto ModuleToJson(const Module& module) -> nlohmann::ordered_json;

}  // namespace remint::ir

#endif  // REMINT_IR_JSON_WRITER_H_
