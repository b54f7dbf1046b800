// What the emulated utilities share: the step's DDs as records and message lines. Private to
// jobrun/.
#ifndef REMINT_JOBRUN_UTILITIES_UTILITY_SUPPORT_H_
#define REMINT_JOBRUN_UTILITIES_UTILITY_SUPPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "jobrun/step_context.h"

namespace remint::jobrun {

// Appends message lines to a SYSOUT DD (SYSPRINT, SYSOUT); nothing when the step has no such DD
// or it is not SYSOUT.
void WriteMessages(const StepRun& step, std::string_view dd, const std::vector<std::string>& lines);
// The bytes of a dataset; empty when it cannot be read (an empty dataset reads the same).
auto ReadWhole(const std::string& path) -> std::string;
// A dataset's records: fixed-length records of its LRECL, or (no LRECL, or not a multiple of
// it) lines without their line ends.
auto ReadRecords(const Allocation& allocation) -> std::vector<std::string>;
auto WriteWhole(const std::string& path, std::string_view bytes, bool append = false) -> bool;

auto RunIebgener(const StepRun& step, DiagnosticEmitter& emitter) -> StepOutcome;
auto RunIdcams(Catalog& catalog, const StepRun& step, DiagnosticEmitter& emitter) -> StepOutcome;
auto RunSort(const StepRun& step, DiagnosticEmitter& emitter) -> StepOutcome;

}  // namespace remint::jobrun

#endif  // REMINT_JOBRUN_UTILITIES_UTILITY_SUPPORT_H_
