// Reads the listing CA 7 prints for `LJOB,JOB=...,LIST=ALL` into a job-flow graph.
//
// The listing, as the bankdemo estate has it (corpus/bankdemo/schedule/README.md):
//   ** annotation lines (not CA 7 output); "** JCL ID 010 IS THE LIBRARY BANK.PROD.JCL." maps a
//      numeric JCL ID to its library
//   1LJOB,JOB=BANKD*,LIST=ALL                                   command echo
//    JOB=BANKD*  LIST=ALL      DATE=24.060    PAGE 0001         page header ('1' on later pages)
//      JOB    ----JCL----   SYSTEM  USR ...                     two heading lines
//      NAME    ID  MEMBER   -NAME-  -ID- ...
//    BANKD01  010 BANKD01  DEPOSIT   000 ALL  *NONE* 000411 ... the data line, fixed columns
//           ------- JOB INFORMATION -------                     sections, each under a dashed
//           ------- SCHEDULES -------                           title; entry lines are indented
//           ------- REQUIREMENTS -------
//           ------- TRIGGERED BY JOBS/DATASETS/NETWORKS -------   (only when not empty)
//           ------- TRIGGERED JOBS -------                        (only when not empty)
// Column 1 is ASA carriage control; one job per page.
//
// Read: from the data line the job name (columns 2-9), JCL ID (11-13), member (15-22), system
// name (24-31) and SCHED DSNBR (50-55, "*NONE*" = no date/time schedule of its own); from JOB
// INFORMATION the flag "COMP TRIGGERS OTHER JOBS", a symbolic "JCLLIB=" and the test "CONSIDER
// ABNORMAL END IF COND-CODE nnnn IS .. HIGHEST CC (RO=LT|LE)" (the highest OK code); from
// SCHEDULES the "ID=" lines' SUBTM (earliest submit time), "WEEKLY DAYS=/MON/.../" and "NO
// DATE/TIME SCHEDULE - TRIGGERED BY JOB X"; JOB= requirements; and the JOB= entries of both
// trigger sections. An edge P -> S comes from S's JOB=P requirement and/or a trigger of S by P.
// Cross-checks, each reported when the views contradict: P's TRIGGERED JOBS against S's TRIGGERED
// BY ("ca7-trigger-mismatch"), the trigger flag against the TRIGGERED JOBS section, the "NO
// DATE/TIME SCHEDULE - TRIGGERED BY" line against the triggers, and SCHED DSNBR against the
// SCHEDULES section ("ca7-schedule-mismatch"). A job with no schedule of its own runs on the days
// of the jobs that trigger it (it takes their schedule ID), so it inherits their week days.
//
// Checked but otherwise ignored: DSN= requirements and data set triggers (no edges: README), the
// other Y/N flags and "." lines, CALENDAR (SCAL is taken to be a plain week calendar), DOTM,
// LEADTM, QTM, SCHID/TRGID of entries, and the data line after column 55 (counts, last run).
// Unsupported, reported: DAILY/MONTHLY/ANNUAL/SYMETRIC schedules, RO other than LT/LE. A job
// without the abnormal-end line keeps the model default (highest OK code 4).
//
// Problems: "ca7-bad-line" (a line not of the form its place asks for; a page whose column
// heading or data line is bad is dropped), "ca7-truncated" (a page without its data line or one
// of JOB INFORMATION / SCHEDULES / REQUIREMENTS, an empty section), "ca7-page-sequence",
// "ca7-unknown-section", "ca7-unsupported", "ca7-unsupported-schedule", "ca7-trigger-mismatch",
// "ca7-schedule-mismatch", "duplicate-job", "unknown-predecessor" (a JOB= requirement or
// TRIGGERED BY entry naming a job not listed), "unknown-successor".
#ifndef REMINT_FRONTENDS_SCHEDULE_CA7_READER_H_
#define REMINT_FRONTENDS_SCHEDULE_CA7_READER_H_

#include <string_view>

#include "frontends/schedule/job_flow.h"

namespace remint::schedule {

auto ReadCa7Listing(std::string_view text, std::string_view file_name) -> ScheduleReadResult;

}  // namespace remint::schedule

#endif  // REMINT_FRONTENDS_SCHEDULE_CA7_READER_H_
