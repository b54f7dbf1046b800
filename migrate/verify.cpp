#include "migrate/verify.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <regex>
#include <sstream>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "emitters/gtest/emit_tests.h"
#include "migrate/process.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

// The end of a long build log: where the first error usually is not, but the failing step is.
auto Tail(const std::string& text, size_t lines) -> std::string {
  size_t position = text.size();
  for (size_t seen = 0; position > 0 && seen <= lines; --position) {
    if (text[position - 1] == '\n') ++seen;
  }
  return text.substr(position);
}

// Reads GoogleTest's console output (a stable format: "[ RUN      ] Suite.Test", the failure
// text, then "[       OK ]", "[  FAILED  ]" or "[  SKIPPED ]"). A test that started and
// never ended took the executable down with it.
auto ParseTestOutput(const std::string& program, const ProcessResult& run)
    -> std::vector<CaseResult> {
  std::vector<CaseResult> results;
  std::istringstream lines(run.output);
  std::string line;
  std::optional<CaseResult> running;
  std::string message;
  static const std::regex kEnd(R"(^\[ +(OK|FAILED|SKIPPED) +\] ([^ .]+)\.([^ ]+) \((\d+) ms\))");
  while (std::getline(lines, line)) {
    if (line.rfind("[ RUN      ] ", 0) == 0) {
      CaseResult started;
      started.program = program;
      const std::string name = line.substr(13);
      started.test = name.substr(name.find('.') + 1);
      running = started;
      message.clear();
      continue;
    }
    std::smatch match;
    if (running && std::regex_search(line, match, kEnd) && match[3] == running->test) {
      running->status = match[1] == "OK"       ? CaseStatus::kPassed
                        : match[1] == "FAILED" ? CaseStatus::kFailed
                                               : CaseStatus::kSkipped;
      running->seconds = std::stod(match[4]) / 1000.0;
      running->message = message;
      results.push_back(*running);
      running.reset();
      continue;
    }
    if (running) message += line + "\n";
  }
  if (running) {
    running->status = CaseStatus::kFailed;
    running->message =
        message + fmt::format("the test executable ended abnormally (status {})", run.exit_code);
    results.push_back(*running);
  }
  return results;
}

