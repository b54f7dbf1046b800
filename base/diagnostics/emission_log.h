// An append-only record of the diagnostic kinds a process emitted, for the test suite's coverage
// check (tests/golden/diagnostics_coverage_test.cpp): when REMINT_DIAGNOSTICS_LOG names a
// directory, every emitted diagnostic's code is appended to a file of this process there. Unset,
// it costs one getenv per process.
#ifndef REMINT_BASE_DIAGNOSTICS_EMISSION_LOG_H_
#define REMINT_BASE_DIAGNOSTICS_EMISSION_LOG_H_

#include "base/diagnostics/diagnostic_kind.h"

namespace remint {

inline constexpr const char* kDiagnosticsLogVariable = "REMINT_DIAGNOSTICS_LOG";

void RecordDiagnosticEmission(DiagnosticKind kind);

}  // namespace remint

#endif  // REMINT_BASE_DIAGNOSTICS_EMISSION_LOG_H_
