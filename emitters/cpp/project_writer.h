// Writes an emitted project: the program sources, a CMakeLists.txt that builds one executable
// per main program (named as cobc -x names it: the PROGRAM-ID), a .clang-format, and a copy of
// the runtime. The project is built in a temporary directory beside OUT and renamed into place
// only when complete, so OUT is either the previous emission or the new one, never a mix.
#ifndef REMINT_EMITTERS_CPP_PROJECT_WRITER_H_
#define REMINT_EMITTERS_CPP_PROJECT_WRITER_H_

#include <string>

#include "base/diagnostics/diagnostic_emitter.h"
#include "emitters/cpp/emit_module.h"

namespace remint::emit_cpp {

struct ProjectOptions {
  std::string output_directory;
  // Run this clang-format binary over the program sources ("" skips it; the text is already
  // laid out readably).
  std::string clang_format;
};

// The name of the marker file that says a directory is an emitted project remint may replace.
inline constexpr const char* kProjectMarker = ".remint-emit";

auto WriteProject(const EmittedSources& sources, const ProjectOptions& options,
                  DiagnosticEmitter& diagnostics) -> bool;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_PROJECT_WRITER_H_
