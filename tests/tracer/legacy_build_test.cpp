// tracer/legacy_build.h: cobc builds cached by what the program is made of.
#include "tracer/legacy_build.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/availability.h"
#include "tests/support/scratch.h"
#include "tracer/sandbox.h"

namespace remint::tracer {
namespace {

namespace fs = std::filesystem;

void Write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

constexpr const char* kProgram =
    "       IDENTIFICATION DIVISION.\n"
    "       PROGRAM-ID. GREET.\n"
    "       DATA DIVISION.\n"
    "       WORKING-STORAGE SECTION.\n"
    "       COPY GREETING.\n"
    "       PROCEDURE DIVISION.\n"
    "           DISPLAY WS-GREETING\n"
    "           STOP RUN.\n";

auto Greeting(const std::string& text) -> std::string {
  return "       01  WS-GREETING PIC X(5) VALUE '" + text + "'.\n";
}

auto Output(const LegacyBuild& build, const std::string& directory) -> std::string {
  SandboxSpec spec;
  spec.argv = {build.executable};
  spec.env = {{"PATH", "/usr/bin:/bin"}};
  spec.scratch_dir = directory;
  ErrorOr<SandboxOutcome> outcome = RunSandboxed(spec);
  return outcome.ok() ? outcome->stdout_bytes : outcome.error().message();
}

TEST(LegacyBuildTest, BuildsOnceAndAgainOnlyWhenACopybookChanges) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = testing::FreshDirectory("legacy-build");
  fs::create_directories(root + "/copy");
  Write(root + "/GREET.cbl", kProgram);
  Write(root + "/copy/GREETING.cpy", Greeting("HELLO"));
  LegacyBuildSpec spec;
  spec.source = root + "/GREET.cbl";
  spec.copy_dirs = {root + "/copy"};
  spec.cache_dir = root + "/cache";

  ErrorOr<LegacyBuild> first = BuildLegacy(spec);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_FALSE(first->from_cache);
  EXPECT_EQ(Output(*first, root), "HELLO\n");

  ErrorOr<LegacyBuild> again = BuildLegacy(spec);
  ASSERT_TRUE(again.ok()) << again.error().message();
  EXPECT_TRUE(again->from_cache);
  EXPECT_EQ(again->key, first->key);
  EXPECT_EQ(again->executable, first->executable);

  // Another dialect is another build.
  LegacyBuildSpec other_dialect = spec;
  other_dialect.dialect = "default";
  ErrorOr<LegacyBuild> default_dialect = BuildLegacy(other_dialect);
  ASSERT_TRUE(default_dialect.ok()) << default_dialect.error().message();
  EXPECT_NE(default_dialect->key, first->key);

  Write(root + "/copy/GREETING.cpy", Greeting("WORLD"));
  ErrorOr<LegacyBuild> changed = BuildLegacy(spec);
  ASSERT_TRUE(changed.ok()) << changed.error().message();
  EXPECT_FALSE(changed->from_cache);
  EXPECT_NE(changed->key, first->key);
  EXPECT_EQ(Output(*changed, root), "WORLD\n");
  // Only whole builds in the cache: no work directory is left behind.
  for (const auto& entry : fs::directory_iterator(spec.cache_dir)) {
    EXPECT_EQ(entry.path().filename().string().rfind(".build-", 0), std::string::npos)
        << entry.path();
  }
}

TEST(LegacyBuildTest, AProgramCobcRejectsIsAnErrorWithItsMessages) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = testing::FreshDirectory("legacy-build-bad");
  Write(root + "/BAD.cbl",
        "       IDENTIFICATION DIVISION.\n"
        "       PROGRAM-ID. BAD.\n"
        "       PROCEDURE DIVISION.\n"
        "           MOVE NOWHERE TO NOTHING.\n");
  LegacyBuildSpec spec;
  spec.source = root + "/BAD.cbl";
  spec.cache_dir = root + "/cache";
  ErrorOr<LegacyBuild> build = BuildLegacy(spec);
  ASSERT_FALSE(build.ok());
  EXPECT_NE(build.error().message().find("NOWHERE"), std::string::npos) << build.error().message();
  spec.source = root + "/MISSING.cbl";
  EXPECT_FALSE(BuildLegacy(spec).ok());
}

}  // namespace
}  // namespace remint::tracer
