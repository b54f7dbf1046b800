// COMMON and EQUIVALENCE storage layout (frontends/fortran/sema/storage_layout.h): hand-written
// cases with the offsets gfortran 12 gives, each diagnostic, and a differential test that
// generates a few hundred program units, compiles them with gfortran and reads where each
// variable landed (LOC at run time, the blocks' and groups' symbols in the executable's symbol
// table).
#include "frontends/fortran/sema/storage_layout.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "tests/fortran/storage_layout_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/process.h"
#include "tests/support/split_mix.h"

namespace remint::fortran::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(StorageLayoutTest, AlignmentByType) {
  EXPECT_EQ(StorageAlignment(StorageTypeClass::kCharacter, 7), 1);
  EXPECT_EQ(StorageAlignment(StorageTypeClass::kInteger, 2), 2);
  EXPECT_EQ(StorageAlignment(StorageTypeClass::kDoublePrecision, 8), 8);
  EXPECT_EQ(StorageAlignment(StorageTypeClass::kComplex, 8), 4);
  EXPECT_EQ(StorageAlignment(StorageTypeClass::kDoubleComplex, 16), 8);
  EXPECT_EQ(StorageAlignment(StorageTypeClass::kReal, 16), 16);
}

TEST(StorageLayoutTest, CommonMembersArePaddedToTheirAlignment) {
  auto program = LayOut({{"S1",
                          {Scalar("C", kCharacter, 3), Scalar("D", kDouble), Scalar("R", kReal),
                           Scalar("D2", kDouble), Scalar("H", kInteger2), Scalar("Z", kComplex)},
                          {{"B1", {0, 1, 2, 3, 4, 5}}},
                          {}}});
  EXPECT_THAT(Describe(program->storage[0], program->layouts[0]),
              ElementsAre("C: /B1/+0", "D: /B1/+8", "R: /B1/+16", "D2: /B1/+24", "H: /B1/+32",
                          "Z: /B1/+36"));
  EXPECT_EQ(program->layouts[0].common_blocks[0].size, 48);  // 44 rounded up to 8.
  EXPECT_THAT(program->codes(), ElementsAre("RM4306", "RM4306", "RM4306"));
  // At each padded member: 5 bytes before D, 4 before D2, 2 before Z.
  EXPECT_THAT(program->diagnostics[0].message,
              ::testing::HasSubstr("5 bytes of padding before 'D'"));
  EXPECT_EQ(program->diagnostics[1].location.column, 22u);  // D2 in the COMMON list.
  EXPECT_THAT(program->diagnostics[2].message,
              ::testing::HasSubstr("2 bytes of padding before 'Z'"));
}

TEST(StorageLayoutTest, BlankCommonAndListsContinuingABlock) {
  auto program = LayOut({{"S",
                          {Scalar("A", kReal), Scalar("B", kInteger), Scalar("C", kLogical1),
                           Array("E", kInteger2, {3})},
                          {{"", {0}}, {"X", {2}}, {"", {1}}, {"X", {3}}},
                          {}}});
  EXPECT_THAT(Describe(program->storage[0], program->layouts[0]),
              ElementsAre("A: //+0", "B: //+4", "C: /X/+0", "E: /X/+2"));
  EXPECT_EQ(program->layouts[0].common_blocks[1].size, 8);
  EXPECT_THAT(program->codes(), ElementsAre("RM4306"));
}

TEST(StorageLayoutTest, EquivalenceExtendsCommonAtTheEnd) {
  auto program =
      LayOut({{"S",
               {Scalar("A", kReal), Array("B", kReal, {3}), Array("C", kCharacter, {2}, 3)},
               {{"X", {0}}},
               {{{0, {}, 0}, {1, {1}, 0}}, {{1, {3}, 0}, {2, {2}, 2}}}}});
  // C(2)(2:2) is byte 4 of C, at B(3): byte 8 of the block.
  EXPECT_THAT(Describe(program->storage[0], program->layouts[0]),
              ElementsAre("A: /X/+0", "B: /X/+0", "C: /X/+4"));
  EXPECT_EQ(program->layouts[0].common_blocks[0].size, 12);
  EXPECT_THAT(program->codes(), IsEmpty());
}

