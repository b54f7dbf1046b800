// cobrt's numeric DISPLAY forms against cobc: one generated program per dialect whose cases set
// an item's bytes (a hex literal into a PIC X redefinition: valid values, negative zeros, binary
// values past the PICTURE) and DISPLAY it, plus numeric literals as written. Every line must
// match byte for byte, under -std=default (pretty-display=yes) and -std=ibm (=no).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <type_traits>

#include "runtime/edit/display.h"
#include "runtime/storage/store.h"
#include "tests/runtime/numeric/numeric_kinds.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

using cobrt::Packed;
using cobrt::Zoned;
using cobrt::ZonedSign;
template <int D, int S, bool Signed, int Bytes>
using Native =
    cobrt::Binary<D, S, Signed, Bytes, ByteOrder::kNative, BinaryTruncation::kToStorageBytes>;

// Each kind: its cobrt format in each dialect (binary-size and binary-truncate differ in ibm).
using DisplayKinds = std::tuple<
    TargetKind<Zoned<7, 2, ZonedSign::kTrailing>>, TargetKind<Zoned<7, 2, ZonedSign::kUnsigned>>,
    TargetKind<Zoned<5, 0, ZonedSign::kTrailing>>,
    TargetKind<Zoned<7, 2, ZonedSign::kTrailingSeparate>>,
    TargetKind<Zoned<5, 2, ZonedSign::kLeadingSeparate>>,
    TargetKind<Zoned<4, 0, ZonedSign::kLeading>>, TargetKind<Zoned<3, 3, ZonedSign::kTrailing>>,
    TargetKind<Zoned<3, -2, ZonedSign::kUnsigned>>, TargetKind<Zoned<2, 5, ZonedSign::kTrailing>>,
    TargetKind<Zoned<18, 0, ZonedSign::kTrailing>>, TargetKind<Zoned<38, 18, ZonedSign::kTrailing>>,
    TargetKind<Packed<7, 2, true>>, TargetKind<Packed<4, 0, false>>,
    TargetKind<Packed<18, 0, true>>,
    TargetKind<BigEndian<4, 0, true, 2, kPic>, BigEndian<4, 0, true, 2, kBytes>>,
    TargetKind<BigEndian<4, 0, false, 2, kPic>, BigEndian<4, 0, false, 2, kBytes>>,
    TargetKind<BigEndian<7, 2, true, 4, kPic>, BigEndian<7, 2, true, 4, kBytes>>,
    TargetKind<BigEndian<9, 0, true, 4, kPic>, BigEndian<9, 0, true, 4, kBytes>>,
    TargetKind<BigEndian<2, 0, true, 1, kPic>, BigEndian<2, 0, true, 2, kBytes>>,
    TargetKind<BigEndian<18, 0, true, 8, kPic>, BigEndian<18, 0, true, 8, kBytes>>,
    TargetKind<Native<4, 0, true, 2>>, TargetKind<Native<5, 2, true, 4>>,
    TargetKind<Native<2, 0, false, 1>>, TargetKind<Native<9, 0, true, 4>>,
    TargetKind<Native<18, 0, false, 8>>, TargetKind<Zoned<5, 5, ZonedSign::kLeadingSeparate>>,
    TargetKind<Packed<5, 5, true>>,
    TargetKind<BigEndian<3, 3, false, 2, kPic>, BigEndian<3, 3, false, 2, kBytes>>>;
constexpr size_t kKindCount = std::tuple_size_v<DisplayKinds>;
template <size_t I>
using KindAt = std::tuple_element_t<I, DisplayKinds>;

constexpr const char* kDescriptions[] = {
    "PIC S9(5)V99",
    "PIC 9(5)V99",
    "PIC S9(5)",
    "PIC S9(5)V99 SIGN TRAILING SEPARATE",
    "PIC S9(3)V99 SIGN LEADING SEPARATE",
    "PIC S9(4) SIGN LEADING",
    "PIC SV9(3)",
    "PIC 9(3)PP",
    "PIC SPPP99",
    "PIC S9(18)",
    "PIC S9(20)V9(18)",
    "PIC S9(5)V99 COMP-3",
    "PIC 9(4) COMP-3",
    "PIC S9(18) COMP-3",
    "PIC S9(4) COMP",
    "PIC 9(4) COMP",
    "PIC S9(5)V99 COMP",
    "PIC S9(9) COMP",
    "PIC S9(2) COMP",
    "PIC S9(18) COMP",
    "PIC S9(4) COMP-5",
    "PIC S9(3)V99 COMP-5",
    "PIC 9(2) COMP-5",
    "USAGE BINARY-LONG",
    "PIC 9(18) COMP-5",
    "PIC SV9(5) SIGN LEADING SEPARATE",
    "PIC SV9(5) COMP-3",
    "PIC V999 COMP",
};
static_assert(std::size(kDescriptions) == kKindCount);
constexpr size_t kIndexKind = kKindCount;  // USAGE INDEX, one more kind

