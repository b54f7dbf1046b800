// `remint report` and `remint serve` as users run them: the bankdemo site (links, rules, C++,
// byte stability), hostile and oversized input, the output folder's safety, the local server.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tests/report/site_links.h"
#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

auto ReadSite(const std::string& folder) -> std::map<std::string, std::string> {
  std::map<std::string, std::string> site;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::string path = fs::relative(entry.path(), folder).generic_string();
    if (path == ".remint-report") continue;
    site[path] = ReadTextFile(entry.path().string());
  }
  return site;
}

TEST(ReportCliTest, BankdemoSiteLinksEveryRuleToItsLinesAndItsCpp) {
  const std::string dir = FreshDirectory("bankdemo-site");
  CliResult first = RunRemint({"report", "--project", REMINT_BANKDEMO_DIR, "-o", dir + "/a"}, dir);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("8 programs, 534 rules"), std::string::npos) << first.out;
  std::map<std::string, std::string> site = ReadSite(dir + "/a");
  std::vector<std::string> broken = BrokenLinks(site);
  EXPECT_TRUE(broken.empty()) << broken.size() << " broken, first: " << broken.front();
  // Nothing that differs between machines: no absolute path of the checkout.
  for (const auto& [path, text] : site) {
    EXPECT_EQ(text.find(REMINT_BANKDEMO_DIR), std::string::npos) << path;
    EXPECT_EQ(path.find(REMINT_BANKDEMO_DIR), std::string::npos) << path;
  }
  // Every rule: an article on its program page with a link to its line and to its C++.
  size_t articles = 0, source_links = 0, cpp_links = 0;
  for (const auto& [path, text] : site) {
    if (!path.starts_with("programs/")) continue;
    articles += Count(text, "<article class=\"rule\"");
    source_links += Count(text, "class=\"source-link\" href=\"../source/");
    cpp_links += Count(text, "class=\"cpp-link\" href=\"../side/");
  }
  EXPECT_EQ(articles, 534u);
  EXPECT_EQ(source_links, 534u);
  EXPECT_EQ(cpp_links, 534u);  // bankdemo's rules are all in the programs' own members
  // The side-by-side pages find C++ for every rule (the emitter tags each statement's line).
  size_t rules = 0, without_cpp = 0;
  for (const auto& [path, text] : site) {
    if (!path.starts_with("side/")) continue;
    rules += Count(text, "data-rule=\"");
    without_cpp += Count(text, "data-cpp=\"\"");
  }
  EXPECT_EQ(rules, 534u);
  EXPECT_EQ(without_cpp, 0u);
  EXPECT_EQ(Count(site["assets/rules-index.js"], "\"R-"), 534u);
  // The graphs are drawn.
  EXPECT_NE(site["programs/CUSTVAL.html"].find("<svg class=\"graph\""), std::string::npos);
  EXPECT_NE(site["callgraph.html"].find("<svg class=\"graph\""), std::string::npos);
  EXPECT_NE(site["jobs.html"].find("BANKD01"), std::string::npos);

  // A second run writes the same bytes.
  CliResult second =
      RunRemint({"report", "--project", REMINT_BANKDEMO_DIR, "-o", dir + "/b", "-j", "1"}, dir);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(ReadSite(dir + "/b") == site);
}

TEST(ReportCliTest, JobFlowDrawsTheScheduleInEitherFormat) {
  const std::string dir = FreshDirectory("schedule");
  std::map<std::string, size_t> edges;
  for (const char* file : {"controlm-deftable.xml", "ca7-ljob.txt"}) {
    CliResult result = RunRemint(
        {"report", "--project", REMINT_BANKDEMO_DIR, "--schedule",
         std::string(REMINT_BANKDEMO_DIR) + "/schedule/" + file, "-o", std::string("site-") + file},
        dir);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::string jobs = ReadTextFile(dir + "/site-" + file + "/jobs.html");
    EXPECT_NE(jobs.find("requirements between jobs"), std::string::npos) << file;
    EXPECT_EQ(jobs.find("class=\"warning\""), std::string::npos) << file;
    edges[file] = Count(jobs, "class=\"edge schedule");
  }
  // The nightly cycle: BANKD01 -> BANKD02 -> BANKD03 (BANKD04 starts on its own), the same in
  // both formats.
  EXPECT_EQ(edges["controlm-deftable.xml"], 2u);
  EXPECT_EQ(edges["ca7-ljob.txt"], 2u);
}

