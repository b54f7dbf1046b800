// `remint data decode|encode` end to end: decoding gives the expected JSON lines and encoding
// them gives back exactly the input bytes, for every field kind, framing and bad input.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/cli_runner.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

auto ReadFile(const std::string& path) -> std::string {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Layout {
  std::string copybook;
  std::vector<std::string> options;  // --recfm, --lrecl, --encoding...
};

// Decodes `bytes`, encodes the result and checks the bytes come back.
auto RoundTrip(const std::string& dir, const Layout& layout, const std::string& bytes)
    -> CliResult {
  WriteFile(dir + "/in.dat", bytes);
  std::vector<std::string> decode = {"data", "decode", "--copybook", layout.copybook};
  decode.insert(decode.end(), layout.options.begin(), layout.options.end());
  decode.insert(decode.end(), {"-o", dir + "/out.jsonl", dir + "/in.dat"});
  CliResult decoded = RunRemint(decode, dir);
  decoded.out = ReadFile(dir + "/out.jsonl");
  std::vector<std::string> encode = {"data", "encode", "--copybook", layout.copybook};
  encode.insert(encode.end(), layout.options.begin(), layout.options.end());
  encode.insert(encode.end(), {"-o", dir + "/back.dat", dir + "/out.jsonl"});
  CliResult encoded = RunRemint(encode, dir);
  EXPECT_EQ(encoded.exit_code, 0) << encoded.err;
  EXPECT_EQ(ReadFile(dir + "/back.dat"), bytes) << "round trip changed the bytes; JSON:\n"
                                                << decoded.out;
  return decoded;
}

constexpr const char* kAllKinds =
    "       01  ALL-KINDS.\n"
    "           05  A-TEXT          PIC X(4).\n"
    "           05  A-ZONED         PIC 9(3)V99.\n"
    "           05  A-ZONED-S       PIC S9(3).\n"
    "           05  A-LEAD          PIC S9(3) SIGN LEADING.\n"
    "           05  A-SEP           PIC S9(3) SIGN TRAILING SEPARATE.\n"
    "           05  A-PACKED        PIC S9(5)V99 COMP-3.\n"
    "           05  A-PACKED-U      PIC 9(4) COMP-3.\n"
    "           05  A-BIN           PIC S9(4) COMP.\n"
    "           05  A-BIN5          PIC 9(9) COMP-5.\n"
    "           05  A-FLOAT         COMP-2.\n"
    "           05  A-EDITED        PIC ZZ9.99.\n"
    "           05  FILLER          PIC X(2).\n";

auto AllKindsRecord(const std::string& packed) -> std::string {
  std::string record =
      "AB\"C"
      "12345"
      "12s"
      "q45"
      "123-";
  record += packed;                      // S9(5)V99 COMP-3: 4 bytes
  record += std::string("\x01\x2F", 2);  // 9(4) COMP-3: 3 bytes -> 0 0 1 2 F
  record.insert(record.size() - 2, 1, '\0');
  record += std::string("\xFF\xFE", 2);                          // -2
  record += std::string("\x00\x00\x01\x00", 4);                  // 256
  record += std::string("\x3F\xF8\x00\x00\x00\x00\x00\x00", 8);  // 1.5
  record += " 12.50";
  record += "\x01\x02";
  return record;
}

TEST(DataCodecTest, EveryFieldKindDecodesAndRoundTrips) {
  std::string dir = FreshDirectory("all-kinds");
  WriteFile(dir + "/ALLKINDS", kAllKinds);
  std::string record = AllKindsRecord(std::string("\x01\x23\x45\x6D", 4));
  Layout layout{dir + "/ALLKINDS", {"--lrecl", std::to_string(record.size())}};
  CliResult result = RoundTrip(dir, layout, record + record);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string first = result.out.substr(0, result.out.find('\n'));
  EXPECT_EQ(first,
            "{\"A-TEXT\":\"AB\\\"C\",\"A-ZONED\":123.45,\"A-ZONED-S\":-123,\"A-LEAD\":-145,"
            "\"A-SEP\":-123,\"A-PACKED\":-1234.56,\"A-PACKED-U\":12,\"A-BIN\":-2,\"A-BIN5\":256,"
            "\"A-FLOAT\":1.5,\"A-EDITED\":\" 12.50\",\"FILLER\":{\"hex\":\"0102\"}}");
}

TEST(DataCodecTest, InvalidBytesBecomeHexAndEncodeBack) {
  std::string dir = FreshDirectory("invalid");
  WriteFile(dir + "/ALLKINDS", kAllKinds);
  // A packed field with a bad digit nibble and one with sign F in a signed field.
  std::string bad_digit = AllKindsRecord(std::string("\x01\x2A\x45\x6C", 4));
  std::string bad_sign = AllKindsRecord(std::string("\x01\x23\x45\x6F", 4));
  std::string spaces = bad_sign;
  spaces.replace(4, 5, "     ");  // spaces in the zoned field
  Layout layout{dir + "/ALLKINDS", {"--lrecl", std::to_string(bad_digit.size())}};
  CliResult result = RoundTrip(dir, layout, bad_digit + bad_sign + spaces);
  EXPECT_NE(result.out.find("\"A-PACKED\":{\"hex\":\"012A456C\"}"), std::string::npos);
  EXPECT_NE(result.out.find("\"A-PACKED\":{\"hex\":\"0123456F\"}"), std::string::npos);
  EXPECT_NE(result.out.find("\"A-ZONED\":{\"hex\":\"2020202020\"}"), std::string::npos);
  EXPECT_NE(result.err.find("record 1, byte offset 19: packed field 'A-PACKED'"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("RM7003"), std::string::npos);
}

// The decoder's fast paths (text copied by a one-byte table, digits checked once per field)
// must fall back exactly where the per-byte checks did: multi-byte and escaped characters,
// bytes with no character, a nonzero pad nibble, a bad digit in a COMP-3 sign byte.
TEST(DataCodecTest, FastPathsFallBackWhereTheBytesNeedIt) {
  std::string dir = FreshDirectory("fast-paths");
  WriteFile(dir + "/EBCREC",
            "       01  EBC-REC.\n"
            "           05  E-TEXT          PIC X(3).\n"
            "           05  E-PACKED        PIC S9(3) COMP-3.\n"
            "           05  E-PAD           PIC 9(2) COMP-3.\n"
            "           05  E-ZONED         PIC S9(2).\n");
  Layout layout{dir + "/EBCREC", {"--lrecl", "9", "--encoding", "ibm037"}};
  // IBM-037: 4A is the cent sign, 7F a quote, E0 a backslash; F1 D2 is -12 overpunched,
  // F1 F2 (zone F on the sign byte) is not a signed value.
  std::string good = std::string("\x4A\x7F\xE0\x12\x3D\x01\x2F\xF1\xD2", 9);
  std::string all_bad = std::string("\x4A\x00\xE0\x12\xAC\x10\x2F\xF1\xF2", 9);
  CliResult result = RoundTrip(dir, layout, good + all_bad);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"E-TEXT\":\"\u00A2\\\"\\\\\",\"E-PACKED\":-123,\"E-PAD\":12,\"E-ZONED\":-12}\n"
            "{\"E-TEXT\":{\"hex\":\"4A00E0\"},\"E-PACKED\":{\"hex\":\"12AC\"},"
            "\"E-PAD\":{\"hex\":\"102F\"},\"E-ZONED\":{\"hex\":\"F1F2\"}}\n");
}

constexpr const char* kOdo =
    "       01  ODO-REC.\n"
    "           05  O-KEY           PIC X(2).\n"
    "           05  O-COUNT         PIC S9(4) COMP.\n"
    "           05  O-ITEM          OCCURS 0 TO 3 TIMES DEPENDING ON O-COUNT.\n"
    "               10  O-VAL       PIC S9(3) COMP-3.\n";

auto Rdw(const std::string& body) -> std::string {
  size_t length = body.size() + 4;
  return std::string{static_cast<char>(length >> 8), static_cast<char>(length), 0, 0} + body;
}

TEST(DataCodecTest, VariableRecordsWithOccursDependingOn) {
  std::string dir = FreshDirectory("odo");
  WriteFile(dir + "/ODO", kOdo);
  std::string one = Rdw(std::string("AA\x00\x01\x12\x3C", 6));
  std::string none = Rdw(std::string("BB\x00\x00", 4));
  std::string three = Rdw(std::string("CC\x00\x03\x00\x1C\x00\x2D\x99\x9C", 10));
  CliResult result =
      RoundTrip(dir, {dir + "/ODO", {"--recfm", "VB", "--lrecl", "14"}}, one + none + three);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "{\"O-KEY\":\"AA\",\"O-COUNT\":1,\"O-ITEM\":[{\"O-VAL\":123}]}\n"
            "{\"O-KEY\":\"BB\",\"O-COUNT\":0,\"O-ITEM\":[]}\n"
            "{\"O-KEY\":\"CC\",\"O-COUNT\":3,\"O-ITEM\":[{\"O-VAL\":1},{\"O-VAL\":-2},"
            "{\"O-VAL\":999}]}\n");
  // Blocked: two blocks behind BDWs.
  std::string block1 = one + none;
  std::string bdw1 = {0, static_cast<char>(block1.size() + 4), 0, 0};
  std::string bdw2 = {0, static_cast<char>(three.size() + 4), 0, 0};
  CliResult blocked = RoundTrip(dir, {dir + "/ODO", {"--recfm", "VB", "--lrecl", "14", "--bdw"}},
                                bdw1 + block1 + bdw2 + three);
  EXPECT_EQ(blocked.exit_code, 0) << blocked.err;
  EXPECT_NE(blocked.out.find("{\"@block\":22,\"O-KEY\":\"AA\""), std::string::npos) << blocked.out;
}

