// Golden-file comparison shared by every golden test. Expectations live in files beside the
// inputs; set REMINT_UPDATE_GOLDEN=1 to rewrite them from the actual output instead of
// comparing (then review the diff with git before committing).
#ifndef REMINT_TESTS_SUPPORT_GOLDEN_H_
#define REMINT_TESTS_SUPPORT_GOLDEN_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace remint::testing {

// Whether REMINT_UPDATE_GOLDEN is set to a non-empty value other than "0".
auto UpdatingGoldens() -> bool;

// Compares `actual` with the file at `expected_path` (or rewrites it when updating). On a
// mismatch the failure names the file and shows the first differing line of each.
auto MatchesGolden(const std::string& expected_path, const std::string& actual)
    -> ::testing::AssertionResult;

// Reads a whole file; empty string if it does not exist.
auto ReadTextFile(const std::string& path) -> std::string;

// `text` with every occurrence of `from` replaced by `to` (goldens make paths relative with it).
auto ReplaceAll(std::string text, const std::string& from, const std::string& to) -> std::string;

// Subdirectories of `directory` (sorted), e.g. the cases of a golden suite.
auto ListSubdirectories(const std::string& directory) -> std::vector<std::string>;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_GOLDEN_H_
