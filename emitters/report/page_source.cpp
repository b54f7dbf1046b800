// source/KEY.html (a member line by line, each rule's first line marked and linked to the rule)
// and side/KEY.html (a program's legacy member beside its emitted C++; the page's script marks
// the lines of the rule named in the address in both).
#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "emitters/report/html_page.h"
#include "emitters/report/site_pages.h"

namespace remint::report {
namespace {

auto SplitLines(std::string_view text) -> std::vector<std::string_view> {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

struct RuleMark {
  std::string program_key;
  std::string id;
  std::string kind;
};

// Lines as `<span class="line" id="PREFIXn" data-n="n">`, with an optional mark per line, in
// chunks of kChunkLines the browser lays out only when they come into view (a member of 50,000
// lines opens as fast as one of 500).
constexpr uint32_t kChunkLines = 100;

void WriteLines(std::string_view text, const char* prefix,
                const std::map<uint32_t, std::vector<RuleMark>>& marks, HtmlPage& page) {
  uint32_t number = 0;
  for (std::string_view line : SplitLines(text)) {
    ++number;
    if (number % kChunkLines == 1) page << (number > 1 ? "</div>" : "") << "<div class=\"chunk\">";
    const std::string digits = std::to_string(number);
    // The number is drawn by the stylesheet from data-n: no text node per line to parse.
    page << "<span class=\"line\" id=\"" << prefix << digits << "\" data-n=\"" << digits << "\">";
    auto found = marks.find(number);
    if (found != marks.end()) {
      for (const RuleMark& mark : found->second) {
        page << "<a class=\"rule-mark\" title=\"" << Html(mark.kind) << " " << Html(mark.id)
             << "\" href=\"../programs/" << UrlSegment(mark.program_key) << ".html#"
             << Html(mark.id) << "\">" << Html(mark.kind) << "</a>";
      }
    }
    // No newline between lines: each is a block already.
    page << Html(line) << "</span>";
  }
  if (number > 0) page << "</div>";
}

void AddSidePage(const ReportModel& model, const ProgramReport& program, HtmlPage& page) {
  const SourceMember* member = nullptr;
  for (const SourceMember& candidate : model.members) {
    if (candidate.path == program.member) member = &candidate;
  }
  std::map<uint32_t, std::vector<uint32_t>> cpp_lines = CppLinesByLegacyLine(program);
  page << "<h1>" << Html(program.name) << ": legacy and C++</h1>\n<p class=\"meta\"><a href=\"../"
       << "programs/" << UrlSegment(program.page_key) << ".html\">program page</a> · "
       << Html(program.member) << " · " << Html(program.cpp_path)
       << "</p>\n<form class=\"filters\"><select id=\"side-rule\"><option value=\"\">pick a rule"
          " to mark its lines</option>";
  for (const analysis::Rule& rule : program.rules) {
    if (rule.file != program.member) continue;
    std::string condition =
        rule.condition.size() > 90 ? rule.condition.substr(0, 87) + "..." : rule.condition;
    page << "<option value=\"" << Html(rule.id) << "\">" << Html(rule.id) << " " << Html(rule.kind)
         << ": " << Html(condition) << "</option>";
  }
  page << "</select></form>\n<ul id=\"rule-lines\" hidden>";
  for (const analysis::Rule& rule : program.rules) {
    if (rule.file != program.member) continue;
    std::vector<uint32_t> legacy;
    std::vector<uint32_t> cpp;
    for (uint32_t line = rule.line; line <= std::max(rule.line, rule.end_line); ++line) {
      legacy.push_back(line);
      auto found = cpp_lines.find(line);
      if (found != cpp_lines.end())
        cpp.insert(cpp.end(), found->second.begin(), found->second.end());
    }
    std::sort(cpp.begin(), cpp.end());
    cpp.erase(std::unique(cpp.begin(), cpp.end()), cpp.end());
    page << "<li id=\"" << Html(rule.id) << "\" data-rule=\"" << Html(rule.id)
         << "\" data-legacy=\"" << LineRanges(legacy) << "\" data-cpp=\"" << LineRanges(cpp)
         << "\"></li>";
  }
  page << "</ul>\n<div class=\"side\"><div id=\"legacy\" class=\"pane\"><h2>"
       << Html(program.member) << "</h2><pre class=\"source\">";
  WriteLines(member != nullptr ? std::string_view(member->text) : std::string_view(), "L", {},
             page);
  page << "</pre></div><div id=\"cpp\" class=\"pane\"><h2>" << Html(program.cpp_path)
       << "</h2><pre class=\"source cpp\">";
  WriteLines(program.cpp_text, "C", {}, page);
  page << "</pre></div></div>\n";
  page.AddScript("report.js");
}

}  // namespace

void AddSourcePages(const ReportModel& model, const SiteIndex& /*index*/, Site& site) {
  std::map<std::string, std::map<uint32_t, std::vector<RuleMark>>> marks;  // by member path
  for (const ProgramReport& program : model.programs) {
    for (const analysis::Rule& rule : program.rules) {
      marks[rule.file][rule.line].push_back({program.page_key, rule.id, rule.kind});
    }
  }
  for (const SourceMember& member : model.members) {
    HtmlPage page(member.path, 1, "");
    page << "<h1>" << Html(member.path) << "</h1>\n<p class=\"meta\">" << Html(member.language)
         << "</p>\n<pre class=\"source\">";
    WriteLines(member.text, "L", marks[member.path], page);
    page << "</pre>\n";
    page.AddScript("report.js");
    site["source/" + member.page_key + ".html"] = page.Finish();
  }
  for (const ProgramReport& program : model.programs) {
    if (program.cpp_text.empty()) continue;
    HtmlPage page(program.name + " side by side", 1, "");
    AddSidePage(model, program, page);
    site["side/" + program.page_key + ".html"] = page.Finish();
  }
}

}  // namespace remint::report
