#include "runtime/call/program_registry.h"

#include <map>
#include <string>

#include "runtime/io/termination.h"

namespace cobrt {
namespace {

// Function-local so that registrations from any translation unit's static initializers find
// it constructed.
auto Registry() -> std::map<std::string, ProgramEntryPoints, std::less<>>& {
  static std::map<std::string, ProgramEntryPoints, std::less<>> programs;
  return programs;
}

auto WithoutTrailingSpaces(std::string_view name) -> std::string_view {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return name;
}

}  // namespace

auto RegisterProgram(std::string_view name, ProgramEntryPoints entry) -> bool {
  Registry()[std::string(name)] = entry;
  return true;
}

auto FindProgram(std::string_view name) -> const ProgramEntryPoints* {
  auto& programs = Registry();
  auto it = programs.find(WithoutTrailingSpaces(name));
  return it == programs.end() ? nullptr : &it->second;
}

void CallProgram(std::string_view name, std::span<const CallArgument> arguments) {
  const ProgramEntryPoints* program = FindProgram(name);
  if (program == nullptr) {
    ProcessTermination().FatalError("module '" + std::string(WithoutTrailingSpaces(name)) +
                                    "' not found");
    return;
  }
  program->call(arguments);
}

void CancelProgram(std::string_view name) {
  if (const ProgramEntryPoints* program = FindProgram(name)) program->cancel();
}

auto ReturnCode() -> int& {
  static int return_code = 0;
  return return_code;
}

}  // namespace cobrt
