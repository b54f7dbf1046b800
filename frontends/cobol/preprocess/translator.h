// What IBM's CICS translator and Db2 precompiler put into a program before the compiler sees it,
// as far as the front end needs it to read the program as those tools leave it:
//   - the system copybooks they supply: DFHEIBLK, the EXEC interface block every command-level
//     program addresses; DFHAID, the attention identifier constants; DFHBMSCA, the standard BMS
//     attribute and printer control characters; SQLCA, the SQL communication area `EXEC SQL
//     INCLUDE SQLCA` brings; SQLDA, the SQL descriptor area of `EXEC SQL INCLUDE SQLDA`;
//     DLZDIB, the DL/I interface block (DIBSTAT ...) of a program with EXEC DLI commands;
//   - the values DFHRESP(condition) stands for (the RESP codes of the CICS conditions) and those
//     DFHVALUE(cvda) stands for (CICS-value data areas);
//   - DFHCOMMAREA, one byte, in the LINKAGE SECTION of a program that declares none.
// The copy stage (copy_expander.cpp) applies them. The layouts and values are IBM's published
// ones (CICS TS "EXEC interface block fields" and the DFHEIBLK data area, "BMS-related
// constants" and the DFHAID and DFHBMSCA copybooks; Db2 12 for z/OS "The included SQLCA" and
// the SQLDA of its COBOL samples; the RESP values of the CICS conditions), written here in our
// own text.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_TRANSLATOR_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_TRANSLATOR_H_

#include <optional>
#include <string_view>

namespace remint::cobol {

// The text of a system copybook (fixed reference format), by name in any letter case; nothing
// for a name the translators do not supply. A member of that name in the copy search wins.
auto SystemCopybook(std::string_view name) -> std::optional<std::string_view>;

// The path a system copybook is shown with in locations and listings.
inline constexpr std::string_view kSystemCopybookFolder = "<remint>";

// The RESP value of a CICS condition (DFHRESP(NOTFND) is 13), by name in any letter case.
auto CicsResponseValue(std::string_view condition) -> std::optional<int>;

// The numeric value of a CVDA (DFHVALUE(ENABLED) is 23), by name in any letter case; nothing for
// a name remint does not carry.
auto CicsCvdaValue(std::string_view cvda) -> std::optional<int>;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_TRANSLATOR_H_
