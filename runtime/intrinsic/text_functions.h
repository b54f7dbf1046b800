// The alphanumeric intrinsic functions and those that read text (NUMVAL, ORD...), as libcob
// 3.1.2 computes them. Arguments are the bytes of items, literals or other functions' results;
// results are byte strings as long as the function makes them (TRIM of spaces is empty).
//
//   std::string upper = cobrt::FunctionUpperCase(bytes);                // "  AbC" -> "  ABC"
//   std::string part = cobrt::ReferenceModified(upper, 3, 2);           // (3:2)
//   cobrt::NumericResult n = cobrt::FunctionNumval(" -12.50");          // -12.5
#ifndef COBRT_INTRINSIC_TEXT_FUNCTIONS_H_
#define COBRT_INTRINSIC_TEXT_FUNCTIONS_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/edit/move.h"
#include "runtime/intrinsic/result_field.h"

namespace cobrt {

using TextArguments = std::initializer_list<std::string_view>;

// Byte by byte in the C locale (ASCII letters only).
auto FunctionUpperCase(std::string_view text) -> std::string;
auto FunctionLowerCase(std::string_view text) -> std::string;
auto FunctionReverse(std::string_view text) -> std::string;
enum class TrimSide : uint8_t { kBoth, kLeading, kTrailing };
// Spaces removed; all spaces give an empty result.
auto FunctionTrim(std::string_view text, TrimSide side = TrimSide::kBoth) -> std::string;
auto FunctionConcatenate(TextArguments texts) -> std::string;
// SUBSTITUTE(text, from1, to1, from2, to2...): at each position the first `from` that matches
// (in the order written) is replaced and skipped, else the byte is kept.
auto FunctionSubstitute(std::string_view text, TextArguments pairs) -> std::string;
// The same with the `from` strings matched regardless of ASCII letter case (strncasecmp).
auto FunctionSubstituteCase(std::string_view text, TextArguments pairs) -> std::string;
// The byte of ordinal n (n - 1), or NUL outside 1..256.
auto FunctionChar(const NumericResult& ordinal) -> std::string;
// The first byte's ordinal (its value + 1).
auto FunctionOrd(std::string_view text) -> NumericResult;
// LENGTH of an argument whose size is known only at run time.
auto FunctionLength(size_t size) -> NumericResult;
// MAX / MIN of alphanumeric arguments: the first greatest (least) as it is, compared as
// alphanumeric operands (space padded); ORD-MAX / ORD-MIN its position.
auto FunctionMaxText(TextArguments texts) -> std::string;
auto FunctionMinText(TextArguments texts) -> std::string;
auto FunctionOrdMaxText(TextArguments texts) -> NumericResult;
auto FunctionOrdMinText(TextArguments texts) -> NumericResult;

// NUMVAL, NUMVAL-C: an invalid string gives 0. libcob 3.1.2 takes CR or DB as a sign only when
// two more bytes follow them ("1.5CR" is 1.5, "1.5CR " is -1.5; checked against cobc).
auto FunctionNumval(std::string_view text, char decimal_point = '.') -> NumericResult;
auto FunctionNumvalC(std::string_view text, std::optional<std::string_view> currency = {},
                     char decimal_point = '.', char currency_symbol = '$') -> NumericResult;
auto FunctionNumvalF(std::string_view text, char decimal_point = '.') -> NumericResult;
// 0 when valid, else the position of the first invalid byte (one past the end when short).
auto FunctionTestNumval(std::string_view text, char decimal_point = '.') -> NumericResult;
auto FunctionTestNumvalC(std::string_view text, std::optional<std::string_view> currency = {},
                         char decimal_point = '.', char currency_symbol = '$') -> NumericResult;
auto FunctionTestNumvalF(std::string_view text, char decimal_point = '.') -> NumericResult;

// WHEN-COMPILED: cobc fixes the compilation's local time in the program; an emitted program
// takes the time its C++ was compiled (the compiler's __DATE__ and __TIME__, hundredths 00) and
// the local UTC offset of that time: YYYYMMDDhhmmsscc+hhmm.
auto WhenCompiledText(const char* compiler_date, const char* compiler_time) -> std::string;

// (offset:length) on a function's result as libcob applies it (calc_ref_mod): an offset past
// the end leaves the result whole; a length of 0 or less, or past the end, takes the rest.
auto ReferenceModified(std::string text, int64_t offset, int64_t length = 0) -> std::string;

// Statements on a function's bytes: MOVE to an alphanumeric or numeric item, comparisons as
// alphanumeric operands (space padded) and with a figurative constant or ALL literal.
inline auto TextBytes(std::string_view text) -> const uint8_t* {
  return reinterpret_cast<const uint8_t*>(text.data());
}
void MoveText(std::string_view text, uint8_t* target, size_t target_size,
              bool justified_right = false);
template <class To>
void MoveTextToNumeric(std::string_view text, uint8_t* target) {
  MoveAlphanumericToNumeric<To>(TextBytes(text), text.size(), target);
}
auto CompareText(std::string_view text, std::string_view other) -> int;
auto CompareTextAll(std::string_view text, std::string_view pattern) -> int;

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_TEXT_FUNCTIONS_H_
