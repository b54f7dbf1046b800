#include "runtime/files/assign.h"

#include <cstdlib>

namespace cobrt {
namespace {

// The value of DD_name, dd_name or name, the first set; `source_name` becomes the variable's
// name, which libcob's messages show.
auto LookUpMapping(const std::string& name, const EnvironmentLookup& environment,
                   std::string& source_name) -> std::optional<std::string> {
  source_name = name;
  for (const std::string& variable : {"DD_" + name, "dd_" + name, name}) {
    std::optional<std::string> value = environment(variable);
    if (value && !value->empty()) {
      source_name = variable;
      return value;
    }
  }
  return std::nullopt;
}

auto IsMappable(std::string_view name) -> bool {
  return !name.empty() && name[0] != '.' && name[0] != '-' && !(name[0] >= '0' && name[0] <= '9');
}

auto WithFilePath(const std::string& path, const EnvironmentLookup& environment) -> std::string {
  if (!path.empty() && path[0] == '/') return path;
  std::optional<std::string> file_path = environment("COB_FILE_PATH");
  if (!file_path || file_path->empty()) return path;
  return *file_path + "/" + path;
}

}  // namespace

auto ProcessEnvironment() -> EnvironmentLookup {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

auto ResolvedFileName::Describe() const -> std::string {
  if (source_name.empty() || source_name == path) return "('" + path + "')";
  return "('" + source_name + "' => " + path + ")";
}

auto ResolveAssignName(std::string_view assign_name, const EnvironmentLookup& environment)
    -> ResolvedFileName {
  while (!assign_name.empty() && assign_name.back() == ' ') assign_name.remove_suffix(1);
  ResolvedFileName resolved;
  const std::size_t slash = assign_name.find('/');
  if (slash == std::string_view::npos) {
    resolved.source_name = assign_name;
    if (!IsMappable(assign_name)) {
      resolved.path = WithFilePath(std::string(assign_name), environment);
      return resolved;
    }
    std::string variable(assign_name);
    for (char& character : variable) {
      if (character == '.') character = '_';
    }
    // COB_FILE_PATH goes in front of a mapped value too (checked with cobc: o_txt=sub/p.txt and
    // COB_FILE_PATH=sub2 open sub2/sub/p.txt).
    std::optional<std::string> mapped = LookUpMapping(variable, environment, resolved.source_name);
    resolved.path = WithFilePath(mapped ? *mapped : std::string(assign_name), environment);
    return resolved;
  }
  std::string first_element(assign_name.substr(0, slash));
  const std::string rest(assign_name.substr(slash));
  if (!first_element.empty() && first_element[0] == '$') {
    const std::string variable = first_element.substr(1);
    resolved.source_name = variable;
    if (std::optional<std::string> value = environment(variable)) first_element = *value;
  } else if (IsMappable(first_element)) {
    std::optional<std::string> mapped =
        LookUpMapping(first_element, environment, resolved.source_name);
    if (mapped) first_element = *mapped;
  }
  resolved.path = WithFilePath(first_element + rest, environment);
  return resolved;
}

}  // namespace cobrt