TEST(ReportCliTest, BadInputStillGetsItsPages) {
  const std::string dir = FreshDirectory("bad-input");
  fs::create_directories(dir + "/src");
  std::ofstream(dir + "/src/SYNTAX.cbl") << "       IDENTIFICATION DIVISION.\n"
                                            "       PROGRAM-ID. SYNTAX.\n"
                                            "       PROCEDURE DIVISION.\n"
                                            "           MOVE TO TO.\n";
  std::ofstream(dir + "/src/CYCLE.cbl") << "       IDENTIFICATION DIVISION.\n"
                                           "       PROGRAM-ID. CYCLE.\n"
                                           "      * <script>window.__remintInjected=1</script>\n"
                                           "       PROCEDURE DIVISION.\n"
                                           "       A. GO TO B.\n"
                                           "       B. GO TO C.\n"
                                           "       C. GO TO A.\n";
  {
    // 5,000 branches in one paragraph and 50,000 lines in all.
    std::ofstream big(dir + "/src/BIG.cbl");
    big << "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. BIG.\n"
           "       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n"
           "       01 N PIC 9(5) VALUE 0.\n       01 T PIC 9(5) VALUE 0.\n"
           "       PROCEDURE DIVISION.\n       P0.\n";
    for (int i = 0; i < 5000; ++i) {
      big << "           IF N = " << i << "\n               ADD 1 TO T\n           END-IF\n";
    }
    int lines = 8 + 3 * 5000;
    for (int p = 1; lines < 50000; ++p) {
      big << "       P" << p << ".\n           ADD 1 TO N.\n";
      lines += 2;
    }
    big << "           STOP RUN.\n";
  }
  CliResult result = RunRemint({"report", "src", "-o", "site"}, dir);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::map<std::string, std::string> site = ReadSite(dir + "/site");
  ASSERT_TRUE(site.contains("programs/SYNTAX.html"));
  EXPECT_NE(site["programs/SYNTAX.html"].find("class=\"error\""), std::string::npos);
  ASSERT_TRUE(site.contains("programs/CYCLE.html"));
  // The cycle of GO TOs is drawn (three procedures, a loop), nothing unreachable.
  EXPECT_NE(site["programs/CYCLE.html"].find("<svg class=\"graph\""), std::string::npos);
  EXPECT_NE(site["programs/CYCLE.html"].find("3 procedures"), std::string::npos);
  EXPECT_NE(site["programs/CYCLE.html"].find("0 unreachable"), std::string::npos);
  EXPECT_EQ(site["source/src_CYCLE.cbl.html"].find("<script>window"), std::string::npos);
  EXPECT_NE(site["source/src_CYCLE.cbl.html"].find("&lt;script&gt;window"), std::string::npos);
  ASSERT_TRUE(site.contains("programs/BIG.html"));
  EXPECT_GE(Count(site["programs/BIG.html"], "<article class=\"rule\""), 5000u);
  // The big graph is summarised, not drawn: the page stays light.
  EXPECT_NE(site["programs/BIG.html"].find("graph-too-large"), std::string::npos);
  EXPECT_GE(Count(site["source/src_BIG.cbl.html"], "<span class=\"line\""), 50000u);
  EXPECT_TRUE(BrokenLinks(site).empty()) << BrokenLinks(site).front();
}

