#include "base/diagnostics/diagnostic_render.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace remint {
namespace {

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kRed = "\033[1;31m";
constexpr std::string_view kMagenta = "\033[1;35m";
constexpr std::string_view kCyan = "\033[1;36m";
constexpr std::string_view kGreen = "\033[1;32m";
constexpr std::string_view kReset = "\033[0m";

auto SeverityColor(Severity severity) -> std::string_view {
  switch (severity) {
    case Severity::kError:
      return kRed;
    case Severity::kWarning:
      return kMagenta;
    case Severity::kNote:
      return kCyan;
  }
  return kBold;
}

auto LocationPrefix(const DiagnosticLocation& location) -> std::string {
  if (location.path.empty()) return "remint";
  if (location.line == 0) return location.path;
  if (location.column == 0) return fmt::format("{}:{}", location.path, location.line);
  return fmt::format("{}:{}:{}", location.path, location.line, location.column);
}

void AppendSnippet(std::string& out, const DiagnosticLocation& location, bool color) {
  if (location.line == 0 || location.source_line.empty()) return;
  out += location.source_line;
  out += '\n';
  if (location.column == 0) return;
  // Keep tabs so the caret lines up under tab-indented text.
  std::string pad;
  size_t column = 0;
  for (char c : location.source_line) {
    if (++column >= location.column) break;
    // Count a UTF-8 character once: skip continuation bytes.
    if ((static_cast<unsigned char>(c) & 0xc0) == 0x80) {
      --column;
      continue;
    }
    pad.push_back(c == '\t' ? '\t' : ' ');
  }
  while (column + 1 < location.column) {
    pad.push_back(' ');
    ++column;
  }
  out += pad;
  out += color ? fmt::format("{}^{}", kGreen, kReset) : "^";
  out += '\n';
}

void AppendHeader(std::string& out, const DiagnosticLocation& location, Severity severity,
                  std::string_view message, std::string_view code, bool color) {
  std::string_view severity_name = SeverityName(severity);
  if (color) {
    out += fmt::format("{}{}:{} {}{}:{} {}{}{}", kBold, LocationPrefix(location), kReset,
                       SeverityColor(severity), severity_name, kReset, kBold, message, kReset);
  } else {
    out += fmt::format("{}: {}: {}", LocationPrefix(location), severity_name, message);
  }
  if (!code.empty()) out += fmt::format(" [{}]", code);
  out += '\n';
}

auto LocationToJson(const DiagnosticLocation& location) -> nlohmann::ordered_json {
  nlohmann::ordered_json json;
  json["path"] = location.path;
  json["line"] = location.line;
  json["column"] = location.column;
  return json;
}

auto SarifLevel(Severity severity) -> std::string_view {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

auto SarifLocation(const DiagnosticLocation& location) -> nlohmann::ordered_json {
  nlohmann::ordered_json physical;
  physical["artifactLocation"]["uri"] = location.path;
  if (location.line > 0) {
    physical["region"]["startLine"] = location.line;
    if (location.column > 0) physical["region"]["startColumn"] = location.column;
  }
  nlohmann::ordered_json json;
  json["physicalLocation"] = physical;
  return json;
}

}  // namespace

auto RenderConsole(std::span<const Diagnostic> diagnostics, bool color) -> std::string {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) {
    AppendHeader(out, diagnostic.location, diagnostic.severity, diagnostic.message,
                 diagnostic.code(), color);
    AppendSnippet(out, diagnostic.location, color);
    for (const DiagnosticNote& note : diagnostic.notes) {
      AppendHeader(out, note.location, Severity::kNote, note.message, "", color);
      AppendSnippet(out, note.location, color);
    }
  }
  return out;
}

auto DiagnosticToJson(const Diagnostic& diagnostic) -> nlohmann::ordered_json {
  nlohmann::ordered_json json;
  json["code"] = diagnostic.code();
  json["severity"] = SeverityName(diagnostic.severity);
  json["message"] = diagnostic.message;
  json["location"] = LocationToJson(diagnostic.location);
  nlohmann::ordered_json notes = nlohmann::ordered_json::array();
  for (const DiagnosticNote& note : diagnostic.notes) {
    notes.push_back({{"message", note.message}, {"location", LocationToJson(note.location)}});
  }
  json["notes"] = notes;
  return json;
}

auto RenderJson(std::span<const Diagnostic> diagnostics) -> nlohmann::ordered_json {
  nlohmann::ordered_json json = nlohmann::ordered_json::array();
  for (const Diagnostic& diagnostic : diagnostics) json.push_back(DiagnosticToJson(diagnostic));
  return json;
}

auto RenderSarif(std::span<const Diagnostic> diagnostics, std::string_view tool_version)
    -> nlohmann::ordered_json {
  // Rules: the kinds these results use, in code order, so the log does not change each time a
  // kind is added to the registry.
  std::vector<DiagnosticKind> used;
  for (const Diagnostic& diagnostic : diagnostics) used.push_back(diagnostic.kind);
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (DiagnosticKind kind : used) {
    const DiagnosticKindInfo& info = GetDiagnosticKindInfo(kind);
    nlohmann::ordered_json rule;
    rule["id"] = info.code;
    rule["name"] = info.name;
    rule["shortDescription"]["text"] = info.format;
    rule["defaultConfiguration"]["level"] = SarifLevel(info.severity);
    rule["properties"]["phase"] = info.phase;
    rules.push_back(rule);
  }
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const Diagnostic& diagnostic : diagnostics) {
    nlohmann::ordered_json result;
    result["ruleId"] = diagnostic.code();
    result["ruleIndex"] = static_cast<size_t>(
        std::lower_bound(used.begin(), used.end(), diagnostic.kind) - used.begin());
    result["level"] = SarifLevel(diagnostic.severity);
    result["message"]["text"] = diagnostic.message;
    if (!diagnostic.location.path.empty()) {
      result["locations"] = nlohmann::ordered_json::array({SarifLocation(diagnostic.location)});
    }
    if (!diagnostic.notes.empty()) {
      nlohmann::ordered_json related = nlohmann::ordered_json::array();
      int id = 0;
      for (const DiagnosticNote& note : diagnostic.notes) {
        nlohmann::ordered_json entry = SarifLocation(note.location);
        entry["id"] = id++;
        entry["message"]["text"] = note.message;
        related.push_back(entry);
      }
      result["relatedLocations"] = related;
    }
    results.push_back(result);
  }
  nlohmann::ordered_json driver;
  driver["name"] = "remint";
  driver["version"] = tool_version;
  driver["rules"] = rules;
  nlohmann::ordered_json run;
  run["tool"]["driver"] = driver;
  run["results"] = results;
  nlohmann::ordered_json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = nlohmann::ordered_json::array({run});
  return log;
}

}  // namespace remint