auto Hex(const std::string& bytes) -> std::string {
  static const char kHex[] = "0123456789ABCDEF";
  std::string text = "X\"";
  for (unsigned char c : bytes) {
    text += kHex[c >> 4];
    text += kHex[c & 0x0F];
  }
  return text + "\"";
}

template <bool Ibm>
auto WorkingStorage() -> std::string {
  std::string entries;
  for (size_t k = 0; k < kKindCount; ++k) {
    WithIndex<kKindCount>(k, [&](auto index) {
      using Format = typename KindAt<index>::template Format<Ibm>;
      std::string name = "T" + std::to_string(k);
      entries += "01 " + name + " " + kDescriptions[k] + ".\n01 " + name + "-X REDEFINES " + name +
                 " PIC X(" + std::to_string(Format::kSize) + ").\n";
    });
  }
  entries += "01 TI USAGE INDEX.\n01 TI-X REDEFINES TI PIC X(4).\n";
  return entries;
}

// A literal as a program may write it: sign or not, leading zeros, a point with trailing zeros.
auto RandomLiteral(std::mt19937_64& random) -> std::string {
  std::string literal;
  switch (random() % 3) {
    case 0:
      literal = "-";
      break;
    case 1:
      literal = "+";
      break;
    default:
      break;
  }
  int integer_digits = static_cast<int>(random() % 6);
  int fraction_digits = static_cast<int>(random() % 4);
  if (integer_digits == 0 && fraction_digits == 0) integer_digits = 1;
  for (int i = 0; i < integer_digits; ++i) literal += static_cast<char>('0' + random() % 10);
  if (fraction_digits > 0) {
    literal += '.';
    for (int i = 0; i < fraction_digits; ++i) literal += static_cast<char>('0' + random() % 10);
  }
  return literal;
}

template <bool Ibm>
auto BuildDisplayFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage<Ibm>();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    std::string statements = "DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n";
    std::string expected = CaseLabel(index);
    size_t kind = random() % (kKindCount + 2);
    if (kind == kKindCount + 1) {
      std::string literal = RandomLiteral(random);
      char text[32];
      size_t length = cobrt::NumericLiteralDisplayForm(literal, !Ibm, text);
      if (!Ibm) cobrt::RecordPrettyDisplay(text, length);
      statements += "DISPLAY " + literal + "\n";
      expected += std::string(text, length);
    } else if (kind == kIndexKind) {
      uint8_t item[4];
      auto value = static_cast<int32_t>(random() % 2000) - 1000;
      cobrt::IndexItem::Write(item, value);
      char text[32];
      size_t length = cobrt::DisplayIndexForm(item, text);
      statements +=
          "MOVE " + Hex(std::string(reinterpret_cast<char*>(item), 4)) + " TO TI-X\nDISPLAY TI\n";
      expected += std::string(text, length);
    } else {
      WithIndex<kKindCount>(kind, [&](auto k) {
        using Format = typename KindAt<k>::template Format<Ibm>;
        constexpr auto kFamily = cobrt::FormatTraits<Format>::kFamily;
        uint8_t item[Format::kSize] = {};
        uint64_t shape = random() % 10;
        if (shape == 0 && kFamily != cobrt::FormatFamily::kBinary && Format::kSigned) {
          Format::Write(item, int64_t{0}, true);  // negative zero
        } else if (shape == 1 && kFamily == cobrt::FormatFamily::kBinary) {
          for (uint8_t& byte : item) byte = static_cast<uint8_t>(random());  // any value
        } else {
          auto mantissa = RandomMantissa(random, Format::kDigits, Format::kSigned);
          cobrt::Fixed<38, Format::kScale> value{mantissa};
          cobrt::Store<Format>(item, value);
        }
        char text[cobrt::DisplayFormCapacity<Format>()];
        size_t length = cobrt::DisplayForm<Format, !Ibm>(item, text);
        std::string name = "T" + std::to_string(k);
        statements +=
            "MOVE " + Hex(ItemBytes<Format>(item)) + " TO " + name + "-X\nDISPLAY " + name + "\n";
        expected += std::string(text, length);
      });
    }
    family.case_statements.push_back(statements);
    family.expected_outputs.push_back(expected + "\n");
  }
  return family;
}

class DisplayReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(DisplayReferenceTest, NumericDisplayFormsAsCobc) {
  // The emulated terminal buffer starts empty, as the program's does.
  std::fill_n(cobrt::internal::TerminalBuffer(), cobrt::internal::kTerminalBufferSize, '\0');
  int compared =
      CompareFamilyWithCobc("DSPFORM", BuildDisplayFamily<false>(900, 505), {"-std=default"});
  compared += CompareFamilyWithCobc("DSPFORM", BuildDisplayFamily<true>(900, 505), {"-std=ibm"});
  RecordProperty("cases", compared);
}

}  // namespace
}  // namespace remint::testing