// A folder of an online application holds more than programs: copybooks, a BMS map set, notes.
// Only its programs (and JCL) are reported; the copybook and map set still have their pages
// through the program that copies them.
TEST(ReportCliTest, AFoldersCopybooksMapSetsAndNotesAreNotReportedAsPrograms) {
  const std::string dir = FreshDirectory("folder-roles");
  fs::create_directories(dir + "/src");
  std::ofstream(dir + "/src/ONLINE.cbl") << "       IDENTIFICATION DIVISION.\n"
                                            "       PROGRAM-ID. ONLINE.\n"
                                            "       DATA DIVISION.\n"
                                            "       WORKING-STORAGE SECTION.\n"
                                            "       COPY CUSTREC.\n"
                                            "       COPY MENUMS.\n"
                                            "       PROCEDURE DIVISION.\n"
                                            "           IF CUST-ID = SPACES\n"
                                            "             EXEC CICS LINK PROGRAM('LOOKUP')\n"
                                            "             END-EXEC\n"
                                            "           END-IF\n"
                                            "           EXEC CICS RETURN END-EXEC.\n";
  std::ofstream(dir + "/src/CUSTREC.cpy") << "       01  CUST-REC.\n"
                                             "           05  CUST-ID   PIC X(8).\n";
  std::ofstream(dir + "/src/MENUMS.bms")
      << "MENUMS  DFHMSD TYPE=MAP,MODE=INOUT,LANG=COBOL,STORAGE=AUTO\n"
         "MENU    DFHMDI SIZE=(24,80)\n"
         "CHOICE  DFHMDF POS=(2,10),LENGTH=1,ATTRB=(UNPROT,IC)\n"
         "        DFHMSD TYPE=FINAL\n"
         "        END\n";
  std::ofstream(dir + "/src/README.txt") << "Notes on the menu application.\n";
  CliResult result = RunRemint({"report", "src", "-o", "site"}, dir);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("1 programs"), std::string::npos) << result.out;
  std::map<std::string, std::string> site = ReadSite(dir + "/site");
  EXPECT_EQ(Count(site["index.html"], "<tr data-program="), 1u) << site["index.html"];
  EXPECT_TRUE(site.contains("programs/ONLINE.html"));
  EXPECT_TRUE(site.contains("source/src_CUSTREC.cpy.html"));
  EXPECT_TRUE(site.contains("source/src_MENUMS.bms.html"));
  // Lowered clean (the symbolic map's CHOICEI and the EIB are there), and its LINK is a call.
  EXPECT_EQ(site["programs/ONLINE.html"].find("id=\"diagnostics\""), std::string::npos);
  EXPECT_NE(site["programs/ONLINE.html"].find("LOOKUP</code> <span class=\"muted\">(links to "
                                              "(CICS))"),
            std::string::npos)
      << site["programs/ONLINE.html"];
  EXPECT_TRUE(BrokenLinks(site).empty());
}

TEST(ReportCliTest, AMemberOutsideTheWorkingFolderIsShownByItsFolderAndName) {
  const std::string dir = FreshDirectory("outside");
  fs::create_directories(dir + "/elsewhere/lib");
  fs::create_directories(dir + "/here");
  std::ofstream(dir + "/elsewhere/lib/ONE.cbl") << "       IDENTIFICATION DIVISION.\n"
                                                   "       PROGRAM-ID. ONE.\n"
                                                   "       DATA DIVISION.\n"
                                                   "       WORKING-STORAGE SECTION.\n"
                                                   "       01 N PIC 9 VALUE 1.\n"
                                                   "       PROCEDURE DIVISION.\n"
                                                   "           IF N = 1 DISPLAY 'ONE'.\n"
                                                   "           STOP RUN.\n";
  CliResult result =
      RunRemint({"report", dir + "/elsewhere/lib/ONE.cbl", "-o", "site"}, dir + "/here");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::map<std::string, std::string> site = ReadSite(dir + "/here/site");
  EXPECT_NE(site["index.html"].find("<a href=\"source/lib_ONE.cbl.html\">lib/ONE.cbl</a>"),
            std::string::npos)
      << site["index.html"];
  EXPECT_NE(site["programs/ONE.html"].find("href=\"../source/lib_ONE.cbl.html#L7\""),
            std::string::npos);
  for (const auto& [path, text] : site) EXPECT_EQ(text.find(dir), std::string::npos) << path;
  EXPECT_TRUE(BrokenLinks(site).empty());
}

