// What the IR tells case synthesis and its coverage table about a program beyond its records:
// the decisions no input can steer (only the environment decides them), and the programs it
// CALLs by name.
#ifndef REMINT_MIGRATE_PROGRAM_FACTS_H_
#define REMINT_MIGRATE_PROGRAM_FACTS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/module.h"

namespace remint::migrate {

// Labels, as the coverage build names decisions ("IF DAILYPST:299"), of the IFs whose condition
// reads nothing but the FILE STATUS of files the program only opens OUTPUT or EXTEND (or a
// level-88 of it) and SORT-RETURN: whether an OPEN OUTPUT, a WRITE or a SORT fails depends on
// the disk, not on any input a case gives. Sorted.
auto EnvironmentDecisions(const ir::Module& module) -> std::vector<std::string>;

// The names of the fields a class condition tests (x IS [NOT] NUMERIC...), sorted: the program
// guards them against data that is not what their picture says, so a search may put such data
// there.
auto ClassTestedFields(const ir::Module& module) -> std::vector<std::string>;

// The upper-case names of the programs the module CALLs with a literal, sorted, each once.
auto CalledPrograms(const ir::Module& module) -> std::vector<std::string>;

// A MOVE that fills an argument of a CALL, or part of one: the field moved, and where its
// value lands in what the called program receives.
struct ArgumentMove {
  std::string source;     // the field MOVEd
  std::string callee;     // upper case
  uint32_t argument = 0;  // its place in CALL ... USING, from 0
  uint64_t offset = 0;    // where the MOVE's target starts in the argument
  uint64_t size = 0;
  friend auto operator<=>(const ArgumentMove&, const ArgumentMove&) = default;
};

// Every MOVE into an argument of a CALL with a literal target, sorted, each once: what the
// called program decides on comes from the fields moved, so a search changes them as it changes
// the fields the program compares itself.
auto ArgumentMoves(const ir::Module& module) -> std::vector<ArgumentMove>;

// Bytes of a PROCEDURE DIVISION USING parameter that the program class-tests (x IS NUMERIC),
// where they stand or after a MOVE into the field it tests.
struct ParameterPart {
  uint32_t argument = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
  friend auto operator<=>(const ParameterPart&, const ParameterPart&) = default;
};
auto ClassTestedParameters(const ir::Module& module) -> std::vector<ParameterPart>;

// The sources of `moves` whose bytes land where `called` (by upper-case program name) tests
// its parameters' class, sorted, each once: a caller may give them data that is no number,
// since the called program guards against it.
auto ClassTestedThroughCalls(const std::vector<ArgumentMove>& moves,
                             const std::map<std::string, std::vector<ParameterPart>>& called)
    -> std::vector<std::string>;

// Line forms for the project database ("source\tcallee\targument\toffset\tsize"; the part
// without the first two), and back (nullopt when malformed).
auto FormatArgumentMove(const ArgumentMove& move) -> std::string;
auto ParseArgumentMove(std::string_view line) -> std::optional<ArgumentMove>;
auto FormatParameterPart(const ParameterPart& part) -> std::string;
auto ParseParameterPart(std::string_view line) -> std::optional<ParameterPart>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_PROGRAM_FACTS_H_
