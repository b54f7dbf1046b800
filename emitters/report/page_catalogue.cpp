// rules.html (every rule of the estate, searched and filtered in the browser from
// assets/rules-index.js) and concepts.html (rules grouped by the records and fields they touch).
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "emitters/report/html_page.h"
#include "emitters/report/site_pages.h"

namespace remint::report {
namespace {

// The index the catalogue's script reads, in columns with shared tables (program, procedure and
// field names are written once): a 25,000-rule estate's index stays a few MB and parses fast.
//   {"programs": [[name, page key]...], "names": [...],
//    "rules": [[id, program, procedure name, kind, condition, [read names], [written names],
//               line]...]}   (program and names by index)
auto RulesIndexScript(const ReportModel& model) -> std::string {
  std::map<std::string, size_t> name_index;
  nlohmann::json names = nlohmann::json::array();
  auto name = [&](const std::string& text) {
    auto [it, added] = name_index.emplace(text, name_index.size());
    if (added) names.push_back(text);
    return it->second;
  };
  nlohmann::json programs = nlohmann::json::array();
  nlohmann::json rules = nlohmann::json::array();
  for (const ProgramReport& program : model.programs) {
    const size_t program_index = programs.size();
    programs.push_back({program.name, program.page_key});
    for (const analysis::Rule& rule : program.rules) {
      nlohmann::json reads = nlohmann::json::array();
      for (const std::string& field : rule.reads) reads.push_back(name(field));
      nlohmann::json writes = nlohmann::json::array();
      for (const std::string& field : rule.writes) writes.push_back(name(field));
      rules.push_back({rule.id, program_index, name(rule.procedure), rule.kind, rule.condition,
                       std::move(reads), std::move(writes), rule.line});
    }
  }
  nlohmann::json index = {
      {"programs", std::move(programs)}, {"names", std::move(names)}, {"rules", std::move(rules)}};
  // Legacy text may hold bytes that are not UTF-8: shown as U+FFFD, never an exception. The
  // index is parsed with JSON.parse (much faster than a script literal of the same size).
  std::string json = index.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string quoted;
  quoted.reserve(json.size() + json.size() / 16);
  for (char c : json) {
    if (c == '\\' || c == '\'') quoted += '\\';
    quoted += c;
  }
  return "window.REMINT_RULES = JSON.parse('" + quoted + "');\n";
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
  auto links = [](const auto& uses) {
    std::string text;
    for (const auto& [program, key, id] : uses) {
      text += "<a href=\"../programs/" + UrlSegment(key) + ".html#" + Html(id) + "\">" +
              Html(program) + " " + Html(id) + "</a> ";
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
    for (const std::string& program : programs) program_list += Html(program) + " ";
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
           << "</a></td><td>" << links(use.readers) << "</td><td>" << links(use.writers)
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
