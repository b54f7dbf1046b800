// cobrt's INSPECT against cobc: one generated program per form (TALLYING, REPLACING, both in
// one statement, CONVERTING) of random statements over alphanumeric items: several clauses and
// counters, CHARACTERS / ALL / LEADING / FIRST / TRAILING, overlapping patterns, BEFORE and
// AFTER in both orders, literals, figurative constants and reference-modified items. Each case
// displays the counters and the item, compared byte for byte with what cobrt computes.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/text/inspect.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/runtime/text/text_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

struct Target {
  const char* name;
  size_t size;
};
constexpr Target kTargets[] = {{"T01", 1}, {"T06", 6}, {"T12", 12}, {"T25", 25}};

// Data alphabets: few distinct bytes so that patterns overlap and repeat; the last one has the
// bytes of QUOTE, LOW-VALUE and HIGH-VALUE.
constexpr std::string_view kAlphabets[] = {"AB", "AB ", "AAB", "ABC 0",
                                           std::string_view("AB \"\0\xFF", 6)};
// Replacement bytes, distinct from the data so that every replacement shows.
constexpr std::string_view kReplacementAlphabet = "xyz*";

auto WorkingStorage() -> std::string {
  std::string entries;
  for (const Target& target : kTargets) {
    entries += "01 " + std::string(target.name) + " PIC X(" + std::to_string(target.size) + ").\n";
  }
  entries += "01 C1 PIC 9(4).\n01 C2 PIC 9(4).\n01 C3 PIC 9(4).\n";
  return entries + OperandWriter::WorkingStorage();
}

enum class Kind { kCharacters, kAll, kLeading, kFirst, kTrailing };

auto KindWord(Kind kind) -> const char* {
  switch (kind) {
    case Kind::kCharacters:
      return "CHARACTERS";
    case Kind::kAll:
      return "ALL";
    case Kind::kLeading:
      return "LEADING";
    case Kind::kFirst:
      return "FIRST";
    case Kind::kTrailing:
      return "TRAILING";
  }
  return "";
}

// One case being written: the statements for cobc and the state cobrt works on.
struct InspectCase {
  std::mt19937_64& random;
  OperandWriter operands;
  Target target;
  std::string_view alphabet;
  std::string data;  // the item's bytes, updated by cobrt
  std::string statement;
  int64_t counters[3] = {0, 0, 0};
  // Mostly TRAILING clauses with patterns of 2 or 3 bytes, after other clauses took positions:
  // where libcob's backward scan runs on before the region.
  bool trailing_focus = false;

  explicit InspectCase(std::mt19937_64& r)
      : random(r),
        operands(r),
        target(kTargets[r() % std::size(kTargets)]),
        alphabet(kAlphabets[r() % std::size(kAlphabets)]),
        data(RandomBytes(r, target.size, alphabet)) {}

  auto Data() -> uint8_t* { return reinterpret_cast<uint8_t*>(data.data()); }

  auto Pattern() -> std::string {
    if (trailing_focus) return data.size() < 2 ? data : RandomPattern(random, data, "A", 3);
    return RandomPattern(random, data, alphabet, 3);
  }

  auto ClauseRegion(Kind kind) -> Region {
    if (trailing_focus && kind == Kind::kTrailing && random() % 2 == 0) {
      // AFTER a delimiter ending in "A": the region starts inside a run of "A", where a scan
      // that runs on before the region still matches.
      static const char* const kDelimiters[] = {"A", "AA", "AAA", "BA", "BAA"};
      return {{false, operands.Any(kDelimiters[random() % std::size(kDelimiters)])}};
    }
    return RandomRegion(random, operands, data, alphabet);
  }

  template <size_t N, size_t M>
  auto RandomKind(const Kind (&kinds)[N], const Kind (&focus)[M]) -> Kind {
    return trailing_focus ? focus[random() % M] : kinds[random() % N];
  }

