// Binary integers (COMP / BINARY, COMP-5, BINARY-xxx, INDEX): two's complement in 1, 2, 4 or 8
// bytes; COMP and BINARY big-endian, COMP-5 and the rest native (fact sheet §2).
#ifndef COBRT_STORAGE_BINARY_H_
#define COBRT_STORAGE_BINARY_H_

#include <bit>
#include <cstdint>

#include "runtime/decimal/fixed.h"

namespace cobrt {

enum class ByteOrder : uint8_t { kBigEndian, kNative };

// How a store that overflows is cut (cob_decimal_get_binary):
//  kToPictureDigits  binary-truncate=yes, COMP/BINARY only: modulo 10^digits, sign kept, and
//                    |value| >= 10^digits is a size error.
//  kToStorageBytes   binary-truncate=no, and COMP-5 always: only the bytes count; a size error
//                    is a value needing more bits than size*8 (less the sign bit when signed);
//                    the low size*8 bits are kept and read back as signed.
enum class BinaryTruncation : uint8_t { kToPictureDigits, kToStorageBytes };

// The dialect's binary-size rule (fact sheet §2 "Size").
enum class BinarySizeRule : uint8_t { k1248, k248 };

// Bytes of a binary item of `digits` digits; COMP-5 keeps 1 byte for 1-2 digits under 2-4-8.
constexpr auto BinaryBytes(int digits, BinarySizeRule rule, bool comp5 = false) -> int {
  if (digits <= 2) return (rule == BinarySizeRule::k1248 || comp5) ? 1 : 2;
  if (digits <= 4) return 2;
  if (digits <= 9) return 4;
  return 8;
}

// The digits a binary of `bytes` bytes can show (cobc bin_digits[]: 1:3, 2:5, 4:10, 8:20).
constexpr auto BinaryCapacityDigits(int bytes) -> int {
  return bytes == 1 ? 3 : bytes == 2 ? 5 : bytes == 4 ? 10 : 20;
}

template <int Digits, int Scale, bool Signed, int Bytes, ByteOrder Order,
          BinaryTruncation Truncation>
struct Binary {
  static_assert(Bytes == 1 || Bytes == 2 || Bytes == 4 || Bytes == 8);
  static constexpr int kDigits = Digits;
  static constexpr int kScale = Scale;
  static constexpr bool kSigned = Signed;
  static constexpr int kSize = Bytes;
  // Stored values can pass the PICTURE (binary-truncate=no, PERFORM VARYING's bypass): reads
  // give whatever the bytes hold.
  using Value = Fixed<BinaryCapacityDigits(Bytes), Scale>;
  using ArithmeticValue = Value;

  static auto RawUnsigned(const uint8_t* data) -> uint64_t {
    uint64_t raw = 0;
    for (int i = 0; i < Bytes; ++i) {
      bool big = Order == ByteOrder::kBigEndian || std::endian::native == std::endian::big;
      raw = (raw << 8) | data[big ? i : Bytes - 1 - i];
    }
    return raw;
  }

  static auto Read(const uint8_t* data) -> Value {
    uint64_t raw = RawUnsigned(data);
    using Rep = typename Value::Rep;
    if constexpr (Signed) {
      constexpr int kShift = 64 - 8 * Bytes;
      auto value = static_cast<int64_t>(raw << kShift) >> kShift;
      return Value{static_cast<Rep>(value)};
    } else {
      return Value{static_cast<Rep>(raw)};
    }
  }
  static auto ReadAsCobc(const uint8_t* data) -> Value { return Read(data); }

  // Writes the low 8*Bytes bits of the two's complement mantissa.
  template <class Rep>
  static void Write(uint8_t* data, const Rep& mantissa,
                    bool /*negative: no -0 in binary*/ = false) {
    auto raw = static_cast<uint64_t>(ConvertRep<Int128>(mantissa));
    for (int i = 0; i < Bytes; ++i) {
      bool big = Order == ByteOrder::kBigEndian || std::endian::native == std::endian::big;
      data[big ? Bytes - 1 - i : i] = static_cast<uint8_t>(raw >> (8 * i));
    }
  }

  template <class Rep>
  static auto Fits(const Rep& mantissa) -> bool {
    if (!FitsBits(mantissa)) return false;
    if constexpr (Truncation == BinaryTruncation::kToPictureDigits) {
      return FitsDigits<Digits>(mantissa);
    } else {
      return true;
    }
  }
  template <class Rep>
  static auto Wrap(const Rep& mantissa) -> Rep {
    if constexpr (Truncation == BinaryTruncation::kToPictureDigits) {
      return KeepLowDigits<Digits>(mantissa);
    } else {
      // The low bits, reinterpreted as signed (mpz_fdiv_r_2exp, then the store's bytes).
      WiderRep<Rep, Int128> wide = ConvertRep<WiderRep<Rep, Int128>>(mantissa);
      auto low = static_cast<uint64_t>(ConvertRep<Int128>(wide));
      if constexpr (Bytes < 8) low &= (uint64_t{1} << (8 * Bytes)) - 1;
      constexpr int kShift = 64 - 8 * Bytes;
      if constexpr (Signed) {
        return ConvertRep<Rep>(Int128{static_cast<int64_t>(low << kShift) >> kShift});
      } else {
        return ConvertRep<Rep>(Int128{low});
      }
    }
  }

 private:
  // mpz_sizeinbase(|value|, 2) <= size*8 - (signed ? 1 : 0).
  template <class Rep>
  static auto FitsBits(const Rep& mantissa) -> bool {
    constexpr int kBits = 8 * Bytes - (Signed ? 1 : 0);
    using Wide = WiderRep<Rep, Int128>;
    Wide magnitude = ConvertRep<Wide>(Abs(mantissa));
    Wide limit = ConvertRep<Wide>(static_cast<Int128>(UInt128{1} << kBits));
    return magnitude < limit;
  }
};

// USAGE INDEX, INDEXED BY names and RETURN-CODE: a native 4-byte int (fact sheet §2) that
// cobc treats as S9(9) binary: DISPLAY shows 9 digits ("+000000003", checked with cobc 3.1.2),
// not the 10 a COMP-5 item of 4 bytes shows.
using IndexItem = Binary<9, 0, true, 4, ByteOrder::kNative, BinaryTruncation::kToPictureDigits>;

}  // namespace cobrt

#endif  // COBRT_STORAGE_BINARY_H_
