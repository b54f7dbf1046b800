#include "frontends/jcl/expand/dd_override.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace remint::jcl {
namespace {

// DSNAME and DSN are one parameter. A view: compared for every parameter a merge looks at.
auto CanonicalKeyword(std::string_view keyword) -> std::string_view {
  return keyword == "DSNAME" ? "DSN" : keyword;
}

void RemoveKeyword(std::vector<Parameter>& parameters, std::string_view keyword) {
  std::erase_if(parameters, [&](const Parameter& parameter) {
    return !parameter.keyword.empty() && CanonicalKeyword(parameter.keyword) == keyword;
  });
}

auto FindKeyword(std::vector<Parameter>& parameters, std::string_view keyword) -> Parameter* {
  for (Parameter& parameter : parameters) {
    if (!parameter.keyword.empty() && CanonicalKeyword(parameter.keyword) == keyword) {
      return &parameter;
    }
  }
  return nullptr;
}

auto UpperText(const Value* value) -> std::string {
  if (value == nullptr || value->kind != Value::Kind::kText) return "";
  std::string text = value->text;
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

// Subparameter-wise merge of a list keyword such as DCB=(RECFM=FB,LRECL=80).
auto MergeList(const Value& original, const Value& override) -> Value {
  if (original.kind != Value::Kind::kList || override.kind != Value::Kind::kList) return override;
  Value merged = original;
  for (const Parameter& item : override.items) {
    if (item.keyword.empty()) continue;
    RemoveKeyword(merged.items, item.keyword);
    if (!item.value.is_omitted()) merged.items.push_back(item);
  }
  // A positional subparameter of the override (DCB's model dataset) replaces the original's.
  const Value* positional = override.Positional(0);
  if (positional != nullptr && !positional->is_omitted()) {
    std::erase_if(merged.items, [](const Parameter& item) { return item.keyword.empty(); });
    merged.items.insert(merged.items.begin(), Parameter{"", *positional, positional->offset});
  }
  return merged;
}

}  // namespace

auto MergeOverride(const Operands& original, const Operands& override) -> Operands {
  Operands merged = original;
  MergeOverrideInto(merged, override);
  return merged;
}

void MergeOverrideInto(Operands& operands, const Operands& override) {
  std::vector<Parameter>& parameters = operands.parameters;
  const Value* new_positional = override.Positional(0);
  std::string positional = UpperText(new_positional);
  bool sysout = override.Keyword("SYSOUT") != nullptr;
  const Value* dsn =
      override.Keyword("DSN") != nullptr ? override.Keyword("DSN") : override.Keyword("DSNAME");
  bool real_dataset = dsn != nullptr && !dsn->is_omitted() && UpperText(dsn) != "NULLFILE";
  bool in_stream = positional == "*" || positional == "DATA";
  if (sysout || in_stream) {
    for (const char* keyword : {"DSN", "DISP", "UNIT", "VOL", "VOLUME", "SPACE", "LABEL"}) {
      RemoveKeyword(parameters, keyword);
    }
  }
  if (real_dataset || in_stream) RemoveKeyword(parameters, "SYSOUT");
  bool replace_positional =
      (new_positional != nullptr && !new_positional->is_omitted()) || real_dataset || sysout;
  if (replace_positional) {
    std::erase_if(parameters, [](const Parameter& parameter) { return parameter.keyword.empty(); });
    if (new_positional != nullptr && !new_positional->is_omitted()) {
      parameters.insert(parameters.begin(), Parameter{"", *new_positional, new_positional->offset});
    }
  }
  for (const Parameter& parameter : override.parameters) {
    if (parameter.keyword.empty()) continue;
    std::string_view keyword = CanonicalKeyword(parameter.keyword);
    if (parameter.value.is_omitted()) {
      RemoveKeyword(parameters, keyword);
      continue;
    }
    if (Parameter* existing = FindKeyword(parameters, keyword)) {
      existing->value =
          keyword == "DCB" ? MergeList(existing->value, parameter.value) : parameter.value;
      continue;
    }
    parameters.push_back(parameter);
  }
}

auto FormatOperands(const Operands& operands) -> std::string {
  std::string text;
  text.reserve(64);  // Most operand fields fit: one allocation.
  for (size_t i = 0; i < operands.parameters.size(); ++i) {
    if (i > 0) text += ',';
    AppendParameter(operands.parameters[i], text);
  }
  return text;
}

}  // namespace remint::jcl
