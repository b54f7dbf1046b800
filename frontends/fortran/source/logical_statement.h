// A Fortran logical statement as the source reader produces it: the text of an initial line and
// its continuation lines joined, comments removed, blanks dropped outside character context
// ("condensed"), upper case outside character context, with the location of every character.
#ifndef REMINT_FRONTENDS_FORTRAN_SOURCE_LOGICAL_STATEMENT_H_
#define REMINT_FRONTENDS_FORTRAN_SOURCE_LOGICAL_STATEMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/source_loc.h"

namespace remint::fortran {

enum class SourceForm {
  kFixed,  // FORTRAN 77 card layout (ISO 1539:1980 3.2; F90 3.3.2).
  kFree,   // Fortran 90 free form (F90 3.3.1).
};

// What a character of the condensed text is part of.
enum class CharContext : uint8_t {
  kCode,       // Upper-cased; blanks removed.
  kCharacter,  // A character constant, delimiters included; verbatim.
  kHollerith,  // The n characters after nH; verbatim, blanks included.
};

struct LogicalStatement {
  std::optional<uint32_t> label;
  SourceLoc label_loc;               // Valid when `label` is set.
  std::string text;                  // Condensed.
  std::vector<CharContext> context;  // One per character of `text`.
  std::vector<SourceLoc> locs;       // One per character of `text`.
  SourceLoc loc;                     // Of the first character (of the label field if empty).
  // The reader reported the statement's text as broken (a constant left open): the parser
  // leaves it alone rather than report the same fault again.
  bool reported = false;

  // The location of text[offset]; past the end, the statement's last character.
  auto LocAt(size_t offset) const -> SourceLoc {
    if (locs.empty()) return loc;
    return offset < locs.size() ? locs[offset] : locs.back();
  }
  // Whether text[offset] is a code character (not inside a character constant or Hollerith).
  auto IsCode(size_t offset) const -> bool {
    return offset < context.size() && context[offset] == CharContext::kCode;
  }
};

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_SOURCE_LOGICAL_STATEMENT_H_
