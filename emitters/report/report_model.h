// What the reviewers' rule map shows, gathered before any page is written: the estate's source
// members, its programs with their rules, control flow, diagnostics and emitted C++, the call
// graph and the job streams. The CLI fills it (cli/report_inputs.cpp) from the front ends and
// analyzers; the site writer (site.h) only formats it, so `remint report` and `remint serve`
// show the same pages.
#ifndef REMINT_EMITTERS_REPORT_REPORT_MODEL_H_
#define REMINT_EMITTERS_REPORT_REPORT_MODEL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analyzers/call_graph/call_graph.h"
#include "analyzers/control_flow/control_flow.h"
#include "analyzers/lineage/field_lineage.h"
#include "analyzers/rules/rules.h"

namespace remint::report {

// A member as read (COBOL program, copybook, JCL), shown line by line on its source page.
struct SourceMember {
  std::string path;      // display path, as rules and diagnostics name it
  std::string page_key;  // file name of its page under source/ (no extension)
  std::string language;  // COBOL, copybook, JCL
  std::string text;
};

struct ReportDiagnostic {
  std::string severity;  // error, warning, note
  std::string code;      // RMnnnn
  std::string message;
  std::string file;
  uint32_t line = 0;
};

// A data item a program's rules read or write, with the record it belongs to: the business
// concept reviewers group rules by.
struct ConceptField {
  std::string name;
  std::string record;
};

struct ProgramReport {
  std::string name;      // PROGRAM-ID
  std::string page_key;  // file name of its pages (unique in the estate)
  std::string member;    // display path of its source member
  std::string language = "COBOL";
  uint32_t lines = 0;  // of the member
  bool lowered = false;
  std::vector<ReportDiagnostic> diagnostics;
  std::vector<analysis::Rule> rules;
  std::optional<analysis::ControlFlowGraph> control_flow;
  std::vector<ConceptField> fields;  // the fields its rules touch, sorted by name
  // Where each of its fields is defined and used, and what flows into and out of it.
  std::optional<lineage::FieldLineage> field_lineage;
  // The emitted C++ of its member (empty: not emitted, `emit_status` says why).
  std::string cpp_path;
  std::string cpp_text;
  std::string cpp_tag;  // how the C++ names the member's lines: `// ... TAG:LINE`
  std::string emit_status;
  // What the project database knows of it (empty: nothing).
  std::string verify_status;
  // Decision outcomes recorded cases reached and missed, by decision label ("IF CUSTVAL:302").
  std::map<std::string, std::vector<std::string>> outcomes_reached;
  std::map<std::string, std::vector<std::string>> outcomes_missed;
  std::vector<std::string> cases;  // recorded cases of the program
};

struct JobStepReport {
  std::string name;     // STEP or STEP.PROCSTEP
  std::string program;  // PGM=
  std::string file;     // where the EXEC is (a PROC's member for a procedure step)
  uint32_t line = 0;
};

struct JobReport {
  std::string name;
  std::string member;
  std::vector<JobStepReport> steps;
};

// The batch schedule the jobs run under (Control-M or CA 7), when one was given.
struct ScheduleReport {
  std::string file;
  std::string format;                                      // control-m | ca7
  std::vector<std::pair<std::string, std::string>> edges;  // predecessor -> successor, sorted
  std::vector<std::string> problems;
};

// A BMS map as the terminal shows it, one per DFHMDI of the estate's map sets.
struct ScreenReport {
  std::string member;  // display path of the map set source
  std::string map_set;
  std::string map;
  uint32_t line = 0;  // of its DFHMDI
  uint32_t rows = 24;
  uint32_t columns = 80;
  size_t named_fields = 0;  // the fields the program reads and writes (symbolic map)
  std::string picture;      // bms::ScreenPicture
};

struct ReportModel {
  std::string title;                    // the project's name, or "estate"
  std::vector<SourceMember> members;    // sorted by path
  std::vector<ProgramReport> programs;  // sorted by name, then member
  analysis::CallGraph call_graph;
  std::vector<JobReport> jobs;  // in the order read
  std::optional<ScheduleReport> schedule;
  std::vector<ScreenReport> screens;  // sorted by member, then map set and map order
  // Every diagnostic of members that are not programs (JCL, unreadable files).
  std::vector<ReportDiagnostic> other_diagnostics;
};

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_REPORT_MODEL_H_
