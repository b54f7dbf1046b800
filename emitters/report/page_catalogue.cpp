// rules.html (every rule of the estate, searched and filtered in the browser from
// assets/rules-index.js) and concepts.html (rules grouped by the records and fields they touch).
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "emitters/report/html_page.h"
#include "emitters/report/search_table.h"
#include "emitters/report/site_pages.h"

namespace remint::report {
namespace {

// The index the catalogue's script reads, one array per column, with shared tables (program,
// procedure, kind and field names are written once) and a rule's fields as a string of name
// numbers: a 60,000-rule estate's index is a few arrays of plain values, which parse several
// times faster than an array per rule.
//   {"programs": [[name, page key]...], "names": [...], "kinds": [...],
//    "id": [...], "program": [...], "procedure": [...], "kind": [...], "condition": [...],
//    "reads": ["3 17", ...], "writes": [...], "line": [...]}
auto RulesIndexScript(const ReportModel& model) -> std::string {
  std::map<std::string, size_t> name_index;
  nlohmann::json names = nlohmann::json::array();
  auto name = [&](const std::string& text) {
    auto [it, added] = name_index.emplace(text, name_index.size());
    if (added) names.push_back(text);
    return it->second;
  };
  std::map<std::string, size_t> kind_index;
  nlohmann::json kinds = nlohmann::json::array();
  auto numbers = [&](const std::vector<std::string>& fields) {
    std::string text;
    for (const std::string& field : fields) {
      text += (text.empty() ? "" : " ") + std::to_string(name(field));
    }
    return text;
  };
  nlohmann::json programs = nlohmann::json::array();
  nlohmann::json ids = nlohmann::json::array();
  nlohmann::json owners = nlohmann::json::array();
  nlohmann::json procedures = nlohmann::json::array();
  nlohmann::json rule_kinds = nlohmann::json::array();
  nlohmann::json conditions = nlohmann::json::array();
  nlohmann::json reads = nlohmann::json::array();
  nlohmann::json writes = nlohmann::json::array();
  nlohmann::json lines = nlohmann::json::array();
  for (const ProgramReport& program : model.programs) {
    const size_t program_index = programs.size();
    programs.push_back({program.name, program.page_key});
    for (const analysis::Rule& rule : program.rules) {
      auto [kind, added] = kind_index.emplace(rule.kind, kind_index.size());
      if (added) kinds.push_back(rule.kind);
      ids.push_back(rule.id);
      owners.push_back(program_index);
      procedures.push_back(name(rule.procedure));
      rule_kinds.push_back(kind->second);
      conditions.push_back(rule.condition);
      reads.push_back(numbers(rule.reads));
      writes.push_back(numbers(rule.writes));
      lines.push_back(rule.line);
    }
  }
  nlohmann::json index = {{"programs", std::move(programs)}, {"names", std::move(names)},
                          {"kinds", std::move(kinds)},       {"id", std::move(ids)},
                          {"program", std::move(owners)},    {"procedure", std::move(procedures)},
                          {"kind", std::move(rule_kinds)},   {"condition", std::move(conditions)},
                          {"reads", std::move(reads)},       {"writes", std::move(writes)},
                          {"line", std::move(lines)}};
  // Legacy text may hold bytes that are not UTF-8: shown as U+FFFD, never an exception.
  return JsonAssignmentScript("REMINT_RULES",
                              index.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void AddRulesPage(const ReportModel& model, Site& site) {
  size_t total = 0;
  for (const ProgramReport& program : model.programs) total += program.rules.size();
  HtmlPage page("Rules", 0, "rules.html");
  page << "<h1>Rule catalogue</h1>\n<form class=\"filters\" id=\"rule-filters\" role=\"search\">"
          "<input id=\"rule-search\" type=\"search\" placeholder=\"Search rules: a field, a "
          "value, a paragraph, a rule id\" autocomplete=\"off\" autofocus>"
          "<select id=\"rule-kind\"><option value=\"\">every kind</option></select>"
          "<select id=\"rule-program\"><option value=\"\">every program</option></select>"
          "</form>\n<p id=\"rule-count\" class=\"muted\">"
       << std::to_string(total)
       << " rules</p>\n<table id=\"rule-results\"><thead><tr><th>rule</th><th>program</th>"
          "<th>procedure</th><th>kind</th><th>condition or formula</th><th>reads</th>"
          "<th>writes</th></tr></thead><tbody></tbody></table>\n"
          "<noscript><p>The catalogue needs JavaScript; each program page lists its rules.</p>"
          "</noscript>\n";
  page.AddScript("rules-index.js");
  page.AddScript("report.js");
  site["rules.html"] = page.Finish();
  site["assets/rules-index.js"] = RulesIndexScript(model);
}

// What a concept page links at most per field and kind of use, and concepts.html names per record.
constexpr size_t kListedUses = 100;
constexpr size_t kListedPrograms = 20;

struct FieldUse {
  std::set<std::tuple<std::string, std::string, std::string>> readers;  // program, key, rule
  std::set<std::tuple<std::string, std::string, std::string>> writers;
};

// concepts.html lists the records; concepts/RECORD.html holds each record's fields and the rules
// that read and write them (one page per record keeps every page small on a large estate).
void AddConceptsPages(const ReportModel& model, Site& site) {
  // record -> field -> its rules, across programs: a copybook's record is one concept however
  // many programs copy it.
  std::map<std::string, std::map<std::string, FieldUse>> records;
  for (const ProgramReport& program : model.programs) {
    for (const analysis::Rule& rule : program.rules) {
      for (const std::string& name : rule.reads) {
        records[ConceptRecord(program, name)][name].readers.emplace(program.name, program.page_key,
                                                                    rule.id);
      }
      for (const std::string& name : rule.writes) {
        records[ConceptRecord(program, name)][name].writers.emplace(program.name, program.page_key,
                                                                    rule.id);
      }
    }
  }
  HtmlPage index("Data", 0, "concepts.html");
  index << "<h1>Data and the rules that touch it</h1>\n<p class=\"muted\">Rules grouped by "
           "business concept: each record, its fields, and the rules that read or write them, "
           "across programs.</p>\n<table id=\"records\"><thead><tr><th>record</th>"
           "<th class=\"num\">fields</th><th class=\"num\">rules</th><th>programs</th></tr>"
           "</thead><tbody>";
  // A field every program uses would list tens of thousands of rules: the first ones are
  // linked, the catalogue's search (by the field's name) finds them all.
  auto links = [](const auto& uses, const std::string& name) {
    std::string text;
    size_t listed = 0;
    for (const auto& [program, key, id] : uses) {
      if (listed++ == kListedUses) break;
      text += "<a href=\"../programs/" + UrlSegment(key) + ".html#" + Html(id) + "\">" +
              Html(program) + " " + Html(id) + "</a> ";
    }
    if (uses.size() > kListedUses) {
      text += "<a class=\"more\" href=\"../rules.html?q=" + UrlSegment(name) + "\">and " +
              std::to_string(uses.size() - kListedUses) + " more in the catalogue</a>";
    }
    return text;
  };
  for (const auto& [record, fields] : records) {
    std::set<std::string> rules;
    std::set<std::string> programs;
    for (const auto& [name, use] : fields) {
      for (const auto& [program, key, id] : use.readers) rules.insert(id), programs.insert(program);
      for (const auto& [program, key, id] : use.writers) rules.insert(id), programs.insert(program);
    }
    const std::string key = ConceptPageKey(record);
    std::string program_list;
    size_t listed = 0;
    for (const std::string& program : programs) {
      if (listed++ == kListedPrograms) break;
      program_list += Html(program) + " ";
    }
    if (programs.size() > kListedPrograms) {
      program_list += "<span class=\"muted\">and " +
                      std::to_string(programs.size() - kListedPrograms) + " more</span>";
    }
    index << "<tr><td><a href=\"concepts/" << key << ".html\">" << Html(record)
          << "</a></td><td class=\"num\">" << std::to_string(fields.size())
          << "</td><td class=\"num\">" << std::to_string(rules.size()) << "</td><td>"
          << program_list << "</td></tr>";
    HtmlPage page(record, 1, "concepts.html");
    page << "<h1>" << Html(record) << "</h1>\n<p class=\"meta\"><a href=\"../concepts.html\">"
         << "all records</a> · " << std::to_string(fields.size()) << " fields, "
         << std::to_string(rules.size()) << " rules</p>\n<table class=\"concept\"><thead><tr>"
         << "<th>field</th><th>rules reading it</th><th>rules writing it</th></tr></thead><tbody>";
    for (const auto& [name, use] : fields) {
      page << "<tr id=\"" << AnchorId("f-", name)
           << "\"><td><a href=\"../rules.html?q=" << UrlSegment(name) << "\">" << Html(name)
           << "</a></td><td>" << links(use.readers, name) << "</td><td>" << links(use.writers, name)
           << "</td></tr>";
    }
    page << "</tbody></table>\n";
    site["concepts/" + key + ".html"] = page.Finish();
  }
  index << "</tbody></table>\n";
  site["concepts.html"] = index.Finish();
}

}  // namespace

void AddCataloguePages(const ReportModel& model, const SiteIndex& /*index*/, Site& site) {
  AddRulesPage(model, site);
  AddConceptsPages(model, site);
}

}  // namespace remint::report