TEST(StorageLayoutTest, LocalGroupsAreAlignedAsGfortranAlignsThem) {
  // gfortran 12 puts C at byte 7 and D at 8 of a 32-byte area; Q and R share 12 bytes; a
  // CHARACTER*5 whose second character is an INTEGER starts at byte 3.
  auto program = LayOut({{"S1",
                          {Array("C", kCharacter, {20}), Scalar("D", kDouble), Scalar("R", kReal),
                           Array("Q", kReal, {3})},
                          {},
                          {{{0, {2}, 0}, {1, {}, 0}}, {{3, {2}, 0}, {2, {}, 0}}}},
                         {"S2",
                          {Scalar("C", kCharacter, 5), Scalar("I", kInteger)},
                          {},
                          {{{0, {}, 2}, {1, {}, 0}}}}});
  EXPECT_THAT(Describe(program->storage[0], program->layouts[0]),
              ElementsAre("C: group 0+7 of 32", "D: group 0+8 of 32", "R: group 1+4 of 12",
                          "Q: group 1+0 of 12"));
  EXPECT_THAT(Describe(program->storage[1], program->layouts[1]),
              ElementsAre("C: group 0+3 of 8", "I: group 0+4 of 8"));
  EXPECT_THAT(program->codes(), IsEmpty());
}

TEST(StorageLayoutTest, TheSetWrittenLastIsLaidOutFirst) {
  // Started from D (the last set), C and I sit at -1 and D at 0; only I counts as misaligned,
  // so D ends up at byte 9 of a 24-byte area (what gfortran 12 does). The other order is an
  // alignment error (RM4305), as in gfortran.
  const std::vector<VariableSpec> variables = {Array("C", kCharacter, {2}), Scalar("D", kDouble),
                                               Scalar("I", kInteger)};
  auto accepted =
      LayOut({{"S", variables, {}, {{{2, {}, 0}, {0, {1}, 0}}, {{1, {}, 0}, {0, {2}, 0}}}}});
  EXPECT_THAT(Describe(accepted->storage[0], accepted->layouts[0]),
              ElementsAre("C: group 0+8 of 24", "D: group 0+9 of 24", "I: group 0+8 of 24"));
  EXPECT_THAT(accepted->codes(), IsEmpty());
  auto rejected =
      LayOut({{"S", variables, {}, {{{1, {}, 0}, {0, {2}, 0}}, {{2, {}, 0}, {0, {1}, 0}}}}});
  EXPECT_THAT(rejected->codes(), ElementsAre("RM4305"));
}

TEST(StorageLayoutTest, AnEntityJoiningAtATiedOffsetGoesBeforeTheOthers) {
  // D joins at Z's offset with Z's length, so it is placed before Z; Z, last, then decides by its
  // alignment (4) how far the group moves to start X at a non-negative offset: X at 3, Z and D
  // at 4 (D misaligned, as gfortran 12 leaves it), 16 bytes.
  auto program =
      LayOut({{"S",
               {Array("X", kCharacter, {4}), Scalar("Z", kComplex), Scalar("D", kDouble)},
               {},
               {{{0, {2}}, {1}}, {{1}, {2}}}}});
  EXPECT_THAT(Describe(program->storage[0], program->layouts[0]),
              ElementsAre("X: group 0+3 of 16", "Z: group 0+4 of 16", "D: group 0+4 of 16"));
  EXPECT_THAT(program->layouts[0].equivalence_groups[0].members, ElementsAre(0, 2, 1));
}

// Each bad-input probe: our diagnostic, and what gfortran 12 says about the same source.
struct BadInputProbe {
  const char* name;
  std::vector<UnitSpec> units;
  std::vector<std::string> codes;
  const char* gfortran_says;  // A part of gfortran's message for the same source.
  bool gfortran_rejects;
};

