// programs/KEY.html: one program: its summary and diagnostics, its control-flow graph and
// procedures, its EVALUATEs as decision tables, every rule with its data, its actions, the
// recorded cases that reach it, and links to its legacy lines and its C++.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "analyzers/rules/render.h"
#include "emitters/report/html_page.h"
#include "emitters/report/site_pages.h"
#include "emitters/report/svg/svg_graph.h"

namespace remint::report {
namespace {

// The decision label recorded cases name a rule's outcomes with ("IF CUSTVAL:302"); empty for
// rules the decision counters do not count (UNTIL, SEARCH WHEN, phrases, computations).
auto DecisionLabel(const ProgramReport& program, const analysis::Rule& rule) -> std::string {
  if (program.cpp_tag.empty() || rule.file != program.member) return "";
  if (rule.kind != "if" && rule.kind != "when") return "";
  return analysis::UpperCaseName(rule.kind) + " " + program.cpp_tag + ":" +
         std::to_string(rule.decision_line);
}

auto EdgeClass(analysis::FlowEdgeKind kind) -> std::string {
  switch (kind) {
    case analysis::FlowEdgeKind::kFallThrough:
      return "fall-through";
    case analysis::FlowEdgeKind::kPerform:
      return "perform";
    case analysis::FlowEdgeKind::kGoTo:
      return "go-to";
    case analysis::FlowEdgeKind::kGoToDepending:
      return "go-to-depending";
    case analysis::FlowEdgeKind::kAlter:
      return "alter";
  }
  return "";
}

// Field names linked to their record's page of rules by data.
auto NameList(const ProgramReport& program, const std::vector<std::string>& names) -> std::string {
  std::string text;
  for (const std::string& name : names) {
    text += "<a class=\"field\" href=\"../concepts/" +
            ConceptPageKey(ConceptRecord(program, name)) + ".html#" + AnchorId("f-", name) + "\">" +
            Html(name) + "</a> ";
  }
  return text;
}

constexpr size_t kUnfoldedGraphNodes = 150;

void ControlFlowSection(const ProgramReport& program, const SiteIndex& index, HtmlPage& page) {
  page << "<section id=\"control-flow\"><h2>Control flow</h2>\n";
  if (!program.control_flow) {
    page << "<p class=\"muted\">The program did not lower: no control flow.</p></section>\n";
    return;
  }
  const analysis::ControlFlowGraph& flow = *program.control_flow;
  page << "<p>Cyclomatic complexity " << std::to_string(flow.cyclomatic_complexity) << ", "
       << std::to_string(flow.nodes.size()) << " procedures, "
       << std::to_string(flow.loop_statements) << " loop statements, "
       << (flow.reducible() ? "reducible" : "<strong>irreducible</strong>") << ", "
       << std::to_string(flow.unreachable().size()) << " unreachable.</p>\n";
  Graph graph;
  for (const analysis::FlowNode& node : flow.nodes) {
    GraphNode drawn;
    drawn.label = node.name;
    drawn.href = index.SourceLink(program.member, node.loc.line, 1);
    drawn.css_class = std::string(node.is_section ? "section" : "paragraph") +
                      (node.reachable ? "" : " unreachable") +
                      (node.declarative ? " declarative" : "");
    drawn.tooltip = (node.section.empty() ? "" : "in " + node.section + "\n") +
                    std::to_string(node.decisions) + " decisions" +
                    (node.reachable ? "" : "\nunreachable");
    graph.nodes.push_back(std::move(drawn));
  }
  // One drawn edge per pair and kind: a paragraph PERFORMed ten times is one arrow.
  std::set<std::tuple<uint32_t, uint32_t, analysis::FlowEdgeKind>> drawn_edges;
  for (const analysis::FlowEdge& edge : flow.edges) {
    if (!drawn_edges.emplace(edge.from, edge.to, edge.kind).second) continue;
    graph.edges.push_back({edge.from, edge.to, EdgeClass(edge.kind), ""});
  }
  SvgGraphOptions options;
  options.title = "Control flow of " + program.name;
  // A big graph is folded: the page opens at once, the drawing is laid out when asked for.
  const bool folded = graph.nodes.size() > kUnfoldedGraphNodes;
  if (folded) {
    page << "<details class=\"graph-fold\"><summary>Show the graph ("
         << std::to_string(graph.nodes.size()) << " procedures)</summary>";
  }
  page << "<div class=\"graph-box\">" << RenderSvgGraph(graph, options) << "</div>\n";
  if (folded) page << "</details>";
  page << "<p class=\"legend\"><span class=\"key fall-through\">fall through</span> "
          "<span class=\"key perform\">PERFORM</span> <span class=\"key go-to\">GO TO</span> "
          "<span class=\"key alter\">ALTER</span> <span class=\"key unreachable\">unreachable"
          "</span></p>\n";
  page << "<details><summary>Procedures</summary><table class=\"procedures\"><thead><tr>"
          "<th>procedure</th><th>section</th><th class=\"num\">decisions</th><th>reachable</th>"
          "</tr></thead><tbody>";
  for (const analysis::FlowNode& node : flow.nodes) {
    page << "<tr><td><a href=\"" << index.SourceLink(program.member, node.loc.line, 1) << "\">"
         << Html(node.name) << "</a></td><td>" << Html(node.section) << "</td><td class=\"num\">"
         << std::to_string(node.decisions) << "</td><td>" << (node.reachable ? "yes" : "no")
         << "</td></tr>";
  }
  page << "</tbody></table></details>\n</section>\n";
}

// Who calls a program and what it calls, from the estate's call graph (each pair once).
struct CallNeighbours {
  std::set<std::pair<std::string, analysis::CallKind>> callers;
  std::set<std::pair<std::string, analysis::CallKind>> callees;
};

auto NeighboursByProgram(const analysis::CallGraph& calls)
    -> std::map<std::string, CallNeighbours, std::less<>> {
  std::map<std::string, CallNeighbours, std::less<>> neighbours;
  for (const analysis::CallSite& call : calls.calls) {
    if (call.callee.empty()) continue;
    neighbours[call.callee].callers.emplace(call.caller, call.kind);
    if (call.kind != analysis::CallKind::kJobStep) {
      neighbours[call.caller].callees.emplace(call.callee, call.kind);
    }
  }
  return neighbours;
}

constexpr size_t kDrawnNeighbours = 60;

// The program's corner of the call graph: its callers on the left, its callees on the right
// (drawn up to kDrawnNeighbours; every one listed). The estate-wide graph is not drawn above a
// few hundred programs, so this is where a large estate's calls are seen.
void CallsSection(const ProgramReport& program, const CallNeighbours* neighbours,
                  const SiteIndex& index, HtmlPage& page) {
  page << "<section id=\"calls\"><h2>Calls</h2>\n";
  if (neighbours == nullptr) {
    page << "<p class=\"muted\">Nothing calls or runs this program, and it calls nothing."
            "</p></section>\n";
    return;
  }
  auto link = [&](const std::string& name, analysis::CallKind kind) {
    std::string key = kind == analysis::CallKind::kJobStep ? "" : index.ProgramPage(name);
    return key.empty() ? "<code>" + Html(name) + "</code>"
                       : "<a href=\"" + UrlSegment(key) + ".html\">" + Html(name) + "</a>";
  };
  if (neighbours->callers.size() + neighbours->callees.size() <= kDrawnNeighbours) {
    Graph graph;
    GraphNode self;
    self.label = program.name;
    self.css_class = "program current";
    graph.nodes.push_back(std::move(self));
    auto add = [&](const std::string& name, analysis::CallKind kind) {
      GraphNode node;
      node.label = name;
      const bool job_step = kind == analysis::CallKind::kJobStep;
      std::string key = job_step ? "" : index.ProgramPage(name);
      if (!key.empty()) node.href = UrlSegment(key) + ".html";
      node.css_class = job_step ? "job-step" : (key.empty() ? "external" : "program");
      graph.nodes.push_back(std::move(node));
      return static_cast<uint32_t>(graph.nodes.size() - 1);
    };
    for (const auto& [name, kind] : neighbours->callers) {
      uint32_t from = name == program.name ? 0 : add(name, kind);
      graph.edges.push_back({from, 0, analysis::CallKindClass(kind), ""});
    }
    for (const auto& [name, kind] : neighbours->callees) {
      if (name == program.name) continue;  // a recursive call: drawn once, among the callers
      graph.edges.push_back({0, add(name, kind), analysis::CallKindClass(kind), ""});
    }
    SvgGraphOptions options;
    options.title = "Calls of " + program.name;
    options.left_to_right = true;
    page << "<div class=\"graph-box\">" << RenderSvgGraph(graph, options) << "</div>\n";
  }
  auto list = [&](const char* title, const auto& names) {
    page << "<p>" << title << ": ";
    if (names.empty()) page << "<span class=\"muted\">none</span>";
    for (const auto& [name, kind] : names) {
      page << link(name, kind) << " <span class=\"muted\">(" << analysis::CallKindName(kind)
           << ")</span> ";
    }
    page << "</p>\n";
  };
  list("Called or run by", neighbours->callers);
  list("Calls", neighbours->callees);
  page << "</section>\n";
}

// Each EVALUATE as a table: a row per WHEN with what it does.
void DecisionTables(const ProgramReport& program, HtmlPage& page) {
  std::map<std::tuple<std::string, uint32_t, std::string>, std::vector<const analysis::Rule*>>
      evaluates;
  std::vector<std::tuple<std::string, uint32_t, std::string>> order;
  for (const analysis::Rule& rule : program.rules) {
    if (rule.kind != "when") continue;
    auto key = std::make_tuple(rule.file, rule.line, rule.procedure);
    if (!evaluates.contains(key)) order.push_back(key);
    evaluates[key].push_back(&rule);
  }
  if (order.empty()) return;
  page << "<section id=\"decision-tables\"><h2>Decision tables</h2>\n";
  for (const auto& key : order) {
    const auto& whens = evaluates[key];
    page << "<table class=\"decision\"><caption>EVALUATE in " << Html(std::get<2>(key)) << " (line "
         << std::to_string(std::get<1>(key)) << ")</caption><thead><tr><th>when"
         << "</th><th>then</th><th>rule</th></tr></thead><tbody>";
    for (const analysis::Rule* rule : whens) {
      std::string actions;
      for (const std::string& action : rule->actions) actions += Html(action) + "<br>";
      page << "<tr><td><code>" << Html(rule->condition) << "</code></td><td>" << actions
           << "</td><td><a href=\"#" << Html(rule->id) << "\">" << Html(rule->id)
           << "</a></td></tr>";
    }
    page << "</tbody></table>\n";
  }
  page << "</section>\n";
}

void RuleArticle(const ProgramReport& program, const analysis::Rule& rule, const SiteIndex& index,
                 HtmlPage& page) {
  page << "<article class=\"rule\" id=\"" << Html(rule.id) << "\"><header><span class=\"kind\">"
       << Html(rule.kind) << "</span> <span class=\"rule-id\">" << Html(rule.id)
       << "</span> in <span class=\"procedure\">" << Html(rule.procedure)
       << "</span></header>\n<pre class=\"condition\">" << Html(rule.condition) << "</pre>\n";
  if (!rule.reads.empty())
    page << "<p class=\"reads\">reads " << NameList(program, rule.reads) << "</p>";
  if (!rule.writes.empty()) {
    page << "<p class=\"writes\">writes " << NameList(program, rule.writes) << "</p>";
  }
  if (!rule.actions.empty()) {
    page << "<ul class=\"actions\">";
    for (const std::string& action : rule.actions) page << "<li>" << Html(action) << "</li>";
    page << "</ul>";
  }
  if (!rule.performs.empty()) {
    page << "<p class=\"performs\">continues in ";
    for (const std::string& name : rule.performs) page << "<code>" << Html(name) << "</code> ";
    page << "</p>";
  }
  std::string label = DecisionLabel(program, rule);
  if (!label.empty() && (!program.outcomes_reached.empty() || !program.outcomes_missed.empty())) {
    page << "<p class=\"cases\">";
    for (const char* outcome : {"true", "false"}) {
      const std::string name = label + " " + outcome;
      auto reached = program.outcomes_reached.find(name);
      auto missed = program.outcomes_missed.find(name);
      page << "<span class=\"outcome\">" << outcome << ": ";
      if (reached != program.outcomes_reached.end()) {
        page << "<span class=\"reached\">reached by ";
        for (size_t i = 0; i < reached->second.size(); ++i) {
          page << (i == 0 ? "" : " and ") << Html(reached->second[i]);
        }
        page << "</span>";
      } else if (missed != program.outcomes_missed.end()) {
        page << "<span class=\"missed\">no recorded case reaches it";
        for (const std::string& why : missed->second) page << " (" << Html(why) << ")";
        page << "</span>";
      } else {
        page << "<span class=\"muted\">not counted</span>";
      }
      page << "</span> ";
    }
    page << "</p>";
  }
  page << "<p class=\"links\"><a class=\"source-link\" href=\""
       << index.SourceLink(rule.file, rule.line, 1) << "\">" << Html(rule.file) << ":"
       << std::to_string(rule.line) << "</a>";
  if (!program.cpp_text.empty() && rule.file == program.member) {
    page << " <a class=\"cpp-link\" href=\"../side/" << UrlSegment(program.page_key) << ".html#"
         << Html(rule.id) << "\">legacy and C++ side by side</a>";
  }
  page << "</p></article>\n";
}

}  // namespace

void AddProgramPages(const ReportModel& model, const SiteIndex& index, Site& site) {
  const auto neighbours = NeighboursByProgram(model.call_graph);
  for (const ProgramReport& program : model.programs) {
    HtmlPage page(program.name, 1, "");
    page << "<h1>" << Html(program.name) << "</h1>\n<p class=\"meta\">" << Html(program.language)
         << " · <a href=\"" << index.SourceLink(program.member, 0, 1) << "\">"
         << Html(program.member) << "</a> · " << std::to_string(program.lines) << " lines · "
         << std::to_string(program.rules.size()) << " rules · ";
    if (program.cpp_text.empty()) {
      page << "C++: " << Html(program.emit_status);
    } else {
      page << "<a href=\"../side/" << UrlSegment(program.page_key)
           << ".html\">legacy and C++ side by side</a>";
    }
    if (!program.verify_status.empty()) page << " · " << Html(program.verify_status);
    if (!program.cases.empty()) {
      page << " · " << std::to_string(program.cases.size()) << " recorded cases";
    }
    if (program.field_lineage) {
      page << " · <a href=\"../lineage/" << UrlSegment(program.page_key) << ".html\">data flow</a>";
    }
    page << "</p>\n";
    if (!program.diagnostics.empty()) {
      page << "<section id=\"diagnostics\"><h2>Diagnostics</h2>"
           << DiagnosticList(program.diagnostics, index, 1) << "</section>\n";
    }
    ControlFlowSection(program, index, page);
    auto found = neighbours.find(program.name);
    CallsSection(program, found == neighbours.end() ? nullptr : &found->second, index, page);
    DecisionTables(program, page);
    page << "<section id=\"rules\"><h2>Rules</h2>\n";
    if (program.rules.empty()) page << "<p class=\"muted\">No decisions or computations.</p>";
    for (const analysis::Rule& rule : program.rules) RuleArticle(program, rule, index, page);
    page << "</section>\n";
    if (!program.fields.empty()) {
      page << "<section id=\"data\"><h2>Data the rules touch</h2><table><thead><tr><th>record"
              "</th><th>field</th></tr></thead><tbody>";
      std::vector<ConceptField> fields = program.fields;
      std::sort(fields.begin(), fields.end(), [](const ConceptField& a, const ConceptField& b) {
        return std::tie(a.record, a.name) < std::tie(b.record, b.name);
      });
      for (const ConceptField& field : fields) {
        page << "<tr><td>" << Html(field.record) << "</td><td>" << NameList(program, {field.name})
             << "</td></tr>";
      }
      page << "</tbody></table></section>\n";
    }
    site["programs/" + program.page_key + ".html"] = page.Finish();
  }
}

}  // namespace remint::report
