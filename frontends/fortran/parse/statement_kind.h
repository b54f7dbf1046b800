// The kinds of Fortran statements the classifier tells apart: FORTRAN 77 (ISO 1539:1980) in full
// and the Fortran 90 statements a FORTRAN 77 program grows into first.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_STATEMENT_KIND_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_STATEMENT_KIND_H_

#include <string_view>

namespace remint::fortran {

// X(Name, "display name")
#define REMINT_FORTRAN_STATEMENT_KINDS(X)           \
  X(Unknown, "unknown")                             \
  X(Assignment, "assignment or statement function") \
  X(LogicalIf, "logical IF")                        \
  X(ArithmeticIf, "arithmetic IF")                  \
  X(IfThen, "IF THEN")                              \
  X(ElseIf, "ELSE IF")                              \
  X(Else, "ELSE")                                   \
  X(EndIf, "END IF")                                \
  X(Do, "DO")                                       \
  X(DoWhile, "DO WHILE")                            \
  X(EndDo, "END DO")                                \
  X(Continue, "CONTINUE")                           \
  X(Goto, "GO TO")                                  \
  X(ComputedGoto, "computed GO TO")                 \
  X(AssignedGoto, "assigned GO TO")                 \
  X(Assign, "ASSIGN")                               \
  X(Call, "CALL")                                   \
  X(Return, "RETURN")                               \
  X(Stop, "STOP")                                   \
  X(Pause, "PAUSE")                                 \
  X(End, "END")                                     \
  X(Program, "PROGRAM")                             \
  X(Subroutine, "SUBROUTINE")                       \
  X(Function, "FUNCTION")                           \
  X(BlockData, "BLOCK DATA")                        \
  X(Entry, "ENTRY")                                 \
  X(TypeDeclaration, "type declaration")            \
  X(Implicit, "IMPLICIT")                           \
  X(ImplicitNone, "IMPLICIT NONE")                  \
  X(Parameter, "PARAMETER")                         \
  X(Dimension, "DIMENSION")                         \
  X(Common, "COMMON")                               \
  X(Equivalence, "EQUIVALENCE")                     \
  X(Data, "DATA")                                   \
  X(Save, "SAVE")                                   \
  X(External, "EXTERNAL")                           \
  X(Intrinsic, "INTRINSIC")                         \
  X(Format, "FORMAT")                               \
  X(Read, "READ")                                   \
  X(Write, "WRITE")                                 \
  X(Print, "PRINT")                                 \
  X(Open, "OPEN")                                   \
  X(Close, "CLOSE")                                 \
  X(Inquire, "INQUIRE")                             \
  X(Rewind, "REWIND")                               \
  X(Backspace, "BACKSPACE")                         \
  X(Endfile, "ENDFILE")                             \
  X(Include, "INCLUDE")                             \
  X(Module, "MODULE")                               \
  X(Use, "USE")                                     \
  X(Contains, "CONTAINS")                           \
  X(SelectCase, "SELECT CASE")                      \
  X(Case, "CASE")                                   \
  X(EndSelect, "END SELECT")                        \
  X(Allocate, "ALLOCATE")                           \
  X(Deallocate, "DEALLOCATE")                       \
  X(TypeDefinition, "TYPE definition")              \
  X(EndType, "END TYPE")

enum class StatementKind {
#define REMINT_FORTRAN_KIND_ENUM(Name, Display) k##Name,
  REMINT_FORTRAN_STATEMENT_KINDS(REMINT_FORTRAN_KIND_ENUM)
#undef REMINT_FORTRAN_KIND_ENUM
};

// The number of kinds, for tables indexed by kind.
inline constexpr size_t kStatementKindCount = static_cast<size_t>(StatementKind::kEndType) + 1;

// "DO WHILE", "assignment or statement function", ...
auto StatementKindName(StatementKind kind) -> std::string_view;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_STATEMENT_KIND_H_
