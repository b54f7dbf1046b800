// Creates diagnostics from a kind and its arguments and hands them to a consumer.
#ifndef REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_EMITTER_H_
#define REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_EMITTER_H_

#include <mutex>
#include <vector>

#include <fmt/format.h>

#include "base/diagnostics/diagnostic.h"
#include "base/source_loc.h"

namespace remint {

class SourceManager;

// Receives diagnostics as they are emitted.
class DiagnosticConsumer {
 public:
  virtual ~DiagnosticConsumer() = default;
  virtual void Consume(Diagnostic diagnostic) = 0;
};

// Keeps every diagnostic; safe to share between threads.
class DiagnosticCollector : public DiagnosticConsumer {
 public:
  void Consume(Diagnostic diagnostic) override;
  // Returns the diagnostics sorted with DiagnosticLess and clears the collector.
  auto TakeSorted() -> std::vector<Diagnostic>;
  auto error_count() const -> size_t;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> diagnostics_;
  size_t error_count_ = 0;
};

// Formats the kind's message with `args` (positional fmt arguments).
auto FormatDiagnosticMessage(DiagnosticKind kind, fmt::format_args args) -> std::string;

class DiagnosticEmitter {
 public:
  // `sources` may be null when only path-level diagnostics are emitted.
  DiagnosticEmitter(const SourceManager* sources, DiagnosticConsumer& consumer)
      : sources_(sources), consumer_(&consumer) {}

  // A diagnostic at a location in a source file; include chains become notes.
  template <typename... Args>
  void Emit(DiagnosticKind kind, SourceLoc loc, const Args&... args) {
    EmitResolved(kind, Resolve(loc), IncludeNotes(loc),
                 FormatDiagnosticMessage(kind, fmt::make_format_args(args...)));
  }

  // A diagnostic about a path as a whole (scan, driver).
  template <typename... Args>
  void EmitForPath(DiagnosticKind kind, std::string path, const Args&... args) {
    EmitResolved(kind, DiagnosticLocation{std::move(path), 0, 0, {}}, {},
                 FormatDiagnosticMessage(kind, fmt::make_format_args(args...)));
  }

 private:
  auto Resolve(SourceLoc loc) const -> DiagnosticLocation;
  auto IncludeNotes(SourceLoc loc) const -> std::vector<DiagnosticNote>;
  void EmitResolved(DiagnosticKind kind, DiagnosticLocation location,
                    std::vector<DiagnosticNote> notes, std::string message);

  const SourceManager* sources_;
  DiagnosticConsumer* consumer_;
};

}  // namespace remint

#endif  // REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_EMITTER_H_
