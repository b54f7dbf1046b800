// remint.toml: what is read, and located errors for what cannot be used.
#include "migrate/project_config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/scratch.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

auto Load(const std::string& text, std::string* root_out = nullptr) -> ErrorOr<ProjectConfig> {
  const std::string root = testing::FreshDirectory("project-config");
  if (root_out != nullptr) *root_out = root;
  std::ofstream(root + "/remint.toml") << text;
  return LoadProjectConfig(root + "/remint.toml");
}

// The error, with the test's directory taken out of it.
auto ErrorOf(const std::string& text) -> std::string {
  std::string root;
  ErrorOr<ProjectConfig> config = Load(text, &root);
  EXPECT_FALSE(config.ok());
  if (config.ok()) return "";
  std::string message = config.error().message();
  for (size_t at = message.find(root + "/"); at != std::string::npos;
       at = message.find(root + "/")) {
    message.erase(at, root.size() + 1);
  }
  return message;
}

TEST(ProjectConfigTest, ReadsTheProjectAndItsCases) {
  ErrorOr<ProjectConfig> config = Load(R"(
[project]
name = "bank"
sources = ["COBOL", "/abs/MORE"]
copybooks = ["COPY"]
cobc-flags = ["-O2"]
timeout = 30

[[case]]
program = "intaccr"
name = "nightly"
parm = "MONTH-END"
out = ["acctout"]
dd = { CTLCARD = "cases/CTLCARD", ACCTIN = { case = "DAILYPST/nightly", dd = "ACCTOUT" } }

[[case]]
program = "FEEASSES"
name = "quiet"
clock = "2024/03/01 00:00:00.00"
[case.dd]
ACCTIN = { case = "intaccr/nightly" }
)");
  ASSERT_TRUE(config.ok()) << config.error().message();
  EXPECT_EQ(config->name, "bank");
  EXPECT_EQ(config->dialect, "ibm");
  ASSERT_EQ(config->sources.size(), 2u);
  EXPECT_EQ(fs::path(config->sources[0]), fs::path(config->root) / "COBOL");
  EXPECT_EQ(config->sources[1], "/abs/MORE");
  EXPECT_EQ(config->cobc_flags, std::vector<std::string>{"-O2"});
  ASSERT_EQ(config->cases.size(), 2u);
  const CaseConfig& nightly = config->cases[0];
  EXPECT_EQ(nightly.program, "INTACCR");
  EXPECT_EQ(nightly.parm, "MONTH-END");
  EXPECT_EQ(nightly.outputs, std::vector<std::string>{"ACCTOUT"});
  EXPECT_EQ(nightly.timeout_seconds, 30);
  EXPECT_EQ(nightly.clock, "2024/02/29 23:59:00.00");
  EXPECT_EQ(fs::path(nightly.inputs.at("CTLCARD").path), fs::path(config->root) / "cases/CTLCARD");
  EXPECT_EQ(nightly.inputs.at("ACCTIN").from_program, "DAILYPST");
  EXPECT_EQ(nightly.inputs.at("ACCTIN").from_case, "nightly");
  EXPECT_EQ(nightly.inputs.at("ACCTIN").from_dd, "ACCTOUT");
  const CaseConfig& quiet = config->cases[1];
  EXPECT_EQ(quiet.clock, "2024/03/01 00:00:00.00");
  // The DD of the source case defaults to the same name.
  EXPECT_EQ(quiet.inputs.at("ACCTIN").from_program, "INTACCR");
  EXPECT_EQ(quiet.inputs.at("ACCTIN").from_dd, "ACCTIN");
}

TEST(ProjectConfigTest, ReadsCaseFiles) {
  const std::string root = testing::FreshDirectory("project-config-files");
  std::ofstream(root + "/remint.toml") << "[project]\nsources = [\"S\"]\ncases = [\"more.toml\"]\n";
  std::ofstream(root + "/more.toml") << "[[case]]\nprogram = \"P\"\nname = \"c\"\n";
  ErrorOr<ProjectConfig> config = LoadProjectConfig(root + "/remint.toml");
  ASSERT_TRUE(config.ok()) << config.error().message();
  ASSERT_EQ(config->cases.size(), 1u);
  EXPECT_EQ(config->cases[0].origin.substr(config->cases[0].origin.rfind('/') + 1), "more.toml:1");
}

