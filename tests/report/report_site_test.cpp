// The site writer on models built here: hostile legacy text is escaped everywhere, every link
// resolves, output is byte-stable, rules link to their lines and C++.
#include <gtest/gtest.h>

#include "cli/http_server.h"
#include "emitters/report/search_table.h"
#include "emitters/report/site.h"
#include "emitters/report/site_pages.h"
#include "tests/report/site_links.h"

namespace remint::report {
namespace {

using testing::Count;

constexpr const char* kHostile =
    "<script>window.__remintInjected=1</script>\"'><img src=x onerror=alert(1)>&";

auto HostileModel() -> ReportModel {
  ReportModel model;
  model.title = std::string("estate ") + kHostile;
  model.members.push_back({"SRC/EVIL", "SRC_EVIL", "COBOL",
                           std::string("       IDENTIFICATION DIVISION.\n      * ") + kHostile +
                               "\n       PROCEDURE DIVISION.\n           IF A = 1\n"
                               "               DISPLAY 'X'.\n"});
  ProgramReport program;
  program.name = std::string("EVIL") + kHostile;
  program.page_key = "EVIL";
  program.member = "SRC/EVIL";
  program.lines = 5;
  program.lowered = true;
  program.diagnostics.push_back({"error", "RM1234", kHostile, "SRC/EVIL", 2});
  analysis::Rule rule;
  rule.id = "R-0123456789";
  rule.program = program.name;
  rule.procedure = kHostile;
  rule.kind = "if";
  rule.condition = std::string("A = '") + kHostile + "'";
  rule.file = "SRC/EVIL";
  rule.line = 4;
  rule.end_line = 5;
  rule.decision_line = 4;
  rule.reads = {kHostile, "A"};
  rule.writes = {"B OF REC"};
  rule.actions = {std::string("DISPLAY '") + kHostile + "'"};
  program.rules.push_back(rule);
  program.fields = {{"A", kHostile}, {"B OF REC", "REC"}};  // sorted by name
  program.cpp_path = "src/evil.cpp";
  program.cpp_text = std::string("// ") + kHostile +
                     "\nint main() {\n  // IF EVIL:4\n  if (a == 1) {\n"
                     "    display(\"X\");  // DISPLAY EVIL:5\n  }\n}\n";
  program.cpp_tag = "EVIL";
  program.emit_status = "emitted";
  model.programs.push_back(program);
  model.call_graph.programs = {program.name, "OTHER"};
  model.call_graph.calls.push_back(
      {program.name, kHostile, analysis::CallKind::kStatic, "SRC/EVIL", 4, "", false});
  model.jobs.push_back({std::string("JOB") + kHostile, "JCL/J", {{"S1", program.name, "J", 3}}});
  ScreenReport screen;
  screen.member = "SRC/EVIL";
  screen.map_set = std::string("SET") + kHostile;
  screen.map = kHostile;
  screen.line = 2;
  screen.named_fields = 1;
  screen.picture = std::string(" ") + kHostile + "\n  ____\n";
  model.screens.push_back(screen);
  return model;
}

TEST(ReportSiteTest, HostileTextIsEscapedOnEveryPage) {
  Site site = RenderSite(HostileModel());
  ASSERT_TRUE(site.contains("index.html"));
  ASSERT_TRUE(site.contains("programs/EVIL.html"));
  ASSERT_TRUE(site.contains("source/SRC_EVIL.html"));
  ASSERT_TRUE(site.contains("side/EVIL.html"));
  size_t pages = 0;
  for (const auto& [path, text] : site) {
    if (!path.ends_with(".html")) continue;
    ++pages;
    EXPECT_EQ(text.find("<script>window"), std::string::npos) << path;
    EXPECT_EQ(text.find("<img src=x"), std::string::npos) << path;
    // Only the site's own scripts, by src.
    for (size_t at = text.find("<script"); at != std::string::npos;
         at = text.find("<script", at + 1)) {
      EXPECT_EQ(text.compare(at, 13, "<script src=\""), 0) << path << ": " << text.substr(at, 40);
    }
    EXPECT_NE(text.find("Content-Security-Policy"), std::string::npos) << path;
  }
  EXPECT_EQ(pages, 12u);  // 9 and a page per record (REC, the hostile one, none)
  // A map's picture is drawn as text, its hostile INITIAL escaped, its map set linked.
  EXPECT_NE(site["screens.html"].find("<pre class=\"screen\"> &lt;script&gt;window"),
            std::string::npos)
      << site["screens.html"];
  EXPECT_NE(site["screens.html"].find("href=\"source/SRC_EVIL.html#L2\""), std::string::npos)
      << site["screens.html"];
  // The text is shown, escaped, not dropped.
  EXPECT_NE(site["source/SRC_EVIL.html"].find("&lt;script&gt;window.__remintInjected=1"),
            std::string::npos);
  // The catalogue's index is JSON in a script file: a string there can never close a tag; the
  // hostile quote is escaped for the JS string around the JSON.
  const std::string& index = site["assets/rules-index.js"];
  EXPECT_NE(index.find("\\'><img"), std::string::npos);
  EXPECT_TRUE(index.starts_with("window.REMINT_RULES = JSON.parse('{"));
  EXPECT_NE(index.find("R-0123456789"), std::string::npos);
}

TEST(ReportSiteTest, EveryLinkResolves) {
  Site site = RenderSite(HostileModel());
  std::vector<std::string> broken = testing::BrokenLinks(site);
  EXPECT_TRUE(broken.empty()) << broken.front();
}

TEST(ReportSiteTest, LinkCheckerFindsABrokenLink) {
  Site site = RenderSite(HostileModel());
  site["index.html"] +=
      "<a href=\"programs/NOPE.html\">x</a><a href=\"rules.html#nowhere\">y</a>"
      "<script src=\"https://cdn.example/x.js\"></script>";
  EXPECT_EQ(testing::BrokenLinks(site).size(), 3u);
}

TEST(ReportSiteTest, RuleLinksToItsLinesAndItsCpp) {
  Site site = RenderSite(HostileModel());
  const std::string& program = site["programs/EVIL.html"];
  EXPECT_NE(program.find("<article class=\"rule\" id=\"R-0123456789\">"), std::string::npos);
  EXPECT_NE(program.find("class=\"source-link\" href=\"../source/SRC_EVIL.html#L4\""),
            std::string::npos);
  EXPECT_NE(program.find("class=\"cpp-link\" href=\"../side/EVIL.html#R-0123456789\""),
            std::string::npos);
  // Lines 4-5 of the legacy member; the C++ lines tagged EVIL:4 and EVIL:5 (3 and 5) and the
  // lines that follow each up to the next tag.
  EXPECT_NE(site["side/EVIL.html"].find(
                "data-rule=\"R-0123456789\" data-legacy=\"4-5\" data-cpp=\"3-7\""),
            std::string::npos)
      << site["side/EVIL.html"];
}

TEST(ReportSiteTest, SameModelSameBytes) {
  EXPECT_EQ(RenderSite(HostileModel()), RenderSite(HostileModel()));
}

TEST(ReportSiteTest, CppLinesFollowTheirTags) {
  ProgramReport program;
  program.cpp_tag = "A.CBL";
  program.cpp_text =
      "x;  // MOVE A.CBL:10\n// IF A.CBL:12 and XA.CBL:13\ny;\n// AA.CBL:14 A.CBL:14\n";
  std::map<uint32_t, std::vector<uint32_t>> lines = CppLinesByLegacyLine(program);
  EXPECT_EQ(lines, (std::map<uint32_t, std::vector<uint32_t>>{{10, {1}}, {12, {2, 3}}, {14, {4}}}));
  EXPECT_EQ(LineRanges({1, 2, 3, 5, 7, 8}), "1-3,5,7-8");
  EXPECT_EQ(LineRanges({}), "");
}

TEST(ReportSiteTest, ProgramWithErrorsGetsAPageWithItsDiagnostics) {
  ReportModel model;
  model.title = "t";
  model.members.push_back({"BAD.CBL", "BAD.CBL", "COBOL", "garbage\n"});
  ProgramReport program;
  program.name = "BAD";
  program.page_key = "BAD";
  program.member = "BAD.CBL";
  program.diagnostics.push_back({"error", "RM2001", "syntax error near 'garbage'", "BAD.CBL", 1});
  program.emit_status = "not emitted: the member has errors";
  model.programs.push_back(program);
  Site site = RenderSite(model);
  const std::string& page = site["programs/BAD.html"];
  EXPECT_NE(page.find("RM2001"), std::string::npos);
  EXPECT_NE(page.find("href=\"../source/BAD.CBL.html#L1\""), std::string::npos);
  EXPECT_NE(page.find("did not lower"), std::string::npos);
  EXPECT_TRUE(testing::BrokenLinks(site).empty());
}

// "P00042" for 42.
auto ProgramName(size_t number) -> std::string {
  std::string digits = std::to_string(number);
  return "P" + std::string(digits.size() < 5 ? 5 - digits.size() : 0, '0') + digits;
}

// An estate of `programs` programs, each calling the next, all writing one shared field.
auto WideModel(size_t programs) -> ReportModel {
  ReportModel model;
  model.title = "wide";
  for (size_t i = 0; i < programs; ++i) {
    const std::string name = ProgramName(i);
    ProgramReport program;
    program.name = name;
    program.page_key = name;
    program.member = name + ".cbl";
    model.members.push_back({program.member, program.member, "COBOL", "       PROGRAM-ID.\n"});
    analysis::Rule rule;
    rule.id = "R-" + name;
    rule.program = name;
    rule.procedure = "MAIN";
    rule.kind = "if";
    rule.condition = "WS-COUNT > 1";
    rule.file = program.member;
    rule.line = 1;
    rule.reads = {"WS-COUNT"};
    program.rules.push_back(rule);
    program.fields = {{"WS-COUNT", "WS-COUNT"}};
    model.programs.push_back(program);
    model.call_graph.programs.push_back(name);
    const std::string callee = ProgramName((i + 1) % programs);
    model.call_graph.calls.push_back(
        {name, callee, analysis::CallKind::kStatic, program.member, 1, "", true});
  }
  return model;
}

TEST(ReportSiteTest, EstateWideTablesHoldTheirFirstRowsAndIndexEveryRow) {
  Site site = RenderSite(WideModel(700));
  const std::string& overview = site["index.html"];
  EXPECT_EQ(Count(overview, "<tr data-program=\""), kShownRows);
  EXPECT_NE(overview.find("the first 200 of 700 programs: search to find the others"),
            std::string::npos);
  EXPECT_NE(overview.find("data-index=\"assets/programs-index.js\""), std::string::npos);
  const std::string& programs = site["assets/programs-index.js"];
  EXPECT_EQ(Count(programs, "\",\"programs/P0"), 700u);  // every program's first cell
  EXPECT_NE(programs.find("[\"P00699\",\"programs/P00699.html\"]"), std::string::npos);
  // 700 programs are more than a drawing holds: the page says so and lists every call.
  const std::string& callgraph = site["callgraph.html"];
  EXPECT_EQ(callgraph.find("<svg class=\"graph\""), std::string::npos);
  EXPECT_NE(callgraph.find("too many to draw at once"), std::string::npos);
  EXPECT_EQ(Count(callgraph, "<tr><td><a href=\"programs/"), kShownRows);
  EXPECT_EQ(Count(site["assets/calls-index.js"], "\"calls\""), 700u);
  // ...and each program page draws its own callers and callees.
  const std::string& page = site["programs/P00010.html"];
  EXPECT_NE(page.find("<section id=\"calls\">"), std::string::npos);
  EXPECT_NE(page.find("Called or run by: <a href=\"P00009.html\">P00009</a>"), std::string::npos);
  EXPECT_NE(page.find("Calls: <a href=\"P00011.html\">P00011</a>"), std::string::npos);
  EXPECT_NE(page.find("aria-label=\"Calls of P00010\""), std::string::npos);
  // A field every program reads: its concept page links the first uses, the catalogue the rest.
  const std::string& concept_page = site["concepts/WS-COUNT.html"];
  EXPECT_EQ(Count(concept_page, "<a href=\"../programs/"), 100u);
  EXPECT_NE(concept_page.find("href=\"../rules.html?q=WS-COUNT\">and 600 more in the catalogue"),
            std::string::npos);
  EXPECT_NE(site["concepts.html"].find("and 680 more"), std::string::npos);
  EXPECT_TRUE(testing::BrokenLinks(site).empty()) << testing::BrokenLinks(site).front();
}

TEST(ReportSiteTest, SmallEstatesListEveryRowAndDrawTheWholeCallGraph) {
  Site site = RenderSite(WideModel(20));
  EXPECT_EQ(Count(site["index.html"], "<tr data-program=\""), 20u);
  EXPECT_NE(site["index.html"].find("<p class=\"muted\" id=\"programs-count\">20 programs</p>"),
            std::string::npos);
  EXPECT_NE(site["callgraph.html"].find("<svg class=\"graph\""), std::string::npos);
  EXPECT_EQ(Count(site["concepts/WS-COUNT.html"], "<a href=\"../programs/"), 20u);
}

TEST(HttpServerTest, RequestPathsStayInTheSite) {
  EXPECT_EQ(cli::RequestPath("/"), "index.html");
  EXPECT_EQ(cli::RequestPath("/programs/A%20B.html?x=1#y"), "programs/A B.html");
  EXPECT_EQ(cli::RequestPath("/side/"), "side/index.html");
  EXPECT_EQ(cli::RequestPath("/../etc/passwd"), std::nullopt);
  EXPECT_EQ(cli::RequestPath("/a/%2e%2e/%2e%2e/x"), std::nullopt);
  EXPECT_EQ(cli::RequestPath("/a%00b"), std::nullopt);
  EXPECT_EQ(cli::RequestPath("http://host/x"), std::nullopt);
  EXPECT_EQ(cli::RequestPath("/a..b/c"), "a..b/c");
}

}  // namespace
}  // namespace remint::report
