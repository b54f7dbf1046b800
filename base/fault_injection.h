// Test-only fault injection, for failures a test cannot provoke honestly (tests run as root, so
// file permissions cannot make a member unreadable). Set REMINT_FAULT_INJECTION to a
// ';'-separated list of "point" or "point:subject" entries, e.g.
//   REMINT_FAULT_INJECTION='read:BANK.PROD.COBOL/POSTTRAN;store-write'
// Points: read, decode, list-directory, copybook-read (subject: the display path), store-write,
// cobol-parse (an internal parser failure), migrate-kill (subject "record:PROGRAM/case": remint
// migrate kills itself with SIGKILL after storing that case and before remembering it), run-kill
// (subject "commit-moved" or "commit-indexed": remint run kills itself at that point of a catalog
// commit, jobrun/catalog.cpp).
// Unset in normal runs: one getenv per check.
#ifndef REMINT_BASE_FAULT_INJECTION_H_
#define REMINT_BASE_FAULT_INJECTION_H_

#include <string_view>

namespace remint {

// Whether `point` is to fail for `subject` (an entry without a subject matches every subject).
auto FaultInjected(std::string_view point, std::string_view subject = {}) -> bool;

}  // namespace remint

#endif  // REMINT_BASE_FAULT_INJECTION_H_