TEST(ReportCliTest, NeverReplacesAFolderItDidNotWrite) {
  const std::string dir = FreshDirectory("foreign-folder");
  fs::create_directories(dir + "/mine");
  std::ofstream(dir + "/mine/thesis.txt") << "precious\n";
  CliResult refused = RunRemint({"report", "--project", REMINT_BANKDEMO_DIR, "-o", "mine"}, dir);
  EXPECT_EQ(refused.exit_code, 2) << refused.err;
  EXPECT_NE(refused.err.find("not a report remint wrote"), std::string::npos) << refused.err;
  EXPECT_EQ(ReadTextFile(dir + "/mine/thesis.txt"), "precious\n");
  // Its own site is replaced whole: a page it no longer writes is gone.
  ASSERT_EQ(RunRemint({"report", "--project", REMINT_BANKDEMO_DIR, "-o", "site"}, dir).exit_code,
            0);
  std::ofstream(dir + "/site/programs/GONE.html") << "old";
  ASSERT_EQ(RunRemint({"report", "--project", REMINT_BANKDEMO_DIR, "-o", "site"}, dir).exit_code,
            0);
  EXPECT_FALSE(fs::exists(dir + "/site/programs/GONE.html"));
  EXPECT_TRUE(fs::exists(dir + "/site/index.html"));
  for (const auto& entry : fs::directory_iterator(dir)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos);
    EXPECT_EQ(entry.path().filename().string().find(".old"), std::string::npos);
  }
}

