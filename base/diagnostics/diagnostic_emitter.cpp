#include "base/diagnostics/diagnostic_emitter.h"

#include <algorithm>
#include <tuple>

#include "base/diagnostics/emission_log.h"
#include "base/source_manager.h"

namespace remint {

auto DiagnosticLess(const Diagnostic& a, const Diagnostic& b) -> bool {
  return std::forward_as_tuple(a.location.path, a.location.line, a.location.column, a.kind,
                               a.message) < std::forward_as_tuple(b.location.path, b.location.line,
                                                                  b.location.column, b.kind,
                                                                  b.message);
}

void DiagnosticCollector::Consume(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  if (diagnostic.severity == Severity::kError) ++error_count_;
  diagnostics_.push_back(std::move(diagnostic));
}

auto DiagnosticCollector::TakeSorted() -> std::vector<Diagnostic> {
  std::lock_guard lock(mutex_);
  std::vector<Diagnostic> taken = std::move(diagnostics_);
  diagnostics_.clear();
  std::stable_sort(taken.begin(), taken.end(), DiagnosticLess);
  return taken;
}

auto DiagnosticCollector::error_count() const -> size_t {
  std::lock_guard lock(mutex_);
  return error_count_;
}

auto FormatDiagnosticMessage(DiagnosticKind kind, fmt::format_args args) -> std::string {
  return fmt::vformat(GetDiagnosticKindInfo(kind).format, args);
}

auto DiagnosticEmitter::Resolve(SourceLoc loc) const -> DiagnosticLocation {
  if (sources_ == nullptr || !loc.is_valid()) return {};
  const SourceFile& file = sources_->file(loc.file);
  DiagnosticLocation location{file.path, loc.line, loc.column, {}};
  if (loc.line > 0) location.source_line = std::string(file.text.line(loc.line));
  return location;
}

auto DiagnosticEmitter::IncludeNotes(SourceLoc loc) const -> std::vector<DiagnosticNote> {
  std::vector<DiagnosticNote> notes;
  if (sources_ == nullptr) return notes;
  // Walk outwards: the innermost include first, as compilers print "in file included from".
  for (IncludeId include = loc.include; include.is_valid();) {
    const IncludeRecord& record = sources_->include(include);
    const SourceFile& included = sources_->file(record.file);
    notes.push_back({Resolve(record.directive), fmt::format("in '{}', copied here", included.path)});
    include = record.directive.include;
  }
  return notes;
}

void DiagnosticEmitter::EmitResolved(DiagnosticKind kind, DiagnosticLocation location,
                                     std::vector<DiagnosticNote> notes, std::string message) {
  const DiagnosticKindInfo& info = GetDiagnosticKindInfo(kind);
  RecordDiagnosticEmission(kind);
  consumer_->Consume(
      Diagnostic{kind, info.severity, std::move(message), std::move(location), std::move(notes)});
}

}  // namespace remint
