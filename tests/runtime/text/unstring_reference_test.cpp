// cobrt's UNSTRING against cobc: random statements with no delimiter or one to three ([ALL]
// literals of one or two bytes, SPACE, items), delimiters at the start, the end and repeated,
// into one to four targets (alphanumeric, JUSTIFIED, numeric DISPLAY with and without signs and
// decimals) with DELIMITER IN and COUNT IN, WITH POINTER (in and out of range) and TALLYING IN.
// The test does the emitter's part: each piece is MOVEd as an alphanumeric item with cobrt's
// MOVE. Each case displays the overflow branch taken, every receiving item and the pointer.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "runtime/edit/move.h"
#include "runtime/storage/store.h"
#include "runtime/text/unstring_statement.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/runtime/text/text_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

// The INTO targets, laid out one after another in the group OUT.
enum class TargetKind { kAlphanumeric, kJustified, kUnsigned, kLeadingSeparate, kDecimal, kSigned };
struct Target {
  const char* name;
  const char* picture;
  TargetKind kind;
  size_t size;        // bytes in OUT
  size_t piece_size;  // COB_FIELD_SIZE: without a separate sign
};
constexpr Target kTargets[] = {
    {"A3", "X(3)", TargetKind::kAlphanumeric, 3, 3},
    {"A5", "X(5)", TargetKind::kAlphanumeric, 5, 5},
    {"J4", "X(4) JUSTIFIED RIGHT", TargetKind::kJustified, 4, 4},
    {"N3", "9(3)", TargetKind::kUnsigned, 3, 3},
    {"S3", "S9(3) SIGN LEADING SEPARATE", TargetKind::kLeadingSeparate, 4, 3},
    {"V3", "9(2)V9", TargetKind::kDecimal, 3, 3},
    {"T4", "S9(4)", TargetKind::kSigned, 4, 4},
};
constexpr int kSlots = 4;  // D1..D4 PIC X(2), DN1..DN4 PIC 9(2), K1..K4 PIC 9(2)

struct Layout {
  size_t targets[std::size(kTargets)];
  size_t delimiter[kSlots];
  size_t numeric_delimiter[kSlots];
  size_t count[kSlots];
  size_t tally;
  size_t size;
};

constexpr auto MakeLayout() -> Layout {
  Layout layout{};
  size_t at = 0;
  for (size_t t = 0; t < std::size(kTargets); ++t) {
    layout.targets[t] = at;
    at += kTargets[t].size;
  }
  for (int k = 0; k < kSlots; ++k) layout.delimiter[k] = at, at += 2;
  for (int k = 0; k < kSlots; ++k) layout.numeric_delimiter[k] = at, at += 2;
  for (int k = 0; k < kSlots; ++k) layout.count[k] = at, at += 2;
  layout.tally = at;
  layout.size = at + 2;
  return layout;
}
constexpr Layout kLayout = MakeLayout();

struct Source {
  const char* name;
  size_t size;
};
constexpr Source kSources[] = {{"U01", 1}, {"U08", 8}, {"U20", 20}};
constexpr std::string_view kSourceAlphabets[] = {"12A,; ", "1,,2 ", "AB;;", "12 . "};

auto WorkingStorage() -> std::string {
  std::string entries = "01 OUT.\n";
  for (const Target& target : kTargets) {
    entries += std::string(" 02 ") + target.name + " PIC " + target.picture + ".\n";
  }
  for (int k = 1; k <= kSlots; ++k) entries += " 02 D" + std::to_string(k) + " PIC X(2).\n";
  for (int k = 1; k <= kSlots; ++k) entries += " 02 DN" + std::to_string(k) + " PIC 9(2).\n";
  for (int k = 1; k <= kSlots; ++k) entries += " 02 K" + std::to_string(k) + " PIC 9(2).\n";
  entries += " 02 TL PIC 9(2).\n01 P PIC S9(4) SIGN LEADING SEPARATE.\n";
  for (const Source& source : kSources) {
    entries += std::string("01 ") + source.name + " PIC X(" + std::to_string(source.size) + ").\n";
  }
  return entries + OperandWriter::WorkingStorage();
}

using TwoDigits = cobrt::Zoned<2, 0>;

// What the emitter does with a piece: a MOVE from an alphanumeric item. (cob_move sends one
// space for an empty piece; cobrt's MOVEs of no bytes give the same result.)
void MovePiece(const uint8_t* bytes, size_t size, const Target& target, uint8_t* out) {
  switch (target.kind) {
    case TargetKind::kAlphanumeric:
    case TargetKind::kJustified:
      cobrt::MoveAlphanumeric(bytes, size, out, target.size, target.kind == TargetKind::kJustified);
      break;
    case TargetKind::kUnsigned:
      cobrt::MoveAlphanumericToNumeric<cobrt::Zoned<3, 0>>(bytes, size, out);
      break;
    case TargetKind::kLeadingSeparate:
      cobrt::MoveAlphanumericToNumeric<cobrt::Zoned<3, 0, cobrt::ZonedSign::kLeadingSeparate>>(
          bytes, size, out);
      break;
    case TargetKind::kDecimal:
      cobrt::MoveAlphanumericToNumeric<cobrt::Zoned<3, 1>>(bytes, size, out);
      break;
    case TargetKind::kSigned:
      cobrt::MoveAlphanumericToNumeric<cobrt::Zoned<4, 0, cobrt::ZonedSign::kTrailing>>(bytes, size,
                                                                                        out);
      break;
  }
}

void PutTwoDigits(std::string& out, size_t at, int value) {
  out[at] = static_cast<char>('0' + value / 10 % 10);
  out[at + 1] = static_cast<char>('0' + value % 10);
}

