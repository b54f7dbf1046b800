// Reads a Control-M job definition export in the XML DEFTABLE form into a job-flow graph.
//
// The form: root <DEFTABLE> holding <FOLDER> / <SMART_FOLDER> elements holding <JOB> elements.
// Each JOB is one empty-content element whose attributes define it and whose children are its
// conditions and actions:
//   <JOB JOBNAME="J" MEMNAME="M" MEMLIB="LIB" TIMEFROM="2100" WEEKDAYS="1,2,3,4,5" ...>
//     <INCOND  NAME="P-ENDED-OK" ODATE="ODAT" AND_OR="A"/>   J waits for this condition
//     <OUTCOND NAME="J-ENDED-OK" ODATE="ODAT" SIGN="+"/>     J adds it when it ends OK
//     <OUTCOND NAME="P-ENDED-OK" ODATE="ODAT" SIGN="-"/>     J deletes it (cleanup)
//     <ON STMT="*" CODE="NOTOK"><DOSHOUT .../></ON>           notification only
//   </JOB>
//
// Read: JOBNAME (required), MEMNAME (required unless TASKTYPE="Dummy"), MEMLIB, APPLICATION,
// SUB_APPLICATION (the system), DESCRIPTION, TIMEFROM (HHMM or HH:MM, the earliest start),
// WEEKDAYS (a list of day numbers 0..6 with Sunday = 0, or ALL), DAYS (only "ALL" with
// DAYS_AND_OR="O", meaning every day), the month flags JAN..DEC (must be "1" when present), and
// INCOND / OUTCOND NAME, SIGN and AND_OR. An edge P -> S exists for every INCOND of S whose name
// some job P adds with SIGN="+"; an INCOND nobody adds is an "unknown-predecessor" problem.
// "Ended OK" is the z/OS installation default MAXCCOK = 4: the export carries no per-job value.
//
// Ignored: every other attribute (ODATE, TASKTYPE apart from Dummy, RUN_AS, CYCLIC, ...),
// OUTCOND SIGN="-" (cleanup), ON blocks with DOSHOUT / DOMAIL, and the RULE_BASED_CALENDARS,
// VARIABLE, SHOUT, QUANTITATIVE and CONTROL children of a job. Reported as "unsupported-*" because
// the graph could not say what they mean: OR-ed INCONDs, calendars, day-of-month schedules, months
// switched off, folder-level conditions, and DOCOND / DOFORCEJOB (flow changed by an ON block).
// Any other element is "unknown-element".
//
// The XML is read by a small strict tokenizer of our own: elements, attributes in " or ' quotes,
// the five predefined entities and numeric character references, comments and the <?xml?>
// declaration. CDATA sections, DOCTYPE and processing instructions are rejected
// ("xml-unsupported"), character data other than white space too ("unexpected-text": no element
// of the form has any). The first XML problem ends the read ("xml-syntax", "xml-bad-entity",
// "xml-unbalanced"); columns count bytes.
//
// Problems after a well-formed parse: "unknown-element", "misplaced-element",
// "missing-attribute", "bad-attribute-value", "unsupported-element", "unsupported-schedule",
// "unsupported-condition", "duplicate-job", "unknown-predecessor", "no-jobs".
#ifndef REMINT_FRONTENDS_SCHEDULE_CONTROLM_READER_H_
#define REMINT_FRONTENDS_SCHEDULE_CONTROLM_READER_H_

#include <string_view>

#include "frontends/schedule/job_flow.h"

namespace remint::schedule {

auto ReadControlMDeftable(std::string_view text, std::string_view file_name) -> ScheduleReadResult;

}  // namespace remint::schedule

#endif  // REMINT_FRONTENDS_SCHEDULE_CONTROLM_READER_H_