// GET over a fresh connection: (status line, body).
auto Get(uint16_t port, const std::string& target) -> std::pair<std::string, std::string> {
  int socket = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (::connect(socket, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
    ::close(socket);
    return {"connect failed", ""};
  }
  std::string request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
  ::send(socket, request.data(), request.size(), MSG_NOSIGNAL);
  std::string reply;
  char buffer[65536];
  for (ssize_t got; (got = ::recv(socket, buffer, sizeof(buffer), 0)) > 0;) {
    reply.append(buffer, static_cast<size_t>(got));
  }
  ::close(socket);
  size_t head_end = reply.find("\r\n\r\n");
  if (head_end == std::string::npos) return {reply, ""};
  return {reply.substr(0, reply.find("\r\n")), reply.substr(head_end + 4)};
}

// A `remint serve` process started in `directory` with `arguments`, and the port it prints.
struct ServeProcess {
  pid_t pid = -1;
  int output = -1;
  uint16_t port = 0;

  ~ServeProcess() {
    if (pid > 0) {
      ::kill(pid, SIGTERM);
      int wait_status = 0;
      ::waitpid(pid, &wait_status, 0);
    }
    if (output >= 0) ::close(output);
  }
};

// Starts serve and reads its first line; `port` stays 0 when it printed no URL.
void StartServe(const std::vector<std::string>& arguments, const std::string& directory,
                ServeProcess& serve) {
  int out[2];
  if (::pipe(out) != 0) return;
  serve.pid = ::fork();
  if (serve.pid == 0) {
    ::dup2(out[1], 1);
    ::close(out[0]);
    if (::chdir(directory.c_str()) != 0) ::_exit(126);
    std::string binary = RemintBinary();
    std::vector<char*> argv = {binary.data()};
    std::vector<std::string> copies = arguments;
    for (std::string& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  serve.output = out[0];
  std::string line;
  char c;
  while (::read(serve.output, &c, 1) == 1 && c != '\n') line += c;
  const std::string prefix = "remint serve: http://127.0.0.1:";
  if (line.starts_with(prefix)) {
    serve.port = static_cast<uint16_t>(std::stoi(line.substr(prefix.size())));
  }
}

TEST(ReportCliTest, ServeAnswersWithTheReportsPages) {
  const std::string dir = FreshDirectory("serve");
  ASSERT_EQ(RunRemint({"report", "--project", REMINT_BANKDEMO_DIR, "-o", "site"}, dir).exit_code,
            0);
  ServeProcess serve;
  StartServe({"serve", "--project", REMINT_BANKDEMO_DIR, "--port", "0"}, dir, serve);
  ASSERT_NE(serve.port, 0);
  uint16_t port = serve.port;
  auto [status, body] = Get(port, "/");
  EXPECT_EQ(status, "HTTP/1.1 200 OK");
  EXPECT_EQ(body, ReadTextFile(dir + "/site/index.html"));
  auto [program_status, program] = Get(port, "/programs/CUSTVAL.html#R-x");
  EXPECT_EQ(program_status, "HTTP/1.1 200 OK");
  EXPECT_EQ(program, ReadTextFile(dir + "/site/programs/CUSTVAL.html"));
  EXPECT_EQ(Get(port, "/nope.html").first, "HTTP/1.1 404 Not Found");
  EXPECT_EQ(Get(port, "/../etc/passwd").first, "HTTP/1.1 400 Bad Request");
}

// `remint serve` renders the pages again when a source changes: a reviewer keeps the browser
// open while the estate is edited, recorded or migrated.
TEST(ReportCliTest, ServeRendersAgainWhenASourceChanges) {
  const std::string dir = FreshDirectory("serve-refresh");
  auto program = [](const std::string& limit) {
    return "       IDENTIFICATION DIVISION.\n"
           "       PROGRAM-ID. LIVE.\n"
           "       DATA DIVISION.\n"
           "       WORKING-STORAGE SECTION.\n"
           "       01 WS-AMOUNT PIC 9(4) VALUE 10.\n"
           "       PROCEDURE DIVISION.\n"
           "           IF WS-AMOUNT > " +
           limit +
           "\n"
           "               DISPLAY 'OVER'\n"
           "           END-IF.\n"
           "           STOP RUN.\n";
  };
  std::ofstream(dir + "/LIVE.cbl", std::ios::binary) << program("1111");
  ServeProcess serve;
  StartServe({"serve", "LIVE.cbl", "--port", "0", "--refresh", "1"}, dir, serve);
  ASSERT_NE(serve.port, 0);
  uint16_t port = serve.port;
  auto [status, before] = Get(port, "/programs/LIVE.html");
  EXPECT_EQ(status, "HTTP/1.1 200 OK");
  EXPECT_NE(before.find("1111"), std::string::npos);
  // Another size, so that the change shows even where modification times are coarse.
  std::ofstream(dir + "/LIVE.cbl", std::ios::binary) << program("222222");
  std::string after;
  for (int attempt = 0; attempt < 120; ++attempt) {
    after = Get(port, "/programs/LIVE.html").second;
    if (after.find("222222") != std::string::npos) break;
    ::usleep(250 * 1000);
  }
  EXPECT_NE(after.find("222222"), std::string::npos);
  EXPECT_EQ(after.find("1111"), std::string::npos);
}

// `-I DIR` takes one folder: the member named after it is an input, not another copybook folder
// (CLI11 let a vector option swallow every word up to the next option).
TEST(ReportCliTest, CopyDirectoryOptionTakesOneFolderEach) {
  const std::string dir = FreshDirectory("copy-dir-option");
  const std::string estate = REMINT_BANKDEMO_DIR;
  const std::string copylib = estate + "/BANK.PROD.COPYLIB";
  const std::string member = estate + "/BANK.PROD.COBOL/CUSTVAL";
  for (const std::vector<std::string>& arguments :
       std::vector<std::vector<std::string>>{{"report", "-I", copylib, member, "-o", "site"},
                                             {"rules", "-I", copylib, member},
                                             {"ir", "-I", copylib, member},
                                             {"parse", "-I", copylib, member}}) {
    CliResult result = RunRemint(arguments, dir);
    EXPECT_EQ(result.exit_code, 0) << arguments[0] << ": " << result.err;
  }
}

}  // namespace
}  // namespace remint::testing
