#include "fuzz/cobol_front_end_target.h"

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"
#include "ir/verifier.h"

namespace remint::fuzz {

auto RunCobolFrontEnd(std::string_view bytes) -> FrontEndOutcome {
  FrontEndOutcome outcome;
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ErrorOr<FileId> file = sources.AddBuffer("input.cbl", std::string(bytes));
  if (!file.ok()) return outcome;  // undecodable bytes are refused with an error, not parsed
  cobol::ExpandedSource expanded = cobol::Preprocess(sources, *file, {}, emitter);
  std::unique_ptr<cobol::ParsedProgram> program = cobol::ParseCobol(expanded, sources, emitter);
  ir::Module module = cobol::LowerCobol(*program, sources, emitter, {});
  for (const Diagnostic& diagnostic : collector.TakeSorted()) {
    ++outcome.diagnostics;
    if (diagnostic.severity == Severity::kError) ++outcome.errors;
  }
  outcome.statements = module.statements().size();

  DiagnosticCollector verifier;
  DiagnosticEmitter verifier_emitter(&sources, verifier);
  ir::Verify(module, verifier_emitter,
             ir::VerifyOptions{cobol::StorageSizeOptionsFor(cobol::CobolDialect::kDefault)});
  outcome.verifier_errors = FormatVerifierErrors(verifier.TakeSorted());
  return outcome;
}

}  // namespace remint::fuzz
