// A rule as JSON: what `remint rules --json` prints and what the project database keeps, one
// object per rule with every field of analysis::Rule.
#ifndef REMINT_ANALYZERS_RULES_RULES_JSON_H_
#define REMINT_ANALYZERS_RULES_RULES_JSON_H_

#include <nlohmann/json.hpp>
#include <optional>

#include "analyzers/rules/rules.h"

namespace remint::analysis {

auto RuleToJson(const Rule& rule) -> nlohmann::ordered_json;

// The rule `json` holds; nullopt when it is not an object of that shape (a field missing or of
// another type).
auto RuleFromJson(const nlohmann::json& json) -> std::optional<Rule>;

}  // namespace remint::analysis

#endif  // REMINT_ANALYZERS_RULES_RULES_JSON_H_