auto BadInputProbes() -> std::vector<BadInputProbe> {
  const VariableSpec a = Array("A", kReal, {3});
  const VariableSpec b = Array("B", kReal, {3});
  const VariableSpec e = Array("E", kReal, {3});
  return {
      {"one_set_contradicts",
       {{"S", {a}, {}, {{{0, {1}, 0}, {0, {2}, 0}}}}},
       {"RM4301"},
       "Inconsistent equivalence rules",
       true},
      {"two_sets_contradict",
       {{"S", {Scalar("A", kReal), b}, {}, {{{0, {}, 0}, {1, {}, 0}}, {{0, {}, 0}, {1, {2}, 0}}}}},
       {"RM4301"},
       "Inconsistent equivalence rules",
       true},
      {"two_members_of_one_block",
       {{"S", {Scalar("A", kReal), Scalar("B", kReal)}, {{"X", {0, 1}}}, {{{0}, {1}}}}},
       {"RM4302"},
       "does not match ordering of COMMON",
       true},
      {"members_through_a_local_array",
       {{"S",
         {Scalar("A", kReal), Scalar("B", kReal), e},
         {{"X", {0, 1}}},
         {{{2, {1}, 0}, {0}}, {{2, {3}, 0}, {1}}}}},
       {"RM4302"},
       "does not match ordering of COMMON",
       true},
      {"two_blocks",
       {{"S", {Scalar("A", kReal), Scalar("B", kReal)}, {{"X", {0}}, {"Y", {1}}}, {{{0}, {1}}}}},
       {"RM4303"},
       "overlap COMMON blocks",
       true},
      {"extends_before_start",
       {{"S", {Scalar("A", kReal), Array("B", kReal, {2})}, {{"X", {0}}}, {{{0}, {1, {2}, 0}}}}},
       {"RM4304"},
       "invalid extension to COMMON",
       true},
      {"misaligned_set",
       {{"S",
         {Array("C", kCharacter, {2}), Scalar("D", kDouble), Scalar("I", kInteger)},
         {},
         {{{1}, {0, {2}, 0}}, {{2}, {0, {1}, 0}}}}},
       {"RM4305"},
       "violates alignment requirements",
       true},
      {"padding",
       {{"S", {Scalar("C", kCharacter), Scalar("R", kReal)}, {{"X", {0, 1}}}, {}}},
       {"RM4306"},
       "Padding of 3 bytes required before",
       false},
      {"sizes_differ",
       {{"S", {Scalar("A", kReal), Scalar("B", kReal)}, {{"Q", {0, 1}}}, {}},
        {"T", {Scalar("A", kReal)}, {{"Q", {0}}}, {}},
        {"U", {Scalar("A", kReal), Scalar("B", kReal), Scalar("C", kReal)}, {{"Q", {0, 1, 2}}}, {}},
        {"V", {Scalar("A", kDouble)}, {{"", {0}}}, {}},
        {"W", {Scalar("A", kReal)}, {{"", {0}}}, {}}},
       {"RM4307", "RM4307"},
       "shall be of the same size as elsewhere",
       false},
      {"twice_in_common",
       {{"S", {Scalar("A", kReal)}, {{"X", {0}}, {"Y", {0}}}, {}}},
       {"RM4308"},
       "already in a COMMON block",
       true},
  };
}

class BadInputTest : public ::testing::TestWithParam<BadInputProbe> {};

TEST_P(BadInputTest, LocatedDiagnosticAndGfortranAgrees) {
  const BadInputProbe& probe = GetParam();
  auto program = LayOut(probe.units);
  EXPECT_EQ(program->codes(), probe.codes);
  for (const Diagnostic& diagnostic : program->diagnostics) {
    EXPECT_EQ(diagnostic.location.path, "units.f90");
    EXPECT_GT(diagnostic.location.line, 0u);
  }
  bool has_error = false;
  for (const UnitStorageLayout& layout : program->layouts) has_error |= layout.has_errors;
  EXPECT_EQ(has_error, probe.gfortran_rejects);

  static const bool available = remint::testing::GfortranAvailable();
  REMINT_REQUIRE_OR_SKIP(available, "gfortran is not installed: the cross-check needs it");
  // Code generation, not -fsyntax-only: gfortran checks storage association while it lays out.
  auto compiled = CompileUnits(program->text, {"-c", "-o", "units.o"});
  ASSERT_TRUE(compiled);
  EXPECT_EQ(compiled->result.exit_status != 0, probe.gfortran_rejects)
      << compiled->result.standard_error;
  EXPECT_THAT(compiled->result.standard_error, ::testing::HasSubstr(probe.gfortran_says));
}

INSTANTIATE_TEST_SUITE_P(Probes, BadInputTest, ::testing::ValuesIn(BadInputProbes()),
                         [](const ::testing::TestParamInfo<BadInputProbe>& probe_info) {
                           return std::string(probe_info.param.name);
                         });

