// IEBGENER with SYSIN DD DUMMY: copies SYSUT1 to SYSUT2. SYSOUT output gets one line per record
// (in-stream cards without their trailing blanks, as a printer shows them).
#include "jobrun/utilities/utility_support.h"

namespace remint::jobrun {

auto RunIebgener(const StepRun& step, DiagnosticEmitter& emitter) -> StepOutcome {
  const Allocation* input = step.Find("SYSUT1");
  const Allocation* output = step.Find("SYSUT2");
  for (const auto& [dd, allocation] : {std::pair{"SYSUT1", input}, std::pair{"SYSUT2", output}}) {
    if (allocation == nullptr) {
      emitter.Emit(DiagnosticKind::kRunMissingDd, step.loc, step.name, "IEBGENER", dd);
      WriteMessages(step, "SYSPRINT",
                    {"DATA SET UTILITY - GENERATE",
                     std::string("IEB316I DDNAME ") + dd + " CANNOT BE OPENED"});
      return StepOutcome{12, ""};
    }
  }
  std::string data;
  if (output->kind == Allocation::Kind::kSysout && input->kind == Allocation::Kind::kInStream) {
    for (const std::string& card : input->cards) {
      size_t end = card.find_last_not_of(' ');
      data += card.substr(0, end == std::string::npos ? 0 : end + 1) + "\n";
    }
  } else {
    data = ReadWhole(input->path);
  }
  if (!WriteWhole(output->path, data, output->kind == Allocation::Kind::kSysout)) {
    emitter.Emit(DiagnosticKind::kRunDatasetIo, output->loc, step.name, output->dsn, "SYSUT2",
                 "cannot be written");
    return StepOutcome{12, ""};
  }
  WriteMessages(step, "SYSPRINT", {"DATA SET UTILITY - GENERATE", "PROCESSING ENDED AT EOD"});
  return StepOutcome{};
}

}  // namespace remint::jobrun
