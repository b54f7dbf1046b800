// BMS map sets: the DFHMSD / DFHMDI / DFHMDF macro source of a CICS screen definition, read into
// a map model, and the symbolic map copybook the BMS assembler generates from it for COBOL
// programs (`COPY mapset`). Facts from IBM's CICS documentation ("BMS macros", "The symbolic
// map"); our own reader and generator.
//
// Reading: assembler format: a name in column 1, the macro, then operands up to column 71; a
// non-blank column 72 continues the statement on the next line from column 16; '*' in column 1
// is a comment. Operands are KEYWORD=value, where a value is a word, a quoted string ('' for a
// quote) or a parenthesised list.
#ifndef REMINT_FRONTENDS_BMS_BMS_H_
#define REMINT_FRONTENDS_BMS_BMS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"

namespace remint::bms {

struct BmsField {    // DFHMDF
  std::string name;  // empty: a constant the program cannot address (no symbolic fields)
  SourceLoc loc;
  uint32_t row = 0;
  uint32_t column = 0;
  uint32_t length = 0;
  std::vector<std::string> attributes;  // ATTRB=(...)
  std::string initial;                  // INITIAL='...', quotes removed
  std::string picture_in;               // PICIN='9(5)': the ...I field's picture
  std::string picture_out;              // PICOUT=: the ...O field's picture
  uint32_t occurs = 0;                  // OCCURS=n (0: not repeated)
};

struct BmsMap {  // DFHMDI
  std::string name;
  SourceLoc loc;
  uint32_t rows = 24;
  uint32_t columns = 80;
  // The extended attributes each named field has a subfield for, by suffix, in the order the
  // BMS assembler lays them out: C (COLOR), P (PS), H (HILIGHT), V (VALIDN), U (OUTLINE),
  // M (SOSI), T (TRANSP). From EXTATT=YES (C, P, H, V) and DSATTS=, the map's own operands
  // replacing its map set's.
  std::string extended_attributes;
  std::vector<BmsField> fields;
};

struct BmsMapSet {  // DFHMSD
  std::string name;
  SourceLoc loc;
  std::map<std::string, std::string> options;  // TYPE, MODE, LANG, STORAGE, TIOAPFX, ...
  std::vector<BmsMap> maps;
};

// Reads the map set in `file` (loaded in `sources`); problems are located diagnostics and the
// statement is skipped.
auto ReadMapSet(const SourceManager& sources, FileId file, DiagnosticEmitter& emitter) -> BmsMapSet;

// The COBOL symbolic map: per map MAPI (input: each named field's length, flag/attribute byte,
// a filler over its extended attributes, and data) and MAPO REDEFINES MAPI (output: a subfield
// per extended attribute, and the data), in fixed reference format. With
// TIOAPFX=YES each record starts with a 12-byte filler; with STORAGE=AUTO each map has its own
// storage, otherwise every map's input record redefines the first's.
auto SymbolicMapCopybook(const BmsMapSet& map_set) -> std::string;

// The map as the terminal shows it before the program fills it in: `rows` lines of `columns`
// characters (trailing blanks dropped), each field's INITIAL text after its attribute byte, and
// where a field has no text, '_' for an input field (UNPROT) and '#' for a named field the
// program fills; an OCCURS field is drawn once per occurrence.
auto ScreenPicture(const BmsMap& map) -> std::string;

}  // namespace remint::bms

#endif  // REMINT_FRONTENDS_BMS_BMS_H_