TEST(StorageLayoutTest, ProgramBlockSizeIsTheLargest) {
  auto program = LayOut(BadInputProbes()[8].units);
  ASSERT_EQ(program->blocks.size(), 2u);
  EXPECT_EQ(program->blocks[0].name, "");
  EXPECT_EQ(program->blocks[0].size, 8);
  EXPECT_EQ(program->blocks[1].name, "Q");
  EXPECT_EQ(program->blocks[1].size, 12);
  EXPECT_THAT(program->blocks[1].units, ElementsAre(0, 1, 2));
  EXPECT_THAT(program->diagnostics[0].message,
              ::testing::HasSubstr("is 4 bytes long here but 8 bytes in S"));
}

// The differential test's generator: mixed types and arrays, CHARACTER, named and blank COMMON
// (a block's list sometimes split over two statements), EQUIVALENCE between locals, into COMMON
// and past a block's end. Units whose layout has an error are not kept (counted instead).
auto RandomUnit(remint::testing::SplitMix64& random, size_t index) -> UnitSpec {
  static constexpr TypeSpec kTypes[] = {
      kInteger1,      kInteger2, kInteger,  kInteger8,  kReal,      kDouble,    kReal16, kComplex,
      kDoubleComplex, kLogical,  kLogical1, kCharacter, kCharacter, kCharacter, kReal,   kDouble};
  UnitSpec unit;
  unit.name = "U" + std::to_string(index);
  const size_t variable_count = 2 + random.Below(7);
  for (size_t i = 0; i < variable_count; ++i) {
    VariableSpec variable{"V" + std::to_string(i + 1),
                          kTypes[random.Below(std::size(kTypes))],
                          static_cast<int64_t>(1 + random.Below(7)),
                          {}};
    if (random.Below(5) < 2) {
      for (size_t rank = 1 + random.Below(2); rank > 0; --rank) {
        variable.extents.push_back(static_cast<int64_t>(1 + random.Below(4)));
      }
    }
    unit.variables.push_back(std::move(variable));
  }
  // Blank COMMON, a block of this unit's own, and one every seventh unit shares with others
  // (declared with other lengths there, so the program's block is the longest).
  const std::string blocks[] = {"", "B" + std::to_string(index), index % 7 == 0 ? "SHARED" : "C"};
  std::vector<size_t> order(variable_count);
  for (size_t i = 0; i < variable_count; ++i) order[i] = i;
  for (size_t i = variable_count; i > 1; --i) std::swap(order[i - 1], order[random.Below(i)]);
  for (size_t variable : order) {
    if (random.Below(2) == 0) continue;
    const std::string& block = blocks[random.Below(3)];
    auto list = std::find_if(unit.commons.rbegin(), unit.commons.rend(),
                             [&](const CommonSpec& common) { return common.block == block; });
    if (list == unit.commons.rend() || random.Below(5) == 0) {
      unit.commons.push_back({block, {variable}});
    } else {
      list->variables.push_back(variable);
    }
  }
  for (size_t set = random.Below(4); set > 0; --set) {
    std::vector<ItemSpec> items;
    for (size_t item = 2 + random.Below(2); item > 0; --item) {
      ItemSpec spec{random.Below(variable_count), {}, 0};
      const VariableSpec& variable = unit.variables[spec.variable];
      if (!variable.extents.empty() && random.Below(10) < 7) {
        for (int64_t extent : variable.extents) {
          spec.subscripts.push_back(static_cast<int64_t>(1 + random.Below(extent)));
        }
      }
      // A substring of an array needs an element: V(2)(3:3), never V(3:3).
      const bool element_or_scalar = variable.extents.empty() || !spec.subscripts.empty();
      if (variable.type.type_class == StorageTypeClass::kCharacter && element_or_scalar &&
          random.Below(2) == 0) {
        spec.substring_start = static_cast<int64_t>(1 + random.Below(variable.length));
      }
      items.push_back(std::move(spec));
    }
    unit.equivalences.push_back(std::move(items));
  }
  return unit;
}

