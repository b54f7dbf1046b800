// remint.toml: what `remint migrate` and `remint verify` work on. The project's COBOL sources
// and copybook libraries, the reference's dialect, and the cases to record (inputs by DD name,
// from files or from another case's output, as a job stream passes a dataset from step to
// step). docs/migrate.md describes every key.
#ifndef REMINT_MIGRATE_PROJECT_CONFIG_H_
#define REMINT_MIGRATE_PROJECT_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error_or.h"

namespace remint::migrate {

// Where an input dataset of a case comes from.
struct CaseInput {
  std::string path;  // a file (absolute after loading), or empty when `from_case` is set
  // Another case's output: the program, the case and its output DD.
  std::string from_program;
  std::string from_case;
  std::string from_dd;
};

struct CaseConfig {
  std::string program;  // the member name, upper case
  std::string name;
  std::map<std::string, CaseInput> inputs;  // by DD name
  // Output DDs; empty means every file the program ASSIGNs that is not an input.
  std::vector<std::string> outputs;
  std::optional<std::string> parm;
  std::optional<std::string> stdin_path;
  std::string clock;
  double timeout_seconds = 60;
  std::string origin;  // file:line of its [[case]], for messages
};

// A reviewer's finding that one outcome of a decision cannot happen, with why ([[unreachable]]):
// the coverage table leaves it out of the reachable outcomes while no run reaches it, and
// `migrate` warns (RM9004) when one does.
struct UnreachableOutcome {
  std::string decision;  // as the coverage table names it: "IF GLSUMM:299"
  bool outcome = false;
  std::string reason;
  std::string origin;  // file:line of its [[unreachable]]
};

// [run]: the rest of the estate `remint run` builds and runs job streams from.
struct RunConfig {
  std::vector<std::string> fortran_sources;  // FORTRAN members: files or folders (absolute)
  std::vector<std::string> job_libraries;    // folders of JCL members (absolute)
  std::string catalog_seed;                  // the catalog's starting entries (jobrun/catalog.h)
};

struct ProjectConfig {
  std::string config_path;  // the remint.toml read
  std::string root;         // its directory: relative paths count from here
  std::string name;
  std::string dialect = "ibm";                   // cobc -std and the IR's dialect
  std::vector<std::string> sources;              // COBOL members: files or folders (absolute)
  std::vector<std::string> copybooks;            // copybook folders, searched in order (absolute)
  std::vector<std::string> cobc_flags;           // more flags for the reference build
  std::string clock = "2024/02/29 23:59:00.00";  // the cases' default COB_CURRENT_DATE
  double timeout_seconds = 60;
  std::vector<CaseConfig> cases;  // in file order
  std::vector<UnreachableOutcome> unreachable;
  RunConfig run;
};

// Reads `path` (and the case files it lists under cases = [...]). Errors are located:
// "remint.toml:12:9: 'lrecl' must be an integer".
auto LoadProjectConfig(const std::string& path) -> ErrorOr<ProjectConfig>;

// The members the source entries stand for: a file itself, a folder its regular files (members
// of a PDS dump have no extension), in name order.
auto ListMembers(const std::vector<std::string>& entries) -> std::vector<std::string>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_PROJECT_CONFIG_H_
