#include "emitters/report/site.h"

#include <algorithm>

#include "emitters/report/html_page.h"
#include "emitters/report/site_pages.h"

namespace remint::report {

SiteIndex::SiteIndex(const ReportModel& model) {
  for (const SourceMember& member : model.members) source_pages_[member.path] = member.page_key;
  for (const ProgramReport& program : model.programs) {
    // The first of several programs of one name (sorted by member) answers CALLs to it.
    program_pages_.emplace(program.name, program.page_key);
  }
}

auto SiteIndex::SourcePage(std::string_view path) const -> std::string {
  auto found = source_pages_.find(path);
  return found == source_pages_.end() ? "" : found->second;
}

auto SiteIndex::ProgramPage(std::string_view name) const -> std::string {
  auto found = program_pages_.find(name);
  return found == program_pages_.end() ? "" : found->second;
}

auto SiteIndex::SourceLink(std::string_view path, uint32_t line, int depth) const -> std::string {
  std::string page = SourcePage(path);
  if (page.empty()) return "";
  std::string link;
  for (int i = 0; i < depth; ++i) link += "../";
  link += "source/" + UrlSegment(page) + ".html";
  if (line > 0) link += "#L" + std::to_string(line);
  return link;
}

auto DiagnosticList(const std::vector<ReportDiagnostic>& diagnostics, const SiteIndex& index,
                    int depth) -> std::string {
  std::string list = "<ul class=\"diagnostics\">";
  for (const ReportDiagnostic& diagnostic : diagnostics) {
    std::string link = index.SourceLink(diagnostic.file, diagnostic.line, depth);
    std::string where = Html(diagnostic.file + ":" + std::to_string(diagnostic.line));
    list += "<li class=\"" + Html(diagnostic.severity) + "\">" +
            (link.empty() ? where : "<a href=\"" + link + "\">" + where + "</a>") + " " +
            Html(diagnostic.severity) + " " + Html(diagnostic.code) + ": " +
            Html(diagnostic.message) + "</li>";
  }
  return list + "</ul>";
}

auto CppLinesByLegacyLine(const ProgramReport& program)
    -> std::map<uint32_t, std::vector<uint32_t>> {
  std::map<uint32_t, std::vector<uint32_t>> lines;
  if (program.cpp_tag.empty()) return lines;
  const std::string tag = program.cpp_tag + ":";
  std::string_view text = program.cpp_text;
  uint32_t number = 0;
  // The emitter tags the first line of each statement's code; the lines after it, up to the
  // next tag, are that statement's too (its body, its closing brace).
  std::vector<uint32_t> current;
  while (!text.empty()) {
    ++number;
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    std::vector<uint32_t> tagged;
    size_t comment = line.find("//");
    // A tag is the member's name, a colon and a line number, after a blank or at the comment's
    // start: `// IF CUSTVAL:302`, `// file-record X (80 bytes)  CUSTVAL:48`.
    for (size_t at = comment == std::string_view::npos ? comment : line.find(tag, comment);
         at != std::string_view::npos; at = line.find(tag, at + 1)) {
      if (at > 0 && line[at - 1] != ' ' && line[at - 1] != '/') continue;
      uint32_t legacy = 0;
      size_t digit = at + tag.size();
      while (digit < line.size() && line[digit] >= '0' && line[digit] <= '9') {
        legacy = legacy * 10 + static_cast<uint32_t>(line[digit] - '0');
        ++digit;
      }
      if (legacy > 0) tagged.push_back(legacy);
    }
    if (!tagged.empty()) current = std::move(tagged);
    for (uint32_t legacy : current) lines[legacy].push_back(number);
  }
  return lines;
}

auto ConceptRecord(const ProgramReport& program, std::string_view field) -> std::string {
  // The fields are sorted by name.
  auto found = std::lower_bound(
      program.fields.begin(), program.fields.end(), field,
      [](const ConceptField& known, std::string_view name) { return known.name < name; });
  if (found == program.fields.end() || found->name != field || found->record.empty()) {
    return "(no record)";
  }
  return found->record;
}

auto ConceptPageKey(std::string_view record) -> std::string { return AnchorId("", record); }

auto LineRanges(const std::vector<uint32_t>& lines) -> std::string {
  std::string text;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i;
    while (j + 1 < lines.size() && lines[j + 1] <= lines[j] + 1) ++j;
    if (!text.empty()) text += ',';
    text += std::to_string(lines[i]);
    if (lines[j] != lines[i]) text += "-" + std::to_string(lines[j]);
    i = j + 1;
  }
  return text;
}

auto RenderSite(const ReportModel& model) -> Site {
  Site site;
  SiteIndex index(model);
  AddOverviewPage(model, index, site);
  AddProgramPages(model, index, site);
  AddCataloguePages(model, index, site);
  AddSourcePages(model, index, site);
  AddGraphPages(model, index, site);
  AddLineagePages(model, index, site);
  AddScreensPage(model, index, site);
  AddAssets(site);
  return site;
}

auto ContentTypeOf(const std::string& path) -> const char* {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".svg")) return "image/svg+xml";
  if (path.ends_with(".json")) return "application/json";
  return "application/octet-stream";
}

}  // namespace remint::report
