// A parsed file cut into its program units, with each unit's labels and block structure: which
// statement closes each IF block, DO loop (labelled loops by their terminal statement, shared
// terminals included) and SELECT CASE. Labels and blocks are checked here, as gfortran checks
// them: a label defined twice or used but not defined, a DO whose terminal statement does not
// follow it or crosses another block, a closing statement with nothing to close, a block left
// open at END, a format label that names no FORMAT statement, a unit with no END.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_PROGRAM_UNITS_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_PROGRAM_UNITS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/fortran/parse/ast.h"

namespace remint::fortran {

enum class UnitKind : uint8_t {
  kMainProgram,
  kSubroutine,
  kFunction,
  kBlockData,
  kModule,
};

auto UnitKindName(UnitKind kind) -> std::string_view;

inline constexpr uint32_t kNoStatement = UINT32_MAX;

struct ProgramUnit {
  UnitKind kind = UnitKind::kMainProgram;
  // Upper case; a main program without a PROGRAM statement is named MAIN__ as gfortran names it.
  std::string name;
  SourceLoc loc;
  // Statement indexes into ParsedFile::statements: the header (kNoStatement for a main program
  // without PROGRAM), and the unit's statements [first, end), END included when present.
  uint32_t header = kNoStatement;
  uint32_t first = 0;
  uint32_t end = 0;
  // Each label of the unit and the statement it labels.
  std::map<uint32_t, uint32_t> labels;
  // Each block opener (IF THEN, DO, DO WHILE, SELECT CASE) and the statement that closes it:
  // END IF, END DO, END SELECT, or a labelled DO's terminal statement.
  std::map<uint32_t, uint32_t> block_ends;
};

// Cuts `file` into program units and checks their labels and blocks.
auto BuildProgramUnits(const ParsedFile& file, DiagnosticEmitter& emitter)
    -> std::vector<ProgramUnit>;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_PROGRAM_UNITS_H_
