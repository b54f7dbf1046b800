// What `remint report` and `remint serve` read into the report model: COBOL members (files or
// folders) or a project (remint.toml: its sources, copybooks, dialect and JCL libraries), each
// member parsed, lowered, analysed and emitted to C++ in memory, on several threads; and, when
// the project's work folder holds a database from `remint migrate`, its recorded cases, decision
// coverage and verification results.
#ifndef REMINT_CLI_REPORT_INPUTS_H_
#define REMINT_CLI_REPORT_INPUTS_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/parse_command.h"
#include "emitters/report/report_model.h"

namespace remint::cli {

struct ReportInputs {
  std::vector<std::string> paths;  // COBOL or JCL members, or folders of them
  std::string project;             // remint.toml or its folder
  std::string work;                // migrate's work folder (default: .remint beside the project)
  std::string schedule;            // a Control-M DEFTABLE export or a CA 7 LJOB listing
  CobolInputOptions input;
  int jobs = 0;  // threads; 0: one per core
};

// Null after printing why to stderr (a project file that cannot be read, no inputs).
auto BuildReportModel(const ReportInputs& inputs) -> std::optional<report::ReportModel>;

// What a report read, as sizes and modification times: its members and copybook folders, the
// project file, the schedule, and the work folder's database and junit.xml. The same text while
// none of them changed (what `remint serve` watches to render again).
auto InputStamp(const ReportInputs& inputs) -> std::string;

}  // namespace remint::cli

#endif  // REMINT_CLI_REPORT_INPUTS_H_
