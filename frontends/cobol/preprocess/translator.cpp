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

// The attention identifier constants, in the order of IBM's DFHAID copybook (CICS TS). IBM
// writes each AID as the EBCDIC character whose code the 3270 sends (DFHPF1 is '1', X'F1');
// written here as the same characters, they are those characters' codes in the program's own
// (ASCII) character set, as every other literal of a migrated program is. Two are no ASCII
// character: DFHCLRP (broken bar, X'6A') and DFHPF22 (cent sign, X'4A') are their ISO-8859-1 codes
// X'A6' and X'A2', which IBM037 converts them to. DFHNULL is X'00', as IBM's copybook writes it
// since CICS TS 4.2 (older copies held the unprintable byte between quotes).
constexpr std::string_view kDfhaid =
    "      * DFHAID: the attention identifier constants (supplied by remint,\n"
    "      * as CICS supplies them for COPY DFHAID).\n"
    "       01  DFHAID.\n"
    "           02  DFHNULL   PIC X VALUE X'00'.\n"
    "           02  DFHENTER  PIC X VALUE ''''.\n"
    "           02  DFHCLEAR  PIC X VALUE '_'.\n"
    "           02  DFHCLRP   PIC X VALUE X'A6'.\n"
    "           02  DFHPEN    PIC X VALUE '='.\n"
    "           02  DFHOPID   PIC X VALUE 'W'.\n"
    "           02  DFHMSRE   PIC X VALUE 'X'.\n"
    "           02  DFHSTRF   PIC X VALUE 'h'.\n"
    "           02  DFHTRIG   PIC X VALUE '\"'.\n"
    "           02  DFHPA1    PIC X VALUE '%'.\n"
    "           02  DFHPA2    PIC X VALUE '>'.\n"
    "           02  DFHPA3    PIC X VALUE ','.\n"
    "           02  DFHPF1    PIC X VALUE '1'.\n"
    "           02  DFHPF2    PIC X VALUE '2'.\n"
    "           02  DFHPF3    PIC X VALUE '3'.\n"
    "           02  DFHPF4    PIC X VALUE '4'.\n"
    "           02  DFHPF5    PIC X VALUE '5'.\n"
    "           02  DFHPF6    PIC X VALUE '6'.\n"
    "           02  DFHPF7    PIC X VALUE '7'.\n"
    "           02  DFHPF8    PIC X VALUE '8'.\n"
    "           02  DFHPF9    PIC X VALUE '9'.\n"
    "           02  DFHPF10   PIC X VALUE ':'.\n"
    "           02  DFHPF11   PIC X VALUE '#'.\n"
    "           02  DFHPF12   PIC X VALUE '@'.\n"
    "           02  DFHPF13   PIC X VALUE 'A'.\n"
    "           02  DFHPF14   PIC X VALUE 'B'.\n"
    "           02  DFHPF15   PIC X VALUE 'C'.\n"
    "           02  DFHPF16   PIC X VALUE 'D'.\n"
    "           02  DFHPF17   PIC X VALUE 'E'.\n"
    "           02  DFHPF18   PIC X VALUE 'F'.\n"
    "           02  DFHPF19   PIC X VALUE 'G'.\n"
    "           02  DFHPF20   PIC X VALUE 'H'.\n"
    "           02  DFHPF21   PIC X VALUE 'I'.\n"
    "           02  DFHPF22   PIC X VALUE X'A2'.\n"
    "           02  DFHPF23   PIC X VALUE '.'.\n"
    "           02  DFHPF24   PIC X VALUE '<'.\n";

