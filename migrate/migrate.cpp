#include "migrate/migrate.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/fault_injection.h"
#include "base/sha256.h"
#include "base/source_manager.h"
#include "emitters/cpp/project_writer.h"
#include "emitters/gtest/emit_tests.h"
#include "migrate/case_recorder.h"
#include "migrate/case_synthesis.h"
#include "migrate/coverage_table.h"
#include "migrate/process.h"
#include "migrate/program_build.h"
#include "migrate/project_config.h"
#include "store/project_store.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

constexpr const char* kProgramStage = "translate";
constexpr const char* kCaseStage = "record";
constexpr const char* kProjectStage = "project";
constexpr const char* kVerifyStage = "verify";
constexpr const char* kSynthesizedPrefix = "synth";

// synth01, synth02...: a name C++ and JUnit keep as it is.
auto IsSynthesizedName(const std::string& name) -> bool {
  return name.size() > 5 && name.rfind(kSynthesizedPrefix, 0) == 0 &&
         name.find_first_not_of("0123456789", 5) == std::string::npos;
}
// Bumped when the search changes, so that every program is searched again.
constexpr const char* kSynthesisVersion = "synthesis-18";

// Bumped when what a stage stores changes shape, so that old rows are redone.
constexpr const char* kStateFormat = "migrate-state-1";

class Digest {
 public:
  void Add(std::string_view part) {
    text_ += std::to_string(part.size());
    text_ += ':';
    text_ += part;
  }
  auto Hex() const -> std::string { return Sha256Hex(text_); }

 private:
  std::string text_;
};

// What the translation stage depends on besides the sources: the remint that translates. A
// different remint executable re-translates everything (its emitter may have changed).
auto RemintIdentity() -> const std::string& {
  static const std::string identity = [] {
    ErrorOr<std::string> bytes = ReadFileBytes("/proc/self/exe");
    return bytes ? Sha256Hex(*bytes) : std::string("unknown");
  }();
  return identity;
}

auto CobcVersion() -> std::string {
  ErrorOr<ProcessResult> run = RunProcess({"cobc", "--version"});
  if (!run || run->exit_code != 0) return "cobc not found";
  return run->output.substr(0, run->output.find('\n'));
}

// The digest of a program's text as COBOL sees it: its member and every copybook it copied.
auto ContentKey(const std::string& source, const std::vector<std::string>& copybooks,
                const std::string& dialect) -> std::string {
  Digest digest;
  digest.Add(dialect);
  ErrorOr<std::string> bytes = ReadFileBytes(source);
  digest.Add(bytes ? *bytes : std::string("<unreadable>"));
  for (const std::string& copybook : copybooks) {
    ErrorOr<std::string> text = ReadFileBytes(copybook);
    digest.Add(copybook);
    digest.Add(text ? *text : std::string("<unreadable>"));
  }
  return digest.Hex();
}

// The output DDs of a case: those it names, else every file the program ASSIGNs that is no input.
auto CaseOutputs(const CaseConfig& c, const ProgramBuild& build) -> std::vector<std::string> {
  std::vector<std::string> outputs = c.outputs;
  if (outputs.empty()) {
    for (const auto& [dd, shape] : build.datasets) {
      if (!c.inputs.contains(dd)) outputs.push_back(dd);
    }
  }
  return outputs;
}

struct ProgramEntry {
  ProgramBuild build;
  std::string content_key;
};

class Migration {
 public:
  Migration(const MigrateOptions& options, const ProjectConfig& config, store::ProjectStore& db,
            MigrateSummary& summary)
      : options_(options),
        config_(config),
        db_(db),
        summary_(summary),
        emitter_(nullptr, collector_) {}

  auto Run() -> ErrorOr<Success> {
    REMINT_TRY(Translate());
    REMINT_TRY(Record());
    if (options_.synthesize) REMINT_TRY(Synthesize());
    REMINT_TRY(WriteProjectFiles());
    if (options_.verify) REMINT_TRY(VerifyProject());
    summary_.diagnostics = collector_.TakeSorted();
    return Success{};
  }

 private:
  void Log(const std::string& line) {
    if (options_.log) options_.log(line);
  }
  void Progress(std::string_view stage, size_t done, size_t total) {
    if (options_.progress) options_.progress(stage, done, total);
  }

