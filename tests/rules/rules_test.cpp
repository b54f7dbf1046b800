// Business rules (analyzers/rules): bankdemo's programs as golden text; recall of the README's
// rule list (each rule's paragraph holds a rule found); ids that survive shifted lines, a renamed
// paragraph and a rule added elsewhere. REMINT_UPDATE_GOLDEN=1 rewrites golden/*.txt.
#include "analyzers/rules/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"

namespace remint::analysis::testing {
namespace {

namespace fs = std::filesystem;

const std::string kEstate = REMINT_BANKDEMO_DIR;

auto ProgramRules(const std::string& path) -> std::vector<Rule> {
  cobol::testing::FileLowerOptions options;
  options.copy_directories.push_back(kEstate + "/BANK.PROD.COPYLIB");
  cobol::testing::LowerResult result = cobol::testing::LowerFile(path, options);
  EXPECT_EQ(result.error_count(), 0u) << path << "\n" << result.messages();
  result.module.ImportSources(*result.sources);
  return ExtractRules(result.module, ir::UnitId(0));
}

auto Programs() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kEstate + "/BANK.PROD.COBOL")) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

auto Relative(const std::string& text) -> std::string {
  return remint::testing::ReplaceAll(text, kEstate + "/", "");
}

class BankdemoRulesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BankdemoRulesTest, MatchesGolden) {
  std::string text = FormatRules(ProgramRules(kEstate + "/BANK.PROD.COBOL/" + GetParam()));
  EXPECT_TRUE(remint::testing::MatchesGolden(
      std::string(REMINT_RULES_GOLDEN_DIR) + "/" + GetParam() + ".txt", Relative(text)));
}

INSTANTIATE_TEST_SUITE_P(Programs, BankdemoRulesTest, ::testing::ValuesIn(Programs()));

struct ListedRule {
  std::string number;
  std::string program;
  std::string paragraph;
};

// "**R01.** ... — CUSTVAL, 2050-CHECK-SEQUENCE." (the first paragraph named after the program).
auto ReadmeRules() -> std::vector<ListedRule> {
  std::ifstream in(kEstate + "/README.md");
  std::vector<ListedRule> rules;
  std::regex line(R"(\*\*(R\d+)\.\*\*.* — ([A-Z]+), ([0-9]{4}-[A-Z0-9-]*[A-Z0-9]))");
  for (std::string text; std::getline(in, text);) {
    std::smatch match;
    if (std::regex_search(text, match, line)) {
      rules.push_back(ListedRule{match[1], match[2], match[3]});
    }
  }
  return rules;
}

auto ParagraphOf(const Rule& rule) -> std::string {
  return rule.procedure.substr(0, rule.procedure.find(" OF "));
}

// Done-when 1 of issue 12: every rule of the README's list is found in its paragraph, or (for a
// paragraph with no decision of its own) linked to it by the rule that performs it.
TEST(RulesRecallTest, EveryReadmeRuleIsFoundInItsParagraph) {
  std::vector<ListedRule> listed = ReadmeRules();
  ASSERT_EQ(listed.size(), 82u);
  std::vector<Rule> found;
  for (const std::string& program : Programs()) {
    std::vector<Rule> rules = ProgramRules(kEstate + "/BANK.PROD.COBOL/" + program);
    found.insert(found.end(), rules.begin(), rules.end());
  }
  std::set<std::pair<std::string, std::string>> paragraphs_with_rules;
  std::set<std::pair<std::string, std::string>> performed_by_rules;
  for (const Rule& rule : found) {
    paragraphs_with_rules.emplace(rule.program, ParagraphOf(rule));
    for (const std::string& paragraph : rule.performs) {
      performed_by_rules.emplace(rule.program, paragraph);
    }
  }
  std::set<std::pair<std::string, std::string>> listed_paragraphs;
  size_t in_paragraph = 0;
  size_t by_perform = 0;
  for (const ListedRule& rule : listed) {
    listed_paragraphs.emplace(rule.program, rule.paragraph);
    if (paragraphs_with_rules.contains({rule.program, rule.paragraph})) {
      ++in_paragraph;
    } else if (performed_by_rules.contains({rule.program, rule.paragraph})) {
      ++by_perform;
      std::cout << rule.number << " " << rule.program << " " << rule.paragraph
                << ": linked by the rule that performs it\n";
    } else {
      ADD_FAILURE() << rule.number << " " << rule.program << " " << rule.paragraph
                    << ": no rule found";
    }
  }
  size_t recalled = in_paragraph + by_perform;
  size_t in_listed = 0;
  for (const Rule& rule : found) {
    in_listed += listed_paragraphs.contains({rule.program, ParagraphOf(rule)}) ? 1 : 0;
  }
  std::cout << "recall " << recalled << "/" << listed.size() << " (" << in_paragraph
            << " in their paragraph, " << by_perform << " through a PERFORM); " << found.size()
            << " rules found, " << in_listed << " in the listed rules' paragraphs (precision "
            << (found.empty()
                    ? 0.0
                    : 100.0 * static_cast<double>(in_listed) / static_cast<double>(found.size()))
            << "%), " << found.size() - in_listed << " elsewhere\n";
}