TEST(DataCodecTest, BadCountAndBadRdwKeepTheBytes) {
  std::string dir = FreshDirectory("bad-rdw");
  WriteFile(dir + "/ODO", kOdo);
  std::string too_many = Rdw(std::string("AA\x00\x09\x12\x3C", 6));
  std::string bad_rdw = std::string(
      "\x00\x08\x01\x00"
      "ABCD",
      8);
  CliResult result =
      RoundTrip(dir, {dir + "/ODO", {"--recfm", "VB", "--lrecl", "14"}}, too_many + bad_rdw);
  EXPECT_NE(result.err.find("RM7004"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("RM7005"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("\"@record\":{\"hex\":\"4141000912"
                            "3C\"}"),
            std::string::npos);
  EXPECT_EQ(result.exit_code, 1);
}

TEST(DataCodecTest, TruncatedLastRecordIsReportedAndKept) {
  std::string dir = FreshDirectory("truncated");
  std::string layout_path = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/BANK.PROD.COPYLIB";
  std::string data =
      ReadFile(std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/data-ascii/CUSTMAST");
  std::string cut = data.substr(0, 200 * 3 + 57);
  CliResult result = RoundTrip(dir, {layout_path + "/CUSTREC", {"--lrecl", "200"}}, cut);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("truncated last record at byte offset 600: 57 bytes where 200"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 4);
}

TEST(DataCodecTest, RedefinesSelection) {
  std::string dir = FreshDirectory("redefines");
  std::string copylib = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/BANK.PROD.COPYLIB";
  std::string data =
      ReadFile(std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/data-ascii/TRANDAY");
  Layout layout{copylib + "/TRANREC",
                {"--lrecl", "100", "--select", "TRAN-REC-TYPE=D:TRAN-DETAIL-BODY", "--select",
                 "TRAN-REC-TYPE=H:TRAN-HEADER-BODY"}};
  CliResult result = RoundTrip(dir, layout, data.substr(0, 300));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream lines(result.out);
  std::string header;
  std::string detail;
  std::getline(lines, header);
  std::getline(lines, detail);
  EXPECT_NE(header.find("\"TRAN-HEADER-BODY\":{\"TH-SOURCE-SYSTEM\""), std::string::npos);
  EXPECT_EQ(header.find("TRAN-DETAIL-BODY"), std::string::npos);
  EXPECT_NE(detail.find("\"TRAN-DETAIL-BODY\":{\"TD-ACCT-NUMBER\""), std::string::npos);
  EXPECT_EQ(detail.find("TRAN-BODY\""), std::string::npos);
  // Without a selector every view is shown.
  CliResult all = RoundTrip(dir, {copylib + "/TRANREC", {"--lrecl", "100"}}, data.substr(0, 100));
  EXPECT_NE(all.out.find("\"TRAN-BODY\":"), std::string::npos);
  EXPECT_NE(all.out.find("\"TRAN-TRAILER-BODY\":"), std::string::npos);
}

// decode --csv: the header names every field occurrence (arrays up to their OCCURS maximum),
// cells are quoted as RFC 4180 says, hex fallbacks are "hex:..." and absent values are empty.
auto DecodeCsv(const std::string& dir, const Layout& layout, const std::string& bytes)
    -> CliResult {
  WriteFile(dir + "/in.dat", bytes);
  std::vector<std::string> decode = {"data", "decode", "--csv", "--copybook", layout.copybook};
  decode.insert(decode.end(), layout.options.begin(), layout.options.end());
  decode.insert(decode.end(), {"-o", dir + "/out.csv", dir + "/in.dat"});
  CliResult result = RunRemint(decode, dir);
  result.out = ReadFile(dir + "/out.csv");
  return result;
}

TEST(DataCodecTest, CsvHasAColumnPerFieldOccurrence) {
  std::string dir = FreshDirectory("csv");
  WriteFile(dir + "/ALLKINDS", kAllKinds);
  std::string record = AllKindsRecord(std::string("\x01\x23\x45\x6D", 4));
  CliResult kinds =
      DecodeCsv(dir, {dir + "/ALLKINDS", {"--lrecl", std::to_string(record.size())}}, record);
  ASSERT_EQ(kinds.exit_code, 0) << kinds.err;
  EXPECT_EQ(kinds.out,
            "A-TEXT,A-ZONED,A-ZONED-S,A-LEAD,A-SEP,A-PACKED,A-PACKED-U,A-BIN,A-BIN5,A-FLOAT,"
            "A-EDITED,FILLER\r\n"
            "\"AB\"\"C\",123.45,-123,-145,-123,-1234.56,12,-2,256,1.5, 12.50,hex:0102\r\n");

  WriteFile(dir + "/ODO", kOdo);
  std::string one = Rdw(std::string("AA\x00\x01\x12\x3C", 6));
  std::string none = Rdw(std::string("BB\x00\x00", 4));
  std::string three = Rdw(std::string("CC\x00\x03\x00\x1C\x00\x2D\x99\x9C", 10));
  CliResult odo =
      DecodeCsv(dir, {dir + "/ODO", {"--recfm", "VB", "--lrecl", "14"}}, one + none + three);
  ASSERT_EQ(odo.exit_code, 0) << odo.err;
  EXPECT_EQ(odo.out,
            "O-KEY,O-COUNT,O-ITEM.O-VAL(1),O-ITEM.O-VAL(2),O-ITEM.O-VAL(3)\r\n"
            "AA,1,123,,\r\n"
            "BB,0,,,\r\n"
            "CC,3,1,-2,999\r\n");
}

TEST(DataCodecTest, UsageErrors) {
  std::string dir = FreshDirectory("usage");
  std::string copylib = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/BANK.PROD.COPYLIB";
  std::string data = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/data-ascii/CUSTMAST";
  CliResult lrecl = RunRemint(
      {"data", "decode", "--copybook", copylib + "/CUSTREC", "--lrecl", "150", data}, dir);
  EXPECT_EQ(lrecl.exit_code, 1);
  EXPECT_NE(lrecl.err.find("record 'CUSTOMER-RECORD' is 200 bytes but --lrecl is 150"),
            std::string::npos)
      << lrecl.err;
  CliResult record = RunRemint({"data", "decode", "--copybook", copylib + "/CUSTREC", "--record",
                                "NOPE", "--lrecl", "200", data},
                               dir);
  EXPECT_NE(record.err.find("RM7006"), std::string::npos) << record.err;
  CliResult selector = RunRemint({"data", "decode", "--copybook", copylib + "/CUSTREC", "--select",
                                  "CUST-ID", "--lrecl", "200", data},
                                 dir);
  EXPECT_EQ(selector.exit_code, 2);
  EXPECT_NE(selector.err.find("RM7008"), std::string::npos) << selector.err;
  WriteFile(dir + "/bad.jsonl", "{\"CUST-ID\":12}\nnot json\n");
  CliResult encode = RunRemint({"data", "encode", "--copybook", copylib + "/CUSTREC", "--lrecl",
                                "200", "-o", dir + "/x", dir + "/bad.jsonl"},
                               dir);
  EXPECT_EQ(encode.exit_code, 1);
  EXPECT_NE(encode.err.find("line 1: 'CUST-NAME' is missing"), std::string::npos) << encode.err;
  EXPECT_NE(encode.err.find("line 2: invalid JSON"), std::string::npos) << encode.err;
}

// The bankdemo datasets, generated, each with its copybook, in both forms: decode then encode
// gives the same bytes.
TEST(DataCodecTest, BankdemoDatasetsRoundTrip) {
  std::string dir = FreshDirectory("bankdemo");
  std::string command = std::string(REMINT_GEN_DATA) + " --records 500 --out " + dir + "/gen";
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string copylib = std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/BANK.PROD.COPYLIB";
  struct Dataset {
    const char* copybook;
    const char* recfm;
    const char* lrecl;
    const char* name;
  };
  for (const Dataset& dataset :
       {Dataset{"CUSTREC", "FB", "200", "CUSTMAST"}, Dataset{"ACCTREC", "FB", "150", "ACCTMAST"},
        Dataset{"TRANREC", "FB", "100", "TRANDAY"}, Dataset{"XREFREC", "VB", "187", "CUSTXREF"}}) {
    for (bool ebcdic : {false, true}) {
      // The ASCII CUSTXREF has cobc's record headers, not RDWs (README.md): RECFM VC.
      const bool cobc_variable = !ebcdic && std::string(dataset.name) == "CUSTXREF";
      SCOPED_TRACE(std::string(dataset.name) + (ebcdic ? " ebcdic" : " ascii"));
      std::string data =
          ReadFile(dir + "/gen/" + (ebcdic ? "BANK.PROD.DATA/" : "data-ascii/") + dataset.name);
      ASSERT_GT(data.size(), 1000u);
      Layout layout{copylib + "/" + dataset.copybook,
                    {"--recfm", cobc_variable ? "VC" : dataset.recfm, "--lrecl", dataset.lrecl,
                     "--encoding", ebcdic ? "ibm037" : "ascii"}};
      CliResult result = RoundTrip(dir, layout, data);
      EXPECT_NE(result.out.find('\n'), std::string::npos);
      // Every byte in a record: no framing error kept the rest as a hex tail.
      EXPECT_EQ(result.out.find("@tail"), std::string::npos) << result.out.substr(0, 2000);
      EXPECT_EQ(result.exit_code, 0) << result.err;
    }
  }
}

}  // namespace
}  // namespace remint::testing
