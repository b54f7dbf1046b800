// The storage layout's input (storage_layout.h) for one program unit, from its parsed statements
// and symbols: every variable in COMMON or named in EQUIVALENCE with its element size, element
// count and type class; the COMMON lists and EQUIVALENCE sets in source order, each item with the
// byte offset of the element or substring it names.
#ifndef REMINT_FRONTENDS_FORTRAN_SEMA_UNIT_STORAGE_H_
#define REMINT_FRONTENDS_FORTRAN_SEMA_UNIT_STORAGE_H_

#include "frontends/fortran/parse/ast.h"
#include "frontends/fortran/parse/program_units.h"
#include "frontends/fortran/sema/storage_layout.h"
#include "frontends/fortran/sema/symbols.h"

namespace remint::fortran {

auto BuildUnitStorage(const ParsedFile& file, const ProgramUnit& unit, const UnitSymbols& symbols)
    -> ProgramUnitStorage;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_SEMA_UNIT_STORAGE_H_
