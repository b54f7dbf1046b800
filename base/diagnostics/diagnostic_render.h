// Renders diagnostics for people (console, optionally coloured) and for machines (JSON, SARIF
// 2.1.0 for CI systems that show findings inline).
#ifndef REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_RENDER_H_
#define REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_RENDER_H_

#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/diagnostics/diagnostic.h"

namespace remint {

enum class DiagnosticFormat { kConsole, kJson, kSarif };

// `file:line:col: error: message [RM1001]`, then the source line and a caret, then notes.
auto RenderConsole(std::span<const Diagnostic> diagnostics, bool color) -> std::string;

auto DiagnosticToJson(const Diagnostic& diagnostic) -> nlohmann::ordered_json;
auto RenderJson(std::span<const Diagnostic> diagnostics) -> nlohmann::ordered_json;

// A SARIF 2.1.0 log with one run; the kinds used are listed as its rules.
auto RenderSarif(std::span<const Diagnostic> diagnostics, std::string_view tool_version)
    -> nlohmann::ordered_json;

}  // namespace remint

#endif  // REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_RENDER_H_
