// What `remint jcl expand`, `remint run` and `remint ir` share for JCL: the library options
// (procedure libraries, JCLLIB library folders, symbols) from the command line, and a member
// read, expanded and lowered into a module.
#ifndef REMINT_CLI_JCL_INPUTS_H_
#define REMINT_CLI_JCL_INPUTS_H_

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "ir/module.h"

namespace remint::cli {

struct JclLibraryArguments {
  std::vector<std::string> procedure_libraries;
  std::vector<std::string> libraries;  // NAME=DIR
  std::vector<std::string> library_roots;
  std::vector<std::string> symbols;  // NAME=VALUE
};

void AddJclLibraryOptions(CLI::App& command, JclLibraryArguments& arguments);

// The options for expanding `member`; null after printing a usage error to stderr.
auto MakeLibraryOptions(const JclLibraryArguments& arguments, const std::string& member)
    -> std::optional<jcl::LibraryOptions>;

// JCL by its extension (.jcl, .proc, .prc), or by its first non-blank card starting with // or
// /* when the extension is not a COBOL one.
auto LooksLikeJcl(const std::string& path, const SourceFile& file) -> bool;

// Reads, expands and lowers `member` into `module` (which may already hold other members' jobs).
// Returns the jobs added; null when the member cannot be read (reported).
auto LowerJclMember(const std::string& member, const jcl::LibraryOptions& libraries,
                    SourceManager& sources, ir::Module& module, DiagnosticEmitter& emitter)
    -> std::optional<std::vector<ir::JobId>>;

}  // namespace remint::cli

#endif  // REMINT_CLI_JCL_INPUTS_H_
