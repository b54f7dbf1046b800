// Parser for the symbol table that GnuCOBOL 3.1.2 appends to a listing
// (`cobc -fsyntax-only -t LISTING -ftsymbols ...`): the reference side of the storage-layout
// check, which compares remint's item sizes with cobc's. See docs/storage-layout-check.md.
#ifndef REMINT_TESTS_SUPPORT_COBC_SYMBOLS_H_
#define REMINT_TESTS_SUPPORT_COBC_SYMBOLS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error_or.h"

namespace remint::testing {

enum class CobcSymbolKind : uint8_t {
  kFile,       // an FD/SD line ("FILE"): its size is the longest record
  kItem,       // a data item of level 01-49 or 77
  kRenames,    // level 66
  kCondition,  // level 88 (listed without a size)
};

// One line of the symbol table, with what its position in the table implies.
struct CobcSymbol {
  // The program the item belongs to: the listing's PROGRAM line, or, for a listing of a single
  // program (which cobc prints without one), the PROGRAM-ID found in the listed source.
  std::string program;
  // "FILE" for FD/SD lines and their records; otherwise the section header cobc printed without
  // " SECTION": "WORKING-STORAGE", "LOCAL-STORAGE", "LINKAGE", "SCREEN", "REPORT".
  std::string area;
  // The FD/SD a record belongs to (and the file's own name on its kFile line).
  std::string file;
  CobcSymbolKind kind = CobcSymbolKind::kItem;
  int level = 0;     // 1-49, 66, 77, 88; 0 on a kFile line
  std::string name;  // as listed; unnamed items are "FILLER"
  // 1-based position among the FILLER children of the same parent (for 01/77 FILLERs: of the
  // same area or file); 0 for a named item.
  int filler_ordinal = 0;
  // Enclosing items, outermost first (FILLERs written "FILLER#n"). For an 88 its conditional
  // variable is last; for a 66 it is the 01 record.
  std::vector<std::string> qualification;

  // The SIZE column exactly as printed; absent for 88s.
  std::optional<uint64_t> listed_size;
  // Bytes of one occurrence. cobc prints one occurrence for an item with a PICTURE but
  // multiplies by the OCCURS maximum for groups, INDEX and POINTER items.
  std::optional<uint64_t> occurrence_size;
  // occurrence_size times the OCCURS maximum (or occurrence_size without OCCURS): the bytes the
  // item takes in one occurrence of its parent.
  std::optional<uint64_t> total_size;
  bool listed_size_covers_occurs = false;

  std::string category;  // TYPE column: GROUP, ALPHANUMERIC, NUMERIC, INDEX, POINTER, ...
  std::string picture;   // PICTURE column's character-string (cobc invents one for COMP-1/2)
  std::string usage;     // what follows the picture: COMP, COMP-3, COMP-5, COMP-X, COMP-1 ...
  std::optional<uint32_t> occurs_min;  // OCCURS m TO n: m; plain OCCURS n: n
  std::optional<uint32_t> occurs_max;
  std::string redefines;  // REDEFINES target (for a 66: the first item it renames)
  bool is_external = false;
  bool is_global = false;
  bool is_based = false;
  // ANY LENGTH: cobc prints "?????" for its size (known only at run time).
  bool any_length = false;
  // cobc cuts names to 30 and pictures to 23 characters in the table.
  bool name_may_be_truncated = false;
  bool picture_may_be_truncated = false;
  // Line in the program's source. cobc 3.1.2's table does not give it; kept for listings that do.
  std::optional<uint32_t> source_line;
  uint32_t listing_line = 0;  // 1-based line in the listing, for messages
};

struct CobcListing {
  std::vector<std::string> programs;  // in listing order
  std::vector<CobcSymbol> symbols;    // in listing order
  // Programs for which cobc printed "No fields defined." (no FD and no data items).
  std::vector<std::string> programs_without_fields;
  std::optional<int> error_count;  // "N errors in compilation group", when printed
  std::optional<int> warning_count;
};

// Parses the symbol table(s) of a cobc 3.1.2 listing (page headers, the source part and the
// message summary are skipped). Fails, naming the listing line, on a listing without a symbol
// table or with a line it cannot read; never crashes on malformed input.
auto ParseCobcListing(std::string_view listing) -> ErrorOr<CobcListing>;

// The identity the layout check matches items by:
// "PROGRAM:AREA[/FILE]:QUAL.QUAL.NAME[#ordinal]".
auto CobcSymbolKey(const CobcSymbol& symbol) -> std::string;

// One line per symbol (key, sizes, category, picture, usage, OCCURS, REDEFINES, flags), for
// golden files and failure messages.
auto DumpCobcListing(const CobcListing& listing) -> std::string;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_COBC_SYMBOLS_H_
