// Lexical dependency extraction: what a member names outside itself (copybooks, called
// programs, PROCs, datasets), found without parsing.
#ifndef REMINT_FRONTENDS_INVENTORY_DEPENDENCIES_H_
#define REMINT_FRONTENDS_INVENTORY_DEPENDENCIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.h"
#include "frontends/inventory/member_kind.h"

namespace remint::inventory {

enum class DependencyKind {
  kCopy,         // COBOL COPY name [OF|IN library]
  kSqlInclude,   // EXEC SQL INCLUDE name END-EXEC
  kCall,         // COBOL CALL 'literal', Fortran CALL name
  kCallDynamic,  // COBOL CALL identifier: target is the identifier
  kExecPgm,      // JCL EXEC PGM=name
  kExecProc,     // JCL EXEC name / EXEC PROC=name
  kInclude,      // JCL INCLUDE MEMBER=name, Fortran INCLUDE 'file'
  kJclLib,       // JCL JCLLIB ORDER=library
  kDataset,      // JCL DSN=name (as written: GDG generations, members, symbols kept)
};

auto DependencyKindName(DependencyKind kind) -> std::string_view;

struct Dependency {
  DependencyKind kind;
  std::string target;
  std::string library;  // COPY ... OF library; empty otherwise.
  uint32_t line = 0;

  friend auto operator==(const Dependency&, const Dependency&) -> bool = default;
};

auto ExtractCobolDependencies(const SourceText& source, SourceForm form)
    -> std::vector<Dependency>;
auto ExtractJclDependencies(const SourceText& source) -> std::vector<Dependency>;
auto ExtractFortranDependencies(const SourceText& source, SourceForm form)
    -> std::vector<Dependency>;

// Dispatches on the member kind; datasets and unknown members have none.
auto ExtractDependencies(const SourceText& source, const Classification& classification)
    -> std::vector<Dependency>;

}  // namespace remint::inventory

#endif  // REMINT_FRONTENDS_INVENTORY_DEPENDENCIES_H_