  // " C2 FOR ALL "AB" BEFORE INITIAL "A" LEADING SPACE ...": clauses for 1 to 3 counters.
  void WriteTallying(cobrt::Inspector& inspector) {
    statement += " TALLYING\n";
    int groups = 1 + static_cast<int>(random() % 3);
    for (int g = 0; g < groups; ++g) {
      size_t counter = random() % 3;
      std::string counter_for = "  C" + std::to_string(counter + 1) + " FOR";
      int clauses = 1 + static_cast<int>(random() % 3);
      for (int c = 0; c < clauses; ++c) {
        // cobc 3.1.2 rejects ALL, LEADING or TRAILING right after CHARACTERS in one FOR
        // ("missing value between ALL/LEADING/TRAILING words"), so every CHARACTERS ends its
        // FOR: the same counter is named again.
        if (!counter_for.empty()) statement += counter_for;
        static constexpr Kind kKinds[] = {Kind::kCharacters, Kind::kAll, Kind::kAll, Kind::kLeading,
                                          Kind::kTrailing};
        static constexpr Kind kFocus[] = {Kind::kCharacters, Kind::kAll, Kind::kTrailing,
                                          Kind::kTrailing};
        Kind kind = RandomKind(kKinds, kFocus);
        TextOperand pattern;
        if (kind != Kind::kCharacters) pattern = operands.AnyOrFigurative(Pattern());
        Region region = ClauseRegion(kind);
        statement +=
            std::string(" ") + KindWord(kind) + " " + pattern.cobol + RegionText(region) + "\n";
        counter_for = kind == Kind::kCharacters ? "  C" + std::to_string(counter + 1) + " FOR" : "";
        StartRegion(inspector, region);
        switch (kind) {
          case Kind::kCharacters:
            counters[counter] += inspector.TallyCharacters();
            break;
          case Kind::kAll:
            counters[counter] += inspector.TallyAll(Span(pattern.bytes));
            break;
          case Kind::kLeading:
            counters[counter] += inspector.TallyLeading(Span(pattern.bytes));
            break;
          default:
            counters[counter] += inspector.TallyTrailing(Span(pattern.bytes));
            break;
        }
      }
    }
  }

  // " REPLACING ALL "AB" BY "xy" AFTER "B" CHARACTERS BY ZERO ...": 1 to 4 clauses.
  void WriteReplacing(cobrt::Inspector& inspector) {
    statement += " REPLACING\n";
    int clauses = 1 + static_cast<int>(random() % 4);
    for (int c = 0; c < clauses; ++c) {
      static constexpr Kind kKinds[] = {Kind::kCharacters, Kind::kAll,   Kind::kAll,
                                        Kind::kLeading,    Kind::kFirst, Kind::kTrailing};
      static constexpr Kind kFocus[] = {Kind::kAll, Kind::kTrailing, Kind::kTrailing};
      Kind kind = RandomKind(kKinds, kFocus);
      TextOperand pattern;
      TextOperand by;
      if (kind != Kind::kCharacters) pattern = operands.AnyOrFigurative(Pattern());
      size_t by_size = kind == Kind::kCharacters ? 1 : pattern.bytes.size();
      if (random() % 4 == 0) {
        by = operands.FigurativeFor(kFiguratives[random() % std::size(kFiguratives)].byte);
      } else {
        by = operands.AnyOrFigurative(RandomBytes(random, by_size, kReplacementAlphabet));
      }
      Region region = ClauseRegion(kind);
      statement += std::string(" ") + KindWord(kind) + " " + pattern.cobol + " BY " + by.cobol +
                   RegionText(region) + "\n";
      StartRegion(inspector, region);
      cobrt::InspectReplacement replacement{Span(by.bytes), by.figurative};
      bool done = true;
      switch (kind) {
        case Kind::kCharacters:
          inspector.ReplaceCharacters(static_cast<uint8_t>(by.bytes[0]));
          break;
        case Kind::kAll:
          done = inspector.ReplaceAll(Span(pattern.bytes), replacement);
          break;
        case Kind::kLeading:
          done = inspector.ReplaceLeading(Span(pattern.bytes), replacement);
          break;
        case Kind::kFirst:
          done = inspector.ReplaceFirst(Span(pattern.bytes), replacement);
          break;
        case Kind::kTrailing:
          done = inspector.ReplaceTrailing(Span(pattern.bytes), replacement);
          break;
      }
      EXPECT_TRUE(done) << statement;
    }
  }

