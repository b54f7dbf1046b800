// Byte sizes of data items as GnuCOBOL 3.1.2 lays them out (which equals IBM Enterprise COBOL
// for the IBM dialect), and PICTURE analysis. Lowering uses these to build byte-exact storage;
// tests/ir/storage_size_test.cpp checks them against cobc's symbol listing.
#ifndef REMINT_IR_STORAGE_SIZE_H_
#define REMINT_IR_STORAGE_SIZE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/error_or.h"
#include "ir/module.h"

namespace remint::ir {

// How many bytes a BINARY/COMP/COMP-4/COMP-5 item of n digits takes; cobc's "binary-size"
// dialect option.
enum class BinarySizeRule : uint8_t {
  // "1-2-4-8": cobc default, cobol85/2002/2014, xopen, acu.
  kOneTwoFourEight,
  // "2-4-8": ibm, mvs, bs2000, realia, rm. cobc still gives COMP-5 items of 1-2 digits 1 byte.
  kTwoFourEight,
  // "1--8": mf; the fewest bytes that hold 10^digits - 1 (with a sign bit if signed).
  kOneToEight,
};

struct StorageSizeOptions {
  BinarySizeRule binary_size = BinarySizeRule::kOneTwoFourEight;
  uint32_t pointer_bytes = 8;  // USAGE POINTER / PROGRAM-POINTER on a 64-bit runtime
  uint32_t index_bytes = 4;    // USAGE INDEX
};

// Bytes of a binary item of `digits` digits (1-18). `native` is COMP-5/COMP-X.
auto BinaryStorageSize(uint32_t digits, bool is_signed, bool native, BinarySizeRule rule)
    -> uint32_t;

// COMP-X/COMP-N: the fewest bytes whose bits hold every value of `digits` digits (with a sign
// bit when signed); 9(20) takes 9 bytes.
auto FewestBinaryBytes(uint32_t digits, bool is_signed) -> uint32_t;

// Whether values are stored as a two's-complement integer (libcob reads every bit of it).
inline auto IsBinaryEncoding(DecimalEncoding encoding) -> bool {
  return encoding == DecimalEncoding::kBinary || encoding == DecimalEncoding::kNative ||
         encoding == DecimalEncoding::kByteBinary || encoding == DecimalEncoding::kByteNative;
}

auto DecimalStorageSize(const DecimalType& type, const StorageSizeOptions& options) -> uint64_t;

// Bytes of one item of `type`; nullopt where the type alone does not say (group, condition,
// numeric intermediate).
auto TypeStorageSize(const Module& module, TypeId type, const StorageSizeOptions& options)
    -> std::optional<uint64_t>;

// Alignment a SYNCHRONIZED item of `type` gets inside its record (cobc: binary, float, pointer
// and index items align to their size); 1 when SYNC has no effect.
auto SyncAlignment(const Module& module, TypeId type, const StorageSizeOptions& options)
    -> uint64_t;

// What a PICTURE character-string says, with repetitions expanded.
struct PictureSummary {
  DataCategory category = DataCategory::kAlphanumeric;
  uint32_t digits = 0;  // numeric digit positions (9, and Z * and floating symbols in edited)
  int32_t scale = 0;    // digits right of the point, adjusted by P scaling
  bool is_signed = false;
  uint64_t length = 0;  // bytes in USAGE DISPLAY: every symbol but S, V, P (CR/DB are two)
};

// `decimal_point_is_comma` swaps the roles of '.' and ',' (SPECIAL-NAMES DECIMAL-POINT IS
// COMMA). Fails on an empty or malformed string (bad repetition, unknown symbol).
auto AnalyzePicture(std::string_view picture, bool decimal_point_is_comma = false)
    -> ErrorOr<PictureSummary>;

}  // namespace remint::ir

#endif  // REMINT_IR_STORAGE_SIZE_H_
