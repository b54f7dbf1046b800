// Writes an emitted project: the program sources, a CMakeLists.txt that builds one executable
// per main program (named as cobc -x names it: the PROGRAM-ID), a .clang-format, and a copy of
// the runtime. The project is built in a temporary directory beside OUT and renamed into place
// only when complete, so OUT is either the previous emission or the new one, never a mix.
#ifndef REMINT_EMITTERS_CPP_PROJECT_WRITER_H_
#define REMINT_EMITTERS_CPP_PROJECT_WRITER_H_

#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "emitters/cpp/emit_module.h"

namespace remint::emit_cpp {

struct ProjectOptions {
  std::string output_directory;
  // Run this clang-format binary over the program sources ("" skips it; the text is already
  // laid out readably).
  std::string clang_format;
  // More files to write (the equivalence tests: tests/...), paths relative to the project.
  std::vector<EmittedFile> extra_files;
  // Update OUT file by file, replacing only files whose bytes changed and removing files no
  // longer emitted, so that a build of OUT recompiles only what changed. Each file is replaced
  // atomically; the project as a whole is not (remint migrate re-emits after an interruption).
  bool update_in_place = false;
};

struct ProjectWriteReport {
  int written = 0;    // files new or changed
  int unchanged = 0;  // files left as they were (update_in_place)
  int removed = 0;    // files no longer emitted (update_in_place)
};

// The name of the marker file that says a directory is an emitted project remint may replace.
inline constexpr const char* kProjectMarker = ".remint-emit";

auto WriteProject(const EmittedSources& sources, const ProjectOptions& options,
                  DiagnosticEmitter& diagnostics, ProjectWriteReport* report = nullptr) -> bool;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_PROJECT_WRITER_H_