  auto Translate() -> ErrorOr<Success> {
    ErrorOr<std::map<std::string, store::StageState>> states = db_.LoadStageState(kProgramStage);
    if (!states) return states.error();
    const std::vector<std::string> members = ListMembers(config_.sources);
    ProgramBuildOptions build_options{config_.copybooks, config_.dialect};
    summary_.programs.total = members.size();
    for (size_t i = 0; i < members.size(); ++i) {
      Progress("translate", i, members.size());
      const std::string& member = members[i];
      const std::string name = ProgramNameOf(member);
      if (programs_.contains(name)) {
        emitter_.EmitForPath(DiagnosticKind::kMigrateProjectFile, member,
                             fmt::format("two members are named {} ({} and {}); the second is "
                                         "left out",
                                         name, programs_[name].build.source_path, member));
        ++summary_.programs.failed;
        continue;
      }
      summary_.sources[name] = member;
      ProgramEntry entry;
      if (auto state = states->find(name); state != states->end()) {
        ErrorOr<std::optional<std::string>> blob = db_.GetBlob(state->second.detail);
        if (blob && *blob && DeserializeBuild(**blob, entry.build)) {
          entry.content_key = ContentKey(member, entry.build.copybooks, config_.dialect);
          if (StageKey(entry.content_key) == state->second.input_key) {
            entry.build.name = name;
            entry.build.source_path = member;
            programs_.emplace(name, std::move(entry));
            ++summary_.programs.reused;
            continue;
          }
        }
      }
      entry.build = BuildProgram(member, build_options);
      summary_.programs_redone.push_back(name);
      for (const Diagnostic& diagnostic : entry.build.diagnostics) {
        if (diagnostic.severity == Severity::kError) collector_.Consume(diagnostic);
      }
      if (!entry.build.ok) {
        ++summary_.programs.failed;
        Log(fmt::format("translate {}: not translated (see the diagnostics)", name));
        REMINT_TRY(db_.RemoveStageState(kProgramStage, name));
        continue;
      }
      Log(fmt::format("translate {}: emitted", name));
      ++summary_.programs.redone;
      entry.content_key = ContentKey(member, entry.build.copybooks, config_.dialect);
      ErrorOr<std::string> blob = db_.PutBlob(SerializeBuild(entry.build));
      if (!blob) return blob.error();
      REMINT_TRY(db_.WriteStageState(kProgramStage, name, {StageKey(entry.content_key), *blob}));
      programs_.emplace(name, std::move(entry));
    }
    for (const auto& [name, state] : *states) {
      if (!programs_.contains(name)) REMINT_TRY(db_.RemoveStageState(kProgramStage, name));
    }
    Progress("translate", members.size(), members.size());
    return Success{};
  }

  auto StageKey(const std::string& content_key) const -> std::string {
    Digest digest;
    digest.Add(kStateFormat);
    digest.Add(RemintIdentity());
    digest.Add(content_key);
    return digest.Hex();
  }

  // Cases in an order where every case comes after the cases whose outputs it reads; a case
  // whose source case is missing or in a cycle is reported and left out.
  auto OrderCases() -> std::vector<const CaseConfig*> {
    std::map<std::string, const CaseConfig*> by_key;
    for (const CaseConfig& c : config_.cases) by_key[c.program + "/" + c.name] = &c;
    std::vector<const CaseConfig*> order;
    std::map<std::string, int> state;  // 1 visiting, 2 done, 3 refused
    std::function<bool(const CaseConfig&)> visit = [&](const CaseConfig& c) -> bool {
      const std::string key = c.program + "/" + c.name;
      if (state[key] == 2) return true;
      if (state[key] == 3) return false;
      if (state[key] == 1) {
        Refuse(c, "its inputs come from a cycle of cases");
        state[key] = 3;
        return false;
      }
      state[key] = 1;
      for (const auto& [dd, input] : c.inputs) {
        if (input.from_case.empty()) continue;
        const std::string from = input.from_program + "/" + input.from_case;
        auto found = by_key.find(from);
        if (found == by_key.end()) {
          Refuse(c, fmt::format("DD {} comes from case {}, which the project does not define", dd,
                                from));
          state[key] = 3;
          return false;
        }
        if (!visit(*found->second)) {
          if (state[key] != 3)
            Refuse(c, fmt::format("DD {} comes from case {}, which is not "
                                  "recorded",
                                  dd, from));
          state[key] = 3;
          return false;
        }
      }
      state[key] = 2;
      order.push_back(&c);
      return true;
    };
    for (const CaseConfig& c : config_.cases) visit(c);
    return order;
  }

  void Refuse(const CaseConfig& c, const std::string& why) {
    emitter_.EmitForPath(DiagnosticKind::kMigrateCaseNotRecorded, c.origin, c.name, c.program, why);
    ++summary_.cases.failed;
  }

