// SORT (ICEMAN, DFSORT) as a job step: the datasets of SORTIN (or SORTIN01..99 for a MERGE),
// SYSIN's control statements and SORTOUT around RunSortUtility (dfsort.h); messages to SYSOUT.
#include <fmt/format.h>

#include "jobrun/utilities/dfsort.h"
#include "jobrun/utilities/utility_support.h"

namespace remint::jobrun {

auto RunSort(const StepRun& step, DiagnosticEmitter& emitter) -> StepOutcome {
  const Allocation* sysin = step.Find("SYSIN");
  const Allocation* output = step.Find("SORTOUT");
  if (output == nullptr) output = step.Find("SORTOF01");
  for (const auto& [dd, allocation] : {std::pair{"SYSIN", sysin}, std::pair{"SORTOUT", output}}) {
    if (allocation == nullptr) {
      emitter.Emit(DiagnosticKind::kRunMissingDd, step.loc, step.name, "SORT", dd);
      WriteMessages(step, "SYSOUT",
                    {fmt::format("ICE046A 0 SORT CAPABILITY NOT USED - {} "
                                 "DD STATEMENT MISSING",
                                 dd)});
      return StepOutcome{16, ""};
    }
  }
  SortRequest request;
  request.step_name = step.name;
  request.control_cards = ReadRecords(*sysin);
  request.output_lrecl = output->attributes.lrecl;
  if (const Allocation* input = step.Find("SORTIN")) request.records = ReadRecords(*input);
  for (int number = 1; number <= 99; ++number) {
    if (const Allocation* input = step.Find(fmt::format("SORTIN{:02}", number))) {
      request.merge_inputs.push_back(ReadRecords(*input));
    }
  }
  SortResult result = RunSortUtility(request);
  WriteMessages(step, "SYSOUT", result.messages);
  if (result.return_code >= 16) {
    std::string last = result.messages.empty() ? "" : result.messages.back();
    for (const std::string& message : result.messages) {
      if (message.size() > 7 && message[7] == 'A') last = message;  // the ICExxxA error message
    }
    emitter.Emit(DiagnosticKind::kRunUtilityControlError, step.loc, step.name, "SORT", last);
    return StepOutcome{result.return_code, ""};
  }
  std::string data;
  for (const std::string& record : result.records) data += record;
  if (!WriteWhole(output->path, data, output->kind == Allocation::Kind::kSysout)) {
    emitter.Emit(DiagnosticKind::kRunDatasetIo, output->loc, step.name, output->dsn, output->dd,
                 "cannot be written");
    return StepOutcome{16, ""};
  }
  return StepOutcome{result.return_code, ""};
}

}  // namespace remint::jobrun
