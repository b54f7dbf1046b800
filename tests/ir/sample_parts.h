// Private to the sample module: its source files, location helpers, and the builders of its
// Fortran and JCL parts (each in its own file to keep files small).
#ifndef REMINT_TESTS_IR_SAMPLE_PARTS_H_
#define REMINT_TESTS_IR_SAMPLE_PARTS_H_

#include "ir/builder.h"
#include "tests/ir/sample_module.h"

namespace remint::ir::testing {

inline constexpr uint32_t kProgramFile = 0;   // CUSTUPD.cbl
inline constexpr uint32_t kCopybookFile = 1;  // CUSTREC.cpy, copied at CUSTUPD.cbl:9:8 (include 0)
inline constexpr uint32_t kFortranFile = 2;   // calc.f
inline constexpr uint32_t kJobFile = 3;       // PAYJOB.jcl
inline constexpr uint32_t kProcFile = 4;  // SORTPROC.prc, expanded at PAYJOB.jcl:12:1 (include 1)

inline auto At(uint32_t file, uint32_t line, uint32_t column = 8,
               uint32_t include = IncludeId::kInvalidIndex) -> SourceLoc {
  return SourceLoc{FileId{file}, line, column, IncludeId{include}};
}
inline auto Cobol(uint32_t line, uint32_t column = 12) -> SourceLoc {
  return At(kProgramFile, line, column);
}
inline auto Copied(uint32_t line) -> SourceLoc { return At(kCopybookFile, line, 8, 0); }
inline auto Fortran(uint32_t line, uint32_t column = 7) -> SourceLoc {
  return At(kFortranFile, line, column);
}

void AddSampleFortran(SampleModule& s, Builder& b);
void AddSampleJob(SampleModule& s, Builder& b);

}  // namespace remint::ir::testing

#endif  // REMINT_TESTS_IR_SAMPLE_PARTS_H_