  auto Record() -> ErrorOr<Success> {
    ErrorOr<std::map<std::string, store::StageState>> states = db_.LoadStageState(kCaseStage);
    if (!states) return states.error();
    const std::string cobc = CobcVersion();
    LegacyToolchain toolchain{config_.copybooks, config_.dialect, config_.cobc_flags,
                              (fs::path(options_.work_dir) / "legacy-builds").string()};
    // Every CALLed program is available to every case (COB_LIBRARY_PATH), so each is part of
    // every case's key.
    std::vector<std::string> modules;
    Digest module_digest;
    for (const auto& [name, entry] : programs_) {
      if (entry.build.is_main) continue;
      modules.push_back(entry.build.source_path);
      module_digest.Add(entry.content_key);
    }
    summary_.cases.total = config_.cases.size();
    const std::vector<const CaseConfig*> order = OrderCases();
    std::set<std::string> kept;
    for (size_t i = 0; i < order.size(); ++i) {
      Progress("record", i, order.size());
      const CaseConfig& c = *order[i];
      const std::string item = c.program + "/" + c.name;
      auto program = programs_.find(c.program);
      if (program == programs_.end()) {
        Refuse(c, summary_.sources.contains(c.program)
                      ? fmt::format("program {} was not translated", c.program)
                      : fmt::format("no member of the sources is named {}", c.program));
        continue;
      }
      if (!program->second.build.is_main) {
        Refuse(c, fmt::format("{} is a CALLed program (PROCEDURE DIVISION USING), not a main "
                              "program: record the cases of a program that calls it",
                              c.program));
        continue;
      }
      CaseRequest request;
      request.source = program->second.build.source_path;
      request.module_sources = modules;
      request.program = c.program;
      request.name = c.name;
      request.parm = c.parm;
      request.stdin_path = c.stdin_path;
      request.clock = c.clock;
      request.timeout_seconds = c.timeout_seconds;
      Digest digest;
      digest.Add(kStateFormat);
      digest.Add(cobc);
      digest.Add(config_.dialect);
      for (const std::string& flag : config_.cobc_flags) digest.Add(flag);
      digest.Add(program->second.content_key);
      digest.Add(module_digest.Hex());
      digest.Add(c.parm ? "parm:" + *c.parm : std::string("no parm"));
      digest.Add(c.clock);
      digest.Add(std::to_string(c.timeout_seconds));
      bool inputs_ok = true;
      for (const auto& [dd, input] : c.inputs) {
        digest.Add(dd);
        if (input.from_case.empty()) {
          ErrorOr<std::string> bytes = ReadFileBytes(input.path);
          if (!bytes) {
            Refuse(c, fmt::format("DD {}: {}", dd, bytes.error().message()));
            inputs_ok = false;
            break;
          }
          digest.Add(Sha256Hex(*bytes));
          request.input_files[dd] = input.path;
          continue;
        }
        ErrorOr<std::optional<store::CaseRecord>> from =
            db_.LoadCase(input.from_program, input.from_case);
        if (!from) return from.error();
        const store::CaseDataset* output = nullptr;
        if (*from) {
          for (const store::CaseDataset& dataset : (*from)->datasets) {
            if (dataset.role == "output" && dataset.name == input.from_dd) output = &dataset;
          }
        }
        if (output == nullptr) {
          Refuse(c, fmt::format("DD {} comes from output {} of case {}/{}, which it did not "
                                "write",
                                dd, input.from_dd, input.from_program, input.from_case));
          inputs_ok = false;
          break;
        }
        digest.Add(Sha256Hex(output->bytes));
        request.input_bytes[dd] = output->bytes;
      }
      if (!inputs_ok) continue;
      if (c.stdin_path) {
        ErrorOr<std::string> bytes = ReadFileBytes(*c.stdin_path);
        if (!bytes) {
          Refuse(c, "stdin: " + bytes.error().message());
          continue;
        }
        digest.Add(Sha256Hex(*bytes));
      }
      request.outputs = CaseOutputs(c, program->second.build);
      for (const std::string& output : request.outputs) digest.Add("out:" + output);
      const std::string key = digest.Hex();
      kept.insert(item);
      if (auto state = states->find(item);
          state != states->end() && state->second.input_key == key) {
        ErrorOr<std::optional<store::CaseRecord>> stored = db_.LoadCase(c.program, c.name);
        if (!stored) return stored.error();
        if (*stored) {
          ++summary_.cases.reused;
          continue;
        }
      }
      ErrorOr<RecordedRun> run = RecordCase(request, toolchain);
      if (!run) {
        Refuse(c, run.error().message());
        kept.erase(item);
        continue;
      }
      REMINT_TRY(db_.WriteCase(run->record));
      // Test-only: the worst moment to die, the case stored and its key not (the next run must
      // record it again, replacing it, never adding a second).
      if (FaultInjected("migrate-kill", "record:" + item)) raise(SIGKILL);
      REMINT_TRY(db_.WriteStageState(kCaseStage, item, {key, DescribeOutcome(run->record)}));
      ++summary_.cases.redone;
      summary_.cases_redone.push_back(item);
      Log(fmt::format("record {}: {}", item, DescribeOutcome(run->record)));
      if (run->record.timed_out || run->record.signal != 0) {
        emitter_.EmitForPath(DiagnosticKind::kMigrateCaseAbnormal, c.origin, c.name, c.program,
                             DescribeOutcome(run->record));
      }
    }
    Progress("record", order.size(), order.size());
    // Cases the project no longer defines go, with what they recorded.
    ErrorOr<std::vector<std::pair<std::string, std::string>>> stored = db_.ListCases();
    if (!stored) return stored.error();
    for (const auto& [program, name] : *stored) {
      if (kept.contains(program + "/" + name)) continue;
      // Synthesized cases are the synthesis stage's to keep or drop.
      if (IsSynthesizedName(name) && programs_.contains(program)) continue;
      REMINT_TRY(db_.RemoveCase(program, name));
      REMINT_TRY(db_.RemoveStageState(kCaseStage, program + "/" + name));
    }
    recorded_ = kept;
    return Success{};
  }

