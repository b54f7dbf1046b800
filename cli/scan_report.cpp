#include "cli/scan_report.h"

#include <fmt/format.h>

#include <map>

#include "base/diagnostics/diagnostic_render.h"

namespace remint::cli {
namespace {

struct KindTotals {
  int64_t members = 0;
  int64_t lines = 0;
  int64_t bytes = 0;
};

auto SeverityCounts(std::span<const store::SourceRecord> members) -> std::pair<int64_t, int64_t> {
  int64_t errors = 0;
  int64_t warnings = 0;
  for (const store::SourceRecord& member : members) {
    for (const Diagnostic& diagnostic : member.diagnostics) {
      errors += diagnostic.severity == Severity::kError;
      warnings += diagnostic.severity == Severity::kWarning;
    }
  }
  return {errors, warnings};
}

auto Plural(int64_t count, std::string_view word) -> std::string {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

}  // namespace

auto RenderScanText(const std::string& root_label, std::span<const store::SourceRecord> members,
                    const ScanRunCounts& counts, bool list_members, bool show_dependencies)
    -> std::string {
  std::string out;
  if (list_members) {
    size_t path_width = 4;
    for (const store::SourceRecord& member : members) {
      path_width = std::max(path_width, member.path.size());
    }
    out += fmt::format("{:<{}}  {:<14}  {:<5}  {:<7}  {:<7}  {:>7}  {:>4}  {}\n", "path",
                       path_width, "kind", "form", "enc", "recfm", "lines", "deps", "reason");
    for (const store::SourceRecord& member : members) {
      out += fmt::format("{:<{}}  {:<14}  {:<5}  {:<7}  {:<7}  {:>7}  {:>4}  {}\n", member.path,
                         path_width, member.kind, member.form.empty() ? "-" : member.form,
                         member.encoding, member.record_format, member.line_count,
                         member.dependencies.size(), member.reason);
      if (!show_dependencies) continue;
      for (const store::DependencyRecord& dependency : member.dependencies) {
        out += fmt::format("    {}:{}  {} {}{}\n", member.path, dependency.line, dependency.kind,
                           dependency.target,
                           dependency.library.empty() ? "" : " OF " + dependency.library);
      }
    }
    out += '\n';
  }

  std::map<std::string, KindTotals> by_kind;
  KindTotals total;
  for (const store::SourceRecord& member : members) {
    KindTotals& totals = by_kind[member.kind];
    for (KindTotals* target : {&totals, &total}) {
      ++target->members;
      target->lines += member.line_count;
      target->bytes += member.size;
    }
  }
  out +=
      fmt::format("{}: {} ({} new, {} changed, {} reanalyzed, {} unchanged, {} removed; {} read)\n",
                  root_label, Plural(total.members, "member"), counts.added, counts.changed,
                  counts.reanalyzed, counts.unchanged, counts.removed, counts.read);
  out += fmt::format("{:<16} {:>8} {:>10} {:>12}\n", "kind", "members", "lines", "bytes");
  for (const auto& [kind, totals] : by_kind) {
    out += fmt::format("{:<16} {:>8} {:>10} {:>12}\n", kind, totals.members, totals.lines,
                       totals.bytes);
  }
  out +=
      fmt::format("{:<16} {:>8} {:>10} {:>12}\n", "total", total.members, total.lines, total.bytes);
  auto [errors, warnings] = SeverityCounts(members);
  out += fmt::format("{}, {}\n", Plural(errors, "error"), Plural(warnings, "warning"));
  return out;
}

auto RenderScanJson(const std::string& root_label, std::span<const store::SourceRecord> members,
                    const ScanRunCounts& counts) -> nlohmann::ordered_json {
  nlohmann::ordered_json json;
  json["root"] = root_label;
  json["run"] = {{"new", counts.added},
                 {"changed", counts.changed},
                 {"reanalyzed", counts.reanalyzed},
                 {"unchanged", counts.unchanged},
                 {"removed", counts.removed},
                 {"read", counts.read}};
  std::map<std::string, KindTotals> by_kind;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const store::SourceRecord& member : members) {
    KindTotals& totals = by_kind[member.kind];
    ++totals.members;
    totals.lines += member.line_count;
    totals.bytes += member.size;
    nlohmann::ordered_json entry;
    entry["path"] = member.path;
    entry["kind"] = member.kind;
    entry["form"] = member.form;
    entry["reason"] = member.reason;
    entry["encoding"] = member.encoding;
    entry["code_page"] = member.code_page;
    entry["record_format"] = member.record_format;
    entry["size"] = member.size;
    entry["lines"] = member.line_count;
    entry["sha256"] = member.sha256;
    nlohmann::ordered_json dependencies = nlohmann::ordered_json::array();
    for (const store::DependencyRecord& dependency : member.dependencies) {
      dependencies.push_back({{"kind", dependency.kind},
                              {"target", dependency.target},
                              {"library", dependency.library},
                              {"line", dependency.line}});
    }
    entry["dependencies"] = dependencies;
    entry["diagnostics"] = RenderJson(member.diagnostics);
    list.push_back(entry);
  }
  nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
  for (const auto& [kind, totals] : by_kind) {
    kinds[kind] = {{"members", totals.members}, {"lines", totals.lines}, {"bytes", totals.bytes}};
  }
  auto [errors, warnings] = SeverityCounts(members);
  json["summary"] = {
      {"members", members.size()}, {"errors", errors}, {"warnings", warnings}, {"kinds", kinds}};
  json["members"] = list;
  return json;
}

}  // namespace remint::cli
