// The listing cache and the cobc runner: what goes into the key, cache hits, the environment
// override, and failures (missing cobc, timeout, unreadable listing) as error results.
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/cobc_reference/reference_fixture.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

constexpr char kProgram[] =
    "IDENTIFICATION DIVISION.\n"
    "PROGRAM-ID. KEYED.\n"
    "DATA DIVISION.\n"
    "WORKING-STORAGE SECTION.\n"
    "COPY KEYREC.\n"
    "PROCEDURE DIVISION.\n"
    "    STOP RUN.\n";

using ReferenceCacheTest = ReferenceFixture;

TEST_F(ReferenceCacheTest, KeyCoversVersionFlagsProgramAndCopybooks) {
  CobcCompilation compilation{
      Write("a/KEYED.cbl", FixedForm(kProgram)), {"-std=ibm"}, {(scratch_ / "copy").string()}};
  Write("copy/KEYREC", FixedForm("01 KEY-REC PIC X(4)."));
  ErrorOr<std::string> base = ReferenceCacheKey(compilation, "cobc 3.1.2");
  ASSERT_TRUE(base.ok()) << base.error().message();
  EXPECT_EQ(base->size(), 64u);

  EXPECT_NE(*ReferenceCacheKey(compilation, "cobc 3.2"), *base);
  CobcCompilation other_flags = compilation;
  other_flags.flags = {"-std=cobol85"};
  EXPECT_NE(*ReferenceCacheKey(other_flags, "cobc 3.1.2"), *base);
  // The same bytes elsewhere share the entry: the path is not part of the key.
  CobcCompilation moved = compilation;
  moved.program_path = Write("b/KEYED.cbl", FixedForm(kProgram));
  EXPECT_EQ(*ReferenceCacheKey(moved, "cobc 3.1.2"), *base);
  CobcCompilation edited = compilation;
  edited.program_path = Write("c/KEYED.cbl", FixedForm(kProgram) + "      * edited\n");
  EXPECT_NE(*ReferenceCacheKey(edited, "cobc 3.1.2"), *base);
  // Copy-directory digests are memoized per process, so a changed copybook is seen through a
  // directory this process has not hashed yet.
  Write("copy2/KEYREC", FixedForm("01 KEY-REC PIC X(5)."));
  CobcCompilation other_copybook = compilation;
  other_copybook.copy_directories = {(scratch_ / "copy2").string()};
  EXPECT_NE(*ReferenceCacheKey(other_copybook, "cobc 3.1.2"), *base);

  CobcCompilation missing = compilation;
  missing.program_path = (scratch_ / "nope.cbl").string();
  EXPECT_FALSE(ReferenceCacheKey(missing, "cobc 3.1.2").ok());
  CobcCompilation no_copy = compilation;
  no_copy.copy_directories = {(scratch_ / "no-such-dir").string()};
  EXPECT_FALSE(ReferenceCacheKey(no_copy, "cobc 3.1.2").ok());
}

TEST_F(ReferenceCacheTest, SecondLoadComesFromTheCache) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  Write("copy/KEYREC", FixedForm("01 KEY-REC.\n   05 KEY-A PIC X(4).\n   05 KEY-B PIC 9(3)."));
  CobcCompilation compilation{
      Write("KEYED.cbl", FixedForm(kProgram)), {"-std=ibm"}, {(scratch_ / "copy").string()}};
  ErrorOr<ReferenceSymbols> first = LoadReferenceSymbols(compilation, options_);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_FALSE(first->from_cache);
  EXPECT_TRUE(first->accepted());
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(options_.cache_directory) /
                                      (first->cache_key + ".lst")));
  ErrorOr<ReferenceSymbols> second = LoadReferenceSymbols(compilation, options_);
  ASSERT_TRUE(second.ok()) << second.error().message();
  EXPECT_TRUE(second->from_cache);
  EXPECT_EQ(DumpCobcListing(second->listing), DumpCobcListing(first->listing));
  EXPECT_EQ(second->listing.symbols.size(), 3u);
  EXPECT_EQ(second->listing.programs, std::vector<std::string>{"KEYED"});
}

TEST_F(ReferenceCacheTest, EnvironmentVariableChoosesTheCacheDirectory) {
  const char* saved = std::getenv("REMINT_REFERENCE_CACHE");
  std::string saved_value = saved ? saved : "";
  setenv("REMINT_REFERENCE_CACHE", "/somewhere/else", 1);
  EXPECT_EQ(ReferenceCacheDirectory(), "/somewhere/else");
  setenv("REMINT_REFERENCE_CACHE", "", 1);
  EXPECT_NE(ReferenceCacheDirectory(), "");
  EXPECT_NE(ReferenceCacheDirectory(), "/somewhere/else");
  if (saved) {
    setenv("REMINT_REFERENCE_CACHE", saved_value.c_str(), 1);
  } else {
    unsetenv("REMINT_REFERENCE_CACHE");
  }
}

TEST_F(ReferenceCacheTest, MissingCobcIsAnError) {
  options_.cobc = (scratch_ / "no-such-cobc").string();
  CobcCompilation compilation{Write("KEYED.cbl", FixedForm(kProgram)), {}, {}};
  ErrorOr<ReferenceSymbols> loaded = LoadReferenceSymbols(compilation, options_);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message().find("cannot run"), std::string::npos)
      << loaded.error().message();
}

TEST_F(ReferenceCacheTest, HangingCobcIsKilledAfterTheTimeout) {
  options_.cobc = Write("bin/slow-cobc",
                        "#!/bin/sh\n"
                        "if [ \"$1\" = --version ]; then echo 'cobc (stand-in) 0'; exit 0; fi\n"
                        "echo $$ > \"$(dirname \"$0\")/slow-cobc.pid\"\n"
                        "exec sleep 300\n",
                        /*executable=*/true);
  options_.timeout = std::chrono::milliseconds(300);
  CobcCompilation compilation{Write("KEYED.cbl", FixedForm(kProgram)), {}, {}};
  ErrorOr<ReferenceSymbols> loaded = LoadReferenceSymbols(compilation, options_);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message().find("did not finish"), std::string::npos)
      << loaded.error().message();
  // The stand-in was killed (and reaped), not left running: no process has its pid any more.
  // (Had the timeout not worked, the call would have waited for the sleep; the CTest TIMEOUT
  // catches that.)
  std::ifstream pid_file(scratch_ / "bin" / "slow-cobc.pid");
  pid_t pid = 0;
  ASSERT_TRUE(pid_file >> pid);
  EXPECT_EQ(kill(pid, 0), -1);
  EXPECT_EQ(errno, ESRCH);
}

TEST_F(ReferenceCacheTest, UnreadableListingOfAnAcceptedProgramIsAnError) {
  options_.cobc = Write("bin/odd-cobc",
                        "#!/bin/sh\n"
                        "if [ \"$1\" = --version ]; then echo 'cobc (stand-in) 1'; exit 0; fi\n"
                        "echo 'not a listing' > \"$3\"\n",
                        /*executable=*/true);
  CobcCompilation compilation{Write("KEYED.cbl", FixedForm(kProgram)), {}, {}};
  ErrorOr<ReferenceSymbols> loaded = LoadReferenceSymbols(compilation, options_);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().message().find("no symbol table"), std::string::npos)
      << loaded.error().message();
}

}  // namespace
}  // namespace remint::testing