  void WriteConverting(cobrt::Inspector& inspector) {
    // The from-set may repeat a byte; the first occurrence decides.
    std::string from = RandomBytes(random, 1 + random() % 4, alphabet);
    TextOperand from_operand = operands.AnyOrFigurative(from);
    TextOperand to;
    if (random() % 4 == 0) {
      to = operands.FigurativeFor(kFiguratives[random() % std::size(kFiguratives)].byte);
    } else {
      to = operands.Any(RandomBytes(random, from.size(), kReplacementAlphabet));
    }
    Region region = RandomRegion(random, operands, data, alphabet);
    statement += " CONVERTING " + from_operand.cobol + " TO " + to.cobol + RegionText(region);
    StartRegion(inspector, region);
    EXPECT_TRUE(inspector.Convert(Span(from_operand.bytes), {Span(to.bytes), to.figurative}));
  }

  auto Counters() const -> std::string {
    char text[32];
    std::snprintf(text, sizeof text, "%04lld%04lld%04lld", static_cast<long long>(counters[0]),
                  static_cast<long long>(counters[1]), static_cast<long long>(counters[2]));
    return text;
  }
};

enum class Form { kTallying, kReplacing, kBoth, kConverting };

auto BuildInspectFamily(Form form, int cases, uint64_t seed, bool trailing_focus = false)
    -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    InspectCase item(random);
    if (trailing_focus) {
      item.alphabet = "AAAAAAAB";
      item.data = RandomBytes(random, item.target.size, item.alphabet);
      item.trailing_focus = true;
    }
    std::string name = item.target.name;
    std::string setup = "MOVE " + HexLiteral(item.data) + " TO " + name + "\nMOVE 0 TO C1 C2 C3\n";
    item.statement = "INSPECT " + name;
    if (form == Form::kTallying || form == Form::kBoth) {
      cobrt::Inspector inspector(item.Data(), item.data.size());
      item.WriteTallying(inspector);
      inspector.Finish();
    }
    if (form == Form::kReplacing || form == Form::kBoth) {
      // cobc runs the REPLACING phrase as a second INSPECT after the TALLYING one.
      cobrt::Inspector inspector(item.Data(), item.data.size());
      item.WriteReplacing(inspector);
      inspector.Finish();
    }
    if (form == Form::kConverting) {
      cobrt::Inspector inspector(item.Data(), item.data.size());
      item.WriteConverting(inspector);
      inspector.Finish();
    }
    std::string display = form == Form::kTallying ? "DISPLAY C1 C2 C3\n"
                          : form == Form::kBoth   ? "DISPLAY C1 C2 C3 " + name + "\n"
                                                  : "DISPLAY " + name + "\n";
    family.case_statements.push_back("DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n" + setup +
                                     item.operands.setup() + item.statement + "\n" + display);
    std::string expected = form == Form::kTallying ? item.Counters()
                           : form == Form::kBoth   ? item.Counters() + item.data
                                                   : item.data;
    family.expected_outputs.push_back(CaseLabel(index) + expected + "\n");
  }
  return family;
}

class InspectReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(InspectReferenceTest, TallyingAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("TALLYING", BuildInspectFamily(Form::kTallying, 500, 4101),
                                       {"-std=default"}));
}

TEST_F(InspectReferenceTest, ReplacingAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("REPLACING", BuildInspectFamily(Form::kReplacing, 500, 4102),
                                       {"-std=default"}));
}

TEST_F(InspectReferenceTest, TallyingAndReplacingAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("TALLYREPL", BuildInspectFamily(Form::kBoth, 300, 4103),
                                       {"-std=default"}));
}

TEST_F(InspectReferenceTest, TrailingAsCobc) {
  RecordProperty("cases",
                 CompareFamilyWithCobc("TRAILING", BuildInspectFamily(Form::kBoth, 300, 4105, true),
                                       {"-std=default"}));
}

TEST_F(InspectReferenceTest, ConvertingAsCobc) {
  RecordProperty(
      "cases", CompareFamilyWithCobc("CONVERTING", BuildInspectFamily(Form::kConverting, 300, 4104),
                                     {"-std=default"}));
}

}  // namespace
}  // namespace remint::testing
