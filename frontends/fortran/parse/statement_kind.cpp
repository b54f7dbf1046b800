#include "frontends/fortran/parse/statement_kind.h"

#include <array>

namespace remint::fortran {

auto StatementKindName(StatementKind kind) -> std::string_view {
  static constexpr std::array<std::string_view, kStatementKindCount> kNames = {
#define REMINT_FORTRAN_KIND_NAME(Name, Display) Display,
      REMINT_FORTRAN_STATEMENT_KINDS(REMINT_FORTRAN_KIND_NAME)
#undef REMINT_FORTRAN_KIND_NAME
  };
  return kNames[static_cast<size_t>(kind)];
}

}  // namespace remint::fortran