// The standard attribute and printer control characters, 70 bytes, in the order and with the
// values of IBM's DFHBMSCA copybook (CICS TS; the constants of "BMS-related constants"). The
// attribute characters are written as IBM writes them (DFHBMASK '0', DFHBMPRO '-'), the bytes
// in hexadecimal as IBM does. DFHBMPSO and DFHBMPSI are the two bytes of a halfword holding
// X'0E0F', DFHBOX the low byte of one holding X'000F', as there.
constexpr std::string_view kDfhbmsca =
    "      * DFHBMSCA: the standard attribute and printer control\n"
    "      * characters (supplied by remint, as CICS supplies them).\n"
    "       01  DFHBMSCA.\n"
    "           02  DFHBMPEM  PIC X VALUE X'19'.\n"
    "           02  DFHBMPNL  PIC X VALUE X'15'.\n"
    "           02  DFHBMPFF  PIC X VALUE X'0C'.\n"
    "           02  DFHBMPCR  PIC X VALUE X'0D'.\n"
    "           02  DFHBMASK  PIC X VALUE '0'.\n"
    "           02  DFHBMUNP  PIC X VALUE ' '.\n"
    "           02  DFHBMUNN  PIC X VALUE '&'.\n"
    "           02  DFHBMPRO  PIC X VALUE '-'.\n"
    "           02  DFHBMBRY  PIC X VALUE 'H'.\n"
    "           02  DFHBMDAR  PIC X VALUE '<'.\n"
    "           02  DFHBMFSE  PIC X VALUE 'A'.\n"
    "           02  DFHBMPRF  PIC X VALUE '/'.\n"
    "           02  DFHBMASF  PIC X VALUE '1'.\n"
    "           02  DFHBMASB  PIC X VALUE '8'.\n"
    "           02  DFHBMEOF  PIC X VALUE X'80'.\n"
    "           02  DFHBMCUR  PIC X VALUE X'02'.\n"
    "           02  DFHBMEC   PIC X VALUE X'82'.\n"
    "           02  DFHBMFLG  PIC X.\n"
    "               88  DFHERASE  VALUES X'80' X'82'.\n"
    "               88  DFHCURSR  VALUES X'02' X'82'.\n"
    "           02  DFHBMDET  PIC X VALUE X'FF'.\n"
    "           02  DFHBMPSO-BIN  PIC 9(4) COMP VALUE 3599.\n"
    "           02  FILLER REDEFINES DFHBMPSO-BIN.\n"
    "               03  DFHBMPSO  PIC X.\n"
    "               03  DFHBMPSI  PIC X.\n"
    "           02  DFHSA     PIC X VALUE X'28'.\n"
    "           02  DFHCOLOR  PIC X VALUE X'42'.\n"
    "           02  DFHPS     PIC X VALUE X'43'.\n"
    "           02  DFHHLT    PIC X VALUE X'41'.\n"
    "           02  DFH3270   PIC X VALUE X'C0'.\n"
    "           02  DFHVAL    PIC X VALUE 'A'.\n"
    "           02  DFHOUTLN  PIC X VALUE 'B'.\n"
    "           02  DFHBKTRN  PIC X VALUE X'46'.\n"
    "           02  DFHALL    PIC X VALUE X'00'.\n"
    "           02  DFHERROR  PIC X VALUE X'3F'.\n"
    "           02  DFHDFT    PIC X VALUE X'FF'.\n"
    "           02  DFHDFCOL  PIC X VALUE X'00'.\n"
    "           02  DFHBLUE   PIC X VALUE '1'.\n"
    "           02  DFHRED    PIC X VALUE '2'.\n"
    "           02  DFHPINK   PIC X VALUE '3'.\n"
    "           02  DFHGREEN  PIC X VALUE '4'.\n"
    "           02  DFHTURQ   PIC X VALUE '5'.\n"
    "           02  DFHYELLO  PIC X VALUE '6'.\n"
    "           02  DFHNEUTR  PIC X VALUE '7'.\n"
    "           02  DFHBASE   PIC X VALUE X'00'.\n"
    "           02  DFHDFHI   PIC X VALUE X'00'.\n"
    "           02  DFHBLINK  PIC X VALUE '1'.\n"
    "           02  DFHREVRS  PIC X VALUE '2'.\n"
    "           02  DFHUNDLN  PIC X VALUE '4'.\n"
    "           02  DFHMFIL   PIC X VALUE X'04'.\n"
    "           02  DFHMENT   PIC X VALUE X'02'.\n"
    "           02  DFHMFE    PIC X VALUE X'06'.\n"
    "           02  DFHUNNOD  PIC X VALUE '('.\n"
    "           02  DFHUNIMD  PIC X VALUE 'I'.\n"
    "           02  DFHUNNUM  PIC X VALUE 'J'.\n"
    "           02  DFHUNNUB  PIC X VALUE 'Q'.\n"
    "           02  DFHUNINT  PIC X VALUE 'R'.\n"
    "           02  DFHUNNON  PIC X VALUE ')'.\n"
    "           02  DFHPROTI  PIC X VALUE 'Y'.\n"
    "           02  DFHPROTN  PIC X VALUE '%'.\n"
    "           02  DFHMT     PIC X VALUE X'01'.\n"
    "           02  DFHMFT    PIC X VALUE X'05'.\n"
    "           02  DFHMET    PIC X VALUE X'03'.\n"
    "           02  DFHMFET   PIC X VALUE X'07'.\n"
    "           02  DFHDFFR   PIC X VALUE X'00'.\n"
    "           02  DFHLEFT   PIC X VALUE X'08'.\n"
    "           02  DFHOVER   PIC X VALUE X'04'.\n"
    "           02  DFHRIGHT  PIC X VALUE X'02'.\n"
    "           02  DFHUNDER  PIC X VALUE X'01'.\n"
    "           02  DFHBOX-BIN  PIC 9(4) COMP VALUE 15.\n"
    "           02  FILLER REDEFINES DFHBOX-BIN.\n"
    "               03  FILLER    PIC X.\n"
    "               03  DFHBOX    PIC X.\n"
    "           02  DFHSOSI   PIC X VALUE X'01'.\n"
    "           02  DFHTRANS  PIC X VALUE '0'.\n"
    "           02  DFHOPAQ   PIC X VALUE X'FF'.\n";