  // Builds every program with decision counters once per run, when a search needs it.
  auto CountedBuild() -> ErrorOr<std::string> {
    if (!counted_build_.empty()) return counted_build_;
    emit_cpp::EmittedSources all;
    for (const auto& [name, entry] : programs_) {
      const emit_cpp::EmittedSources& counted = entry.build.counted;
      all.files.insert(all.files.end(), counted.files.begin(), counted.files.end());
      all.executables.insert(all.executables.end(), counted.executables.begin(),
                             counted.executables.end());
      all.subprogram_sources.insert(all.subprogram_sources.end(),
                                    counted.subprogram_sources.begin(),
                                    counted.subprogram_sources.end());
    }
    emit_cpp::ProjectOptions project;
    project.output_directory = (fs::path(options_.work_dir) / "counted").string();
    project.update_in_place = true;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    if (!emit_cpp::WriteProject(all, project, emitter)) {
      return Error("cannot write the coverage build's project " + project.output_directory);
    }
    const std::string build = (fs::path(options_.work_dir) / "counted-build").string();
    std::vector<std::string> targets;
    for (const emit_cpp::EmittedProgram& program : all.executables) {
      targets.push_back(program.program_id);
    }
    ErrorOr<ProcessResult> built =
        BuildEmittedProject(project.output_directory, build, targets, options_.jobs);
    if (!built) return built.error();
    if (built->exit_code != 0) {
      return Error(
          "the coverage build does not build:\n" +
          built->output.substr(built->output.size() > 4000 ? built->output.size() - 4000 : 0));
    }
    counted_build_ = build;
    return counted_build_;
  }

