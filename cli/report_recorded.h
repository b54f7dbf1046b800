// What `remint migrate` left in a project's work folder, added to the report model: each
// program's recorded cases (the project database), which decision outcomes they reach (its
// coverage table) and whether the emitted build replays them identically (junit.xml). A report
// writes nothing there (opening a database of an older remint migrates it forward, as every
// command does).
#ifndef REMINT_CLI_REPORT_RECORDED_H_
#define REMINT_CLI_REPORT_RECORDED_H_

#include <string>

#include "emitters/report/report_model.h"

namespace remint::cli {

void AddRecordedResults(const std::string& work_dir, report::ReportModel& model);

}  // namespace remint::cli

#endif  // REMINT_CLI_REPORT_RECORDED_H_
