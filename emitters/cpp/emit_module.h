// The C++ emitter proper: a verified module and its plan in, the program sources of an emitted
// project out (project_writer.h adds the build files and the runtime). Every construct the
// emitter does not translate yet is reported (RM6101) and nothing is returned, so no
// half-translated program is ever written.
#ifndef REMINT_EMITTERS_CPP_EMIT_MODULE_H_
#define REMINT_EMITTERS_CPP_EMIT_MODULE_H_

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "emitters/cpp/plan.h"
#include "ir/module.h"

namespace remint::emit_cpp {

struct EmittedFile {
  std::string path;  // relative to the project root, '/'-separated
  std::string text;
};

struct EmittedProgram {
  std::string program_id;   // the COBOL PROGRAM-ID: the executable's name, as cobc -x names it
  std::string source_path;  // the file holding its main()
};

struct EmittedSources {
  std::vector<EmittedFile> files;
  std::vector<EmittedProgram> executables;
  // Sources of called programs only (no main()): linked into every executable, where they
  // register themselves for CALL.
  std::vector<std::string> subprogram_sources;
};

struct EmitOptions;

auto EmitModule(const ir::Module& module, const ModulePlan& plan, const EmitOptions& options,
                DiagnosticEmitter& diagnostics) -> std::optional<EmittedSources>;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_MODULE_H_
