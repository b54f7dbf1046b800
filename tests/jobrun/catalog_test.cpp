// The catalog folder: seeding, commits, GDG limits, and consistency after a kill at every point
// of a commit (the process is killed with SIGKILL, as `kill -9` would).
#include "jobrun/catalog.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace remint::jobrun {
namespace {
namespace fs = std::filesystem;

auto Scratch(const std::string& name) -> std::string {
  std::string root = (fs::temp_directory_path() / ("remint-catalog-" + name)).string();
  fs::remove_all(root);
  fs::create_directories(root);
  return root;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

auto ReadFile(const std::string& path) -> std::string {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Every entry's data exists and every file of the folder is an entry's (or the index).
void ExpectConsistent(const Catalog& catalog) {
  for (const auto& [dsn, entry] : catalog.entries()) {
    EXPECT_TRUE(fs::exists(catalog.PathOf(entry))) << dsn;
  }
  for (const fs::directory_entry& file : fs::directory_iterator(catalog.directory())) {
    std::string name = file.path().filename().string();
    if (name == ".catalog.tsv") continue;
    bool named = false;
    for (const auto& [dsn, entry] : catalog.entries()) named |= entry.file == name;
    EXPECT_TRUE(named) << name << " is in the folder but not in the index";
  }
}

TEST(GenerationNameTest, NamesAndParsesAbsoluteGenerations) {
  EXPECT_EQ(GenerationName("BANK.GL", 7), "BANK.GL.G0007V00");
  std::optional<GenerationOf> parsed = ParseGenerationName("BANK.GL.G0007V00");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->base, "BANK.GL");
  EXPECT_EQ(parsed->number, 7u);
  for (const char* other : {"BANK.GL", ".G0007V00", "BANK.GL.G007V00", "BANK.GL.GABCDV00",
                            "BANK.GL.G0007V01", "BANK.GL.X0007V00"}) {
    EXPECT_FALSE(ParseGenerationName(other).has_value()) << other;
  }
}

TEST(CatalogTest, SeedCommitAndReopen) {
  std::string root = Scratch("seed");
  WriteFile(root + "/input", "DATA");
  WriteFile(root + "/seed.tsv", "# comment\nGDG\tA.GDG\t2\nA.IN\tinput\tFB4\n");
  std::vector<std::string> recovered;
  ErrorOr<Catalog> catalog = Catalog::Open(root + "/catalog", &recovered);
  ASSERT_TRUE(catalog.ok()) << catalog.error().message();
  ASSERT_TRUE(catalog->Seed(root + "/seed.tsv").ok());
  const CatalogEntry* input = catalog->Find("A.IN");
  ASSERT_NE(input, nullptr);
  EXPECT_TRUE(input->is_external());
  EXPECT_EQ(input->attributes.recfm, "FB");
  EXPECT_EQ(input->attributes.lrecl, 4u);
  for (int generation = 1; generation <= 3; ++generation) {
    WriteFile(root + "/new", "G" + std::to_string(generation));
    Catalog::Update update;
    update.additions.push_back({GenerationName("A.GDG", generation), root + "/new", {"FB", 2}});
    std::vector<std::string> rolled;
    ASSERT_TRUE(catalog->Commit(update, &rolled).ok());
    if (generation == 3) {
      EXPECT_THAT(rolled, ::testing::ElementsAre("A.GDG.G0001V00"));
    }
  }
  EXPECT_THAT(catalog->Generations("A.GDG"), ::testing::ElementsAre(2u, 3u));
  EXPECT_FALSE(fs::exists(root + "/catalog/A.GDG.G0001V00")) << "a rolled-off file is deleted";
  Catalog::Update removal;
  removal.removals.push_back("A.IN");
  ASSERT_TRUE(catalog->Commit(removal).ok());
  EXPECT_TRUE(fs::exists(root + "/input")) << "a seeded file is only uncataloged";
  ErrorOr<Catalog> reopened = Catalog::Open(root + "/catalog", &recovered);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(reopened->Find("A.IN"), nullptr);
  EXPECT_EQ(ReadFile(reopened->PathOf(*reopened->Find("A.GDG.G0003V00"))), "G3");
  EXPECT_TRUE(recovered.empty());
  ExpectConsistent(*reopened);
}

TEST(CatalogTest, BadSeedAndBadIndexAreLocatedErrors) {
  std::string root = Scratch("bad");
  WriteFile(root + "/seed.tsv", "A.IN\tmissing-file\tFB4\n");
  std::vector<std::string> recovered;
  ErrorOr<Catalog> catalog = Catalog::Open(root + "/catalog", &recovered);
  ASSERT_TRUE(catalog.ok());
  ErrorOr<Success> seeded = catalog->Seed(root + "/seed.tsv");
  ASSERT_FALSE(seeded.ok());
  EXPECT_THAT(seeded.error().message(), ::testing::HasSubstr("seed.tsv:1:"));
  WriteFile(root + "/catalog/.catalog.tsv", "# remint catalog 1\nD\tA\tFB\tx\tA\n");
  ErrorOr<Catalog> broken = Catalog::Open(root + "/catalog", &recovered);
  ASSERT_FALSE(broken.ok());
  EXPECT_THAT(broken.error().message(), ::testing::HasSubstr(".catalog.tsv:2: bad record length"));
}

// A commit that adds one dataset and deletes another, killed at `stage` in a child process.
void KillDuringCommit(const std::string& stage, bool expect_new_state) {
  std::string root = Scratch("kill-" + stage);
  std::vector<std::string> recovered;
  {
    ErrorOr<Catalog> catalog = Catalog::Open(root + "/catalog", &recovered);
    ASSERT_TRUE(catalog.ok());
    WriteFile(root + "/old", "OLD");
    Catalog::Update setup;
    setup.additions.push_back({"A.OLD", root + "/old", {"FB", 3}});
    ASSERT_TRUE(catalog->Commit(setup).ok());
  }
  WriteFile(root + "/new", "NEW");
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    setenv("REMINT_FAULT_INJECTION", ("run-kill:commit-" + stage).c_str(), 1);
    ErrorOr<Catalog> catalog = Catalog::Open(root + "/catalog", &recovered);
    Catalog::Update update;
    update.additions.push_back({"A.NEW", root + "/new", {"FB", 3}});
    update.removals.push_back("A.OLD");
    (void)catalog->Commit(update);
    _exit(0);  // not reached when the fault fires
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child was not killed";
  ErrorOr<Catalog> reopened = Catalog::Open(root + "/catalog", &recovered);
  ASSERT_TRUE(reopened.ok()) << reopened.error().message();
  ExpectConsistent(*reopened);
  if (expect_new_state) {
    EXPECT_NE(reopened->Find("A.NEW"), nullptr);
    EXPECT_EQ(reopened->Find("A.OLD"), nullptr);
    EXPECT_EQ(ReadFile(reopened->PathOf(*reopened->Find("A.NEW"))), "NEW");
  } else {
    EXPECT_EQ(reopened->Find("A.NEW"), nullptr);
    ASSERT_NE(reopened->Find("A.OLD"), nullptr);
    EXPECT_EQ(ReadFile(reopened->PathOf(*reopened->Find("A.OLD"))), "OLD");
    EXPECT_THAT(recovered, ::testing::ElementsAre("A.NEW")) << "the moved-in file is cleared";
  }
}

TEST(CatalogTest, KillBeforeTheIndexKeepsTheLastCommit) { KillDuringCommit("moved", false); }

TEST(CatalogTest, KillAfterTheIndexKeepsTheNewCommit) { KillDuringCommit("indexed", true); }

}  // namespace
}  // namespace remint::jobrun