auto PointerText(int64_t value) -> std::string {
  char text[16];
  std::snprintf(text, sizeof text, "%c%04lld", value < 0 ? '-' : '+',
                static_cast<long long>(std::llabs(value) % 10000));
  return text;
}

auto BuildUnstringFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    OperandWriter operands(random);
    const Source& source = kSources[random() % std::size(kSources)];
    std::string_view alphabet = kSourceAlphabets[random() % std::size(kSourceAlphabets)];
    std::string data = RandomBytes(random, source.size, alphabet);
    auto size = static_cast<int64_t>(source.size);
    std::optional<int64_t> pointer;
    if (random() % 3 == 0) {
      static constexpr int64_t kEdges[] = {-1, 0, 1, 2};
      pointer = random() % 3 == 0   ? kEdges[random() % std::size(kEdges)]
                : random() % 2 == 0 ? size - 1 + static_cast<int64_t>(random() % 4)
                                    : 1 + static_cast<int64_t>(random() % source.size);
    }
    std::optional<int> tally_start;
    if (random() % 2 == 0) tally_start = static_cast<int>(random() % 20);

    std::string statement = std::string("UNSTRING ") + source.name;
    cobrt::UnstringStatement unstring(Span(data), pointer);
    int delimiters = static_cast<int>(random() % 4);
    std::vector<TextOperand> delimiter_operands;  // kept alive: the statement holds views
    delimiter_operands.reserve(3);
    for (int d = 0; d < delimiters; ++d) {
      bool all = random() % 3 == 0;
      std::string bytes = RandomBytes(random, 1 + random() % 2, ",; ");
      if (random() % 3 == 0) bytes = bytes.substr(0, 1);
      delimiter_operands.push_back(operands.AnyOrFigurative(bytes));
      statement += std::string(d == 0 ? " DELIMITED BY " : " OR ") + (all ? "ALL " : "") +
                   delimiter_operands.back().cobol;
      unstring.AddDelimiter(Span(delimiter_operands.back().bytes), all);
    }
    statement += "\n INTO";

    std::string out(kLayout.size, 'x');
    if (tally_start.has_value()) PutTwoDigits(out, kLayout.tally, *tally_start);
    auto* bytes = reinterpret_cast<uint8_t*>(out.data());
    int targets = 1 + static_cast<int>(random() % kSlots);
    size_t first_target = random() % std::size(kTargets);
    for (int k = 0; k < targets; ++k) {
      size_t t = (first_target + static_cast<size_t>(k) * 3) % std::size(kTargets);
      const Target& target = kTargets[t];
      statement += std::string(" ") + target.name;
      int delimiter_in = static_cast<int>(random() % 3);  // none, alphanumeric, numeric
      bool count_in = random() % 2 == 0;
      std::string slot = std::to_string(k + 1);
      if (delimiter_in == 1) statement += " DELIMITER IN D" + slot;
      if (delimiter_in == 2) statement += " DELIMITER IN DN" + slot;
      if (count_in) statement += " COUNT IN K" + slot;
      statement += "\n";
      std::optional<cobrt::UnstringPiece> piece = unstring.Next(target.piece_size);
      if (!piece.has_value()) continue;
      MovePiece(Span(data).data() + piece->offset, piece->size, target, bytes + kLayout.targets[t]);
      std::span<const uint8_t> matched = piece->delimiter_bytes;
      if (delimiter_in == 1) {
        if (piece->delimiter.has_value()) {
          cobrt::MoveAlphanumeric(matched.data(), matched.size(), bytes + kLayout.delimiter[k], 2);
        } else {
          std::memset(bytes + kLayout.delimiter[k], ' ', 2);
        }
      } else if (delimiter_in == 2) {
        uint8_t* item = bytes + kLayout.numeric_delimiter[k];
        if (piece->delimiter.has_value()) {
          cobrt::MoveAlphanumericToNumeric<TwoDigits>(matched.data(), matched.size(), item);
        } else {
          cobrt::Store<TwoDigits>(item, cobrt::Fixed<2, 0>{0});
        }
      }
      if (count_in) {
        cobrt::Store<TwoDigits>(bytes + kLayout.count[k],
                                cobrt::Fixed<18, 0>{static_cast<int64_t>(piece->size)});
      }
    }
    if (pointer.has_value()) statement += " WITH POINTER P";
    if (tally_start.has_value()) {
      statement += " TALLYING IN TL";
      PutTwoDigits(out, kLayout.tally, static_cast<int>(*tally_start + unstring.tally()));
    }
    statement +=
        "\n ON OVERFLOW DISPLAY \"O\" NO ADVANCING\n"
        " NOT ON OVERFLOW DISPLAY \"N\" NO ADVANCING\nEND-UNSTRING\n";
    int64_t pointer_before = pointer.value_or(7);
    std::string setup = "MOVE ALL \"x\" TO OUT\nMOVE " + std::to_string(pointer_before) +
                        " TO P\nMOVE " + HexLiteral(data) + " TO " + source.name + "\n";
    if (tally_start.has_value()) setup += "MOVE " + std::to_string(*tally_start) + " TO TL\n";
    family.case_statements.push_back("DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n" + setup +
                                     operands.setup() + statement + "DISPLAY OUT P\n");
    family.expected_outputs.push_back(
        CaseLabel(index) + (unstring.overflow() ? "O" : "N") + out +
        PointerText(pointer.has_value() ? unstring.pointer() : pointer_before) + "\n");
  }
  return family;
}

class UnstringReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(UnstringReferenceTest, UnstringAsCobc) {
  RecordProperty("cases", CompareFamilyWithCobc("UNSTRINGS", BuildUnstringFamily(600, 4401),
                                                {"-std=default"}));
}

}  // namespace
}  // namespace remint::testing
