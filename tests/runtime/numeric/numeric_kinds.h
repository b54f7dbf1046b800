// The operand and receiving-item kinds the numeric reference families draw from, each both a
// COBOL data description and the cobrt type that computes it.
#ifndef REMINT_TESTS_RUNTIME_NUMERIC_NUMERIC_KINDS_H_
#define REMINT_TESTS_RUNTIME_NUMERIC_NUMERIC_KINDS_H_

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "runtime/decimal/fixed.h"
#include "runtime/decimal/rounding.h"
#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/zoned.h"

namespace remint::testing {

// Calls f(std::integral_constant<size_t, index>) for a run-time index below N.
template <size_t N, class F>
void WithIndex(size_t index, F&& f) {
  [&]<size_t... I>(std::index_sequence<I...>) {
    ((index == I ? (f(std::integral_constant<size_t, I>{}), 0) : 0), ...);
  }
  (std::make_index_sequence<N>{});
}

// The PICTURE of `digits` digits at `scale`: S9(5)V9(2), 9(3)P(2), SV9(5).
auto NumericPicture(int digits, int scale, bool is_signed) -> std::string;

// A DISPLAY operand: only its value matters to arithmetic.
template <int Digits, int Scale, bool Signed>
struct OperandKind {
  static constexpr int kDigits = Digits;
  static constexpr int kScale = Scale;
  static constexpr bool kSigned = Signed;
  using Value = cobrt::Fixed<Digits, Scale>;
};

using OperandKinds =
    std::tuple<OperandKind<7, 2, true>, OperandKind<3, 0, false>, OperandKind<18, 0, true>,
               OperandKind<5, 5, true>, OperandKind<38, 18, true>, OperandKind<38, 0, true>,
               OperandKind<3, -2, true>, OperandKind<9, 4, false>>;
inline constexpr size_t kOperandKindCount = std::tuple_size_v<OperandKinds>;
template <size_t I>
using OperandKindAt = std::tuple_element_t<I, OperandKinds>;

// A receiving item: its data description clauses after the PICTURE, and its cobrt format in
// each dialect (binary-truncate and binary-size differ in ibm, fact sheet §0 and §2).
template <class DefaultFormat, class IbmFormat = DefaultFormat>
struct TargetKind {
  template <bool Ibm>
  using Format = std::conditional_t<Ibm, IbmFormat, DefaultFormat>;
};

using cobrt::BinaryTruncation;
using cobrt::ByteOrder;
using cobrt::ZonedSign;
template <int D, int S, bool Signed, int Bytes, BinaryTruncation T>
using BigEndian = cobrt::Binary<D, S, Signed, Bytes, ByteOrder::kBigEndian, T>;
template <int D, int S, bool Signed, int Bytes>
using Comp5 =
    cobrt::Binary<D, S, Signed, Bytes, ByteOrder::kNative, BinaryTruncation::kToStorageBytes>;
inline constexpr BinaryTruncation kPic = BinaryTruncation::kToPictureDigits;
inline constexpr BinaryTruncation kBytes = BinaryTruncation::kToStorageBytes;

using TargetKinds = std::tuple<
    TargetKind<cobrt::Zoned<7, 2, ZonedSign::kTrailing>>,
    TargetKind<cobrt::Zoned<4, 1, ZonedSign::kUnsigned>>, TargetKind<cobrt::Packed<7, 1, true>>,
    TargetKind<BigEndian<4, 0, true, 2, kPic>, BigEndian<4, 0, true, 2, kBytes>>,
    TargetKind<Comp5<5, 2, true, 4>>, TargetKind<cobrt::Zoned<18, 0, ZonedSign::kLeadingSeparate>>,
    TargetKind<cobrt::Zoned<38, 36, ZonedSign::kTrailing>>,
    TargetKind<BigEndian<2, 0, false, 1, kPic>, BigEndian<2, 0, false, 2, kBytes>>,
    TargetKind<cobrt::Zoned<3, -2, ZonedSign::kUnsigned>>, TargetKind<cobrt::Packed<6, 2, false>>,
    TargetKind<BigEndian<18, 8, true, 8, kPic>, BigEndian<18, 8, true, 8, kBytes>>,
    TargetKind<cobrt::Zoned<2, 0, ZonedSign::kLeading>>,
    TargetKind<cobrt::Zoned<5, 0, ZonedSign::kTrailingSeparate>>,
    TargetKind<Comp5<2, 0, false, 1>>>;
inline constexpr size_t kTargetKindCount = std::tuple_size_v<TargetKinds>;
template <size_t I>
using TargetKindAt = std::tuple_element_t<I, TargetKinds>;

// The data description of target kind `index` named `name` (PICTURE and USAGE clauses).
auto TargetDescription(size_t index) -> std::string;

// Free-format entries declaring target kind `index` as NAME and NAME-X (its bytes as PIC X).
template <class Format>
auto TargetEntries(const std::string& name, size_t index) -> std::string {
  return "01 " + name + " " + TargetDescription(index) + ".\n01 " + name + "-X REDEFINES " + name +
         " PIC X(" + std::to_string(Format::kSize) + ").\n";
}

// ROUNDED phrases by index: none, ROUNDED, then each ROUNDED MODE.
inline constexpr size_t kRoundingPhraseCount = 10;
auto RoundingPhrase(size_t index) -> std::string;
auto RoundingModeOf(size_t index) -> cobrt::RoundingMode;

template <class Format>
auto ItemBytes(const uint8_t (&bytes)[Format::kSize]) -> std::string {
  return std::string(reinterpret_cast<const char*>(bytes), Format::kSize);
}

}  // namespace remint::testing

#endif  // REMINT_TESTS_RUNTIME_NUMERIC_NUMERIC_KINDS_H_
