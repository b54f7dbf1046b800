// DFSORT emulation for remint's local JCL job runner (`remint run`).
//
// RunSortUtility() stands in for EXEC PGM=SORT (ICEMAN, DFSORT) in one job step: it reads the
// SYSIN control statements, applies them to the SORTIN records (or to the SORTINnn inputs of a
// MERGE) and returns the SORTOUT records with the SYSOUT lines DFSORT would print. The caller
// allocates the data sets, reads and writes the records and turns the return code into the step's
// condition code; this module only does the sorting, in memory, and depends on nothing but the
// C++ standard library. It throws nothing, keeps no global state and never reads outside a record:
// any control statement it cannot accept, and any record too short for a field it needs, ends the
// step with return code 16 and DFSORT's message, as DFSORT would.
//
// Emulated:
//   * Control statements in columns 2-71: comment cards (`*` in column 1), labels (column 1 not
//     blank), remarks after the operands, continuation onto the next card after a trailing comma.
//   * SORT and MERGE with FIELDS=(p,l,f,o,...), FIELDS=(p,l,o,...),FORMAT=f or FIELDS=COPY;
//     OPTION COPY; EQUALS/NOEQUALS (the sort is always stable: ties keep input order, and a MERGE
//     takes equal records from the lower-numbered input first); SKIPREC=n and STOPAFT=n for SORT
//     and copy; END. SIZE/FILSZ/FILES/DYNALLOC and the listing options are accepted and ignored,
//     and so are the RECORD and DEBUG statements.
//   * INCLUDE and OMIT with COND=(...) comparing a field with a constant (C'..', X'..', a signed
//     decimal number) or with another field, EQ NE GT GE LT LE, AND/&, OR/|, parentheses,
//     FORMAT=f, and COND=ALL / COND=NONE.
//   * SUM FIELDS=(p,l,f,...) for ZD, PD, BI and FI (FORMAT=f too) and SUM FIELDS=NONE; the first
//     record of each group of equal keys is kept. Where a sum does not fit its field the two
//     records are left unsummed (DFSORT's default) and ICE152I is printed.
//   * INREC and OUTREC with FIELDS= or BUILD= made of p,l fields, C'..' and X'..' constants
//     (optionally repeated, nC'..'), nX blanks, nZ binary zeros and c: column positions.
//   * DFSORT's order: INCLUDE/OMIT, INREC, SORT/MERGE/copy, SUM, OUTREC.
//   * Formats CH (unsigned bytes), BI (unsigned binary), FI (signed big-endian binary), PD (packed
//     decimal: sign nibble D or B negative, anything else positive) and ZD as remint's runtime
//     stores it: ASCII digits as GnuCOBOL writes them, the sign overpunched on the last byte, 0x70
//     to 0x79 ('p' to 'y') negative and '0' to '9' positive; the value of every byte is its low
//     nibble. Summed ZD results are written the same way.
//   * Messages ICE143I, ICE000I (every card listed, comments included), ICE054I, ICE055I (records
//     deleted by INCLUDE/OMIT and SUM), ICE152I and ICE052I; on errors ICE005A, ICE006A, ICE007A,
//     ICE010A, ICE012A, ICE018A, ICE027A, ICE111A, ICE113A and ICE114A, printed under the card in
//     error with DFSORT's `$` marker below the column where the problem was found.
//
// Not emulated: OUTFIL, JOINKEYS/JOIN/REFORMAT, MODS and user exits, ALTSEQ, IFTHEN/OVERLAY and
// the conversions and editing of INREC/OUTREC (p,l,f,TO=, EDIT=, ...), formats other than the five
// above (AQ, CSF, FS, FL, Y2x, ...), substring and bit comparisons, date constants,
// variable-length records and their RDW, EBCDIC data, unpredictable NOEQUALS ordering, and the
// storage, work data set and timing messages of a real run. What DFSORT knows but this emulation
// does not support is an error (RC 16), never silently skipped: an unsupported statement is
// reported as ICE005A, an unsupported operand as ICE006A, an unsupported format as ICE018A and an
// unsupported INREC/OUTREC item as ICE111A.
#ifndef REMINT_JOBRUN_UTILITIES_DFSORT_H_
#define REMINT_JOBRUN_UTILITIES_DFSORT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace remint::jobrun {

struct SortRequest {
  std::string step_name;                   // for the ICE000I message
  std::vector<std::string> control_cards;  // SYSIN card images, 80 columns or shorter, no newline
  std::vector<std::string> records;  // SORTIN records (concatenation already flattened), in order
  // MERGE: the SORTINnn inputs, each already in order (used when the control statements say
  // MERGE; when it is empty a MERGE reads `records` as its only input, and a copy or SORT reads
  // these inputs one after the other when `records` is empty).
  std::vector<std::vector<std::string>> merge_inputs;
  // SORTOUT LRECL when known (fixed-length output); 0 = unknown. Without INREC or OUTREC the
  // records sorted are the records written, so fields ending past it are rejected (ICE027A)
  // before any record is read.
  uint32_t output_lrecl = 0;
};

struct SortResult {
  int return_code = 0;                // 0 ok, 16 on a control-statement error (as DFSORT)
  std::vector<std::string> records;   // SORTOUT; empty when return_code is 16
  std::vector<std::string> messages;  // SYSOUT lines, no newline
};

// Runs one DFSORT step; see the comment at the top of this file for what is emulated.
auto RunSortUtility(const SortRequest& request) -> SortResult;

}  // namespace remint::jobrun

#endif  // REMINT_JOBRUN_UTILITIES_DFSORT_H_
