// lineage/KEY.html: a program's data flow, field by field: where each field is defined (from
// what) and used (into what), what shares its storage, and, for the fields of its files' records
// (what the program reads and writes), everything upstream and downstream inside the program.
// Fields link to each other, so a reviewer walks the flow by following links.
#include <set>

#include "emitters/report/html_page.h"
#include "emitters/report/site_pages.h"

namespace remint::report {
namespace {

// Closures ("where does this come from", "what does this affect") are drawn for the elementary
// items of file records and those the program's rules read or write (the business data; the
// closures of every work field would double the report's time); any field shows its direct
// flows, so a reviewer can walk on by links.
constexpr size_t kClosureNamesShown = 60;

auto FieldLink(const lineage::FieldLineage& flow, const std::string& name) -> std::string {
  if (flow.Find(name) == nullptr) return "<code>" + Html(name) + "</code>";
  return "<a href=\"#" + AnchorId("f-", name) + "\">" + Html(name) + "</a>";
}

auto Accesses(const lineage::FieldLineage& flow, const std::vector<lineage::FieldAccess>& accesses,
              bool definitions, const std::string& source_page) -> std::string {
  std::string text = "<ul class=\"accesses\">";
  size_t shown = 0;
  for (const lineage::FieldAccess& access : accesses) {
    if (++shown > kClosureNamesShown) {
      text += "<li class=\"muted\">and " + std::to_string(accesses.size() - kClosureNamesShown) +
              " more</li>";
      break;
    }
    std::string where = "line " + std::to_string(access.line);
    text += "<li>" + Html(access.statement) + " " +
            (source_page.empty() ? where
                                 : "<a href=\"" + source_page + "#L" + std::to_string(access.line) +
                                       "\">" + where + "</a>");
    const std::vector<std::string>& others = definitions ? access.from : access.to;
    if (!others.empty()) {
      text += definitions ? " from " : " into ";
      for (const std::string& other : others) text += FieldLink(flow, other) + " ";
    }
    text += "</li>";
  }
  return text + "</ul>";
}

auto Closure(const lineage::FieldLineage& flow, const std::vector<std::string>& names)
    -> std::string {
  if (names.empty()) return "<span class=\"muted\">nothing</span>";
  std::string text;
  for (size_t i = 0; i < names.size() && i < kClosureNamesShown; ++i) {
    text += FieldLink(flow, names[i]) + " ";
  }
  if (names.size() > kClosureNamesShown) {
    text += "<span class=\"muted\">and " + std::to_string(names.size() - kClosureNamesShown) +
            " more</span>";
  }
  return text;
}

}  // namespace

void AddLineagePages(const ReportModel& model, const SiteIndex& index, Site& site) {
  for (const ProgramReport& program : model.programs) {
    if (!program.field_lineage) continue;
    const lineage::FieldLineage& flow = *program.field_lineage;
    const std::string source_page = index.SourceLink(program.member, 0, 1);
    std::set<std::string> ruled;
    for (const ConceptField& field : program.fields) ruled.insert(field.name);
    HtmlPage page(program.name + " data flow", 1, "");
    page << "<h1>" << Html(program.name) << ": data flow</h1>\n<p class=\"meta\"><a href=\"../"
         << "programs/" << UrlSegment(program.page_key) << ".html\">program page</a> · "
         << std::to_string(flow.fields.size()) << " fields defined or used · "
         << std::to_string(flow.files.size()) << " files</p>\n";
    if (!flow.files.empty()) {
      page << "<h2>Files</h2><table class=\"files\"><thead><tr><th>file</th><th>DD</th>"
              "<th class=\"num\">record bytes</th></tr></thead><tbody>";
      for (const lineage::FileFacts& file : flow.files) {
        page << "<tr><td>" << Html(file.name) << (file.sort ? " (sort work file)" : "")
             << "</td><td>" << Html(file.assign) << "</td><td class=\"num\">"
             << std::to_string(file.record_length) << "</td></tr>";
      }
      page << "</tbody></table>\n";
    }
    page << "<h2>Fields</h2>\n";
    for (const lineage::FieldFacts& field : flow.fields) {
      page << "<section class=\"field-flow\" id=\"" << AnchorId("f-", field.name) << "\"><h3>"
           << Html(field.name) << "</h3><p class=\"meta\">in " << Html(field.record);
      if (!field.file.empty()) {
        page << " · record of file " << Html(field.file)
             << (field.assign.empty() ? "" : " (DD " + Html(field.assign) + ")") << " bytes "
             << std::to_string(field.record_offset + 1) << "-"
             << std::to_string(field.record_offset + field.length);
      }
      page << "</p>";
      if (!field.definitions.empty()) {
        page << "<p>defined by</p>" << Accesses(flow, field.definitions, true, source_page);
      }
      if (!field.uses.empty()) {
        page << "<p>used by</p>" << Accesses(flow, field.uses, false, source_page);
      }
      if (!field.overlaps.empty()) {
        page << "<p>shares storage with " << Closure(flow, field.overlaps) << "</p>";
      }
      if (!field.group && (!field.file.empty() || ruled.contains(field.name))) {
        page << "<p class=\"closure\">comes from " << Closure(flow, flow.Sources(field.name))
             << "</p><p class=\"closure\">affects " << Closure(flow, flow.Affects(field.name))
             << "</p>";
      }
      page << "</section>\n";
    }
    site["lineage/" + program.page_key + ".html"] = page.Finish();
  }
}

}  // namespace remint::report
