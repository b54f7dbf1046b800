// FORMAT specifications: the text of a FORMAT statement or a character format, parsed into
// items that formatted READ and WRITE walk (FORTRAN 77 §13.2-13.5; Fortran 90 §10.1-10.2).
//
//   cobrt::fortran::ParsedFormat parsed = cobrt::fortran::ParseFormat("(1H ,I5,2(F8.3,1X))");
//   if (!parsed.ok()) ... parsed.error, parsed.error_offset ...
//
// Blanks are insignificant outside literals (apostrophe, quote and Hollerith text keep theirs);
// letters may be either case. A comma may be left out where FORTRAN 77 allows it: after a scale
// factor (1PE12.5), before and after a slash or colon. gfortran's extensions that legacy code
// uses are accepted: X without a count, a trailing comma before the closing parenthesis.
#ifndef COBRT_FORTRAN_FORMAT_H_
#define COBRT_FORTRAN_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cobrt::fortran {

enum class EditKind : uint8_t {
  // Data edit descriptors: each one takes an item of the list.
  kInteger,    // Iw[.m]
  kFixed,      // Fw.d
  kExponent,   // Ew.d[Ee]
  kDouble,     // Dw.d
  kGeneral,    // Gw.d[Ee]
  kLogical,    // Lw
  kCharacter,  // A[w]
  // Control and character string edit descriptors.
  kLiteral,       // 'text', "text" or nHtext
  kSkip,          // nX: n positions right
  kTab,           // Tn: to column n
  kTabLeft,       // TLn
  kTabRight,      // TRn
  kSlash,         // /: ends the record
  kColon,         // :: stops when the list is exhausted
  kScale,         // kP
  kSignDefault,   // S
  kSignPlus,      // SP
  kSignSuppress,  // SS
  kBlankNull,     // BN (input)
  kBlankZero,     // BZ (input)
  kGroup,         // r( ... )
};

struct FormatItem {
  EditKind kind = EditKind::kLiteral;
  int32_t repeat = 1;             // r of rI5, r(...), r/
  int32_t width = -1;             // w; n of nX, Tn, TLn, TRn; k of kP. -1 when not written (A).
  int32_t digits = -1;            // d of Fw.d, Ew.d, Gw.d; m of Iw.m. -1 when not written.
  int32_t exponent = -1;          // e of Ew.dEe, Gw.dEe. -1 when not written.
  std::string text;               // a literal's characters
  std::vector<FormatItem> items;  // a group's items
  size_t offset = 0;              // where the item starts in the format text
};

struct Format {
  std::vector<FormatItem> items;  // the items of the outermost parentheses
  // Where format control goes on when it reaches the end with items left (§13.3): the last
  // group of the outermost list, or its first item.
  size_t reversion = 0;
  bool has_data = false;  // some data edit descriptor
  // Some data edit descriptor from `reversion` on: without one, reversion cannot consume items
  // (libgfortran: "Insufficient data descriptors in format after reversion").
  bool reversion_has_data = false;
};

struct ParsedFormat {
  Format format;
  std::string error;  // empty when the text is a valid format
  size_t error_offset = 0;
  auto ok() const -> bool { return error.empty(); }
};

auto IsDataEdit(EditKind kind) -> bool;

// Parses `text`: '(' items ')', optionally surrounded by blanks; anything after the closing
// parenthesis is ignored, as in a character format.
auto ParseFormat(std::string_view text) -> ParsedFormat;

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_FORMAT_H_