// The SQL descriptor area. Db2 for z/OS has no INCLUDE SQLDA for COBOL (a COBOL program codes
// the SQLDA itself); this is the declaration its sample programs use: a 16-byte header, then
// SQLN entries of SQLTYPE, SQLLEN, SQLDATA and SQLIND pointers and the 30-byte SQLNAME. With
// the 4-byte pointers of z/OS an entry is 44 bytes (SQLDABC = 16 + 44 x SQLN: 33016 for 750,
// the sample's value, kept); remint's runtime has 8-byte pointers, so an entry takes 52 here.
constexpr std::string_view kSqlda =
    "      * SQLDA: the SQL descriptor area (supplied by remint for\n"
    "      * EXEC SQL INCLUDE SQLDA, as Db2 declares it for COBOL).\n"
    "       01  SQLDA.\n"
    "           02  SQLDAID   PIC X(8) VALUE 'SQLDA'.\n"
    "           02  SQLDABC   PIC S9(8) COMP VALUE 33016.\n"
    "           02  SQLN      PIC S9(4) COMP VALUE 750.\n"
    "           02  SQLD      PIC S9(4) COMP VALUE 0.\n"
    "           02  SQLVAR    OCCURS 1 TO 750 TIMES DEPENDING ON SQLN.\n"
    "               03  SQLTYPE   PIC S9(4) COMP.\n"
    "               03  SQLLEN    PIC S9(4) COMP.\n"
    "               03  SQLDATA   POINTER.\n"
    "               03  SQLIND    POINTER.\n"
    "               03  SQLNAME.\n"
    "                   49  SQLNAMEL  PIC S9(4) COMP.\n"
    "                   49  SQLNAMEC  PIC X(30).\n";

// The DL/I interface block the CICS translator declares in the working storage of a program with
// EXEC DLI commands: the fields and pictures IMS documents ("Specifying the DL/I interface block
// (DIB)"), 40 bytes, under the 01 name the translator gives it.
constexpr std::string_view kDlzdib =
    "      * DLZDIB: the DL/I interface block (supplied by remint, as the\n"
    "      * CICS translator declares it for EXEC DLI).\n"
    "       01  DLZDIB.\n"
    "           02  DIBVER    PIC X(2).\n"
    "           02  DIBSTAT   PIC X(2).\n"
    "           02  DIBSEGM   PIC X(8).\n"
    "           02  DIBFIL01  PIC X.\n"
    "           02  DIBFIL02  PIC X.\n"
    "           02  DIBSEGLV  PIC X(2).\n"
    "           02  DIBKFBL   PIC S9(4) COMP.\n"
    "           02  DIBDBDNM  PIC X(8).\n"
    "           02  DIBDBORG  PIC X(8).\n"
    "           02  DIBFIL03  PIC X(6).\n";

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSystemCopybooks = {{
    {"DFHEIBLK", kDfheiblk},
    {"SQLCA", kSqlca},
    {"DFHAID", kDfhaid},
    {"DFHBMSCA", kDfhbmsca},
    {"SQLDA", kSqlda},
    {"DLZDIB", kDlzdib},
}};

