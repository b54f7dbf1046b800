// A JCL statement as read from card images: its fields, its operand text joined across
// continuation cards (with where each piece came from), and the in-stream data it owns.
#ifndef REMINT_FRONTENDS_JCL_PARSE_STATEMENT_H_
#define REMINT_FRONTENDS_JCL_PARSE_STATEMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_loc.h"

namespace remint::jcl {

enum class StatementKind {
  kJcl,        // `//name operation operands`: JOB, EXEC, DD, PROC, SET, IF, ...
  kNull,       // `//` alone: ends a job.
  kDelimiter,  // `/*` ending in-stream data that had no statement to end it.
  kJes2,       // `/*JOBPARM`, `/*ROUTE`, `/*XEQ`, `/*$command` ...: kept, not interpreted.
  kJes3,       // `//*MAIN`, `//*FORMAT`, `//*PROCESS` ...: kept, not interpreted.
  kCommand,    // `// START ...`, `// F ...`: an operator command in the input stream.
};

// The operations expansion and lowering act on; kOther for every other operation (and for
// statements that are not kJcl).
enum class Operation : uint8_t {
  kOther,
  kJob,
  kExec,
  kDd,
  kOutput,
  kProc,
  kPend,
  kSet,
  kInclude,
  kJcllib,
  kIf,
  kElse,
  kEndif,
};

// The Operation an upper-case operation name stands for.
auto OperationOf(std::string_view operation) -> Operation;

// A run of operand characters copied from one card: operands[offset, offset+length) came from
// consecutive columns starting at `start`; or, when `fixed`, all of them come from `start` (a
// substituted symbol's value, which is located at its `&`: one segment, not one per character).
struct OperandSegment {
  uint32_t offset = 0;
  uint32_t length = 0;
  SourceLoc start;
  bool fixed = false;
};

struct Statement {
  StatementKind kind = StatementKind::kJcl;
  SourceLoc loc;           // Column 1 of the first card.
  uint32_t last_line = 0;  // The statement's last card (continuations, in-stream data).
  std::string name;        // Name field as written (may be `procstep.ddname`); empty when blank.
  std::string operation;   // Upper case as written: JOB, EXEC, DD, ... (JES: the verb).
  Operation op = Operation::kOther;  // `operation` classified (kJcl statements).
  std::string operands;              // The operand field of every card, joined (IF: up to THEN).
  std::vector<OperandSegment> segments;
  // In-stream data following DD * / DD DATA (or an implied SYSIN), one entry per card, without
  // line ends; `data_loc` is the first data card.
  bool has_data = false;
  std::vector<std::string> data;
  SourceLoc data_loc;
  std::string delimiter;  // What ended the data: "/*", "//", the DLM= value, or "" at end.

  // The original location of operand character `offset` (the end of the text maps to the last
  // character's card).
  auto OperandLoc(uint32_t offset) const -> SourceLoc;
};

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_STATEMENT_H_
