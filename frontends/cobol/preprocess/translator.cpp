#include "frontends/cobol/preprocess/translator.h"

#include <array>
#include <utility>

#include "frontends/cobol/preprocess/text_words.h"

namespace remint::cobol {
namespace {

// The EXEC interface block, 85 bytes: offsets as IBM's DFHEIBLK data area gives them (EIBCALEN
// at X'18', EIBFN at X'1B', EIBRESP at X'4C'). IBM names neither the halfword at X'14' nor the
// byte at X'3E': they are FILLER here.
constexpr std::string_view kDfheiblk =
    "      * DFHEIBLK: the EXEC interface block (supplied by remint, as the\n"
    "      * CICS translator supplies it to every command-level program).\n"
    "       01  DFHEIBLK.\n"
    "           02  EIBTIME   PIC S9(7) COMP-3.\n"
    "           02  EIBDATE   PIC S9(7) COMP-3.\n"
    "           02  EIBTRNID  PIC X(4).\n"
    "           02  EIBTASKN  PIC S9(7) COMP-3.\n"
    "           02  EIBTRMID  PIC X(4).\n"
    "           02  FILLER    PIC S9(4) COMP.\n"
    "           02  EIBCPOSN  PIC S9(4) COMP.\n"
    "           02  EIBCALEN  PIC S9(4) COMP.\n"
    "           02  EIBAID    PIC X(1).\n"
    "           02  EIBFN     PIC X(2).\n"
    "           02  EIBRCODE  PIC X(6).\n"
    "           02  EIBDS     PIC X(8).\n"
    "           02  EIBREQID  PIC X(8).\n"
    "           02  EIBRSRCE  PIC X(8).\n"
    "           02  EIBSYNC   PIC X(1).\n"
    "           02  EIBFREE   PIC X(1).\n"
    "           02  EIBRECV   PIC X(1).\n"
    "           02  FILLER    PIC X(1).\n"
    "           02  EIBATT    PIC X(1).\n"
    "           02  EIBEOC    PIC X(1).\n"
    "           02  EIBFMH    PIC X(1).\n"
    "           02  EIBCOMPL  PIC X(1).\n"
    "           02  EIBSIG    PIC X(1).\n"
    "           02  EIBCONF   PIC X(1).\n"
    "           02  EIBERR    PIC X(1).\n"
    "           02  EIBERRCD  PIC X(4).\n"
    "           02  EIBSYNRB  PIC X(1).\n"
    "           02  EIBNODAT  PIC X(1).\n"
    "           02  EIBRESP   PIC S9(8) COMP.\n"
    "           02  EIBRESP2  PIC S9(8) COMP.\n"
    "           02  EIBRLDBK  PIC X(1).\n";

// The SQL communication area, 136 bytes, as Db2 12 for z/OS declares it for COBOL.
constexpr std::string_view kSqlca =
    "      * SQLCA: the SQL communication area (supplied by remint, as the\n"
    "      * Db2 precompiler supplies it for EXEC SQL INCLUDE SQLCA).\n"
    "       01  SQLCA.\n"
    "           05  SQLCAID   PIC X(8).\n"
    "           05  SQLCABC   PIC S9(9) COMP-5.\n"
    "           05  SQLCODE   PIC S9(9) COMP-5.\n"
    "           05  SQLERRM.\n"
    "               49  SQLERRML  PIC S9(4) COMP-5.\n"
    "               49  SQLERRMC  PIC X(70).\n"
    "           05  SQLERRP   PIC X(8).\n"
    "           05  SQLERRD   OCCURS 6 TIMES PIC S9(9) COMP-5.\n"
    "           05  SQLWARN.\n"
    "               10  SQLWARN0  PIC X.\n"
    "               10  SQLWARN1  PIC X.\n"
    "               10  SQLWARN2  PIC X.\n"
    "               10  SQLWARN3  PIC X.\n"
    "               10  SQLWARN4  PIC X.\n"
    "               10  SQLWARN5  PIC X.\n"
    "               10  SQLWARN6  PIC X.\n"
    "               10  SQLWARN7  PIC X.\n"
    "           05  SQLEXT.\n"
    "               10  SQLWARN8  PIC X.\n"
    "               10  SQLWARN9  PIC X.\n"
    "               10  SQLWARNA  PIC X.\n"
    "               10  SQLSTATE  PIC X(5).\n";

constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kSystemCopybooks = {{
    {"DFHEIBLK", kDfheiblk},
    {"SQLCA", kSqlca},
}};

// RESP values of the CICS conditions (decimal, as EIBRESP holds them); DSIDERR is the older name
// of FILENOTFOUND.
constexpr std::array<std::pair<std::string_view, int>, 104> kResponses = {{
    {"NORMAL", 0},        {"ERROR", 1},         {"RDATT", 2},         {"WRBRK", 3},
    {"EOF", 4},           {"EODS", 5},          {"EOC", 6},           {"INBFMH", 7},
    {"ENDINPT", 8},       {"NONVAL", 9},        {"NOSTART", 10},      {"TERMIDERR", 11},
    {"FILENOTFOUND", 12}, {"DSIDERR", 12},      {"NOTFND", 13},       {"DUPREC", 14},
    {"DUPKEY", 15},       {"INVREQ", 16},       {"IOERR", 17},        {"NOSPACE", 18},
    {"NOTOPEN", 19},      {"ENDFILE", 20},      {"ILLOGIC", 21},      {"LENGERR", 22},
    {"QZERO", 23},        {"SIGNAL", 24},       {"QBUSY", 25},        {"ITEMERR", 26},
    {"PGMIDERR", 27},     {"TRANSIDERR", 28},   {"ENDDATA", 29},      {"INVTSREQ", 30},
    {"EXPIRED", 31},      {"RETPAGE", 32},      {"RTEFAIL", 33},      {"RTESOME", 34},
    {"TSIOERR", 35},      {"MAPFAIL", 36},      {"INVERRTERM", 37},   {"INVMPSZ", 38},
    {"IGREQID", 39},      {"OVERFLOW", 40},     {"INVLDC", 41},       {"NOSTG", 42},
    {"JIDERR", 43},       {"QIDERR", 44},       {"NOJBUFSP", 45},     {"DSSTAT", 46},
    {"SELNERR", 47},      {"FUNCERR", 48},      {"UNEXPIN", 49},      {"NOPASSBKRD", 50},
    {"NOPASSBKWR", 51},   {"SYSIDERR", 53},     {"ISCINVREQ", 54},    {"ENQBUSY", 55},
    {"ENVDEFERR", 56},    {"IGREQCD", 57},      {"SESSIONERR", 58},   {"SYSBUSY", 59},
    {"SESSBUSY", 60},     {"NOTALLOC", 61},     {"CBIDERR", 62},      {"INVEXITREQ", 63},
    {"INVPARTNSET", 64},  {"INVPARTN", 65},     {"PARTNFAIL", 66},    {"USERIDERR", 69},
    {"NOTAUTH", 70},      {"VOLIDERR", 71},     {"SUPPRESSED", 72},   {"RESIDERR", 75},
    {"NOSPOOL", 80},      {"TERMERR", 81},      {"ROLLEDBACK", 82},   {"END", 83},
    {"DISABLED", 84},     {"ALLOCERR", 85},     {"STRELERR", 86},     {"OPENERR", 87},
    {"SPOLBUSY", 88},     {"SPOLERR", 89},      {"NODEIDERR", 90},    {"TASKIDERR", 91},
    {"TCIDERR", 92},      {"DSNNOTFOUND", 93},  {"LOADING", 94},      {"MODELIDERR", 95},
    {"OUTDESCRERR", 96},  {"PARTNERIDERR", 97}, {"PROFILEIDERR", 98}, {"NETNAMEIDERR", 99},
    {"LOCKED", 100},      {"RECORDBUSY", 101},  {"UOWNOTFOUND", 102}, {"UOWLNOTFOUND", 103},
    {"LINKABEND", 104},   {"CHANNELERR", 105},  {"CCSIDERR", 106},    {"TIMEDOUT", 107},
    {"CODEPAGEERR", 108}, {"INCOMPLETE", 109},  {"APPNOTFOUND", 110}, {"BUSY", 111},
}};

}  // namespace

auto SystemCopybook(std::string_view name) -> std::optional<std::string_view> {
  for (const auto& [copybook, text] : kSystemCopybooks) {
    if (EqualsIgnoringCase(copybook, name)) return text;
  }
  return std::nullopt;
}

auto CicsResponseValue(std::string_view condition) -> std::optional<int> {
  for (const auto& [name, value] : kResponses) {
    if (EqualsIgnoringCase(name, condition)) return value;
  }
  return std::nullopt;
}

}  // namespace remint::cobol