  // For each program with a case: inputs that take its decisions each way, recorded with the
  // legacy build as cases synth01, synth02...; and the coverage table.
  auto Synthesize() -> ErrorOr<Success> {
    ErrorOr<std::map<std::string, store::StageState>> states = db_.LoadStageState(kSynthesisStage);
    if (!states) return states.error();
    ErrorOr<std::map<std::string, store::StageState>> case_states = db_.LoadStageState(kCaseStage);
    if (!case_states) return case_states.error();
    LegacyToolchain toolchain{config_.copybooks, config_.dialect, config_.cobc_flags,
                              (fs::path(options_.work_dir) / "legacy-builds").string()};
    std::vector<std::string> modules;
    std::map<std::string, std::vector<ParameterPart>> class_tested_parameters;
    for (const auto& [name, entry] : programs_) {
      if (!entry.build.is_main) modules.push_back(entry.build.source_path);
      class_tested_parameters[name] = entry.build.class_tested_parameters;
    }
    // The searches that must run, made ready in program order, then run side by side (each
    // is deterministic on its own), then recorded in program order.
    struct PendingSearch {
      std::string name;
      std::string key;
      const CaseConfig* seed = nullptr;
      SynthesisRequest request;
      std::optional<ErrorOr<SynthesisResult>> result;
    };
    std::vector<PendingSearch> pending;
    for (const auto& [name, entry] : programs_) {
      if (!entry.build.is_main) continue;
      // The seed: the program's first case in the project file that was recorded.
      const CaseConfig* seed = nullptr;
      for (const CaseConfig& c : config_.cases) {
        if (c.program == name && recorded_.contains(name + "/" + c.name)) {
          seed = &c;
          break;
        }
      }
      if (seed == nullptr) continue;
      const auto seed_state = case_states->find(name + "/" + seed->name);
      Digest digest;
      digest.Add(kSynthesisVersion);
      digest.Add(StageKey(entry.content_key));
      digest.Add(seed_state == case_states->end() ? "" : seed_state->second.input_key);
      digest.Add(std::to_string(options_.synthesis_runs));
      for (const UnreachableOutcome& declared : config_.unreachable) {
        digest.Add(declared.decision + (declared.outcome ? " true" : " false"));
      }
      // What the search may make non-numeric depends on the programs called too.
      std::vector<std::string> class_tested =
          ClassTestedThroughCalls(entry.build.argument_moves, class_tested_parameters);
      class_tested.insert(class_tested.end(), entry.build.class_tested.begin(),
                          entry.build.class_tested.end());
      std::sort(class_tested.begin(), class_tested.end());
      class_tested.erase(std::unique(class_tested.begin(), class_tested.end()), class_tested.end());
      for (const std::string& field : class_tested) digest.Add("class-tested:" + field);
      const std::string key = digest.Hex();
      Synthesized& synthesized = synthesized_[name];
      synthesized.seed = seed;
      if (auto state = states->find(name);
          state != states->end() && state->second.input_key == key) {
        SynthesisState kept = ParseSynthesisState(state->second.detail);
        synthesized.names = std::move(kept.case_names);
        synthesized.coverage_lines = std::move(kept.coverage_lines);
        ++summary_.synthesized.reused;
        continue;
      }
      ErrorOr<std::string> build = CountedBuild();
      if (!build) return build.error();
      ErrorOr<std::optional<store::CaseRecord>> seed_case = db_.LoadCase(name, seed->name);
      if (!seed_case) return seed_case.error();
      // A seed that did not end normally (a loop, a crash) is no place to search from.
      if (!*seed_case || (*seed_case)->timed_out || (*seed_case)->signal != 0) {
        REMINT_TRY(db_.WriteStageState(kSynthesisStage, name, {key, ""}));
        continue;
      }
      SynthesisRequest request;
      request.timeout_seconds = std::min(seed->timeout_seconds, 10.0);
      request.program = name;
      request.executable =
          (fs::path(*build) / entry.build.emitted.executables.front().program_id).string();
      request.build = &entry.build;
      request.class_tested = class_tested;
      request.parm = seed->parm;
      request.clock = seed->clock;
      request.runs = options_.synthesis_runs;
      for (const store::CaseDataset& dataset : (*seed_case)->datasets) {
        if (dataset.role == "input") request.seed_inputs[dataset.name] = dataset.bytes;
      }
      request.outputs = CaseOutputs(*seed, entry.build);
      pending.push_back({name, key, seed, std::move(request), std::nullopt});
    }
    Progress("synthesize", 0, pending.size());
    {
      std::atomic<size_t> next = 0;
      auto work = [&] {
        for (size_t i = next++; i < pending.size(); i = next++) {
          pending[i].result = SynthesizeCases(pending[i].request);
        }
      };
      std::vector<std::thread> workers;
      const size_t threads = std::min<size_t>(std::max(options_.jobs, 1), pending.size());
      for (size_t t = 1; t < threads; ++t) workers.emplace_back(work);
      work();
      for (std::thread& worker : workers) worker.join();
    }
    size_t done = 0;
    for (PendingSearch& search : pending) {
      Progress("synthesize", done++, pending.size());
      const std::string& name = search.name;
      const std::string& key = search.key;
      const CaseConfig* seed = search.seed;
      const SynthesisRequest& request = search.request;
      const ProgramEntry& entry = programs_.at(name);
      Synthesized& synthesized = synthesized_[name];
      ErrorOr<SynthesisResult>& result = *search.result;
      if (!result) return result.error();
      // Record what the legacy build does with each kept input: that is the expectation.
      for (size_t i = 0; i < result->kept.size(); ++i) {
        CaseRequest recording;
        recording.source = entry.build.source_path;
        recording.module_sources = modules;
        recording.program = name;
        recording.name = fmt::format("{}{:02}", kSynthesizedPrefix, i + 1);
        recording.input_bytes = result->kept[i];
        recording.outputs = request.outputs;
        recording.parm = seed->parm;
        recording.clock = seed->clock;
        recording.timeout_seconds = seed->timeout_seconds;
        ErrorOr<RecordedRun> run = RecordCase(recording, toolchain);
        if (!run) return run.error();
        REMINT_TRY(db_.WriteCase(run->record));
        synthesized.names.push_back(recording.name);
      }
      // Synthesized cases of an earlier search that this one does not have.
      ErrorOr<std::vector<std::pair<std::string, std::string>>> stored = db_.ListCases();
      if (!stored) return stored.error();
      for (const auto& [program, case_name] : *stored) {
        if (program == name && IsSynthesizedName(case_name) &&
            std::find(synthesized.names.begin(), synthesized.names.end(), case_name) ==
                synthesized.names.end()) {
          REMINT_TRY(db_.RemoveCase(program, case_name));
        }
      }
      for (const auto& [program, labels] : result->seed.labels) {
        // A CALLed member is built into every case; its row belongs to the programs that call it.
        if (program != name &&
            !std::binary_search(entry.build.called.begin(), entry.build.called.end(), program)) {
          continue;
        }
        const auto callee = programs_.find(program);
        const std::vector<std::string> no_environment;
        const std::vector<std::string>& environment =
            callee == programs_.end() ? no_environment : callee->second.build.environment_decisions;
        DecisionCoverage both = result->seed;
        both.Merge(result->synthesized);
        // Outcomes nothing reached, for a reviewer to judge. Not reachable from inputs: those
        // of decisions only the environment steers (a failing OPEN OUTPUT), and those the
        // project file declares unreachable (while no run reaches them: a declaration a run
        // contradicts is listed, and warned about).
        CoverageRow row;
        row.caller = name;
        row.program = program;
        row.outcomes = both.Outcomes(program);
        row.nightly = result->seed.Reached(program);
        row.synthesized = result->synthesized.Reached(program);
        row.both = both.Reached(program);
        row.reachable = row.outcomes;
        for (size_t i = 0; i < 2 * labels.size(); ++i) {
          if (IsRelationLabel(labels[i / 2])) continue;
          const auto index = static_cast<uint32_t>(i);
          const std::string outcome =
              fmt::format("{} {}", labels[i / 2], i % 2 == 0 ? "false" : "true");
          if (result->seed.reached[program].contains(index)) row.nightly_reached.push_back(outcome);
          if (result->synthesized.reached[program].contains(index)) {
            row.synthesized_reached.push_back(outcome);
          }
          const bool declared = std::any_of(config_.unreachable.begin(), config_.unreachable.end(),
                                            [&](const UnreachableOutcome& declaration) {
                                              return declaration.decision == labels[i / 2] &&
                                                     declaration.outcome == (i % 2 == 1);
                                            });
          row.Classify(outcome, both.reached[program].contains(index),
                       std::binary_search(environment.begin(), environment.end(), labels[i / 2]),
                       declared);
        }
        synthesized.coverage_lines.push_back(row.Format());
      }
      ++summary_.synthesized.redone;
      Log(fmt::format("synthesize {}: {} cases from {} runs", name, result->kept.size(),
                      result->runs));
      const std::string detail =
          FormatSynthesisState({synthesized.names, synthesized.coverage_lines});
      REMINT_TRY(db_.WriteStageState(kSynthesisStage, name, {key, detail}));
    }
    Progress("synthesize", pending.size(), pending.size());
    std::vector<CoverageRow> rows;
    for (const auto& [name, synthesized] : synthesized_) {
      summary_.synthesized.total += synthesized.names.size();
      for (const std::string& line : synthesized.coverage_lines) {
        std::optional<CoverageRow> row = CoverageRow::Parse(line);
        if (!row) continue;  // kept by an older remint: its key differs, so never reused
        for (const std::string& outcome : row->declared_reached) {
          WarnDeclaredButReached(outcome, row->caller);
        }
        rows.push_back(std::move(*row));
      }
      for (const std::string& case_name : synthesized.names) {
        recorded_.insert(name + "/" + case_name);
      }
    }
    // A CALLed program's row through each caller, then what all callers reach together.
    for (CoverageRow& row : CallerUnion(rows)) rows.push_back(std::move(row));
    for (const CoverageRow& row : rows) summary_.coverage.push_back(row);
    return Success{};
  }