auto XmlEscape(std::string_view text) -> std::string {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '&':
        escaped += "&amp;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      default:
        // XML 1.0 allows no control characters but tab and newlines.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') {
          escaped += '?';
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

// The part of a failure message a reader needs: Replay's text, without GoogleTest's
// "Value of: ... Expected: true" frame.
auto Essence(const std::string& message) -> std::string {
  std::string text = message;
  if (const size_t skipped = text.find(": Skipped\n"); skipped != std::string::npos) {
    text = text.substr(skipped + 10);
  } else if (const size_t actual = text.find("Actual: false ("); actual != std::string::npos) {
    text = text.substr(actual + 15);
    if (const size_t expected = text.find("\nExpected: true"); expected != std::string::npos) {
      text.erase(expected);
    }
    if (!text.empty() && text.back() == ')') text.pop_back();
  }
  // Replay's own first line repeats what the report says around it.
  if (text.rfind("case ", 0) == 0) {
    if (const size_t newline = text.find(" from the legacy run:\n"); newline != std::string::npos) {
      text.erase(0, newline + 22);
    }
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const size_t start = text.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : text.substr(start);
}

}  // namespace

auto VerifyResult::Count(CaseStatus status) const -> size_t {
  return static_cast<size_t>(std::count_if(
      cases.begin(), cases.end(), [status](const CaseResult& c) { return c.status == status; }));
}

auto VerifyResult::Equivalent() const -> bool {
  return built && !cases.empty() && Count(CaseStatus::kPassed) == cases.size();
}

auto ProgramsWithTests(const std::string& project_dir) -> std::vector<std::string> {
  ErrorOr<std::string> text =
      ReadFileBytes((fs::path(project_dir) / "tests/CMakeLists.txt").string());
  std::vector<std::string> programs;
  if (!text) return programs;
  static const std::regex kTest(R"(add_test\(NAME (\S+)_equivalence )");
  for (std::sregex_iterator it(text->begin(), text->end(), kTest), end; it != end; ++it) {
    programs.push_back((*it)[1]);
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

auto BuildEmittedProject(const std::string& project_dir, const std::string& build_dir,
                         const std::vector<std::string>& targets, int jobs)
    -> ErrorOr<ProcessResult> {
  std::error_code code;
  fs::create_directories(build_dir, code);
  // ccache keys objects by paths relative to this directory, so the runtime's objects are
  // shared by every emitted project (each has the same copy) wherever it is.
  const fs::path project = fs::absolute(project_dir, code).lexically_normal();
  const fs::path build = fs::absolute(build_dir, code).lexically_normal();
  fs::path common;
  for (auto a = project.begin(), b = build.begin();
       a != project.end() && b != build.end() && *a == *b; ++a, ++b) {
    common /= *a;
  }
  const std::vector<std::string> environment = {"CCACHE_BASEDIR=" + common.string(),
                                                "CCACHE_NOHASHDIR=1"};
  if (!fs::exists(build / "CMakeCache.txt")) {
    std::vector<std::string> configure = {"cmake", "-S",           project.string(),
                                          "-B",    build.string(), "-DCMAKE_BUILD_TYPE=Release"};
    if (FindProgram("ninja")) configure.push_back("-GNinja");
    if (FindProgram("ccache")) configure.push_back("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache");
    ErrorOr<ProcessResult> configured = RunProcess(configure, {}, environment);
    if (!configured) return configured.error();
    if (configured->exit_code != 0) {
      fs::remove(build / "CMakeCache.txt", code);
      return configured;
    }
  }
  std::vector<std::string> command = {
      "cmake", "--build", build.string(), "-j", std::to_string(std::max(jobs, 1)), "--target"};
  command.insert(command.end(), targets.begin(), targets.end());
  return RunProcess(command, {}, environment);
}

auto Verify(const VerifyOptions& options) -> ErrorOr<VerifyResult> {
  VerifyResult result;
  std::vector<std::string> programs = ProgramsWithTests(options.project_dir);
  if (!options.programs.empty()) {
    for (const std::string& wanted : options.programs) {
      if (std::find(programs.begin(), programs.end(), wanted) == programs.end()) {
        return Error(
            fmt::format("program {} has no equivalence tests in {}", wanted, options.project_dir));
      }
    }
    programs = options.programs;
  }
  if (programs.empty()) {
    return Error(
        fmt::format("{} has no equivalence tests (no recorded cases)", options.project_dir));
  }
  std::vector<std::string> targets;
  for (const std::string& program : programs) {
    targets.push_back(emit_gtest::TestExecutableName(program));
  }
  ErrorOr<ProcessResult> built =
      BuildEmittedProject(options.project_dir, options.build_dir, targets, options.jobs);
  if (!built) return built.error();
  if (built->exit_code != 0) {
    result.build_log = built->output;
    return result;
  }
  result.built = true;
  for (size_t i = 0; i < programs.size(); ++i) {
    const std::string executable =
        (fs::path(options.build_dir) / emit_gtest::TestExecutableName(programs[i])).string();
    ErrorOr<ProcessResult> run = RunProcess({executable, "--gtest_color=no"});
    if (!run) return run.error();
    std::vector<CaseResult> cases = ParseTestOutput(programs[i], *run);
    if (cases.empty()) {
      CaseResult broken;
      broken.program = programs[i];
      broken.test = "(all)";
      broken.status = CaseStatus::kFailed;
      broken.message = "the test executable ran no test:\n" + Tail(run->output, 20);
      cases.push_back(broken);
    }
    result.cases.insert(result.cases.end(), cases.begin(), cases.end());
    if (options.progress) options.progress(i + 1, programs.size());
  }
  return result;
}

auto JUnitXml(const VerifyResult& result) -> std::string {
  std::map<std::string, std::vector<const CaseResult*>> by_program;
  for (const CaseResult& c : result.cases) by_program[c.program].push_back(&c);
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += fmt::format(
      "<testsuites name=\"remint verify\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" "
      "errors=\"{}\">\n",
      result.cases.size(), result.Count(CaseStatus::kFailed), result.Count(CaseStatus::kSkipped),
      result.built ? 0 : 1);
  if (!result.built) {
    xml += "  <testsuite name=\"build\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n";
    xml += fmt::format(
        "    <testcase classname=\"build\" name=\"build\">\n      <error message=\"the emitted "
        "project does not build\">{}</error>\n    </testcase>\n  </testsuite>\n",
        XmlEscape(Tail(result.build_log, 60)));
  }
  for (const auto& [program, cases] : by_program) {
    size_t failures = 0;
    size_t skipped = 0;
    for (const CaseResult* c : cases) {
      failures += c->status == CaseStatus::kFailed ? 1 : 0;
      skipped += c->status == CaseStatus::kSkipped ? 1 : 0;
    }
    xml += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
        XmlEscape(program), cases.size(), failures, skipped);
    for (const CaseResult* c : cases) {
      xml += fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3f}\"",
                         XmlEscape(program), XmlEscape(c->test), c->seconds);
      if (c->status == CaseStatus::kPassed) {
        xml += "/>\n";
        continue;
      }
      const std::string essence = Essence(c->message);
      xml += ">\n";
      if (c->status == CaseStatus::kFailed) {
        xml += fmt::format("      <failure message=\"{}\">{}</failure>\n",
                           XmlEscape(essence.substr(0, essence.find('\n'))), XmlEscape(essence));
      } else {
        xml += fmt::format("      <skipped message=\"{}\"/>\n", XmlEscape(essence));
      }
      xml += "    </testcase>\n";
    }
    xml += "  </testsuite>\n";
  }
  xml += "</testsuites>\n";
  return xml;
}

auto VerifyDiagnostics(const VerifyResult& result,
                       const std::map<std::string, std::string>& sources)
    -> std::vector<Diagnostic> {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  if (!result.built) {
    emitter.EmitForPath(DiagnosticKind::kVerifyBuildFailed, "", Tail(result.build_log, 30));
  }
  for (const CaseResult& c : result.cases) {
    const auto source = sources.find(c.program);
    const std::string path = source == sources.end() ? std::string() : source->second;
    const std::string essence = Essence(c.message);
    if (c.status == CaseStatus::kFailed) {
      emitter.EmitForPath(DiagnosticKind::kVerifyCaseDiffers, path, c.test, c.program, essence);
    } else if (c.status == CaseStatus::kSkipped) {
      emitter.EmitForPath(DiagnosticKind::kVerifyCaseNotCompared, path, c.test, c.program, essence);
    }
  }
  return collector.TakeSorted();
}

}  // namespace remint::migrate