auto Lower(std::string text) -> std::string {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

struct Symbol {
  uint64_t address = 0;
  uint64_t size = 0;
  std::string name;
};

// The COMMON blocks (`name_`, `__BLNK__`) and static equivalence groups (`equiv.N.M`) of an
// executable, from `nm -S`.
auto StorageSymbols(const std::string& nm_output) -> std::vector<Symbol> {
  std::vector<Symbol> symbols;
  for (const std::string& line : remint::testing::SplitLines(nm_output)) {
    std::istringstream fields(line);
    std::string address, size, type, name;
    if (!(fields >> address >> size >> type >> name)) continue;
    const bool is_common =
        name == "__BLNK__" || (name.size() > 1 && name.back() == '_' &&
                               (name[0] == 'b' || name[0] == 'c' || name.starts_with("shared")));
    if (!is_common && !name.starts_with("equiv.")) continue;
    symbols.push_back({std::stoull(address, nullptr, 16), std::stoull(size, nullptr, 16), name});
  }
  return symbols;
}

auto BlockNameOfSymbol(const std::string& symbol) -> std::string {
  if (symbol == "__BLNK__") return "";
  std::string name = symbol.substr(0, symbol.size() - 1);
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

auto DescribeTheirs(const ProgramUnitStorage& storage, const std::vector<uint64_t>& addresses,
                    const std::vector<Symbol>& symbols) -> std::vector<std::string> {
  std::map<uint64_t, size_t> ordinal;
  std::vector<std::string> lines;
  for (size_t i = 0; i < storage.entities.size(); ++i) {
    std::string where = "alone";
    for (const Symbol& symbol : symbols) {
      if (addresses[i] < symbol.address || addresses[i] >= symbol.address + symbol.size) continue;
      const uint64_t offset = addresses[i] - symbol.address;
      if (symbol.name.starts_with("equiv.")) {
        const size_t number = ordinal.try_emplace(symbol.address, ordinal.size()).first->second;
        where = "group " + std::to_string(number) + "+" + std::to_string(offset) + " of " +
                std::to_string(symbol.size);
      } else {
        where = "/" + BlockNameOfSymbol(symbol.name) + "/+" + std::to_string(offset);
      }
    }
    lines.push_back(storage.entities[i].name + ": " + where);
  }
  return lines;
}

// What the generated units exercise, so that a change to the generator cannot quietly stop
// covering a case.
struct GeneratedCoverage {
  size_t local_groups = 0;              // Units with a local equivalence group.
  size_t equivalenced_into_common = 0;  // Units where EQUIVALENCE puts a local entity in COMMON.
  size_t common_extended = 0;           // ... and that entity reaches past the listed members.
  size_t padded = 0;                    // Units with a padded COMMON member (RM4306).
  size_t size_warnings = 0;             // RM4307 over the batches.

  void Count(const ProgramUnitStorage& storage, const UnitStorageLayout& layout,
             const std::vector<std::string>& codes) {
    if (!layout.equivalence_groups.empty()) ++local_groups;
    std::vector<bool> listed(storage.entities.size(), false);
    for (const CommonList& list : storage.commons) {
      for (const CommonMember& member : list.members) listed[member.entity] = true;
    }
    std::map<size_t, int64_t> listed_end;  // By block.
    for (size_t i = 0; i < storage.entities.size(); ++i) {
      const EntityPlacement& placement = layout.placements[i];
      if (listed[i] && placement.area_kind == StorageAreaKind::kCommonBlock) {
        int64_t& end = listed_end[placement.area];
        end = std::max(end, placement.offset + storage.entities[i].size());
      }
    }
    bool into_common = false;
    bool extended = false;
    for (size_t i = 0; i < storage.entities.size(); ++i) {
      const EntityPlacement& placement = layout.placements[i];
      if (listed[i] || placement.area_kind != StorageAreaKind::kCommonBlock) continue;
      into_common = true;
      extended |= placement.offset + storage.entities[i].size() > listed_end[placement.area];
    }
    equivalenced_into_common += into_common ? 1 : 0;
    common_extended += extended ? 1 : 0;
    padded += std::count(codes.begin(), codes.end(), "RM4306") > 0 ? 1 : 0;
  }
};

TEST(StorageLayoutDifferentialTest, GeneratedUnitsMatchGfortran) {
  static const bool available = remint::testing::GfortranAvailable();
  REMINT_REQUIRE_OR_SKIP(available, "gfortran is not installed: the differential test needs it");
  constexpr size_t kBatches = 6;
  constexpr size_t kUnitsPerBatch = 80;
  remint::testing::SplitMix64 random(20261208);
  size_t compared = 0;
  size_t rejected = 0;
  size_t mismatches = 0;
  GeneratedCoverage coverage;
  size_t padding_warnings = 0;  // gfortran's, each matched by one of ours.
  std::vector<UnitSpec> rejected_units;
  for (size_t batch = 0; batch < kBatches; ++batch) {
    std::vector<UnitSpec> units;
    while (units.size() < kUnitsPerBatch) {
      UnitSpec candidate = RandomUnit(random, batch * kUnitsPerBatch + units.size());
      auto alone = LayOut({candidate});
      if (alone->layouts[0].has_errors) {
        ++rejected;
        // gfortran stops before code generation after an RM4303 (found while resolving), and
        // reports the others unit by unit while it lays storage out.
        const std::vector<std::string> codes = alone->codes();
        if (std::find(codes.begin(), codes.end(), "RM4303") == codes.end()) {
          candidate.name = "R" + std::to_string(rejected_units.size());
          rejected_units.push_back(std::move(candidate));
        }
        continue;
      }
      coverage.Count(alone->storage[0], alone->layouts[0], alone->codes());
      units.push_back(std::move(candidate));
    }
    auto program = LayOut(units, /*with_main=*/true);
    const std::vector<std::string> codes = program->codes();
    coverage.size_warnings += std::count(codes.begin(), codes.end(), "RM4307");
    // Static storage (-fno-automatic) puts each local group in a symbol of its own; a fixed
    // load address (-no-pie) makes LOC comparable with the symbol table.
    auto compiled =
        CompileUnits(program->text, {"-std=legacy", "-O0", "-fno-automatic", "-fno-pie", "-no-pie",
                                     "-ffree-line-length-none", "-o", "units"});
    ASSERT_TRUE(compiled);
    ASSERT_EQ(compiled->result.exit_status, 0) << compiled->result.standard_error;
    const std::filesystem::path& directory = compiled->directory.path();
    auto ran = remint::testing::RunProcess({(directory / "units").string()}, directory,
                                           std::chrono::minutes(1));
    ASSERT_TRUE(ran);
    ASSERT_EQ(ran->exit_status, 0) << ran->standard_error;
    auto listed =
        remint::testing::RunProcess({"nm", "-S", "units"}, directory, std::chrono::minutes(1));
    ASSERT_TRUE(listed);
    const std::vector<Symbol> symbols = StorageSymbols(listed->standard_output);

    std::vector<std::vector<uint64_t>> addresses(units.size());
    for (size_t i = 0; i < units.size(); ++i) addresses[i].resize(units[i].variables.size());
    for (const std::string& line : remint::testing::SplitLines(ran->standard_output)) {
      std::istringstream fields(line);
      size_t unit = 0, variable = 0;
      uint64_t address = 0;
      ASSERT_TRUE(fields >> unit >> variable >> address) << line;
      ASSERT_LT(unit, units.size());
      ASSERT_LT(variable, units[unit].variables.size());
      addresses[unit][variable] = address;
    }
    // The padding gfortran warns about (-Walign-commons, on by default) is ours (RM4306):
    // "<bytes> <member>" per unit on both sides.
    std::vector<std::multiset<std::string>> our_padding(units.size());
    std::vector<std::multiset<std::string>> their_padding(units.size());
    const std::regex ours_pattern(R"((\d+) bytes of padding before '(\w+)')");
    const std::regex theirs_pattern(R"(Padding of (\d+) bytes required before '(\w+)')");
    std::smatch match;
    for (const Diagnostic& diagnostic : program->diagnostics) {
      auto unit = UnitAtLine(*program, diagnostic.location.line);
      if (diagnostic.code() != "RM4306" || !unit) continue;
      ASSERT_TRUE(std::regex_search(diagnostic.message, match, ours_pattern));
      our_padding[*unit].insert(match[1].str() + " " + Lower(match[2].str()));
    }
    for (const auto& [line, message] : GfortranMessages(compiled->result.standard_error)) {
      auto unit = UnitAtLine(*program, line);
      if (!unit || !std::regex_search(message, match, theirs_pattern)) continue;
      their_padding[*unit].insert(match[1].str() + " " + match[2].str());
      ++padding_warnings;
    }
    for (size_t unit = 0; unit < units.size(); ++unit) {
      EXPECT_EQ(our_padding[unit], their_padding[unit]) << program->unit_texts[unit];
    }
    for (size_t unit = 0; unit < units.size(); ++unit) {
      ++compared;
      auto ours = Describe(program->storage[unit], program->layouts[unit]);
      auto theirs = DescribeTheirs(program->storage[unit], addresses[unit], symbols);
      if (ours != theirs) ++mismatches;
      EXPECT_EQ(ours, theirs) << program->unit_texts[unit];
    }
    for (const ProgramCommonBlock& block : program->blocks) {
      const std::string symbol_name = block.name.empty() ? "__BLNK__" : Lower(block.name) + "_";
      auto symbol = std::find_if(symbols.begin(), symbols.end(),
                                 [&](const Symbol& s) { return s.name == symbol_name; });
      ASSERT_NE(symbol, symbols.end()) << symbol_name;
      EXPECT_EQ(static_cast<int64_t>(symbol->size), block.size) << "COMMON /" << block.name << "/";
    }
  }
  // Every unit we reject, gfortran rejects too: an error located inside each one.
  {
    auto program = LayOut(rejected_units);
    auto compiled =
        CompileUnits(program->text, {"-std=legacy", "-w", "-c", "-ffree-line-length-none"});
    ASSERT_TRUE(compiled);
    std::vector<bool> gfortran_rejected(rejected_units.size(), false);
    // The error kinds on each side, as sets of our codes.
    std::vector<std::set<std::string>> their_kinds(rejected_units.size());
    std::vector<std::set<std::string>> our_kinds(rejected_units.size());
    for (const Diagnostic& diagnostic : program->diagnostics) {
      auto unit = UnitAtLine(*program, diagnostic.location.line);
      if (diagnostic.severity == Severity::kError && unit) {
        our_kinds[*unit].insert(std::string(diagnostic.code()));
      }
    }
    const std::pair<const char*, const char*> kGfortranErrors[] = {
        {"Inconsistent equivalence rules", "RM4301"},
        {"does not match ordering of COMMON", "RM4302"},
        {"invalid extension to COMMON", "RM4304"},
        {"violates alignment requirements", "RM4305"},
    };
    for (const auto& [line, message] : GfortranMessages(compiled->result.standard_error)) {
      auto unit = UnitAtLine(*program, line);
      if (!message.starts_with("Error:") || !unit) continue;
      gfortran_rejected[*unit] = true;
      std::string kind = "other: " + message;
      for (const auto& [text, code] : kGfortranErrors) {
        if (message.find(text) != std::string::npos) kind = code;
      }
      their_kinds[*unit].insert(kind);
    }
    for (size_t unit = 0; unit < rejected_units.size(); ++unit) {
      EXPECT_TRUE(gfortran_rejected[unit]) << program->unit_texts[unit];
      EXPECT_EQ(our_kinds[unit], their_kinds[unit]) << program->unit_texts[unit];
    }
    std::cout << "[ storage  ] " << rejected_units.size()
              << " rejected units compiled by gfortran: "
              << std::count(gfortran_rejected.begin(), gfortran_rejected.end(), true)
              << " rejected there too\n";
  }
  std::cout << "[ storage  ] " << compared << " generated units compared with gfortran, "
            << rejected << " rejected as bad input, " << mismatches << " mismatches; "
            << coverage.local_groups << " with a local group, " << coverage.equivalenced_into_common
            << " with EQUIVALENCE into COMMON (" << coverage.common_extended
            << " extending a block), " << coverage.padded << " with padding (" << padding_warnings
            << " padding warnings, as gfortran's), " << coverage.size_warnings << " RM4307\n";
  EXPECT_GE(coverage.local_groups, 50u);
  EXPECT_GE(coverage.equivalenced_into_common, 30u);
  EXPECT_GE(coverage.common_extended, 10u);
  EXPECT_GE(coverage.padded, 50u);
  EXPECT_GE(padding_warnings, 50u);
  EXPECT_GE(coverage.size_warnings, 10u);
}

}  // namespace
}  // namespace remint::fortran::testing