auto Ids(const std::vector<Rule>& rules, const std::string& except_paragraph)
    -> std::set<std::string> {
  std::set<std::string> ids;
  for (const Rule& rule : rules) {
    if (ParagraphOf(rule) != except_paragraph) ids.insert(rule.id);
  }
  return ids;
}

// Done-when 2 of issue 12: lines shifted, an unrelated paragraph renamed and a rule added
// elsewhere leave every other rule's id as it was.
TEST(RulesStableIdTest, IdsSurviveUnrelatedEdits) {
  const std::string original_path = kEstate + "/BANK.PROD.COBOL/CUSTVAL";
  std::vector<Rule> before = ProgramRules(original_path);
  ASSERT_FALSE(before.empty());
  std::string source = remint::testing::ReadTextFile(original_path);
  // Five comment lines first (every line moves), 2600-EDIT-PHONE renamed, and a new decision
  // in 2100-NORMALIZE.
  std::string edited = std::string(5, ' ').append(" *> shifted\n");
  edited = edited + edited + edited + edited + edited + source;
  edited = remint::testing::ReplaceAll(edited, "2600-EDIT-PHONE", "2600-CHECK-TELEPHONE");
  size_t normalize = edited.find("\n       2100-NORMALIZE.\n");
  ASSERT_NE(normalize, std::string::npos);
  edited.insert(normalize + std::string("\n       2100-NORMALIZE.\n").size(),
                "           IF WS-NAME-BEFORE = 'ZZZZ'\n"
                "               CONTINUE\n"
                "           END-IF\n");
  fs::path scratch = fs::temp_directory_path() / "remint-rules-stable";
  fs::create_directories(scratch);
  std::ofstream(scratch / "CUSTVAL", std::ios::binary) << edited;
  std::vector<Rule> after = ProgramRules((scratch / "CUSTVAL").string());
  ASSERT_EQ(after.size(), before.size() + 1);
  std::set<std::string> kept = Ids(before, "2600-EDIT-PHONE");
  std::set<std::string> now = Ids(after, "2600-CHECK-TELEPHONE");
  for (const std::string& id : kept) EXPECT_TRUE(now.contains(id)) << id << " changed";
  // And the lines did move.
  EXPECT_NE(before.front().line, after.front().line);
}

// `remint rules`: the same rules as text, JSON (every field) and Markdown (a table row each).
TEST(RulesCliTest, TextJsonAndMarkdownListTheSameRules) {
  std::vector<std::string> arguments = {"rules", "BANK.PROD.COBOL/FEEASSES", "-I",
                                        "BANK.PROD.COPYLIB"};
  remint::testing::CliResult text = remint::testing::RunRemint(arguments, kEstate);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  std::vector<Rule> rules = ProgramRules(kEstate + "/BANK.PROD.COBOL/FEEASSES");
  EXPECT_EQ(text.out, Relative(FormatRules(rules)));
  std::vector<std::string> json_arguments = arguments;
  json_arguments.insert(json_arguments.begin(), "--json");
  remint::testing::CliResult json = remint::testing::RunRemint(json_arguments, kEstate);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json parsed = nlohmann::json::parse(json.out);
  ASSERT_EQ(parsed.size(), rules.size());
  EXPECT_EQ(parsed[0]["id"], rules[0].id);
  EXPECT_EQ(parsed[0]["condition"], rules[0].condition);
  arguments.push_back("--markdown");
  remint::testing::CliResult markdown = remint::testing::RunRemint(arguments, kEstate);
  ASSERT_EQ(markdown.exit_code, 0) << markdown.err;
  size_t rows = 0;
  for (size_t at = markdown.out.find("\n| R-"); at != std::string::npos;
       at = markdown.out.find("\n| R-", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, rules.size());
}

}  // namespace
}  // namespace remint::analysis::testing
