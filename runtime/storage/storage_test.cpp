// Round trips through every storage format, and the store rules' invariants (what cobc writes
// is compared byte for byte in tests/runtime/numeric).
#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/store.h"
#include "runtime/storage/zoned.h"

namespace cobrt {
namespace {

template <class Format>
void ExpectRoundTrips(int64_t limit, std::mt19937_64& random) {
  for (int i = 0; i < 2000; ++i) {
    int64_t value =
        static_cast<int64_t>(random() % static_cast<uint64_t>(2 * limit - 1)) - (limit - 1);
    if (!Format::kSigned && value < 0) value = -value;
    uint8_t bytes[Format::kSize + 1] = {};
    bytes[Format::kSize] = 0xA5;  // a guard: writes stay inside the item
    Format::Write(bytes, value, value < 0);
    EXPECT_EQ(bytes[Format::kSize], 0xA5);
    EXPECT_EQ(ConvertRep<Int128>(Format::Read(bytes).mantissa), Int128{value});
    EXPECT_EQ(ConvertRep<Int128>(Format::ReadAsCobc(bytes).mantissa), Int128{value});
  }
}

TEST(StorageTest, EveryFormatReadsBackWhatItWrote) {
  std::mt19937_64 random(5);
  ExpectRoundTrips<Zoned<5, 2, ZonedSign::kTrailing>>(100000, random);
  ExpectRoundTrips<Zoned<5, 2, ZonedSign::kLeading>>(100000, random);
  ExpectRoundTrips<Zoned<5, 2, ZonedSign::kTrailingSeparate>>(100000, random);
  ExpectRoundTrips<Zoned<5, 2, ZonedSign::kLeadingSeparate>>(100000, random);
  ExpectRoundTrips<Zoned<18, 0, ZonedSign::kUnsigned>>(1000000000000000000, random);
  ExpectRoundTrips<Packed<4, 0, true>>(10000, random);
  ExpectRoundTrips<Packed<7, 3, false>>(10000000, random);
  ExpectRoundTrips<
      Binary<4, 0, true, 2, ByteOrder::kBigEndian, BinaryTruncation::kToPictureDigits>>(10000,
                                                                                        random);
  ExpectRoundTrips<Binary<9, 2, false, 4, ByteOrder::kNative, BinaryTruncation::kToStorageBytes>>(
      1000000000, random);
  ExpectRoundTrips<
      Binary<18, 0, true, 8, ByteOrder::kBigEndian, BinaryTruncation::kToPictureDigits>>(
      1000000000000000000, random);
}

// Packed bytes against the nibble-by-nibble reading of the fact sheet (§3): each digit nibble
// counts with its value, invalid ones (A-F) included, and only a D sign nibble is negative.
template <int Digits>
void ExpectPackedNibbles(std::mt19937_64& random) {
  using Item = Packed<Digits, 0, true>;
  for (int i = 0; i < 3000; ++i) {
    uint8_t bytes[Item::kSize];
    for (uint8_t& byte : bytes) byte = static_cast<uint8_t>(random());
    Int128 expected = 0;
    for (int nibble = Digits % 2 == 0 ? 1 : 0; nibble < 2 * Item::kSize - 1; ++nibble) {
      expected =
          expected * 10 + (nibble % 2 == 0 ? bytes[nibble / 2] >> 4 : bytes[nibble / 2] & 15);
    }
    if ((bytes[Item::kSize - 1] & 15) == 0x0D) expected = -expected;
    ASSERT_TRUE(ConvertRep<Int128>(Item::Read(bytes).mantissa) == expected) << i;
    // Writing a valid value: its digits two to a byte, the pad nibble zero, sign C or D.
    Int128 value = 0;
    for (int d = 0; d < Digits; ++d) value = value * 10 + static_cast<int>(random() % 10);
    const bool negative = random() % 2 == 0;
    Item::Write(bytes, negative ? -value : value, negative);
    Int128 rest = value;
    ASSERT_EQ(bytes[Item::kSize - 1], (static_cast<int>(rest % 10) << 4) | (negative ? 0xD : 0xC));
    rest /= 10;
    for (int byte = Item::kSize - 2; byte >= 0; --byte) {
      ASSERT_EQ(bytes[byte], static_cast<int>(rest % 100 / 10) << 4 | static_cast<int>(rest % 10));
      rest /= 100;
    }
  }
}

TEST(StorageTest, PackedBytesAreReadAndWrittenNibbleByNibble) {
  std::mt19937_64 random(11);
  ExpectPackedNibbles<1>(random);
  ExpectPackedNibbles<2>(random);
  ExpectPackedNibbles<9>(random);
  ExpectPackedNibbles<13>(random);
  ExpectPackedNibbles<18>(random);
  ExpectPackedNibbles<19>(random);
  ExpectPackedNibbles<31>(random);
}

TEST(StorageTest, ASizeErrorWithThePhraseLeavesTheItemUnchanged) {
  using Item = Zoned<3, 0, ZonedSign::kTrailing>;
  uint8_t bytes[3] = {'1', '2', '3'};
  EXPECT_EQ(
      Store<Item>(bytes, Fixed<4, 0>{1000}, RoundingMode::kTruncation, SizeErrorPhrase::kPresent),
      StoreStatus::kSizeError);
  EXPECT_EQ(bytes[0], '1');
  EXPECT_EQ(Store<Item>(bytes, Fixed<4, 0>{-1001}), StoreStatus::kSizeError);
  EXPECT_EQ(Item::Read(bytes).mantissa, -1);
}

TEST(StorageTest, ZonedDigitsWrapAroundLikeCobcsUnsignedSum) {
  // Invariant of the algorithm, not a cobc expectation: valid digits sum to their value, and a
  // leading run of low-nibble-0 bytes is skipped.
  const uint8_t digits[] = {' ', '0', '4', '2'};
  EXPECT_EQ(internal::ZonedDigitsAsCobc(digits, 4), UInt128{42});
  const uint8_t wrapping[] = {'0', '/'};  // '/' is one below '0'
  EXPECT_EQ(internal::ZonedDigitsAsCobc(wrapping, 2), UInt128{~uint64_t{0}});
}

TEST(StorageTest, ReadAsCobcKeepsASpaceSignByteAndRewritesOtherInvalidOnes) {
  // cobc: S99 "1 " + 0 is 18446744073709551610 (10 + ' ' - '0' modulo 2^64) and the item keeps
  // its space; "1:" + 0 is 10 and the item becomes "10".
  using Item = Zoned<2, 0, ZonedSign::kTrailing>;
  uint8_t space[2] = {'1', ' '};
  EXPECT_EQ(ConvertRep<Int128>(Item::ReadAsCobc(space).mantissa), Int128{~uint64_t{0} - 5});
  EXPECT_EQ(space[1], ' ');
  uint8_t colon[2] = {'1', ':'};
  EXPECT_EQ(ConvertRep<Int128>(Item::ReadAsCobc(colon).mantissa), Int128{10});
  EXPECT_EQ(colon[1], '0');
}

}  // namespace
}  // namespace cobrt
