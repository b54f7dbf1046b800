// FormatCallGraph: the text form the golden tests compare.
#include <fmt/format.h>

#include "analyzers/call_graph/call_graph.h"

namespace remint::analysis {
namespace {

auto Join(const std::vector<std::string>& names) -> std::string {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : " ") + name;
  return text.empty() ? "(none)" : text;
}

auto FormatSite(const CallSite& site) -> std::string {
  std::string through = site.through.empty() ? "" : " through " + site.through;
  std::string callee = site.callee.empty() ? "?" : site.callee;
  std::string outside = site.callee.empty() || site.in_estate ? "" : " (outside the estate)";
  return fmt::format("{} {} {}{}{} ({}:{})", site.caller, CallKindName(site.kind), callee, through,
                     outside, site.file, site.line);
}

}  // namespace

auto CallKindName(CallKind kind) -> const char* {
  switch (kind) {
    case CallKind::kStatic:
      return "calls";
    case CallKind::kDynamic:
      return "calls (dynamic)";
    case CallKind::kCancel:
      return "cancels";
    case CallKind::kJobStep:
      return "runs";
    case CallKind::kCicsLink:
      return "links to (CICS)";
    case CallKind::kCicsXctl:
      return "transfers control to (CICS XCTL)";
  }
  return "?";
}

auto CallKindClass(CallKind kind) -> const char* {
  switch (kind) {
    case CallKind::kStatic:
      return "static-call";
    case CallKind::kDynamic:
      return "dynamic-call";
    case CallKind::kCancel:
      return "cancel";
    case CallKind::kJobStep:
      return "runs";
    case CallKind::kCicsLink:
      return "cics-link";
    case CallKind::kCicsXctl:
      return "cics-xctl";
  }
  return "";
}

auto FormatCallGraph(const CallGraph& graph) -> std::string {
  std::string text =
      fmt::format("{} programs, {} calls and steps\n", graph.programs.size(), graph.calls.size());
  text += "programs: " + Join(graph.programs) + "\n";
  text += "entry points (run by job steps): " + Join(graph.entry_points) + "\n";
  text += "nothing calls or runs: " + Join(graph.uncalled) + "\n";
  text += "outside the estate: " + Join(graph.external) + "\n";
  for (const CallSite& site : graph.calls) text += FormatSite(site) + "\n";
  for (const CallSite& site : graph.unresolved) {
    text += "unresolved: " + FormatSite(site) + "\n";
  }
  return text;
}

}  // namespace remint::analysis