  // RM9004 at the declaration of `outcome` in the project file.
  void WarnDeclaredButReached(const std::string& outcome, const std::string& caller) {
    for (const UnreachableOutcome& entry : config_.unreachable) {
      if (entry.decision + (entry.outcome ? " true" : " false") == outcome) {
        emitter_.EmitForPath(DiagnosticKind::kMigrateUnreachableReached, entry.origin, outcome,
                             caller);
      }
    }
  }

  auto TestsFor(const ProgramEntry& entry) -> ErrorOr<emit_gtest::ProgramTests> {
    emit_gtest::ProgramTests tests;
    tests.program = entry.build.emitted.executables.front().program_id;
    tests.legacy_path = fs::relative(entry.build.source_path, config_.root).string();
    // The project's cases of the program, then the synthesized ones (their outputs are their
    // seed's).
    std::vector<std::pair<std::string, const CaseConfig*>> cases;
    for (const CaseConfig& c : config_.cases) {
      if (c.program == entry.build.name && recorded_.contains(c.program + "/" + c.name)) {
        cases.emplace_back(c.name, &c);
      }
    }
    std::sort(cases.begin(), cases.end());
    if (auto synthesized = synthesized_.find(entry.build.name); synthesized != synthesized_.end()) {
      for (const std::string& name : synthesized->second.names) {
        cases.emplace_back(name, synthesized->second.seed);
      }
    }
    auto shape_of = [&](const std::string& dd) {
      auto found = entry.build.datasets.find(dd);
      return found == entry.build.datasets.end() ? emit_gtest::DatasetShape{} : found->second;
    };
    for (const auto& [case_name, c] : cases) {
      ErrorOr<std::optional<store::CaseRecord>> stored = db_.LoadCase(c->program, case_name);
      if (!stored) return stored.error();
      if (!*stored) continue;
      const store::CaseRecord& record = **stored;
      emit_gtest::RecordedCase recorded;
      recorded.name = record.name;
      recorded.parm = record.parm;
      recorded.clock = record.clock;
      recorded.exit_code = static_cast<int>(record.exit_code);
      recorded.signal = static_cast<int>(record.signal);
      recorded.timed_out = record.timed_out;
      std::set<std::string> written;
      for (const store::CaseDataset& dataset : record.datasets) {
        if (dataset.role == "input") {
          recorded.inputs.push_back({dataset.name, dataset.bytes, true, shape_of(dataset.name)});
        } else if (dataset.role == "output") {
          written.insert(dataset.name);
          recorded.outputs.push_back({dataset.name, dataset.bytes, true, shape_of(dataset.name)});
        } else if (dataset.role == "stdin") {
          recorded.stdin_bytes = dataset.bytes;
        } else if (dataset.role == "stdout") {
          recorded.stdout_bytes = dataset.bytes;
        } else if (dataset.role == "stderr") {
          recorded.stderr_bytes = dataset.bytes;
        }
      }
      // An output DD the legacy run did not write must stay unwritten.
      for (const std::string& dd : CaseOutputs(*c, entry.build)) {
        if (!written.contains(dd)) recorded.outputs.push_back({dd, "", false, shape_of(dd)});
      }
      std::sort(recorded.outputs.begin(), recorded.outputs.end(),
                [](const auto& a, const auto& b) { return a.dd < b.dd; });
      tests.cases.push_back(std::move(recorded));
    }
    return tests;
  }

