#include "fuzz/jcl_front_end_target.h"

#include <algorithm>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/lower/lower_jobs.h"
#include "ir/builder.h"
#include "ir/verifier.h"

namespace remint::fuzz {

auto RunJclFrontEnd(std::string_view bytes, const std::vector<std::string>& library_roots)
    -> FrontEndOutcome {
  FrontEndOutcome outcome;
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ErrorOr<FileId> file = sources.AddBuffer("FUZZJOB", std::string(bytes));
  if (!file.ok()) return outcome;  // undecodable bytes are refused with an error, not read
  jcl::LibraryOptions libraries;
  libraries.library_roots = library_roots;
  libraries.symbols["SYSUID"] = "FUZZ";
  std::vector<jcl::ExpandedJob> jobs = jcl::ExpandMember(sources, *file, libraries, emitter);
  ir::Module module;
  ir::Builder builder(module, &sources);
  jcl::LowerJobs(jobs, builder, emitter);
  uint32_t lines = static_cast<uint32_t>(sources.file(*file).text.line_count());
  for (const Diagnostic& diagnostic : collector.TakeSorted()) {
    ++outcome.diagnostics;
    if (diagnostic.severity == Severity::kError) ++outcome.errors;
    // Every diagnostic of the member itself names one of its lines (or the member as a whole).
    if (diagnostic.location.path == "FUZZJOB" && diagnostic.location.line > std::max(lines, 1u)) {
      outcome.misplaced += std::string(diagnostic.code()) + " line " +
                           std::to_string(diagnostic.location.line) + " of " +
                           std::to_string(lines) + ": " + diagnostic.message + "\n";
    }
  }
  for (const jcl::ExpandedJob& job : jobs) outcome.statements += job.statements.size();

  DiagnosticCollector verifier;
  DiagnosticEmitter verifier_emitter(&sources, verifier);
  ir::Verify(module, verifier_emitter);
  outcome.verifier_errors = FormatVerifierErrors(verifier.TakeSorted());
  return outcome;
}

}  // namespace remint::fuzz
