// Builds many emitted projects at once: each program is emitted by `remint emit` into its own
// folder, and one CMake project compiles them all against a single build of the runtime (the
// emitted runtime copies are identical), so a suite pays for the runtime once and ccache keeps
// reruns cheap. Records, per program, why it could not be emitted or built.
#ifndef REMINT_TESTS_SUPPORT_EMITTED_BUILD_H_
#define REMINT_TESTS_SUPPORT_EMITTED_BUILD_H_

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace remint::testing {

struct EmittedProgram {
  std::string name;                    // the executable's name
  std::vector<std::string> arguments;  // `remint emit` arguments, without -o
};

class EmittedBuild {
 public:
  // Emits and builds every program under `root` (created fresh); `compile_flags` are the C++
  // flags of the programs (e.g. "-O1").
  EmittedBuild(const std::filesystem::path& root, const std::vector<EmittedProgram>& programs,
               const std::string& compile_flags);

  auto executable(const std::string& name) const -> std::filesystem::path;
  // Empty when the program was emitted and built; otherwise what went wrong.
  auto problem(const std::string& name) const -> std::string;
  auto emitted(const std::string& name) const -> bool { return !not_emitted_.contains(name); }

 private:
  std::filesystem::path build_;
  std::map<std::string, std::string> not_emitted_;
  std::map<std::string, std::string> not_built_;
};

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_EMITTED_BUILD_H_
