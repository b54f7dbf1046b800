// The listing parser on listings cobc produces, now, for tiny programs written here: dialect
// flags that change sizes, copybooks, programs side by side, free-form source and a program
// cobc rejects. Skipped where cobc is not installed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cobc_reference/reference_fixture.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

class TinyProgramTest : public ReferenceFixture {
 protected:
  void SetUp() override {
    ReferenceFixture::SetUp();
    REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  }

  auto Load(const std::string& name, const std::string& source,
            std::vector<std::string> flags = {"-std=cobol85"},
            std::vector<std::string> copy_directories = {}, bool expect_accepted = true)
      -> ReferenceSymbols {
    CobcCompilation compilation{Write(name, source), std::move(flags), std::move(copy_directories)};
    ErrorOr<ReferenceSymbols> loaded = LoadReferenceSymbols(compilation, options_);
    EXPECT_TRUE(loaded.ok()) << (loaded ? "" : loaded.error().message());
    if (!loaded) return ReferenceSymbols{};
    EXPECT_TRUE(loaded->accepted() || !expect_accepted) << loaded->cobc_messages;
    return *loaded;
  }

  static auto SizeOf(const ReferenceSymbols& symbols, const std::string& key) -> uint64_t {
    for (const CobcSymbol& symbol : symbols.listing.symbols) {
      if (CobcSymbolKey(symbol) == key) return symbol.total_size.value_or(0);
    }
    ADD_FAILURE() << "no symbol " << key << " in\n" << DumpCobcListing(symbols.listing);
    return 0;
  }
};

constexpr char kBinaryProgram[] =
    "IDENTIFICATION DIVISION.\n"
    "PROGRAM-ID. BINSIZE.\n"
    "DATA DIVISION.\n"
    "WORKING-STORAGE SECTION.\n"
    "01 NUMS.\n"
    "   05 SMALL-BIN PIC 9(2) COMP.\n"
    "   05 MID-BIN   PIC S9(7) BINARY.\n"
    "   05 PACKED    PIC S9(4) PACKED-DECIMAL.\n"
    "PROCEDURE DIVISION.\n"
    "    STOP RUN.\n";

TEST_F(TinyProgramTest, BinarySizesFollowTheDialect) {
  ReferenceSymbols cobol85 = Load("BINSIZE.cbl", FixedForm(kBinaryProgram));
  EXPECT_EQ(SizeOf(cobol85, "BINSIZE:WORKING-STORAGE:NUMS.SMALL-BIN"), 1u);
  EXPECT_EQ(SizeOf(cobol85, "BINSIZE:WORKING-STORAGE:NUMS"), 8u);
  ReferenceSymbols ibm = Load("BINSIZE.cbl", FixedForm(kBinaryProgram), {"-std=ibm"});
  EXPECT_EQ(SizeOf(ibm, "BINSIZE:WORKING-STORAGE:NUMS.SMALL-BIN"), 2u);
  EXPECT_EQ(SizeOf(ibm, "BINSIZE:WORKING-STORAGE:NUMS.MID-BIN"), 4u);
  EXPECT_EQ(SizeOf(ibm, "BINSIZE:WORKING-STORAGE:NUMS.PACKED"), 3u);
  EXPECT_NE(cobol85.cache_key, ibm.cache_key);
}

TEST_F(TinyProgramTest, CopybookItemsAreListedWithTheProgram) {
  Write("copy/CUSTREC", FixedForm("01 CUST-REC.\n   05 CUST-ID PIC 9(6).\n"
                                  "   05 CUST-NAME PIC X(30).\n   05 FILLER PIC X(4)."));
  ReferenceSymbols symbols = Load("COPYUSE.cbl",
                                  FixedForm("IDENTIFICATION DIVISION.\n"
                                            "PROGRAM-ID. COPYUSE.\n"
                                            "DATA DIVISION.\n"
                                            "LINKAGE SECTION.\n"
                                            "COPY CUSTREC.\n"
                                            "PROCEDURE DIVISION.\n"
                                            "    GOBACK.\n"),
                                  {"-std=ibm"}, {(scratch_ / "copy").string()});
  EXPECT_EQ(SizeOf(symbols, "COPYUSE:LINKAGE:CUST-REC"), 40u);
  EXPECT_EQ(SizeOf(symbols, "COPYUSE:LINKAGE:CUST-REC.FILLER#1"), 4u);
}

TEST_F(TinyProgramTest, ProgramsSideBySideAreNamed) {
  ReferenceSymbols symbols = Load("TWO.cbl", FixedForm("IDENTIFICATION DIVISION.\n"
                                                       "PROGRAM-ID. FIRSTP.\n"
                                                       "DATA DIVISION.\n"
                                                       "WORKING-STORAGE SECTION.\n"
                                                       "01 SAME-NAME PIC X(3).\n"
                                                       "PROCEDURE DIVISION.\n"
                                                       "    GOBACK.\n"
                                                       "END PROGRAM FIRSTP.\n"
                                                       "IDENTIFICATION DIVISION.\n"
                                                       "PROGRAM-ID. SECONDP.\n"
                                                       "DATA DIVISION.\n"
                                                       "WORKING-STORAGE SECTION.\n"
                                                       "01 SAME-NAME PIC X(5).\n"
                                                       "PROCEDURE DIVISION.\n"
                                                       "    GOBACK.\n"
                                                       "END PROGRAM SECONDP.\n"));
  EXPECT_EQ(symbols.listing.programs, (std::vector<std::string>{"FIRSTP", "SECONDP"}));
  EXPECT_EQ(SizeOf(symbols, "FIRSTP:WORKING-STORAGE:SAME-NAME"), 3u);
  EXPECT_EQ(SizeOf(symbols, "SECONDP:WORKING-STORAGE:SAME-NAME"), 5u);
}

TEST_F(TinyProgramTest, FreeFormProgramIdIsFound) {
  ReferenceSymbols symbols = Load("FREE.cbl",
                                  "*> free-form source\n"
                                  "IDENTIFICATION DIVISION.\n"
                                  "PROGRAM-ID. free-prog.\n"
                                  "DATA DIVISION.\n"
                                  "WORKING-STORAGE SECTION.\n"
                                  "01 ptr USAGE POINTER.\n"
                                  "01 idx USAGE INDEX.\n"
                                  "PROCEDURE DIVISION.\n"
                                  "    GOBACK.\n",
                                  {"-free"});
  // cobc lists names as written, so the layout check compares them case-insensitively.
  EXPECT_EQ(symbols.listing.programs, std::vector<std::string>{"free-prog"});
  EXPECT_EQ(SizeOf(symbols, "free-prog:WORKING-STORAGE:ptr"), 8u);
  EXPECT_EQ(SizeOf(symbols, "free-prog:WORKING-STORAGE:idx"), 4u);
}

TEST_F(TinyProgramTest, RejectedProgramIsAResultNotAnError) {
  ReferenceSymbols symbols = Load("BAD.cbl",
                                  FixedForm("IDENTIFICATION DIVISION.\n"
                                            "PROGRAM-ID. BAD.\n"
                                            "DATA DIVISION.\n"
                                            "WORKING-STORAGE SECTION.\n"
                                            "01 X PIC Q(3).\n"
                                            "PROCEDURE DIVISION.\n"
                                            "    MOVE Y TO X.\n"),
                                  {"-std=cobol85"}, {}, /*expect_accepted=*/false);
  EXPECT_FALSE(symbols.accepted());
  EXPECT_NE(symbols.cobc_messages.find("error"), std::string::npos) << symbols.cobc_messages;
}

}  // namespace
}  // namespace remint::testing
