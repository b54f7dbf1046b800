// callgraph.html (programs, job steps and the calls between them, drawn and listed) and
// jobs.html (each job's steps and the programs they run, drawn as the stream's flow).
#include <map>
#include <set>
#include <tuple>

#include "emitters/report/html_page.h"
#include "emitters/report/search_table.h"
#include "emitters/report/site_pages.h"
#include "emitters/report/svg/svg_graph.h"

namespace remint::report {
namespace {

void AddCallGraphPage(const ReportModel& model, const SiteIndex& index, Site& site) {
  const analysis::CallGraph& calls = model.call_graph;
  Graph graph;
  std::map<std::string, uint32_t> node_of;
  auto node = [&](const std::string& name, bool job_step) -> uint32_t {
    auto [it, added] = node_of.emplace(name, static_cast<uint32_t>(graph.nodes.size()));
    if (!added) return it->second;
    GraphNode drawn;
    drawn.label = name;
    std::string key = job_step ? "" : index.ProgramPage(name);
    if (!key.empty()) drawn.href = "programs/" + UrlSegment(key) + ".html";
    drawn.css_class = job_step ? "job-step" : (key.empty() ? "external" : "program");
    graph.nodes.push_back(std::move(drawn));
    return it->second;
  };
  for (const std::string& program : calls.programs) node(program, false);
  std::set<std::tuple<uint32_t, uint32_t, analysis::CallKind>> drawn;
  for (const analysis::CallSite& call : calls.calls) {
    if (call.callee.empty()) continue;
    uint32_t from = node(call.caller, call.kind == analysis::CallKind::kJobStep);
    uint32_t to = node(call.callee, false);
    if (!drawn.emplace(from, to, call.kind).second) continue;
    graph.edges.push_back({from, to, analysis::CallKindClass(call.kind), ""});
  }
  HtmlPage page("Call graph", 0, "callgraph.html");
  page << "<h1>Call graph</h1>\n<p>" << std::to_string(calls.programs.size()) << " programs, "
       << std::to_string(calls.calls.size()) << " calls and job steps; entry points (programs a "
       << "job step runs): " << std::to_string(calls.entry_points.size())
       << "; called by nothing: " << std::to_string(calls.uncalled.size()) << ".</p>\n";
  SvgGraphOptions options;
  options.title = "Call graph";
  options.left_to_right = true;
  if (graph.nodes.size() > options.max_nodes || graph.edges.size() > 4 * options.max_nodes) {
    // An estate-wide drawing of thousands of programs would be slow to open and unreadable:
    // each program page draws its own callers and callees instead.
    page << "<p class=\"graph-too-large\">" << std::to_string(graph.nodes.size())
         << " programs and job steps, " << std::to_string(graph.edges.size())
         << " arrows: too many to draw at once. Each program's page draws its callers and "
            "callees, and the table below lists every call.</p>\n";
  } else {
    page << "<div class=\"graph-box\">" << RenderSvgGraph(graph, options) << "</div>\n";
  }
  page << "<p class=\"legend\"><span class=\"key program\">program</span> <span class=\"key "
          "job-step\">job step</span> <span class=\"key external\">outside the estate</span> "
          "<span class=\"key cics-link\">CICS LINK or XCTL</span></p>";
  page << "<h2>Calls</h2>\n";
  SearchTable table;
  table.id = "calls";
  table.noun = "calls and job steps";
  table.columns = {{"caller", ""}, {"callee", ""}, {"kind", ""}, {"where", ""}};
  for (const analysis::CallSite& call : calls.calls) {
    const std::string caller_key = index.ProgramPage(call.caller);
    const std::string callee_key = index.ProgramPage(call.callee);
    table.rows.push_back({
        {call.caller, caller_key.empty() ? "" : "programs/" + UrlSegment(caller_key) + ".html", ""},
        {call.callee.empty() ? "(no literal reaches " + call.through + ")" : call.callee,
         callee_key.empty() ? "" : "programs/" + UrlSegment(callee_key) + ".html", ""},
        {std::string(analysis::CallKindName(call.kind)) +
             (call.through.empty() ? "" : " through " + call.through),
         "", ""},
        {call.file + ":" + std::to_string(call.line), index.SourceLink(call.file, call.line, 0),
         ""},
    });
  }
  AddSearchTable(table, page, site);
  page.AddScript("report.js");
  auto list = [&](const char* title, const std::vector<std::string>& names) {
    page << "<h2>" << title << "</h2><p>";
    if (names.empty()) page << "<span class=\"muted\">none</span>";
    for (const std::string& name : names) {
      std::string key = index.ProgramPage(name);
      page << (key.empty()
                   ? "<code>" + Html(name) + "</code> "
                   : "<a href=\"programs/" + UrlSegment(key) + ".html\">" + Html(name) + "</a> ");
    }
    page << "</p>";
  };
  list("Entry points", calls.entry_points);
  list("Called by nothing", calls.uncalled);
  list("Outside the estate", calls.external);
  site["callgraph.html"] = page.Finish();
}

void AddJobsPage(const ReportModel& model, const SiteIndex& index, Site& site) {
  HtmlPage page("Jobs", 0, "jobs.html");
  page << "<h1>Jobs</h1>\n";
  if (model.jobs.empty()) {
    page << "<p class=\"muted\">No JCL was read (a project's [run] jcl libraries, or JCL members "
            "given to remint report).</p>";
  }
  Graph graph;
  std::map<std::string, uint32_t> job_nodes;
  for (const JobReport& job : model.jobs) {
    job_nodes.emplace(job.name, static_cast<uint32_t>(graph.nodes.size()));
    GraphNode job_node;
    job_node.label = job.name;
    job_node.css_class = "job";
    job_node.href = "#" + AnchorId("job-", job.name);
    uint32_t previous = static_cast<uint32_t>(graph.nodes.size());
    graph.nodes.push_back(std::move(job_node));
    for (const JobStepReport& step : job.steps) {
      GraphNode step_node;
      step_node.label = step.name + (step.program.empty() ? "" : " " + step.program);
      std::string key = index.ProgramPage(step.program);
      if (!key.empty()) step_node.href = "programs/" + UrlSegment(key) + ".html";
      step_node.css_class = key.empty() ? "job-step" : "job-step program";
      uint32_t id = static_cast<uint32_t>(graph.nodes.size());
      graph.nodes.push_back(std::move(step_node));
      graph.edges.push_back({previous, id, "step", ""});
      previous = id;
    }
  }
  // The schedule's requirements between jobs: what runs after what.
  if (model.schedule) {
    for (const auto& [predecessor, successor] : model.schedule->edges) {
      for (const std::string& name : {predecessor, successor}) {
        if (job_nodes.contains(name)) continue;
        job_nodes.emplace(name, static_cast<uint32_t>(graph.nodes.size()));
        graph.nodes.push_back({name, "", "job scheduled-only", "in the schedule, no JCL read", ""});
      }
      graph.edges.push_back({job_nodes.at(predecessor), job_nodes.at(successor), "schedule", ""});
    }
    page << "<p>Schedule: " << Html(model.schedule->file) << " (" << Html(model.schedule->format)
         << "), " << std::to_string(model.schedule->edges.size())
         << " requirements between jobs, drawn as bold arrows.</p>";
    if (!model.schedule->problems.empty()) {
      page << "<ul class=\"diagnostics\">";
      for (const std::string& problem : model.schedule->problems) {
        page << "<li class=\"warning\">" << Html(problem) << "</li>";
      }
      page << "</ul>";
    }
  }
  if (!model.jobs.empty() || model.schedule) {
    SvgGraphOptions options;
    options.title = "Job flow";
    options.left_to_right = true;
    page << "<div class=\"graph-box\">" << RenderSvgGraph(graph, options) << "</div>\n";
  }
  for (const JobReport& job : model.jobs) {
    page << "<section class=\"job\" id=\"" << AnchorId("job-", job.name) << "\"><h2>"
         << Html(job.name) << "</h2><p class=\"meta\">" << Html(job.member)
         << "</p><table><thead><tr><th>step</th><th>program</th><th>where</th></tr></thead>"
            "<tbody>";
    for (const JobStepReport& step : job.steps) {
      std::string key = index.ProgramPage(step.program);
      page << "<tr><td>" << Html(step.name) << "</td><td>"
           << (key.empty() ? Html(step.program)
                           : "<a href=\"programs/" + UrlSegment(key) + ".html\">" +
                                 Html(step.program) + "</a>")
           << "</td><td>";
      std::string where = step.file + ":" + std::to_string(step.line);
      std::string link = index.SourceLink(step.file, step.line, 0);
      page << (link.empty() ? Html(where) : "<a href=\"" + link + "\">" + Html(where) + "</a>")
           << "</td></tr>";
    }
    page << "</tbody></table></section>\n";
  }
  site["jobs.html"] = page.Finish();
}

}  // namespace

void AddGraphPages(const ReportModel& model, const SiteIndex& index, Site& site) {
  AddCallGraphPage(model, index, site);
  AddJobsPage(model, index, site);
}

}  // namespace remint::report
