// One COBOL program through the front end and the C++ emitter, for `remint migrate`: its IR
// verified, its C++ sources, the copybooks it copied (what decides whether it must be done
// again) and the shape of every file it ASSIGNs (how its datasets divide into records, and the
// record layout that names a differing field in an equivalence test).
#ifndef REMINT_MIGRATE_PROGRAM_BUILD_H_
#define REMINT_MIGRATE_PROGRAM_BUILD_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_module.h"
#include "emitters/gtest/emit_tests.h"
#include "frontends/cobol/lower/lower.h"
#include "migrate/program_facts.h"

namespace remint::migrate {

struct ProgramBuildOptions {
  std::vector<std::string> copy_directories;
  std::string dialect = "ibm";
};

struct ProgramBuild {
  std::string name;  // the member's name, upper case: how cases name the program
  std::string source_path;
  std::vector<std::string> copybooks;  // the files COPY brought in, sorted
  bool ok = false;                     // false: `diagnostics` says why
  std::vector<Diagnostic> diagnostics;
  emit_cpp::EmittedSources emitted;
  bool is_main = false;  // an executable (not only a CALLed program)
  // By ASSIGN (DD) name: the files of the program, sort files excepted.
  std::map<std::string, emit_gtest::DatasetShape> datasets;
  // The same program emitted with decision counters (case synthesis measures coverage on it).
  emit_cpp::EmittedSources counted;
  // By field name: the values the program's decisions compare the field with (literals, its
  // level-88 values and THRU bounds, one unit either side of each), as decimal text for
  // numbers and as the bytes for text; "*" holds every numeric literal of the program.
  std::map<std::string, std::vector<std::string>> domains;
  // By DD: every elementary field of the record layout in every REDEFINES view, so that case
  // synthesis never leaves a numeric field of another view holding bytes that are no number.
  std::map<std::string, std::vector<emit_gtest::FieldLayout>> every_view;
  // Decisions only the environment steers (migrate/program_facts.h), and the programs CALLed.
  std::vector<std::string> environment_decisions;
  std::vector<std::string> called;
  std::vector<std::string> class_tested;  // migrate/program_facts.h
  std::vector<ArgumentMove> argument_moves;
  std::vector<ParameterPart> class_tested_parameters;
};

auto BuildProgram(const std::string& source_path, const ProgramBuildOptions& options)
    -> ProgramBuild;

// The member name of a source path as cases name it: the file name without extension, upper
// case.
// The emitter's options for what the reference does under a dialect (cobc -std=ibm or
// -std=cobol85): binary truncation, DISPLAY of numbers, the F sign nibble, ASSIGN names.
auto EmitOptionsFor(cobol::CobolDialect dialect) -> emit_cpp::EmitOptions;

auto ProgramNameOf(const std::string& source_path) -> std::string;

// A program's result as bytes (for the project database) and back. Only what later stages use
// is kept: the emitted sources and dataset shapes.
auto SerializeBuild(const ProgramBuild& build) -> std::string;
auto DeserializeBuild(std::string_view bytes, ProgramBuild& build) -> bool;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_PROGRAM_BUILD_H_
