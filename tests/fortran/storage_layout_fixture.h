// Program units for storage-layout tests, written once as data: rendered as free-form Fortran
// for gfortran and as the layout input (ProgramUnitStorage) located at the rendered lines, so
// the two sides of a comparison always describe the same source.
#ifndef REMINT_TESTS_FORTRAN_STORAGE_LAYOUT_FIXTURE_H_
#define REMINT_TESTS_FORTRAN_STORAGE_LAYOUT_FIXTURE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/source_manager.h"
#include "frontends/fortran/sema/storage_layout.h"
#include "tests/support/process.h"

namespace remint::fortran::testing {

// A Fortran type as the generator writes it and as the layout sees it.
struct TypeSpec {
  const char* declaration;  // CHARACTER gets its length appended.
  StorageTypeClass type_class;
  int64_t element_size;
};

inline constexpr TypeSpec kInteger1{"INTEGER*1", StorageTypeClass::kInteger, 1};
inline constexpr TypeSpec kInteger2{"INTEGER*2", StorageTypeClass::kInteger, 2};
inline constexpr TypeSpec kInteger{"INTEGER", StorageTypeClass::kInteger, 4};
inline constexpr TypeSpec kInteger8{"INTEGER*8", StorageTypeClass::kInteger, 8};
inline constexpr TypeSpec kReal{"REAL", StorageTypeClass::kReal, 4};
inline constexpr TypeSpec kDouble{"DOUBLE PRECISION", StorageTypeClass::kDoublePrecision, 8};
inline constexpr TypeSpec kReal16{"REAL*16", StorageTypeClass::kReal, 16};
inline constexpr TypeSpec kComplex{"COMPLEX", StorageTypeClass::kComplex, 8};
inline constexpr TypeSpec kDoubleComplex{"DOUBLE COMPLEX", StorageTypeClass::kDoubleComplex, 16};
inline constexpr TypeSpec kLogical{"LOGICAL", StorageTypeClass::kLogical, 4};
inline constexpr TypeSpec kLogical1{"LOGICAL*1", StorageTypeClass::kLogical, 1};
inline constexpr TypeSpec kCharacter{"CHARACTER", StorageTypeClass::kCharacter, 0};

struct VariableSpec {
  std::string name;
  TypeSpec type;
  int64_t length = 1;            // CHARACTER length.
  std::vector<int64_t> extents;  // Empty for a scalar.
};

struct ItemSpec {
  // Written as {variable}, {variable, {subscripts}} or {variable, {subscripts}, substring start}.
  ItemSpec(size_t variable_index, std::vector<int64_t> subscript_values = {}, int64_t start = 0)
      : variable(variable_index), subscripts(std::move(subscript_values)), substring_start(start) {}

  size_t variable = 0;
  std::vector<int64_t> subscripts;  // 1-based; empty for the whole variable.
  int64_t substring_start = 0;      // 0: no substring.
};

struct CommonSpec {
  std::string block;  // "" for blank COMMON.
  std::vector<size_t> variables;
};

// A program unit that can be written as Fortran and as layout input with matching locations.
struct UnitSpec {
  std::string name;
  std::vector<VariableSpec> variables;
  std::vector<CommonSpec> commons;
  std::vector<std::vector<ItemSpec>> equivalences;
};

// Units laid out from their rendered text, with the diagnostics each gave.
struct RenderedProgram {
  SourceManager sources;
  std::string text;
  std::vector<std::string> unit_texts;  // Each unit's part of `text`.
  std::vector<uint32_t> unit_lines;     // The line each unit starts on, and one past the last.
  std::vector<ProgramUnitStorage> storage;
  std::vector<UnitStorageLayout> layouts;
  std::vector<Diagnostic> diagnostics;
  std::vector<ProgramCommonBlock> blocks;

  auto codes() const -> std::vector<std::string> {
    std::vector<std::string> result;
    for (const Diagnostic& diagnostic : diagnostics) result.emplace_back(diagnostic.code());
    return result;
  }
};

// Renders `units` (and a main program calling each when `with_main`), lays out each unit and
// combines their COMMON blocks.
auto LayOut(const std::vector<UnitSpec>& units, bool with_main = false)
    -> std::unique_ptr<RenderedProgram>;

auto Scalar(std::string name, TypeSpec type, int64_t length = 1) -> VariableSpec;
auto Array(std::string name, TypeSpec type, std::vector<int64_t> extents, int64_t length = 1)
    -> VariableSpec;

// Where each entity is, with local groups numbered by first appearance so that two layouts'
// groups can be matched: "V3: /B4/+8", "V5: group 0+7 of 32", "V6: alone".
auto Describe(const ProgramUnitStorage& storage, const UnitStorageLayout& layout)
    -> std::vector<std::string>;

// `text` written to units.f90 in a fresh directory and compiled there: gfortran `flags` units.f90.
struct GfortranCompile {
  remint::testing::TemporaryDirectory directory;
  remint::testing::ProcessResult result;
};

auto CompileUnits(const std::string& text, std::vector<std::string> flags)
    -> std::optional<GfortranCompile>;

// gfortran's messages ("Error: ..." or "Warning: ...") with the line each is located at.
auto GfortranMessages(const std::string& standard_error)
    -> std::vector<std::pair<uint32_t, std::string>>;

// The unit whose lines hold `line`.
auto UnitAtLine(const RenderedProgram& program, uint32_t line) -> std::optional<size_t>;

}  // namespace remint::fortran::testing

#endif  // REMINT_TESTS_FORTRAN_STORAGE_LAYOUT_FIXTURE_H_