TEST(ProjectConfigTest, RefusesWhatItCannotUseWithALocatedError) {
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\nsource = [\"T\"]\n"),
            "remint.toml:3:10: unknown key 'source' in [project]");
  EXPECT_EQ(ErrorOf("[project]\nsources = \"S\"\n"),
            "remint.toml:2:11: 'sources' must be an array of strings, not string");
  EXPECT_EQ(ErrorOf("[project]\nname = \"x\"\n"), "remint.toml:1:1: [project] has no 'sources'");
  EXPECT_EQ(ErrorOf("name = \"x\"\n"), "remint.toml:1:1: the project file has no '[project]'");
  EXPECT_EQ(ErrorOf("name = \"x\"\n[project]\nsources = [\"S\"]\n"),
            "remint.toml:1:8: unknown key 'name' in the project file");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\ndialect = \"cobol2020\"\n"),
            "remint.toml:1:1: dialect must be default, cobol85, cobol2002, cobol2014, ibm or mf "
            "(cobc's -std), not 'cobol2020'");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\ntimeout = -1\n"),
            "remint.toml:3:11: 'timeout' must be positive");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\n[[case]]\nname = \"a\"\n"),
            "remint.toml:3:1: the case has no 'program'");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\n[[case]]\nprogram = \"P\"\nname = \"a\"\n"
                    "[[case]]\nprogram = \"p\"\nname = \"a\"\n"),
            "remint.toml:6:1: case P/a is defined twice (first at remint.toml:3)");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\n[[case]]\nprogram = \"P\"\nname = \"a\"\n"
                    "dd = { IN = { case = \"nocase\" } }\n"),
            "remint.toml:6:13: 'case' of DD IN must be PROGRAM/case, not 'nocase'");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"S\"]\n[[case]]\nprogram = \"P\"\nname = \"a\"\n"
                    "dd = { IN = 3 }\n"),
            "remint.toml:6:13: DD IN must be a file path or { case = \"PROGRAM/case\", dd = "
            "\"DD\" }");
  // The TOML reader's own errors come through located too.
  EXPECT_EQ(ErrorOf("[project\n"),
            "remint.toml:1:9: expected ']' to close the table header, found the end of the line");
}

TEST(ProjectConfigTest, AMissingFileIsAnError) {
  ErrorOr<ProjectConfig> config = LoadProjectConfig("/nonexistent/remint.toml");
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.error().message().find("/nonexistent/remint.toml"), std::string::npos);
}

TEST(ProjectConfigTest, ReadsOutcomesDeclaredUnreachable) {
  ErrorOr<ProjectConfig> config = Load(R"(
[project]
sources = ["COBOL"]

[[unreachable]]
decision = "IF GLSUMM:386"
outcome = true
reason = "every account it looks for is in the table"

[[unreachable]]
decision = "WHEN DAILYPST:629"
outcome = false
reason = "the codes that get here all have a WHEN"
)");
  ASSERT_TRUE(config.ok()) << config.error().message();
  ASSERT_EQ(config->unreachable.size(), 2u);
  EXPECT_EQ(config->unreachable[0].decision, "IF GLSUMM:386");
  EXPECT_TRUE(config->unreachable[0].outcome);
  EXPECT_EQ(config->unreachable[0].reason, "every account it looks for is in the table");
  EXPECT_EQ(config->unreachable[1].decision, "WHEN DAILYPST:629");
  EXPECT_FALSE(config->unreachable[1].outcome);
  EXPECT_TRUE(config->unreachable[1].origin.ends_with("remint.toml:10"))
      << config->unreachable[1].origin;
}

TEST(ProjectConfigTest, AnUnreachableDeclarationMustSayWhichOutcomeAndWhy) {
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"C\"]\n[[unreachable]]\ndecision = \"IF A:1\"\n"
                    "outcome = true\n"),
            "remint.toml:3:1: [[unreachable]] has no 'reason'");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"C\"]\n[[unreachable]]\ndecision = \"IF A:1\"\n"
                    "reason = \"r\"\n"),
            "remint.toml:3:1: [[unreachable]] has no 'outcome'");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"C\"]\n[[unreachable]]\ndecision = \"A:1\"\n"
                    "outcome = true\nreason = \"r\"\n"),
            "remint.toml:3:1: decision must be 'IF PROGRAM:LINE' or 'WHEN PROGRAM:LINE', not "
            "'A:1'");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"C\"]\n[[unreachable]]\ndecision = \"IF A:1\"\n"
                    "outcome = \"yes\"\nreason = \"r\"\n"),
            "remint.toml:5:11: 'outcome' must be true or false, not string");
  EXPECT_EQ(ErrorOf("[project]\nsources = [\"C\"]\n[[unreachable]]\ndecision = \"IF A:1\"\n"
                    "outcome = true\nreason = \"r\"\nline = 3\n"),
            "remint.toml:7:8: unknown key 'line' in [[unreachable]]");
}

}  // namespace
}  // namespace remint::migrate
