#include "analyzers/rules/rules_json.h"

#include <string>
#include <vector>

namespace remint::analysis {
namespace {

auto ReadText(const nlohmann::json& json, const char* key, std::string& out) -> bool {
  auto found = json.find(key);
  if (found == json.end() || !found->is_string()) return false;
  out = found->get<std::string>();
  return true;
}

auto ReadLine(const nlohmann::json& json, const char* key, uint32_t& out) -> bool {
  auto found = json.find(key);
  if (found == json.end() || !found->is_number_unsigned()) return false;
  uint64_t value = found->get<uint64_t>();
  if (value > UINT32_MAX) return false;
  out = static_cast<uint32_t>(value);
  return true;
}

auto ReadList(const nlohmann::json& json, const char* key, std::vector<std::string>& out) -> bool {
  auto found = json.find(key);
  if (found == json.end() || !found->is_array()) return false;
  out.clear();
  for (const nlohmann::json& item : *found) {
    if (!item.is_string()) return false;
    out.push_back(item.get<std::string>());
  }
  return true;
}

}  // namespace

auto RuleToJson(const Rule& rule) -> nlohmann::ordered_json {
  return {{"id", rule.id},
          {"program", rule.program},
          {"procedure", rule.procedure},
          {"kind", rule.kind},
          {"condition", rule.condition},
          {"file", rule.file},
          {"line", rule.line},
          {"end_line", rule.end_line},
          {"decision_line", rule.decision_line},
          {"reads", rule.reads},
          {"writes", rule.writes},
          {"performs", rule.performs},
          {"actions", rule.actions}};
}

auto RuleFromJson(const nlohmann::json& json) -> std::optional<Rule> {
  if (!json.is_object()) return std::nullopt;
  Rule rule;
  bool complete =
      ReadText(json, "id", rule.id) && ReadText(json, "program", rule.program) &&
      ReadText(json, "procedure", rule.procedure) && ReadText(json, "kind", rule.kind) &&
      ReadText(json, "condition", rule.condition) && ReadText(json, "file", rule.file) &&
      ReadLine(json, "line", rule.line) && ReadLine(json, "end_line", rule.end_line) &&
      ReadLine(json, "decision_line", rule.decision_line) && ReadList(json, "reads", rule.reads) &&
      ReadList(json, "writes", rule.writes) && ReadList(json, "performs", rule.performs) &&
      ReadList(json, "actions", rule.actions);
  if (!complete) return std::nullopt;
  return rule;
}

}  // namespace remint::analysis
