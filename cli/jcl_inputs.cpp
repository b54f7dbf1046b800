#include "cli/jcl_inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

// &SYSUID is the submitting user on z/OS; remint submits as this user unless told otherwise,
// so that an expansion reads the same on every machine.
constexpr const char* kDefaultUser = "REMINT";

auto SplitAssignment(const std::string& text, std::string& name, std::string& value) -> bool {
  size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) return false;
  name = text.substr(0, equals);
  value = text.substr(equals + 1);
  return true;
}

}  // namespace

void AddJclLibraryOptions(CLI::App& command, JclLibraryArguments& arguments) {
  command.add_option("-P,--proclib", arguments.procedure_libraries,
                     "Procedure library directory, searched after the job's JCLLIB ORDER "
                     "libraries (repeatable, in order)");
  command.add_option("--library", arguments.libraries,
                     "NAME=DIR: the folder holding library NAME (a JCLLIB ORDER= dataset)");
  command.add_option("--library-root", arguments.library_roots,
                     "A folder whose subfolders are libraries named like datasets (default: "
                     "the folder above the member's)");
  command.add_option("--set", arguments.symbols,
                     "NAME=VALUE: a system symbol (default SYSUID=REMINT)");
}

auto MakeLibraryOptions(const JclLibraryArguments& arguments, const std::string& member)
    -> std::optional<jcl::LibraryOptions> {
  jcl::LibraryOptions libraries;
  libraries.procedure_libraries = arguments.procedure_libraries;
  libraries.library_roots = arguments.library_roots;
  if (libraries.library_roots.empty()) {
    // A dump keeps libraries as sibling folders: BANK.PROD.JCL/ beside BANK.PROD.PROCLIB/.
    fs::path parent = fs::path(member).parent_path().parent_path();
    libraries.library_roots.push_back(parent.empty() ? "." : parent.string());
  }
  libraries.symbols["SYSUID"] = kDefaultUser;
  for (const std::string& library : arguments.libraries) {
    std::string name;
    std::string directory;
    if (!SplitAssignment(library, name, directory)) {
      std::cerr << "remint: --library takes NAME=DIR, not '" << library << "'\n";
      return std::nullopt;
    }
    libraries.libraries[name] = directory;
  }
  for (const std::string& symbol : arguments.symbols) {
    std::string name;
    std::string value;
    if (!SplitAssignment(symbol, name, value)) {
      std::cerr << "remint: --set takes NAME=VALUE, not '" << symbol << "'\n";
      return std::nullopt;
    }
    libraries.symbols[name] = value;
  }
  return libraries;
}

// JCL by its extension, or by its first non-blank card starting with // or /*.
auto LooksLikeJcl(const std::string& path, const SourceFile& file) -> bool {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".jcl" || extension == ".proc" || extension == ".prc") return true;
  if (extension == ".cbl" || extension == ".cob" || extension == ".cobol" || extension == ".sub") {
    return false;
  }
  for (uint32_t line = 1; line <= file.text.line_count(); ++line) {
    std::string_view text = file.text.line(line);
    if (text.find_first_not_of(' ') == std::string_view::npos) continue;
    return text.starts_with("//") || text.starts_with("/*");
  }
  return false;
}

auto LowerJclMember(const std::string& member, const jcl::LibraryOptions& libraries,
                    SourceManager& sources, ir::Module& module, DiagnosticEmitter& emitter)
    -> std::optional<std::vector<ir::JobId>> {
  ErrorOr<FileId> file = sources.Load(member, member);
  if (!file) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, member, member);
    return std::nullopt;
  }
  std::vector<jcl::ExpandedJob> jobs = jcl::ExpandMember(sources, *file, libraries, emitter);
  ir::Builder builder(module, &sources);
  return jcl::LowerJobs(jobs, builder, emitter);
}

}  // namespace remint::cli
