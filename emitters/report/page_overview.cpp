// index.html: the estate at a glance (members by language, programs, rules, what was emitted and
// verified) and the table of programs.
#include <map>

#include "emitters/report/html_page.h"
#include "emitters/report/search_table.h"
#include "emitters/report/site_pages.h"

namespace remint::report {
namespace {

auto CountErrors(const std::vector<ReportDiagnostic>& diagnostics) -> size_t {
  size_t errors = 0;
  for (const ReportDiagnostic& diagnostic : diagnostics) errors += diagnostic.severity == "error";
  return errors;
}

auto Card(const std::string& value, const std::string& label) -> std::string {
  return "<div class=\"card\"><div class=\"value\">" + Html(value) + "</div><div class=\"label\">" +
         Html(label) + "</div></div>";
}

}  // namespace

void AddOverviewPage(const ReportModel& model, const SiteIndex& index, Site& site) {
  HtmlPage page(model.title, 0, "index.html");
  std::map<std::string, std::pair<size_t, size_t>> languages;  // members, lines
  for (const SourceMember& member : model.members) {
    auto& [count, lines] = languages[member.language];
    ++count;
    for (char c : member.text) lines += c == '\n';
  }
  size_t rules = 0;
  size_t emitted = 0;
  size_t verified = 0;
  size_t with_errors = 0;
  for (const ProgramReport& program : model.programs) {
    rules += program.rules.size();
    emitted += !program.cpp_text.empty();
    verified += program.verify_status == "verified";
    with_errors += CountErrors(program.diagnostics) > 0;
  }
  page << "<h1>" << Html(model.title) << "</h1>\n<section class=\"cards\">";
  page << Card(std::to_string(model.programs.size()), "programs");
  page << Card(std::to_string(rules), "rules");
  page << Card(std::to_string(emitted), "emitted to C++");
  page << Card(std::to_string(verified), "verified equivalent");
  page << Card(std::to_string(model.jobs.size()), "jobs");
  page << Card(std::to_string(with_errors), "programs with errors");
  page << "</section>\n<h2>Inventory</h2>\n<table class=\"inventory\"><thead><tr><th>language</th>"
          "<th class=\"num\">members</th><th class=\"num\">lines</th></tr></thead><tbody>";
  for (const auto& [language, counts] : languages) {
    page << "<tr><td>" << Html(language) << "</td><td class=\"num\">"
         << std::to_string(counts.first) << "</td><td class=\"num\">"
         << std::to_string(counts.second) << "</td></tr>";
  }
  page << "</tbody></table>\n<h2>Programs</h2>\n";
  SearchTable programs;
  programs.id = "programs";
  programs.noun = "programs";
  programs.row_attribute = "program";
  programs.columns = {{"program", ""},   {"member", ""},        {"lines", "num"},
                      {"rules", "num"},  {"complexity", "num"}, {"unreachable", "num"},
                      {"errors", "num"}, {"C++", ""},           {"verified", ""}};
  for (const ProgramReport& program : model.programs) {
    const std::string key = UrlSegment(program.page_key);
    std::string complexity;
    std::string unreachable;
    if (program.control_flow) {
      complexity = std::to_string(program.control_flow->cyclomatic_complexity);
      unreachable = std::to_string(program.control_flow->unreachable().size());
    }
    const size_t errors = CountErrors(program.diagnostics);
    std::vector<TableCell> row = {
        {program.name, "programs/" + key + ".html", ""},
        {program.member, index.SourceLink(program.member, 0, 0), ""},
        {std::to_string(program.lines), "", ""},
        {std::to_string(program.rules.size()), "", ""},
        {complexity, "", ""},
        {unreachable, "", ""},
        {std::to_string(errors), "", errors > 0 ? "bad" : ""},
        program.cpp_text.empty() ? TableCell{program.emit_status, "", "muted"}
                                 : TableCell{"side by side", "side/" + key + ".html", ""},
        program.verify_status.empty()
            ? TableCell{"not recorded", "", "muted"}
            : TableCell{program.verify_status, "", "status-" + program.verify_status},
    };
    programs.rows.push_back(std::move(row));
  }
  AddSearchTable(programs, page, site);
  page.AddScript("report.js");
  if (!model.other_diagnostics.empty()) {
    page << "<h2>Other diagnostics</h2>\n"
         << DiagnosticList(model.other_diagnostics, index, 0) << "\n";
  }
  site["index.html"] = page.Finish();
}

}  // namespace remint::report
