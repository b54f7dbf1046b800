// Comment entries: the free text after AUTHOR, INSTALLATION, DATE-WRITTEN, DATE-COMPILED,
// SECURITY and REMARKS in the identification division. They may contain anything (unbalanced
// quotes, periods), so they are blanked before lexing rather than tokenized.
#ifndef REMINT_FRONTENDS_COBOL_PARSE_COMMENT_ENTRIES_H_
#define REMINT_FRONTENDS_COBOL_PARSE_COMMENT_ENTRIES_H_

#include <string>

namespace remint::cobol {

// Replaces every comment-entry character with a space, keeping newlines, so that byte offsets
// (and therefore LocationMap lookups) are unchanged. A comment entry runs from the period after
// its paragraph name to the next line that starts:
// - with `area_a` (fixed format, where each text line starts at column 8): any line with a
//   character in Area A (its first four columns), as the standard says;
// - without (free format): a line whose first words are another identification paragraph
//   header ("SECURITY."), a division header, or END PROGRAM.
void BlankCommentEntries(std::string& text, bool area_a);

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PARSE_COMMENT_ENTRIES_H_
