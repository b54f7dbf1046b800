#include "tests/fortran/storage_layout_fixture.h"

#include <chrono>
#include <map>

#include "base/diagnostics/diagnostic_emitter.h"
#include "tests/support/gfortran_run.h"

namespace remint::fortran::testing {
namespace {

auto ElementSize(const VariableSpec& variable) -> int64_t {
  return variable.type.type_class == StorageTypeClass::kCharacter ? variable.length
                                                                  : variable.type.element_size;
}

auto ItemText(const UnitSpec& unit, const ItemSpec& item) -> std::string {
  std::string text = unit.variables[item.variable].name;
  if (!item.subscripts.empty()) {
    text += "(";
    for (size_t i = 0; i < item.subscripts.size(); ++i) {
      text += (i > 0 ? "," : "") + std::to_string(item.subscripts[i]);
    }
    text += ")";
  }
  if (item.substring_start > 0) {
    text += "(" + std::to_string(item.substring_start) + ":" +
            std::to_string(item.substring_start) + ")";
  }
  return text;
}

auto ItemByteOffset(const UnitSpec& unit, const ItemSpec& item) -> int64_t {
  const VariableSpec& variable = unit.variables[item.variable];
  int64_t element = 0;
  int64_t stride = 1;
  for (size_t i = 0; i < item.subscripts.size(); ++i) {
    element += (item.subscripts[i] - 1) * stride;
    stride *= variable.extents[i];
  }
  return element * ElementSize(variable) +
         (item.substring_start > 0 ? item.substring_start - 1 : 0);
}

// Writes the unit as free-form Fortran from line `line` of `file` on (advancing it), one statement
// a line, and builds the layout input located at those lines. Each variable's address is printed as
// "<unit index> <variable index> <LOC>".
void RenderUnit(const UnitSpec& unit, size_t unit_index, FileId file, uint32_t& line,
                std::string& text, ProgramUnitStorage& storage) {
  auto at = [&](uint32_t column) { return SourceLoc{file, line, column, {}}; };
  storage.unit_name = unit.name;
  storage.loc = at(1);
  text += "SUBROUTINE " + unit.name + "\n";
  ++line;
  text += "IMPLICIT NONE\n";
  ++line;
  for (const VariableSpec& variable : unit.variables) {
    std::string declaration = variable.type.declaration;
    if (variable.type.type_class == StorageTypeClass::kCharacter) {
      declaration += "*" + std::to_string(variable.length);
    }
    int64_t count = 1;
    std::string extents;
    for (int64_t extent : variable.extents) {
      extents += (extents.empty() ? "(" : ",") + std::to_string(extent);
      count *= extent;
    }
    if (!extents.empty()) extents += ")";
    storage.entities.push_back({variable.name, at(static_cast<uint32_t>(declaration.size() + 2)),
                                ElementSize(variable), count, variable.type.type_class});
    text += declaration + " " + variable.name + extents + "\n";
    ++line;
  }
  for (const CommonSpec& common : unit.commons) {
    CommonList list{common.block, at(8), {}};
    std::string statement = "COMMON /" + common.block + "/ ";
    for (size_t i = 0; i < common.variables.size(); ++i) {
      if (i > 0) statement += ", ";
      list.members.push_back(
          {common.variables[i], at(static_cast<uint32_t>(statement.size() + 1))});
      statement += unit.variables[common.variables[i]].name;
    }
    text += statement + "\n";
    ++line;
    storage.commons.push_back(std::move(list));
  }
  for (const std::vector<ItemSpec>& set : unit.equivalences) {
    EquivalenceSet located{at(13), {}};
    std::string statement = "EQUIVALENCE (";
    for (size_t i = 0; i < set.size(); ++i) {
      if (i > 0) statement += ", ";
      located.items.push_back({set[i].variable, ItemByteOffset(unit, set[i]),
                               at(static_cast<uint32_t>(statement.size() + 1))});
      statement += ItemText(unit, set[i]);
    }
    text += statement + ")\n";
    ++line;
    storage.equivalences.push_back(std::move(located));
  }
  for (size_t i = 0; i < unit.variables.size(); ++i) {
    text += "PRINT '(I0,1X,I0,1X,I0)', " + std::to_string(unit_index) + ", " + std::to_string(i) +
            ", LOC(" + unit.variables[i].name + ")\n";
    ++line;
  }
  text += "END\n";
  ++line;
}

}  // namespace

auto LayOut(const std::vector<UnitSpec>& units, bool with_main)
    -> std::unique_ptr<RenderedProgram> {
  auto program = std::make_unique<RenderedProgram>();
  // The text is needed before the buffer exists, and the buffer's id before the text: render
  // twice, the first time only for the text.
  for (int pass = 0; pass < 2; ++pass) {
    FileId file;
    if (pass == 1) file = *program->sources.AddBuffer("units.f90", program->text);
    std::string text;
    uint32_t line = 1;
    program->storage.assign(units.size(), {});
    program->unit_texts.assign(units.size(), {});
    program->unit_lines.assign(1, line);
    for (size_t i = 0; i < units.size(); ++i) {
      const size_t start = text.size();
      RenderUnit(units[i], i, file, line, text, program->storage[i]);
      program->unit_texts[i] = text.substr(start);
      program->unit_lines.push_back(line);
    }
    if (with_main) {
      text += "PROGRAM MAIN\n";
      for (const UnitSpec& unit : units) text += "CALL " + unit.name + "\n";
      text += "END\n";
    }
    program->text = std::move(text);
  }
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&program->sources, collector);
  for (const ProgramUnitStorage& unit : program->storage) {
    program->layouts.push_back(LayOutUnitStorage(unit, emitter));
  }
  program->blocks = CombineCommonBlocks(program->storage, program->layouts, emitter);
  program->diagnostics = collector.TakeSorted();
  return program;
}

