#include "runtime/files/assign.h"

#include <gtest/gtest.h>

#include <map>

namespace cobrt {
namespace {

auto EnvironmentOf(std::map<std::string, std::string> variables) -> EnvironmentLookup {
  return [variables](const std::string& name) -> std::optional<std::string> {
    auto found = variables.find(name);
    if (found == variables.end()) return std::nullopt;
    return found->second;
  };
}

TEST(AssignTest, PlainNamesAreLookedUpWithDotsAsUnderscores) {
  const ResolvedFileName plain = ResolveAssignName("in.txt  ", EnvironmentOf({}));
  EXPECT_EQ(plain.path, "in.txt");
  EXPECT_EQ(plain.Describe(), "('in_txt' => in.txt)");
  EXPECT_EQ(ResolveAssignName("in.txt", EnvironmentOf({{"DD_in_txt", "a"}, {"in_txt", "c"}})).path,
            "a");
  EXPECT_EQ(ResolveAssignName("in.txt", EnvironmentOf({{"dd_in_txt", "b"}, {"in_txt", "c"}})).path,
            "b");
  EXPECT_EQ(ResolveAssignName("in.txt", EnvironmentOf({{"in_txt", "c"}})).path, "c");
  EXPECT_EQ(ResolveAssignName("in.txt", EnvironmentOf({{"COB_FILE_PATH", "dir"}})).path,
            "dir/in.txt");
}

TEST(AssignTest, NamesStartingWithDotDashOrDigitAreNotLookedUp) {
  const ResolvedFileName dotted = ResolveAssignName(".hidden", EnvironmentOf({{"_hidden", "x"}}));
  EXPECT_EQ(dotted.path, ".hidden");
  EXPECT_EQ(dotted.Describe(), "('.hidden')");
  EXPECT_EQ(ResolveAssignName("in.txt", EnvironmentOf({{"DD_in_txt", "m"}})).Describe(),
            "('DD_in_txt' => m)");
  EXPECT_EQ(ResolveAssignName("9x", EnvironmentOf({{"9x", "y"}})).path, "9x");
}

TEST(AssignTest, OnlyTheFirstElementOfAPathIsMapped) {
  const auto environment = EnvironmentOf({{"DD_sub", "/data"}, {"HOME", "/home/u"}});
  EXPECT_EQ(ResolveAssignName("sub/a.txt", environment).path, "/data/a.txt");
  EXPECT_EQ(ResolveAssignName("sub/a.txt", environment).Describe(), "('DD_sub' => /data/a.txt)");
  EXPECT_EQ(ResolveAssignName("$HOME/a", environment).path, "/home/u/a");
  EXPECT_EQ(ResolveAssignName("/abs/a", EnvironmentOf({{"COB_FILE_PATH", "p"}})).path, "/abs/a");
  EXPECT_EQ(ResolveAssignName("/abs/a", environment).Describe(), "('/abs/a')");
}

}  // namespace
}  // namespace cobrt