// RESP values of the CICS conditions (decimal, as EIBRESP holds them), from IBM's "Response
// codes of EXEC CICS commands"; DSIDERR is the older name of FILENOTFOUND.
constexpr std::array<std::pair<std::string_view, int>, 122> kResponses = {{
    {"NORMAL", 0},
    {"ERROR", 1},
    {"RDATT", 2},
    {"WRBRK", 3},
    {"EOF", 4},
    {"EODS", 5},
    {"EOC", 6},
    {"INBFMH", 7},
    {"ENDINPT", 8},
    {"NONVAL", 9},
    {"NOSTART", 10},
    {"TERMIDERR", 11},
    {"DSIDERR", 12},
    {"FILENOTFOUND", 12},
    {"NOTFND", 13},
    {"DUPREC", 14},
    {"DUPKEY", 15},
    {"INVREQ", 16},
    {"IOERR", 17},
    {"NOSPACE", 18},
    {"NOTOPEN", 19},
    {"ENDFILE", 20},
    {"ILLOGIC", 21},
    {"LENGERR", 22},
    {"QZERO", 23},
    {"SIGNAL", 24},
    {"QBUSY", 25},
    {"ITEMERR", 26},
    {"PGMIDERR", 27},
    {"TRANSIDERR", 28},
    {"ENDDATA", 29},
    {"INVTSREQ", 30},
    {"EXPIRED", 31},
    {"RETPAGE", 32},
    {"RTEFAIL", 33},
    {"RTESOME", 34},
    {"TSIOERR", 35},
    {"MAPFAIL", 36},
    {"INVERRTERM", 37},
    {"INVMPSZ", 38},
    {"IGREQID", 39},
    {"OVERFLOW", 40},
    {"INVLDC", 41},
    {"NOSTG", 42},
    {"JIDERR", 43},
    {"QIDERR", 44},
    {"NOJBUFSP", 45},
    {"DSSTAT", 46},
    {"SELNERR", 47},
    {"FUNCERR", 48},
    {"UNEXPIN", 49},
    {"NOPASSBKRD", 50},
    {"NOPASSBKWR", 51},
    {"SEGIDERR", 52},
    {"SYSIDERR", 53},
    {"ISCINVREQ", 54},
    {"ENQBUSY", 55},
    {"ENVDEFERR", 56},
    {"IGREQCD", 57},
    {"SESSIONERR", 58},
    {"SYSBUSY", 59},
    {"SESSBUSY", 60},
    {"NOTALLOC", 61},
    {"CBIDERR", 62},
    {"INVEXITREQ", 63},
    {"INVPARTNSET", 64},
    {"INVPARTN", 65},
    {"PARTNFAIL", 66},
    {"USERIDERR", 69},
    {"NOTAUTH", 70},
    {"VOLIDERR", 71},
    {"SUPPRESSED", 72},
    {"RESIDERR", 75},
    {"NOSPOOL", 80},
    {"TERMERR", 81},
    {"ROLLEDBACK", 82},
    {"END", 83},
    {"DISABLED", 84},
    {"ALLOCERR", 85},
    {"STRELERR", 86},
    {"OPENERR", 87},
    {"SPOLBUSY", 88},
    {"SPOLERR", 89},
    {"NODEIDERR", 90},
    {"TASKIDERR", 91},
    {"TCIDERR", 92},
    {"DSNNOTFOUND", 93},
    {"LOADING", 94},
    {"MODELIDERR", 95},
    {"OUTDESCRERR", 96},
    {"PARTNERIDERR", 97},
    {"PROFILEIDERR", 98},
    {"NETNAMEIDERR", 99},
    {"LOCKED", 100},
    {"RECORDBUSY", 101},
    {"UOWNOTFOUND", 102},
    {"UOWLNOTFOUND", 103},
    {"LINKABEND", 104},
    {"CHANGED", 105},
    {"PROCESSBUSY", 106},
    {"ACTIVITYBUSY", 107},
    {"PROCESSERR", 108},
    {"ACTIVITYERR", 109},
    {"CONTAINERERR", 110},
    {"EVENTERR", 111},
    {"TOKENERR", 112},
    {"NOTFINISHED", 113},
    {"POOLERR", 114},
    {"TIMERERR", 115},
    {"SYMBOLERR", 116},
    {"TEMPLATERR", 117},
    {"NOTSUPERUSER", 118},
    {"CSDERR", 119},
    {"DUPRES", 120},
    {"RESUNAVAIL", 121},
    {"CHANNELERR", 122},
    {"CCSIDERR", 123},
    {"TIMEDOUT", 124},
    {"CODEPAGEERR", 125},
    {"INCOMPLETE", 126},
    {"APPNOTFOUND", 127},
    {"BUSY", 128},
}};