  auto WriteProjectFiles() -> ErrorOr<Success> {
    emit_cpp::EmittedSources all;
    std::vector<emit_gtest::ProgramTests> tests;
    for (const auto& [name, entry] : programs_) {
      for (const emit_cpp::EmittedFile& file : entry.build.emitted.files) all.files.push_back(file);
      for (const emit_cpp::EmittedProgram& program : entry.build.emitted.executables) {
        all.executables.push_back(program);
      }
      for (const std::string& source : entry.build.emitted.subprogram_sources) {
        all.subprogram_sources.push_back(source);
      }
      if (!entry.build.is_main) continue;
      ErrorOr<emit_gtest::ProgramTests> program_tests = TestsFor(entry);
      if (!program_tests) return program_tests.error();
      if (!program_tests->cases.empty()) tests.push_back(std::move(*program_tests));
    }
    emit_cpp::ProjectOptions project;
    project.output_directory = (fs::path(options_.work_dir) / "emitted").string();
    project.clang_format = FindProgram("clang-format") ? "clang-format" : "";
    project.update_in_place = true;
    if (!tests.empty()) project.extra_files = emit_gtest::EmitTests(tests);
    summary_.project_dir = project.output_directory;
    Digest digest;
    digest.Add(kStateFormat);
    digest.Add(RemintIdentity());
    digest.Add(project.clang_format);
    for (const emit_cpp::EmittedFile& file : all.files) {
      digest.Add(file.path);
      digest.Add(file.text);
    }
    for (const emit_cpp::EmittedFile& file : project.extra_files) {
      digest.Add(file.path);
      digest.Add(file.text);
    }
    for (const emit_cpp::EmittedProgram& program : all.executables) digest.Add(program.program_id);
    for (const std::string& source : all.subprogram_sources) digest.Add(source);
    project_key_ = digest.Hex();
    ErrorOr<std::map<std::string, store::StageState>> states = db_.LoadStageState(kProjectStage);
    if (!states) return states.error();
    if (auto state = states->find("files");
        state != states->end() && state->second.input_key == project_key_ &&
        fs::exists(fs::path(project.output_directory) / emit_cpp::kProjectMarker)) {
      return Success{};
    }
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    emit_cpp::ProjectWriteReport report;
    if (!emit_cpp::WriteProject(all, project, emitter, &report)) {
      for (const Diagnostic& diagnostic : collector.TakeSorted()) collector_.Consume(diagnostic);
      return Error("the emitted project could not be written to " + project.output_directory);
    }
    summary_.files_written = report.written + report.removed;
    Log(fmt::format("project {}: {} files written, {} unchanged, {} removed",
                    project.output_directory, report.written, report.unchanged, report.removed));
    return db_.WriteStageState(kProjectStage, "files", {project_key_, ""});
  }

