// What the IR tells case synthesis and its coverage table about a program beyond its records:
// the decisions no input can steer (only the environment decides them), and the programs it
// CALLs by name.
#ifndef REMINT_MIGRATE_PROGRAM_FACTS_H_
#define REMINT_MIGRATE_PROGRAM_FACTS_H_

#include <string>
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

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_PROGRAM_FACTS_H_