// CVDA values (CICS-value data areas) DFHVALUE(name) stands for, by value: those of IBM's "CVDAs
// and numeric values" lists (numeric sequence 1-82, alphabetic sequence A-B, and the CVDAs of
// the FEPI commands) that remint carries. Several names share a value (IGNORE and NOTAPPLIC 1).
constexpr std::array<std::pair<std::string_view, int>, 236> kCvdaValues = {{
    {"IGNORE", 1},
    {"NOTAPPLIC", 1},
    {"BDAM", 2},
    {"IMMEDIATE", 2},
    {"EVENTUAL", 3},
    {"VSAM", 3},
    {"REMOTE", 4},
    {"ESDS", 5},
    {"KSDS", 6},
    {"RRDS", 7},
    {"KEYED", 8},
    {"NOTKEYED", 9},
    {"BASE", 10},
    {"CRITICAL", 11},
    {"PATH", 11},
    {"FIXED", 12},
    {"VARIABLE", 13},
    {"UNDEFINED", 14},
    {"NOTSUPPORTED", 15},
    {"BLOCKED", 16},
    {"UNBLOCKED", 17},
    {"OPEN", 18},
    {"CLOSED", 19},
    {"OPENING", 20},
    {"CLOSING", 21},
    {"CLOSEREQUEST", 22},
    {"ENABLED", 23},
    {"DISABLED", 24},
    {"DISABLING", 25},
    {"OLD", 26},
    {"SHARE", 27},
    {"NEW", 28},
    {"RECOVERABLE", 29},
    {"NOTRECOVABLE", 30},
    {"EMPTYREQ", 31},
    {"NOEMPTYREQ", 32},
    {"UNENABLED", 33},
    {"UNENABLING", 34},
    {"READABLE", 35},
    {"NOTREADABLE", 36},
    {"UPDATABLE", 37},
    {"NOTUPDATABLE", 38},
    {"BROWSABLE", 39},
    {"NOTBROWSABLE", 40},
    {"ADDABLE", 41},
    {"NOTADDABLE", 42},
    {"DELETABLE", 43},
    {"NOTDELETABLE", 44},
    {"HEX", 45},
    {"DEC", 46},
    {"BLK", 47},
    {"EXCTL", 48},
    {"NOEXCTL", 49},
    {"BASE64", 50},
    {"ENABLING", 51},
    {"ALTERABLE", 52},
    {"NOTALTERABLE", 53},
    {"LOG", 54},
    {"NOLOG", 55},
    {"CTRLABLE", 56},
    {"NOTCTRLABLE", 57},
    {"VTAM", 60},
    {"BSAM", 61},
    {"BTAM", 62},
    {"BGAM", 63},
    {"TCAM", 64},
    {"TCAMSNA", 65},
    {"CONSOLE", 66},
    {"CREATE", 67},
    {"NOCREATE", 68},
    {"ACQUIRED", 69},
    {"RELEASED", 70},
    {"ACQUIRING", 71},
    {"COLDACQ", 72},
    {"INSERVICE", 73},
    {"OUTSERVICE", 74},
    {"ATI", 75},
    {"NOATI", 76},
    {"TTI", 77},
    {"NOTTI", 78},
    {"PAGEABLE", 79},
    {"AUTOPAGE", 80},
    {"AUTOPAGEABLE", 80},
    {"ALLOCATD", 81},
    {"ALLOCATED", 81},
    {"CONFFREE", 82},
    {"FREE", 85},
    {"PENDFREE", 86},
    {"AVAILABLE", 95},
    {"APPC", 124},
    {"ASSEMBLER", 150},
    {"ANY", 158},
    {"BELOW", 159},
    {"HOLD", 163},
    {"ALLCONN", 169},
    {"AUTOCONN", 170},
    {"GOINGOUT", 172},
    {"ACTIVE", 181},
    {"BACKOUT", 192},
    {"ALTERNATE", 197},
    {"ASACTL", 224},
    {"INPUT", 226},
    {"OUTPUT", 227},
    {"TASK", 233},
    {"AUXILIARY", 247},
    {"AUTOARCH", 262},
    {"ADVANCE", 265},
    {"AINIT", 282},
    {"BINIT", 283},
    {"AUTOINIT", 284},
    {"SHUTDOWN", 288},
    {"RESET", 290},
    {"ADD", 291},
    {"APPLID", 303},
    {"AUXSTART", 312},
    {"AUXPAUSE", 313},
    {"AUXSTOP", 314},
    {"APPLNAME", 338},
    {"FORCE", 342},
    {"INVALID", 359},
    {"SESSION", 372},
    {"APPCSINGLE", 373},
    {"APPCPARALLEL", 374},
    {"APLKYBD", 391},
    {"APLTEXT", 393},
    {"AUDALARM", 395},
    {"BACKTRANS", 397},
    {"ALLQUERY", 431},
    {"ALTPRTCOPY", 446},
    {"NEWSESSION", 485},
    {"OLDSESSION", 486},
    {"NOSTSN", 487},
    {"STSNSET", 488},
    {"STSNTEST", 489},
    {"EB", 490},
    {"CD", 491},
    {"MORE", 492},
    {"LIC", 493},
    {"RU", 494},
    {"NONE", 496},
    {"DEFRESP1", 497},
    {"DEFRESP2", 498},
    {"DEFRESP3", 499},
    {"NOALARM", 500},
    {"ALARM", 501},
    {"FMH", 502},
    {"NOFMH", 503},
    {"PROTECTED", 504},
    {"UNPROTECTED", 505},
    {"MDT", 506},
    {"NOMDT", 507},
    {"DATA", 508},
    {"STSN", 509},
    {"BEGINSESSION", 510},
    {"TIMEOUT", 511},
    {"INSTALLFAIL", 512},
    {"DISCARDFAIL", 513},
    {"SETFAIL", 514},
    {"ACQFAIL", 515},
    {"SESSIONLOST", 516},
    {"SESSIONFAIL", 517},
    {"ADDFAIL", 519},
    {"DELETEFAIL", 520},
    {"UNSOLDATA", 521},
    {"NORMALRESP", 522},
    {"EXCEPTRESP", 523},
    {"ATTENTION", 524},
    {"LUSTAT", 525},
    {"CANCEL", 526},
    {"RTR", 527},
    {"DEFRESP1OR2", 528},
    {"POSITIVE", 529},
    {"NEGATIVE", 530},
    {"NOMSGJRNL", 531},
    {"INOUT", 532},
    {"T3278M2", 533},
    {"T3278M3", 534},
    {"T3278M4", 535},
    {"T3278M5", 536},
    {"T3279M2", 537},
    {"T3279M3", 538},
    {"T3279M4", 539},
    {"T3279M5", 540},
    {"LUP", 541},
    {"FORMATTED", 542},
    {"DATASTREAM", 543},
    {"LOSE", 544},
    {"NOTINBOUND", 546},
    {"INBOUND", 547},
    {"RELEASING", 549},
    {"INSTALLED", 550},
    {"NOTINSTALLED", 551},
    {"NOCONV", 556},
    {"PENDSTSN", 557},
    {"PENDBEGIN", 558},
    {"APPLICATION", 559},
    {"PENDDATA", 560},
    {"PENDSTART", 561},
    {"PENDRELEASE", 562},
    {"RELEASE", 563},
    {"PENDUNSOL", 564},
    {"PENDPASS", 565},
    {"ASYNCHRONOUS", 570},
    {"ATTACH", 576},
    {"ASCII7", 616},
    {"ASCII8", 617},
    {"AUTOSTART", 618},
    {"AUTOACTIVE", 630},
    {"AUTOINACTIVE", 631},
    {"BASESPACE", 664},
    {"NOCONVERT", 734},
    {"BACKUPNONBWO", 800},
    {"ALL", 856},
    {"ADDRESS", 859},
    {"ALLVALUES", 860},
    {"ABEND", 900},
    {"BRIDGE", 935},
    {"ACTIVITY", 1002},
    {"AND", 1005},
    {"BIT", 1020},
    {"APPEND", 1036},
    {"BINARY", 1038},
    {"BASEAPI", 1052},
    {"BASICAUTH", 1092},
    {"AUTOREGISTER", 1094},
    {"AUTOAUTH", 1095},
    {"BOTH", 1100},
    {"ASSERTED", 1104},
    {"ATOM", 1119},
    {"AUTOTERMID", 1120},
    {"ANALYZER", 1126},
    {"AUTOINSTALL", 1140},
    {"ATOMSERVICE", 1179},
    {"ATTLSAWARE", 1205},
    {"ASRUNTRAN", 1209},
    {"ASYNCSERVICE", 1213},
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

auto CicsCvdaValue(std::string_view cvda) -> std::optional<int> {
  for (const auto& [name, value] : kCvdaValues) {
    if (EqualsIgnoringCase(name, cvda)) return value;
  }
  return std::nullopt;
}

}  // namespace remint::cobol