  auto VerifyProject() -> ErrorOr<Success> {
    ErrorOr<std::map<std::string, store::StageState>> states = db_.LoadStageState(kVerifyStage);
    if (!states) return states.error();
    if (ProgramsWithTests(summary_.project_dir).empty()) return Success{};
    if (auto state = states->find("project");
        state != states->end() && state->second.input_key == project_key_) {
      ErrorOr<std::optional<std::string>> junit = db_.GetBlob(state->second.detail);
      if (!junit) return junit.error();
      if (*junit) {
        summary_.verified = true;
        summary_.verify_reused = true;
        summary_.junit_xml = **junit;
        return Success{};
      }
    }
    VerifyOptions verify;
    verify.project_dir = summary_.project_dir;
    verify.build_dir = (fs::path(options_.work_dir) / "emitted-build").string();
    verify.jobs = options_.jobs;
    verify.progress = [this](size_t done, size_t total) { Progress("verify", done, total); };
    Progress("verify", 0, 1);
    ErrorOr<VerifyResult> result = Verify(verify);
    if (!result) return result.error();
    summary_.verified = true;
    summary_.verify = std::move(*result);
    summary_.junit_xml = JUnitXml(summary_.verify);
    for (Diagnostic& diagnostic : VerifyDiagnostics(summary_.verify, RelativeSources())) {
      collector_.Consume(diagnostic);
    }
    // Only an equivalent project is remembered: a failure is checked again on the next run.
    if (!summary_.verify.Equivalent()) return db_.RemoveStageState(kVerifyStage, "project");
    ErrorOr<std::string> blob = db_.PutBlob(summary_.junit_xml);
    if (!blob) return blob.error();
    return db_.WriteStageState(kVerifyStage, "project", {project_key_, *blob});
  }

  auto RelativeSources() const -> std::map<std::string, std::string> {
    std::map<std::string, std::string> relative;
    for (const auto& [name, path] : summary_.sources) {
      relative[name] = fs::relative(path, config_.root).string();
    }
    return relative;
  }

  const MigrateOptions& options_;
  const ProjectConfig& config_;
  store::ProjectStore& db_;
  MigrateSummary& summary_;
  DiagnosticCollector collector_;
  DiagnosticEmitter emitter_;
  std::map<std::string, ProgramEntry> programs_;
  std::set<std::string> recorded_;
  std::string project_key_;
  struct Synthesized {
    const CaseConfig* seed = nullptr;
    std::vector<std::string> names;
    std::vector<std::string> coverage_lines;
  };
  std::map<std::string, Synthesized> synthesized_;
  std::string counted_build_;
};

}  // namespace

auto RunMigrate(const MigrateOptions& given) -> ErrorOr<MigrateSummary> {
  ErrorOr<ProjectConfig> config = LoadProjectConfig(given.config_path);
  if (!config) return config.error();
  std::error_code code;
  // Absolute: programs of the work directory run with their own working directories.
  MigrateOptions options = given;
  options.work_dir = fs::absolute(given.work_dir, code).lexically_normal().string();
  fs::create_directories(options.work_dir, code);
  if (code)
    return Error("cannot make the work directory " + options.work_dir + ": " + code.message());
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<store::ProjectStore> db =
      store::ProjectStore::Open((fs::path(options.work_dir) / "remint.db").string(), emitter);
  if (db == nullptr) {
    std::vector<Diagnostic> diagnostics = collector.TakeSorted();
    return Error(diagnostics.empty() ? "cannot open the project database"
                                     : diagnostics.front().message);
  }
  MigrateSummary summary;
  Migration migration(options, *config, *db, summary);
  REMINT_TRY(migration.Run());
  return summary;
}

}  // namespace remint::migrate