auto Scalar(std::string name, TypeSpec type, int64_t length) -> VariableSpec {
  return {std::move(name), type, length, {}};
}
auto Array(std::string name, TypeSpec type, std::vector<int64_t> extents, int64_t length)
    -> VariableSpec {
  return {std::move(name), type, length, std::move(extents)};
}

// Where each entity is, with local groups numbered by first appearance so that the two sides'
// groups can be matched: "V3: /B4/+8", "V5: group 0+7 of 32", "V6: alone".
auto Describe(const ProgramUnitStorage& storage, const UnitStorageLayout& layout)
    -> std::vector<std::string> {
  std::map<size_t, size_t> ordinal;
  std::vector<std::string> lines;
  for (size_t i = 0; i < storage.entities.size(); ++i) {
    const EntityPlacement& placement = layout.placements[i];
    std::string where = "alone";
    if (placement.area_kind == StorageAreaKind::kCommonBlock) {
      where =
          "/" + layout.common_blocks[placement.area].name + "/+" + std::to_string(placement.offset);
    } else if (placement.area_kind == StorageAreaKind::kEquivalenceGroup) {
      const size_t number = ordinal.try_emplace(placement.area, ordinal.size()).first->second;
      where = "group " + std::to_string(number) + "+" + std::to_string(placement.offset) + " of " +
              std::to_string(layout.equivalence_groups[placement.area].size);
    }
    lines.push_back(storage.entities[i].name + ": " + where);
  }
  return lines;
}

auto CompileUnits(const std::string& text, std::vector<std::string> flags)
    -> std::optional<GfortranCompile> {
  auto directory = remint::testing::TemporaryDirectory::Create();
  if (!directory || !remint::testing::WriteFileAtomically(directory->path() / "units.f90", text)) {
    return std::nullopt;
  }
  flags.insert(flags.begin(), "gfortran");
  flags.emplace_back("units.f90");
  auto compiled = remint::testing::RunProcess(flags, directory->path(), std::chrono::minutes(2));
  if (!compiled) return std::nullopt;
  return GfortranCompile{std::move(*directory), std::move(*compiled)};
}

// gfortran's messages ("Error: ..." or "Warning: ...") with the line each is located at: the
// "units.f90:LINE:COLUMN:" heading it, a few lines above (after the quoted source).
auto GfortranMessages(const std::string& standard_error)
    -> std::vector<std::pair<uint32_t, std::string>> {
  std::vector<std::pair<uint32_t, std::string>> messages;
  const std::vector<std::string> lines = remint::testing::SplitLines(standard_error);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].starts_with("Error:") && !lines[i].starts_with("Warning:")) continue;
    for (size_t above = i; above-- > 0 && above + 12 > i;) {
      if (!lines[above].starts_with("units.f90:")) continue;
      messages.emplace_back(static_cast<uint32_t>(std::stoul(lines[above].substr(10))), lines[i]);
      break;
    }
  }
  return messages;
}

// The unit whose lines hold `line`.
auto UnitAtLine(const RenderedProgram& program, uint32_t line) -> std::optional<size_t> {
  for (size_t unit = 0; unit + 1 < program.unit_lines.size(); ++unit) {
    if (line >= program.unit_lines[unit] && line < program.unit_lines[unit + 1]) return unit;
  }
  return std::nullopt;
}

}  // namespace remint::fortran::testing
