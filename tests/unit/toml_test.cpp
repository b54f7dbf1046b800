#include "base/toml.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <regex>
#include <string>
#include <vector>

#include "tests/support/scratch.h"
#include "tests/support/split_mix.h"

namespace remint::toml {
namespace {

using namespace std::string_literals;

auto ParseOk(std::string_view text) -> Table {
  ErrorOr<Table> table = Parse(text, "t.toml");
  EXPECT_TRUE(table.ok()) << table.error().message();
  return table.ok() ? *table : Table{};
}

auto ParseError(std::string_view text) -> std::string {
  ErrorOr<Table> table = Parse(text, "t.toml");
  EXPECT_FALSE(table.ok()) << "parsed: " << text;
  return table.ok() ? std::string() : table.error().message();
}

auto At(const Table& table, std::string_view key) -> const Value& {
  const Value* value = Find(table, key);
  EXPECT_NE(value, nullptr) << key;
  static const Value kMissing;
  return value != nullptr ? *value : kMissing;
}

auto StringAt(const Table& table, std::string_view key) -> std::string {
  const Value& value = At(table, key);
  return value.is_string() ? value.as_string() : "<" + std::string(KindName(value.kind())) + ">";
}

auto IntegerAt(const Table& table, std::string_view key) -> int64_t {
  const Value& value = At(table, key);
  EXPECT_TRUE(value.is_integer()) << key;
  return value.is_integer() ? value.as_integer() : -1;
}

auto TableAt(const Table& table, std::string_view key) -> const Table& {
  const Value& value = At(table, key);
  EXPECT_TRUE(value.is_table()) << key;
  static const Table kEmpty;
  return value.is_table() ? value.as_table() : kEmpty;
}

auto ArrayAt(const Table& table, std::string_view key) -> const Array& {
  const Value& value = At(table, key);
  EXPECT_TRUE(value.is_array()) << key;
  static const Array kEmpty;
  return value.is_array() ? value.as_array() : kEmpty;
}

TEST(TomlTest, EmptyDocumentsAndComments) {
  EXPECT_TRUE(ParseOk("").empty());
  EXPECT_TRUE(ParseOk("\n\n  \t\n").empty());
  EXPECT_TRUE(ParseOk("# only a comment").empty());
  EXPECT_TRUE(ParseOk("# comment\n  # indented comment\t with tab\n").empty());
  Table table = ParseOk("a = 1 # trailing comment\n# é and emoji 😀 in a comment\nb = 2");
  EXPECT_EQ(IntegerAt(table, "a"), 1);
  EXPECT_EQ(IntegerAt(table, "b"), 2);
}

TEST(TomlTest, BareQuotedAndDottedKeys) {
  Table table = ParseOk(
      "bare_key-1 = 1\n"
      "1234 = 2\n"
      "\"quoted key é\" = 3\n"
      "'literal \\ key' = 4\n"
      "\"\" = 5\n"
      "\"a.b\" = 6\n"
      "x.y.z = 7\n"
      "x . \"y\" . w = 8\n"
      "  indented\t=\t9\n"
      "\"\\u00e9\" = 10\n");
  EXPECT_EQ(IntegerAt(table, "bare_key-1"), 1);
  EXPECT_EQ(IntegerAt(table, "1234"), 2);
  EXPECT_EQ(IntegerAt(table, "quoted key \xC3\xA9"), 3);
  EXPECT_EQ(IntegerAt(table, "literal \\ key"), 4);
  EXPECT_EQ(IntegerAt(table, ""), 5);
  EXPECT_EQ(IntegerAt(table, "a.b"), 6);
  EXPECT_EQ(IntegerAt(table, "indented"), 9);
  EXPECT_EQ(IntegerAt(table, "\xC3\xA9"), 10);
  const Table& y = TableAt(TableAt(table, "x"), "y");
  EXPECT_EQ(IntegerAt(y, "z"), 7);
  EXPECT_EQ(IntegerAt(y, "w"), 8);
  EXPECT_EQ(FindPath(table, {"x", "y", "z"})->as_integer(), 7);
}

TEST(TomlTest, Tables) {
  Table table = ParseOk(
      "top = true\n"
      "[a]\n"
      "k = 1\n"
      "[ a . \"b c\" ]  # comment\n"
      "k = 2\n"
      "[x.y.z]\n"
      "k = 3\n"
      "[x]  # defining a table created implicitly above is allowed once\n"
      "k = 4\n"
      "[fruit]\n"
      "apple.color = 'red'\n"
      "[fruit.apple.texture]  # a sub-table of a table made by dotted keys\n"
      "smooth = true\n"
      "[empty]\n");
  EXPECT_TRUE(At(table, "top").as_boolean());
  EXPECT_EQ(IntegerAt(TableAt(table, "a"), "k"), 1);
  EXPECT_EQ(IntegerAt(TableAt(TableAt(table, "a"), "b c"), "k"), 2);
  EXPECT_EQ(FindPath(table, {"x", "y", "z", "k"})->as_integer(), 3);
  EXPECT_EQ(FindPath(table, {"x", "k"})->as_integer(), 4);
  EXPECT_EQ(StringAt(TableAt(TableAt(table, "fruit"), "apple"), "color"), "red");
  EXPECT_TRUE(FindPath(table, {"fruit", "apple", "texture", "smooth"})->as_boolean());
  EXPECT_TRUE(TableAt(table, "empty").empty());
}

TEST(TomlTest, ArraysOfTables) {
  Table table = ParseOk(
      "[[case]]\n"
      "name = 'first'\n"
      "[case.dd]\n"
      "IN = 'a'\n"
      "[[case.step]]\n"
      "n = 1\n"
      "[[case.step]]\n"
      "n = 2\n"
      "[[case]]\n"
      "name = 'second'\n"
      "[case.dd]\n"
      "IN = 'b'\n"
      "[[case]]\n");
  const Array& cases = ArrayAt(table, "case");
  ASSERT_EQ(cases.size(), 3u);
  EXPECT_EQ(StringAt(cases[0].as_table(), "name"), "first");
  EXPECT_EQ(StringAt(TableAt(cases[0].as_table(), "dd"), "IN"), "a");
  const Array& steps = ArrayAt(cases[0].as_table(), "step");
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(IntegerAt(steps[1].as_table(), "n"), 2);
  EXPECT_EQ(StringAt(TableAt(cases[1].as_table(), "dd"), "IN"), "b");
  EXPECT_TRUE(cases[2].as_table().empty());
}

// Each case is the text of one value, read as `v = <text>`, and what it must read as.
template <typename T>
struct ValueCase {
  std::string text;
  T expected;
};

auto ParseValue(const std::string& text) -> Value {
  Table table = ParseOk("v = " + text + "\n");
  const Value* value = Find(table, "v");
  return value != nullptr ? *value : Value();
}

void ExpectStrings(const std::vector<ValueCase<std::string>>& cases) {
  for (const auto& [text, expected] : cases) {
    Value value = ParseValue(text);
    ASSERT_TRUE(value.is_string()) << text;
    EXPECT_EQ(value.as_string(), expected) << text;
  }
}

TEST(TomlTest, BasicStringEscapesBecomeUtf8) {
  ExpectStrings({
      {R"("\b\t\n\f\r\"\\")", "\b\t\n\f\r\"\\"},
      {R"("caf\u00E9")", "caf\xC3\xA9"},
      {R"("\u20AC")", "\xE2\x82\xAC"},
      {R"("\U0001F600")", "\xF0\x9F\x98\x80"},
      {R"("\U0010FFFF")", "\xF4\x8F\xBF\xBF"},
      {R"("\uD7FF\uE000")", "\xED\x9F\xBF\xEE\x80\x80"},
      {R"("a\u0000b")", "a\0b"s},
      {"\"d\xC3\xA9j\xC3\xA0 vu \xF0\x9F\x98\x80\"", "d\xC3\xA9j\xC3\xA0 vu \xF0\x9F\x98\x80"},
      {"\"a\tb\"", "a\tb"},
      {R"("")", ""},
      {R"("# not a comment")", "# not a comment"},
  });
}

TEST(TomlTest, LiteralStrings) {
  ExpectStrings({
      {R"('C:\Users\nodejs\templates')", R"(C:\Users\nodejs\templates)"},
      {R"('Tom "Dubs" Preston-Werner')", R"(Tom "Dubs" Preston-Werner)"},
      {R"('<\i\c*\s*>')", R"(<\i\c*\s*>)"},
      {R"('\u00e9')", R"(\u00e9)"},
      {"''", ""},
  });
}

TEST(TomlTest, MultiLineBasicStrings) {
  ExpectStrings({
      {"\"\"\"\nRoses are red\nViolets are blue\"\"\"", "Roses are red\nViolets are blue"},
      // CRLF is read as LF.
      {"\"\"\"\r\nwindows\r\nlines\"\"\"", "windows\nlines"},
      // A backslash at the end of a line joins it to the next non-blank character.
      {"\"\"\"\nThe quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog.\"\"\"",
       "The quick brown fox jumps over the lazy dog."},
      {"\"\"\"\\\n       The quick brown \\   \n       fox.\\\n       \"\"\"",
       "The quick brown fox."},
      {R"("""Here are two quotation marks: "". Simple enough.""")",
       R"(Here are two quotation marks: "". Simple enough.)"},
      {R"("""Here are fifteen: ""\"""\"""\"""\"""\".""")", R"(Here are fifteen: """"""""""""""".)"},
      {R"(""""This," she said, "is just a pointless statement."""")",
       R"("This," she said, "is just a pointless statement.")"},
      {R"("""two at the end""""")", R"(two at the end"")"},
      {R"("""""")", ""},
      {R"("""escapes \u00e9\t""")", "escapes \xC3\xA9\t"},
  });
}

TEST(TomlTest, MultiLineLiteralStrings) {
  ExpectStrings({
      {R"('''I [dw]on't need \d{2} apples''')", R"(I [dw]on't need \d{2} apples)"},
      {"'''\nThe first newline is\ntrimmed in raw strings.\n   All other \\ whitespace\n"
       "   is preserved.\n'''",
       "The first newline is\ntrimmed in raw strings.\n   All other \\ whitespace\n"
       "   is preserved.\n"},
      {R"(''''That,' she said, 'is still pointless.'''')",
       R"('That,' she said, 'is still pointless.')"},
  });
}

TEST(TomlTest, Integers) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  const std::vector<ValueCase<int64_t>> cases = {
      {"99", 99},
      {"+99", 99},
      {"0", 0},
      {"-17", -17},
      {"1_000", 1000},
      {"5_349_221", 5349221},
      {"1_2_3_4_5", 12345},
      {"0xDEADBEEF", 0xDEADBEEF},
      {"0xdead_beef", 0xDEADBEEF},
      {"0o01234567", 01234567},
      {"0o755", 0755},
      {"0b11010110", 0b11010110},
      {"9223372036854775807", kMax},
      {"-9223372036854775808", std::numeric_limits<int64_t>::min()},
      {"0x7FFFFFFFFFFFFFFF", kMax},
      {"0b111111111111111111111111111111111111111111111111111111111111111", kMax},
      {"-0", 0},
      {"+0", 0},
      {"0x00", 0},
  };
  for (const auto& [text, expected] : cases) {
    Value value = ParseValue(text);
    ASSERT_TRUE(value.is_integer()) << text;
    EXPECT_EQ(value.as_integer(), expected) << text;
  }
}

TEST(TomlTest, Floats) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<ValueCase<double>> cases = {
      {"+1.0", 1.0},
      {"3.1415", 3.1415},
      {"-0.01", -0.01},
      {"5e+22", 5e22},
      {"1e06", 1e6},
      {"-2E-2", -2e-2},
      {"6.626e-34", 6.626e-34},
      {"224_617.445_991_228", 224617.445991228},
      {"1e1_0", 1e10},
      {"inf", kInf},
      {"+inf", kInf},
      {"-inf", -kInf},
      {"nan", kNan},
      {"+nan", kNan},
      {"-nan", kNan},
      {"-0.0", -0.0},
      {"0e0", 0.0},
      {"4.9e-324", std::numeric_limits<double>::denorm_min()},
      {"1.7976931348623157e308", std::numeric_limits<double>::max()},
      // Too small for a double: zero, as strtod reads it. Too large is an error (NumberErrors).
      {"1e-400", 0.0},
      {"-0.000_001e-999_999_999", -0.0},
  };
  for (const auto& [text, expected] : cases) {
    Value value = ParseValue(text);
    ASSERT_TRUE(value.is_float()) << text;
    if (std::isnan(expected)) {
      EXPECT_TRUE(std::isnan(value.as_float())) << text;
    } else {
      EXPECT_EQ(value.as_float(), expected) << text;
      EXPECT_EQ(std::signbit(value.as_float()), std::signbit(expected)) << text;
    }
  }
}

TEST(TomlTest, Booleans) {
  Table table = ParseOk("yes = true\nno = false\n");
  EXPECT_TRUE(At(table, "yes").is_boolean());
  EXPECT_TRUE(At(table, "yes").as_boolean());
  EXPECT_FALSE(At(table, "no").as_boolean());
}

TEST(TomlTest, Arrays) {
  Table table = ParseOk(
      "integers = [ 1, 2, 3 ]\n"
      "colors = [ \"red\", 'yellow', \"\"\"green\"\"\" ]\n"
      "nested = [ [ 1, 2 ], [3, 4, 5], [] ]\n"
      "mixed = [ 0.1, 1, \"x\", true, { a = 1 }, [] ]\n"
      "empty = []\n"
      "multi = [\n"
      "  1,  # one\n"
      "  # a comment line\n"
      "\n"
      "  2,\r\n"
      "  3,  # trailing comma\n"
      "]\n"
      "tables = [ { x = 1 }, { x = 2 } ]\n");
  EXPECT_EQ(ArrayAt(table, "integers").size(), 3u);
  EXPECT_EQ(ArrayAt(table, "integers")[2].as_integer(), 3);
  EXPECT_EQ(ArrayAt(table, "colors")[1].as_string(), "yellow");
  EXPECT_EQ(ArrayAt(table, "colors")[2].as_string(), "green");
  const Array& nested = ArrayAt(table, "nested");
  ASSERT_EQ(nested.size(), 3u);
  EXPECT_EQ(nested[1].as_array()[2].as_integer(), 5);
  EXPECT_TRUE(nested[2].as_array().empty());
  const Array& mixed = ArrayAt(table, "mixed");
  ASSERT_EQ(mixed.size(), 6u);
  EXPECT_EQ(mixed[0].kind(), Kind::kFloat);
  EXPECT_EQ(mixed[1].kind(), Kind::kInteger);
  EXPECT_EQ(mixed[2].kind(), Kind::kString);
  EXPECT_EQ(mixed[3].kind(), Kind::kBoolean);
  EXPECT_EQ(mixed[4].kind(), Kind::kTable);
  EXPECT_EQ(mixed[5].kind(), Kind::kArray);
  EXPECT_TRUE(ArrayAt(table, "empty").empty());
  const Array& multi = ArrayAt(table, "multi");
  ASSERT_EQ(multi.size(), 3u);
  EXPECT_EQ(multi[2].as_integer(), 3);
  EXPECT_EQ(IntegerAt(ArrayAt(table, "tables")[1].as_table(), "x"), 2);
}

TEST(TomlTest, InlineTables) {
  Table table = ParseOk(
      "name = { first = \"Tom\", last = \"Preston-Werner\" }\n"
      "point = {x=1,y=2}\n"
      "animal = { type.name = \"pug\", type.size = 'small' }\n"
      "nested = { inner = { deep = [1, { x = true }] } }\n"
      "empty = {}\n"
      "spaced = {   }\n"
      "multi = { text = \"\"\"a\nb\"\"\", list = [\n 1,\n 2,\n] }\n");
  EXPECT_EQ(StringAt(TableAt(table, "name"), "last"), "Preston-Werner");
  EXPECT_EQ(IntegerAt(TableAt(table, "point"), "y"), 2);
  EXPECT_EQ(FindPath(table, {"animal", "type", "size"})->as_string(), "small");
  EXPECT_TRUE(
      FindPath(table, {"nested", "inner", "deep"})->as_array()[1].as_table().at("x").as_boolean());
  EXPECT_TRUE(TableAt(table, "empty").empty());
  EXPECT_TRUE(TableAt(table, "spaced").empty());
  EXPECT_EQ(StringAt(TableAt(table, "multi"), "text"), "a\nb");
  EXPECT_EQ(ArrayAt(TableAt(table, "multi"), "list").size(), 2u);
}

TEST(TomlTest, Positions) {
  Table table = ParseOk(
      "a = 1\n"
      "  b = \"x\"\n"
      "\"\xC3\xA9\xC3\xA9\" = [ 1, 2 ]\n"
      "[t]\n"
      "c.d = { e = 1 }\n"
      "[[arr]]\n"
      "[[arr]]\n");
  EXPECT_EQ(At(table, "a").position(), (Position{1, 5}));
  EXPECT_EQ(At(table, "b").position(), (Position{2, 7}));
  // Columns count characters: "éé" is two columns, not four bytes.
  const Value& accented = At(table, "\xC3\xA9\xC3\xA9");
  EXPECT_EQ(accented.position(), (Position{3, 8}));
  EXPECT_EQ(accented.as_array()[1].position(), (Position{3, 13}));
  const Value& t = At(table, "t");
  EXPECT_EQ(t.position(), (Position{4, 1}));
  EXPECT_EQ(At(t.as_table(), "c").position(), (Position{5, 1}));
  EXPECT_EQ(FindPath(table, {"t", "c", "d"})->position(), (Position{5, 7}));
  EXPECT_EQ(FindPath(table, {"t", "c", "d", "e"})->position(), (Position{5, 13}));
  const Value& arr = At(table, "arr");
  EXPECT_EQ(arr.position(), (Position{6, 1}));
  EXPECT_EQ(arr.as_array()[1].position(), (Position{7, 1}));
}

TEST(TomlTest, CrlfAndByteOrderMark) {
  Table table = ParseOk("\xEF\xBB\xBF# comment\r\n[t]\r\nk = 'v' # c\r\nn = 1\r\n");
  EXPECT_EQ(StringAt(TableAt(table, "t"), "k"), "v");
  EXPECT_EQ(IntegerAt(TableAt(table, "t"), "n"), 1);
  EXPECT_EQ(ParseError("\xEF\xBB\xBF"
                       "a = ?"),
            "t.toml:1:5: expected a value, found '?'");
}

TEST(TomlTest, FindHelpersAndMessages) {
  Table table = ParseOk("[project]\nname = 'bankdemo'\n\"a.b\" = 1\n");
  EXPECT_EQ(Find(table, "missing"), nullptr);
  EXPECT_NE(Find(table, "project"), nullptr);
  EXPECT_EQ(FindPath(table, {"project", "name"})->as_string(), "bankdemo");
  EXPECT_EQ(FindPath(table, {"project", "name", "deeper"}), nullptr);
  EXPECT_EQ(FindPath(table, {"project", "nope"}), nullptr);
  EXPECT_EQ(FindPath(table, {}), nullptr);
  EXPECT_EQ(FindPath(table, {"project", "a.b"})->as_integer(), 1);
  EXPECT_EQ(KindName(Kind::kInteger), "integer");
  EXPECT_EQ(KindName(Kind::kTable), "table");
  EXPECT_EQ(LocatedError("remint.toml", Position{9, 9}, "'lrecl' must be an integer").message(),
            "remint.toml:9:9: 'lrecl' must be an integer");
  Value built = Value::FromArray({Value::FromString("x"), Value::FromFloat(1.5)});
  EXPECT_EQ(built.as_array()[0].as_string(), "x");
  EXPECT_EQ(built.as_array()[1].as_float(), 1.5);
}

TEST(TomlTest, RemintProjectFile) {
  constexpr std::string_view kProject = R"(# bankdemo: the nightly stream's programs
[project]
name = "bankdemo"
dialect = "ibm"
sources = ["BANK.PROD.COBOL"]
copybooks = ["BANK.PROD.COPYLIB"]

[[dataset]]
dd = "ACCTIN"
copybook = "ACCTREC"
recfm = "FB"
lrecl = 150

[[case]]
program = "INTACCR"
name = "nightly"
out = ["ACCTOUT", "JRNLOUT"]
[case.dd]
CTLCARD = "data/CTLCARD"
ACCTIN = { from = "DAILYPST/nightly", dd = "ACCTOUT" }
)";
  ErrorOr<Table> parsed = Parse(kProject, "remint.toml");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  const Table& root = *parsed;
  EXPECT_EQ(root.size(), 3u);
  const Table& project = TableAt(root, "project");
  EXPECT_EQ(StringAt(project, "name"), "bankdemo");
  EXPECT_EQ(StringAt(project, "dialect"), "ibm");
  ASSERT_EQ(ArrayAt(project, "sources").size(), 1u);
  EXPECT_EQ(ArrayAt(project, "sources")[0].as_string(), "BANK.PROD.COBOL");
  EXPECT_EQ(ArrayAt(project, "copybooks")[0].as_string(), "BANK.PROD.COPYLIB");

  const Array& datasets = ArrayAt(root, "dataset");
  ASSERT_EQ(datasets.size(), 1u);
  const Table& dataset = datasets[0].as_table();
  EXPECT_EQ(StringAt(dataset, "dd"), "ACCTIN");
  EXPECT_EQ(StringAt(dataset, "copybook"), "ACCTREC");
  EXPECT_EQ(StringAt(dataset, "recfm"), "FB");
  EXPECT_EQ(IntegerAt(dataset, "lrecl"), 150);
  EXPECT_EQ(At(dataset, "lrecl").position(), (Position{12, 9}));
  EXPECT_EQ(datasets[0].position(), (Position{8, 1}));

  const Array& cases = ArrayAt(root, "case");
  ASSERT_EQ(cases.size(), 1u);
  const Table& nightly = cases[0].as_table();
  EXPECT_EQ(StringAt(nightly, "program"), "INTACCR");
  EXPECT_EQ(StringAt(nightly, "name"), "nightly");
  const Array& out = ArrayAt(nightly, "out");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].as_string(), "JRNLOUT");
  const Table& dd = TableAt(nightly, "dd");
  EXPECT_EQ(StringAt(dd, "CTLCARD"), "data/CTLCARD");
  const Table& acctin = TableAt(dd, "ACCTIN");
  EXPECT_EQ(StringAt(acctin, "from"), "DAILYPST/nightly");
  EXPECT_EQ(StringAt(acctin, "dd"), "ACCTOUT");
  // Deterministic order: sorted keys.
  std::vector<std::string> keys;
  for (const auto& [key, value] : dd) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"ACCTIN", "CTLCARD"}));

  // A config reader reports a wrong kind at the value, in the same form.
  const Value& lrecl = At(dataset, "lrecl");
  EXPECT_EQ(LocatedError("remint.toml", lrecl.position(), "'lrecl' must be a string").message(),
            "remint.toml:12:9: 'lrecl' must be a string");
}

TEST(TomlTest, ParseFile) {
  std::string directory = remint::testing::FreshDirectory("toml-parse-file");
  std::string path = directory + "/remint.toml";
  std::ofstream(path) << "[project]\nname = \"bankdemo\"\nname = \"again\"\n";
  ErrorOr<Table> parsed = ParseFile(path);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().message(), path + ":3:1: duplicate key 'name'");
  std::ofstream(path) << "[project]\nname = \"bankdemo\"\n";
  parsed = ParseFile(path);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  EXPECT_EQ(FindPath(*parsed, {"project", "name"})->as_string(), "bankdemo");
  parsed = ParseFile(directory + "/missing.toml");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().message(), directory + "/missing.toml: No such file or directory");
}

struct ErrorCase {
  std::string text;
  std::string message;  // Without the "t.toml:" prefix.
};

void ExpectErrors(const std::vector<ErrorCase>& cases) {
  for (const ErrorCase& error_case : cases) {
    EXPECT_EQ(ParseError(error_case.text), "t.toml:" + error_case.message)
        << "input: " << error_case.text;
  }
}

TEST(TomlTest, DuplicateKeysAndRedefinedTables) {
  ExpectErrors({
      {"name = 1\nname = 2\n", "2:1: duplicate key 'name'"},
      {"[project]\nname = 'a'\n\n        name = 'b'\n", "4:9: duplicate key 'name'"},
      {"a.b = 1\na.b = 2\n", "2:3: duplicate key 'a.b'"},
      {"\"a\" = 1\na = 2\n", "2:1: duplicate key 'a'"},
      {"'a b' = 1\n\"a b\" = 2\n", "2:1: duplicate key '\"a b\"'"},
      {"p = { x = 1, x = 2 }\n", "1:14: duplicate key 'x'"},
      {"[a]\n[a]\n", "2:2: table 'a' is already defined"},
      {"[a.b]\n[a]\n[a]\n", "3:2: table 'a' is already defined"},
      {"[a]\nb = 1\n[a.b]\n", "3:4: cannot define table 'a.b': it is already an integer"},
      {"a = 1\n[a]\n", "2:2: cannot define table 'a': it is already an integer"},
      {"a = 'x'\n[a.b]\n", "2:2: cannot define a table inside 'a': it is a string"},
      {"[a.b]\n[a]\nb = 1\n", "3:1: key 'b' is already a table defined by a [table] header"},
      {"[a.b.c]\n[a]\nb.c.d = 1\n",
       "3:1: cannot add keys to 'b' with a dotted key: it is a table defined by a [table] header"},
      // Also through a table a header only created on the way (the stricter reading of 1.0).
      {"[a.b.c]\n[a]\nb.d = 1\n",
       "3:1: cannot add keys to 'b' with a dotted key: it is a table defined by a [table] header"},
      {"a = 1\na.b = 2\n", "2:1: cannot add keys to 'a' with a dotted key: it is an integer"},
      {"[fruit]\napple.color = 'red'\n[fruit.apple]\n",
       "3:8: cannot define table 'fruit.apple': it is already a table defined by dotted keys"},
      {"a.b = 1\n[a]\n",
       "2:2: cannot define table 'a': it is already a table defined by dotted keys"},
  });
}

TEST(TomlTest, InlineTablesAndStaticArraysAreClosed) {
  ExpectErrors({
      {"a = { x = 1 }\n[a]\n", "2:2: cannot define table 'a': it is already an inline table"},
      {"a = { x = 1 }\na.y = 2\n",
       "2:1: cannot add keys to 'a' with a dotted key: it is an inline table"},
      {"a = { x = {} }\n[a.x.y]\n", "2:2: cannot define a table inside 'a': it is an inline table"},
      {"a = { b.c = 1 }\n[a.b.d]\n",
       "2:2: cannot define a table inside 'a': it is an inline table"},
      {"a = { b = { c = 1 }, b.d = 2 }\n",
       "1:22: cannot add keys to 'b' with a dotted key: it is an inline table"},
      {"a = []\n[[a]]\n", "2:3: cannot append to the static array 'a' with [[a]]"},
      {"a = [{ x = 1 }]\n[[a]]\n", "2:3: cannot append to the static array 'a' with [[a]]"},
      {"a = [{ x = 1 }]\n[a.b]\n", "2:2: cannot define a table inside 'a': it is an array"},
      {"[[a]]\n[a]\n", "2:2: cannot define table 'a': it is already an array of tables"},
      {"[a]\n[[a]]\n",
       "2:3: cannot define array of tables 'a': it is already a table defined by a [table] header"},
      {"[[a.b]]\n[a]\nb.c = 1\n",
       "3:1: cannot add keys to 'b' with a dotted key: it is an array of tables"},
      {"a = 1\n[[a]]\n", "2:3: cannot define array of tables 'a': it is already an integer"},
  });
}

TEST(TomlTest, StringErrors) {
  ExpectErrors({
      {"a = \"abc\nb = 1\n", "1:5: unterminated string"},
      {"a = \"abc", "1:5: unterminated string"},
      {"a = 'abc\r\n", "1:5: unterminated string"},
      {"a = \"abc\\", "1:5: unterminated string"},
      {"a = \"abc\\\n\"", "1:5: unterminated string"},
      {"x = 1\na = \"\"\"abc\n\ndef", "2:5: unterminated multi-line string"},
      {"a = '''abc''", "1:5: unterminated multi-line string"},
      {"a = \"x\x01y\"", "1:7: control character U+0001 in a string"},
      {"a = 'x\x7Fy'", "1:7: control character U+007F in a string"},
      {"a = \"\"\"x\x1By\"\"\"", "1:9: control character U+001B in a string"},
      {"a = '''x\ry'''", "1:9: control character U+000D in a string"},
      {"a = \"x\ry\"", "1:7: control character U+000D in a string"},
      {"a = \"\\q\"", "1:6: invalid escape sequence: a backslash followed by 'q'"},
      {"a = \"\\x41\"", "1:6: invalid escape sequence: a backslash followed by 'x'"},
      {"a = \"\"\"\\ x\"\"\"", "1:8: invalid escape sequence: a backslash followed by ' '"},
      {"a = \"\\u12\"", "1:6: \\u must be followed by 4 hex digits"},
      {"a = \"\\U0001F60\"", "1:6: \\U must be followed by 8 hex digits"},
      {"a = \"\\uD800\"", "1:6: \\uD800 is not a Unicode scalar value"},
      {"a = \"\\uDFFF\"", "1:6: \\uDFFF is not a Unicode scalar value"},
      {"a = \"\\U00110000\"", "1:6: \\U00110000 is not a Unicode scalar value"},
      {"a = \"\"\"x\"\"\"\"\"\"", "1:14: expected a newline after a key/value pair, found '\"'"},
      {"\"\"\"k\"\"\" = 1", "1:1: a multi-line string cannot be a key"},
  });
}

TEST(TomlTest, NumberErrors) {
  ExpectErrors({
      {"a = 9223372036854775808", "1:5: integer 9223372036854775808 does not fit in 64 bits"},
      {"a = -9223372036854775809", "1:5: integer -9223372036854775809 does not fit in 64 bits"},
      {"a = 0x8000000000000000", "1:5: integer 0x8000000000000000 does not fit in 64 bits"},
      {"a = 0b1_0000000000000000000000000000000000000000000000000000000000000000",
       "1:5: integer 0b1_0000000000000000000000000000000000000000000000000000000000000000 does "
       "not fit in 64 bits"},
      {"a = 012", "1:5: leading zeros are not allowed in a decimal number"},
      {"a = -012", "1:6: leading zeros are not allowed in a decimal number"},
      {"a = 00", "1:5: leading zeros are not allowed in a decimal number"},
      {"a = 01.5", "1:5: leading zeros are not allowed in a decimal number"},
      {"a = 0_1", "1:5: leading zeros are not allowed in a decimal number"},
      {"a = 1__2", "1:6: an underscore in a number must stand between two digits"},
      {"a = 12_", "1:7: an underscore in a number must stand between two digits"},
      {"a = 1_.5", "1:6: an underscore in a number must stand between two digits"},
      {"a = _12", "1:5: invalid value '_12' (strings must be quoted)"},
      {"a = +0x10", "1:5: a hexadecimal, octal or binary integer cannot have a sign"},
      {"a = 0x", "1:7: expected a digit, found the end of the file"},
      {"a = 0x_1", "1:7: expected a digit, found '_'"},
      {"a = 0b102", "1:9: invalid digit '2' in a base-2 integer"},
      {"a = 0o8", "1:7: expected a digit, found '8'"},
      {"a = 0X10", "1:6: invalid character 'X' in a number"},
      {"a = 1.", "1:7: expected a digit, found the end of the file"},
      {"a = 1.e5", "1:7: expected a digit, found 'e'"},
      {"a = .5", "1:5: expected a digit, found '.'"},
      {"a = 1e", "1:7: expected a digit, found the end of the file"},
      {"a = 1e+", "1:8: expected a digit, found the end of the file"},
      {"a = 1.2.3", "1:8: invalid character '.' in a number"},
      {"a = 1e400", "1:5: float 1e400 is out of range"},
      {"a = -1.8e308", "1:5: float -1.8e308 is out of range"},
      {"a = 0.001e999999999999999999", "1:5: float 0.001e999999999999999999 is out of range"},
      {"a = +", "1:6: expected a digit, found the end of the file"},
      {"a = infinity", "1:5: invalid value 'infinity' (strings must be quoted)"},
      {"a = NaN", "1:5: invalid value 'NaN' (strings must be quoted)"},
      {"a = True", "1:5: invalid value 'True' (strings must be quoted)"},
      {"a = truex", "1:5: invalid value 'truex' (strings must be quoted)"},
      {"a = bankdemo", "1:5: invalid value 'bankdemo' (strings must be quoted)"},
  });
}

TEST(TomlTest, DatesAndTimesAreRejected) {
  ExpectErrors({
      {"d = 1979-05-27", "1:5: dates and times are not supported by remint's TOML reader"},
      {"\nd = 07:32:00", "2:5: dates and times are not supported by remint's TOML reader"},
      {"d = 1979-05-27T07:32:00Z",
       "1:5: dates and times are not supported by remint's TOML reader"},
      {"d = 1979-05-27 07:32:00.999",
       "1:5: dates and times are not supported by remint's TOML reader"},
      {"d = [1, 1979-05-27T00:32:00-07:00]",
       "1:9: dates and times are not supported by remint's TOML reader"},
  });
}

TEST(TomlTest, StructureErrors) {
  ExpectErrors({
      {"a = 1 b = 2", "1:7: expected a newline after a key/value pair, found 'b'"},
      {"a = \"x\" \"y\"", "1:9: expected a newline after a key/value pair, found '\"'"},
      {"[a] x = 1", "1:5: expected a newline after a table header, found 'x'"},
      {"[[a]] x", "1:7: expected a newline after an array-of-tables header, found 'x'"},
      {"a = 1\r", "1:6: a carriage return must be followed by a newline"},
      {"a = 1\rb = 2", "1:6: a carriage return must be followed by a newline"},
      {"a = 1 # x\x01y", "1:10: control character U+0001 in a comment"},
      {"# \x7F\n", "1:3: control character U+007F in a comment"},
      {"a =\n", "1:4: expected a value, found the end of the line"},
      {"a = ", "1:5: expected a value, found the end of the file"},
      {"a = #", "1:5: expected a value, found '#'"},
      {"a 1", "1:3: expected '=' after the key 'a', found '1'"},
      {"a.b 1", "1:5: expected '=' after the key 'a.b', found '1'"},
      {"a.\"b c\"\n", "1:8: expected '=' after the key 'a.\"b c\"', found the end of the line"},
      {"a. = 1", "1:4: expected a key, found '='"},
      {"\"\\n\\\"\\u0001\" 1",
       "1:14: expected '=' after the key '\"\\u000A\\\"\\u0001\"', found '1'"},
      {"= 1", "1:1: expected a key, found '='"},
      {"[a", "1:3: expected ']' to close the table header, found the end of the file"},
      {"[[a]", "1:5: expected ']]' to close the array-of-tables header, found the end of the file"},
      {"[[a] ]", "1:5: expected ']]' to close the array-of-tables header, found ' '"},
      {"[]", "1:2: expected a key, found ']'"},
      {"[a.]", "1:4: expected a key, found ']'"},
      {"a = [1, 2", "1:5: unterminated array"},
      {"a = [1, 2,\n# c\n", "1:5: unterminated array"},
      {"a = [1, 2\nb = 3", "2:1: expected ',' or ']' after an array element, found 'b'"},
      {"a = [1 2]", "1:8: expected ',' or ']' after an array element, found '2'"},
      {"a = [,]", "1:6: expected a value, found ','"},
      {"a = [1,,2]", "1:8: expected a value, found ','"},
      {"a = {x = 1", "1:5: unterminated inline table"},
      {"a = {", "1:5: unterminated inline table"},
      {"a = {x = 1\n}", "1:11: unterminated inline table: an inline table must be on one line"},
      {"a = {\nx = 1}", "1:6: unterminated inline table: an inline table must be on one line"},
      {"a = {x = 1, \ny = 2}",
       "1:13: unterminated inline table: an inline table must be on one line"},
      {"a = {x = 1 # c\n}", "1:12: unterminated inline table: an inline table must be on one line"},
      {"a = {x = 1,}", "1:11: trailing comma in an inline table (not allowed in TOML 1.0)"},
      {"a = {x = 1 y = 2}", "1:12: expected ',' or '}' in an inline table, found 'y'"},
      {"a = {,}", "1:6: expected a key, found ','"},
  });
}

TEST(TomlTest, BareKeyErrors) {
  ExpectErrors({
      {"na!me = 1",
       "1:3: invalid character '!' in a bare key (bare keys may only use A-Z a-z 0-9 _ -; quote "
       "other keys)"},
      {"\xC3\xA9t\xC3\xA9 = 1",
       "1:1: expected a key, found '\xC3\xA9' (bare keys may only use A-Z a-z 0-9 _ -; quote "
       "other keys)"},
      {"caf\xC3\xA9 = 1",
       "1:4: invalid character '\xC3\xA9' in a bare key (bare keys may only use A-Z a-z 0-9 _ -; "
       "quote other keys)"},
      {"[a b]", "1:4: expected ']' to close the table header, found 'b'"},
      {"[a/b]",
       "1:3: invalid character '/' in a bare key (bare keys may only use A-Z a-z 0-9 _ -; quote "
       "other keys)"},
      {"a b = 1", "1:3: expected '=' after the key 'a', found 'b'"},
      {"a = { k$ = 1 }",
       "1:8: invalid character '$' in a bare key (bare keys may only use A-Z a-z 0-9 _ -; quote "
       "other keys)"},
  });
}

TEST(TomlTest, EncodingErrors) {
  ExpectErrors({
      {"a = 1\n\0"s, "2:1: NUL byte in the input"},
      {"a = \"x\0\""s, "1:7: NUL byte in the input"},
      {"a = '\xFF'", "1:6: invalid UTF-8 (byte 0xFF)"},
      {"a = '\xC3\xA9\xFF'", "1:7: invalid UTF-8 (byte 0xFF)"},
      {"# \xC0\xAF\n", "1:3: invalid UTF-8 (byte 0xC0)"},
      {"# \xED\xA0\x80 surrogate\n", "1:3: invalid UTF-8 (byte 0xED)"},
      {"# \xF4\x90\x80\x80 above U+10FFFF\n", "1:3: invalid UTF-8 (byte 0xF4)"},
      {"# \xE0\x80\x80 overlong\n", "1:3: invalid UTF-8 (byte 0xE0)"},
      {"# \x80 stray continuation\n", "1:3: invalid UTF-8 (byte 0x80)"},
      {"a = 1\n# cut \xE2\x82", "2:7: invalid UTF-8 (byte 0xE2)"},
      // The encoding is checked first, even ahead of an earlier syntax error.
      {"a = = 1\n\xFF", "2:1: invalid UTF-8 (byte 0xFF)"},
  });
}

TEST(TomlTest, NestingDepthIsCapped) {
  auto nested_arrays = [](int depth) {
    return "a = " + std::string(depth, '[') + std::string(depth, ']') + "\n";
  };
  EXPECT_TRUE(Parse(nested_arrays(128), "t.toml").ok());
  EXPECT_EQ(ParseError(nested_arrays(129)), "t.toml:1:133: nesting is deeper than 128 levels");
  EXPECT_EQ(ParseError(nested_arrays(100000)), "t.toml:1:133: nesting is deeper than 128 levels");
  EXPECT_EQ(ParseError("a = " + std::string(100000, '[')),
            "t.toml:1:133: nesting is deeper than 128 levels");

  std::string inline_tables = "a = ";
  for (int i = 0; i < 200; ++i) inline_tables += "{ b = ";
  inline_tables += "1";
  for (int i = 0; i < 200; ++i) inline_tables += " }";
  EXPECT_EQ(ParseError(inline_tables), "t.toml:1:769: nesting is deeper than 128 levels");

  std::string dotted = "a";
  for (int i = 0; i < 200; ++i) dotted += ".a";
  EXPECT_EQ(ParseError(dotted + " = 1"), "t.toml:1:257: nesting is deeper than 128 levels");
  EXPECT_EQ(ParseError("[" + dotted + "]"), "t.toml:1:258: nesting is deeper than 128 levels");
  // Dotted keys inside inline tables count too.
  std::string mixed = "a = ";
  for (int i = 0; i < 100; ++i) mixed += "{ b.c = ";
  EXPECT_FALSE(Parse(mixed, "t.toml").ok());
}

TEST(TomlTest, LongLinesAndManyLines) {
  // Columns are counted on from the last position asked for: tens of thousands of values on one
  // line parse in linear time (a quadratic count would take minutes here).
  constexpr int kCount = 50000;
  std::string one_line = "a = [";
  for (int i = 0; i < kCount; ++i) one_line += "\"\xC3\xA9\", ";
  one_line += "]";
  Table table = ParseOk(one_line);
  const Array& elements = ArrayAt(table, "a");
  ASSERT_EQ(elements.size(), size_t{kCount});
  EXPECT_EQ(elements[0].position(), (Position{1, 6}));
  EXPECT_EQ(elements[kCount - 1].position(), (Position{1, 6 + 5 * (kCount - 1)}));
  EXPECT_EQ(ParseError(one_line + " x"),
            fmt::format("t.toml:1:{}: expected a newline after a key/value pair, found 'x'",
                        5 * kCount + 8));

  // Values inside values, and tables made by dotted keys, on one long line.
  std::string nested = "a = [";
  for (int i = 0; i < kCount; ++i) nested += "[{ k" + std::to_string(i) + ".x = 1 }], ";
  nested += "]\nb = {";
  for (int i = 0; i < kCount; ++i) nested += " k" + std::to_string(i) + ".x = [1],";
  nested += " z = 1 }";
  table = ParseOk(nested);
  EXPECT_EQ(ArrayAt(table, "a").size(), size_t{kCount});
  EXPECT_EQ(TableAt(table, "b").size(), size_t{kCount + 1});
  std::string second_line = nested.substr(nested.find('\n') + 1);
  std::string last_key = fmt::format("k{}.x = [1]", kCount - 1);
  auto column = static_cast<uint32_t>(second_line.find(last_key) + last_key.size() - 2);
  EXPECT_EQ(FindPath(table, {"b", fmt::format("k{}", kCount - 1), "x"})->position(),
            (Position{2, column}));

  std::string many_lines;
  for (int i = 0; i < kCount; ++i) many_lines += "k" + std::to_string(i) + " = " + "1\n";
  EXPECT_EQ(ParseOk(many_lines).size(), size_t{kCount});
  EXPECT_EQ(ParseError(many_lines + "k7 = 2"),
            fmt::format("t.toml:{}:1: duplicate key 'k7'", kCount + 1));
}

// Mutated and truncated variants of valid documents either parse or fail with a located error;
// none may crash, hang or trip the sanitizers (the asan preset runs this test too).
TEST(TomlTest, MutatedDocumentsNeverCrash) {
  const std::vector<std::string> seeds = {
      "# bankdemo\n[project]\nname = \"bankdemo\"\ndialect = 'ibm'\nsources = [\"A\", 'B']\n"
      "[[dataset]]\ndd = \"ACCTIN\"\nlrecl = 150\n[[case]]\nout = [\"X\", \"Y\",]\n[case.dd]\n"
      "IN = { from = \"D/n\", dd = \"OUT\" }\n",
      "a.b.c = 1\n\"q k\".'l' = 0x_dead\nf = [1.5e-3, -inf, nan, +0.0, 1_000]\n"
      "s = \"\"\"\nline \\\n  joined \\u00e9 \\U0001F600\"\"\"\nl = '''\nraw \\ text'''\n",
      "[a]\n[a.b]\nx = { y = [ { z = true }, [], [[1], [2]] ] }\n[[c.d]]\n[c.d.e]\nk = 'v'\r\n",
      "t = true\nf = false\nn = -9223372036854775808\nh = 0o777\nb = 0b1010\n"
      "e = \"\\b\\t\\n\\f\\r\\\"\\\\\"\nm = [\n  1, # c\n  'x',\n]\n",
  };
  // Characters that matter to the grammar, and a few that are invalid anywhere.
  const std::string interesting = "[]{}=,.\"'#\\\n\r\t _-+0x9eE:uU\x01\x7F\xC3\xA9\xFF\0"s;
  remint::testing::SplitMix64 random(20240601);
  const std::regex located("^fuzz\\.toml:[0-9]+:[0-9]+: .+");
  int parsed = 0;
  int failed = 0;
  for (int iteration = 0; iteration < 4000; ++iteration) {
    std::string text = seeds[random.Below(seeds.size())];
    int mutations = 1 + static_cast<int>(random.Below(4));
    for (int m = 0; m < mutations && !text.empty(); ++m) {
      size_t at = random.Below(text.size());
      switch (random.Below(6)) {
        case 0:  // Truncate.
          text.resize(at);
          break;
        case 1:  // Delete a run.
          text.erase(at, 1 + random.Below(8));
          break;
        case 2:  // Insert an interesting character.
          text.insert(at, 1, interesting[random.Below(interesting.size())]);
          break;
        case 3:  // Overwrite with an interesting character.
          text[at] = interesting[random.Below(interesting.size())];
          break;
        case 4:  // Flip a bit.
          text[at] = static_cast<char>(text[at] ^ (1 << random.Below(8)));
          break;
        default: {  // Duplicate a slice elsewhere.
          std::string slice = text.substr(at, 1 + random.Below(24));
          text.insert(random.Below(text.size()), slice);
          break;
        }
      }
    }
    ErrorOr<Table> result = Parse(text, "fuzz.toml");
    if (result.ok()) {
      ++parsed;
    } else {
      ++failed;
      EXPECT_TRUE(std::regex_match(result.error().message(), located)) << result.error().message();
    }
  }
  // Both outcomes occur: the mutations neither all break nor all miss the grammar.
  EXPECT_GT(parsed, 100);
  EXPECT_GT(failed, 1000);
}

}  // namespace
}  // namespace remint::toml
