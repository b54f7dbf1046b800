#include "cli/report_inputs.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "analyzers/call_graph/call_graph.h"
#include "analyzers/control_flow/control_flow.h"
#include "analyzers/lineage/field_lineage.h"
#include "analyzers/rules/render.h"
#include "analyzers/rules/rules.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "cli/jcl_inputs.h"
#include "cli/report_recorded.h"
#include "cli/rule_records.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_module.h"
#include "emitters/cpp/plan.h"
#include "frontends/bms/bms.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"
#include "frontends/inventory/classify_member.h"
#include "frontends/schedule/read_schedule.h"
#include "ir/job_walk.h"
#include "ir/verifier.h"
#include "migrate/program_build.h"
#include "migrate/project_config.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

// A member to read, and the name it is shown by.
struct MemberInput {
  std::string path;
  std::string display;
  bool from_folder = false;  // found in a named folder rather than named itself
};

// What one COBOL member gives the report; filled on a worker thread.
struct MemberResult {
  std::vector<report::SourceMember> members;  // the member, then the copybooks it copied
  std::vector<report::ProgramReport> programs;
  std::vector<report::ReportDiagnostic> diagnostics;  // when no program lowered
  std::vector<store::StoredProgramRules> kept_rules;  // each program's rules, to keep
};

auto ToReport(const Diagnostic& diagnostic) -> report::ReportDiagnostic {
  return {std::string(SeverityName(diagnostic.severity)), std::string(diagnostic.code()),
          diagnostic.message, diagnostic.location.path, diagnostic.location.line};
}

// Each data name of the unit with its level-01/77 record, for grouping rules by concept.
auto RecordsOfFields(const ir::Module& module, ir::UnitId unit)
    -> std::map<std::string, std::string> {
  std::map<std::string, std::string> records;
  for (uint32_t index = 0; index < module.fields().size(); ++index) {
    const ir::Field& field = module.fields().Get(ir::FieldId(index));
    if (field.name.is_valid() == false || module.str(field.name).empty()) continue;
    if (!field.block.is_valid() || !(module.blocks().Get(field.block).unit == unit)) continue;
    ir::FieldId root(index);
    while (module.fields().Get(root).parent.is_valid()) root = module.fields().Get(root).parent;
    records.emplace(
        analysis::UpperCaseName(std::string(module.str(field.name))),
        analysis::UpperCaseName(std::string(module.str(module.fields().Get(root).name))));
  }
  return records;
}

auto ConceptFields(const std::vector<analysis::Rule>& rules,
                   const std::map<std::string, std::string>& records)
    -> std::vector<report::ConceptField> {
  std::set<std::string> names;
  for (const analysis::Rule& rule : rules) {
    names.insert(rule.reads.begin(), rule.reads.end());
    names.insert(rule.writes.begin(), rule.writes.end());
  }
  std::vector<report::ConceptField> fields;
  for (const std::string& name : names) {
    // "X OF Y" names X; its record is the one Y (or X) belongs to.
    std::string base = name.substr(0, name.find(" OF "));
    auto found = records.find(base);
    fields.push_back({name, found == records.end() ? "" : found->second});
  }
  return fields;
}

auto TagOf(std::string_view display) -> std::string {
  size_t slash = display.rfind('/');
  return std::string(slash == std::string_view::npos ? display : display.substr(slash + 1));
}

// How a member found by a search (a copybook, a PROC) is shown: relative to `base` (the project
// root, or the working folder) when inside it, else its library and name: never a path that
// differs from machine to machine. Paths already relative are kept.
auto StableDisplayPath(const std::string& path, const fs::path& base) -> std::string {
  if (!fs::path(path).is_absolute()) return path;
  fs::path absolute = fs::path(path).lexically_normal();
  fs::path relative = absolute.lexically_relative(base);
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return (absolute.parent_path().filename() / absolute.filename()).generic_string();
}

class CobolMemberReader {
 public:
  // `keep_rules`: a database will keep each program's rules (their files are hashed for it).
  CobolMemberReader(const CobolInputOptions& input, fs::path root, bool keep_rules,
                    analysis::CallGraphBuilder& calls, std::mutex& calls_mutex)
      : input_(input),
        root_(std::move(root)),
        keep_rules_(keep_rules),
        calls_(calls),
        calls_mutex_(calls_mutex) {
    lower_.dialect = DialectFromName(input.dialect);
    emit_ = migrate::EmitOptionsFor(lower_.dialect);
  }

  auto Read(const MemberInput& input) const -> MemberResult {
    MemberResult result;
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    ErrorOr<FileId> file = sources.Load(input.path, input.display);
    if (!file) {
      emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, input.display, input.display);
      for (const Diagnostic& diagnostic : collector.TakeSorted()) {
        result.diagnostics.push_back(ToReport(diagnostic));
      }
      return result;
    }
    cobol::PreprocessOptions preprocess;
    preprocess.copy_directories = input_.copy_directories;
    cobol::ExpandedSource expanded = cobol::Preprocess(sources, *file, preprocess, emitter);
    std::unique_ptr<cobol::ParsedProgram> parsed;
    {
      // One parse at a time: the ANTLR C++ runtime of Debian 12 (4.9) shares each grammar's DFA
      // cache between parser instances without complete locking (antlr/antlr4#3332, fixed in
      // 4.10). Everything after the parse is ours and runs in parallel.
      static std::mutex antlr_mutex;
      std::lock_guard<std::mutex> lock(antlr_mutex);
      parsed = cobol::ParseCobol(expanded, sources, emitter);
    }
    std::optional<ir::Module> module;
    if (parsed != nullptr) {
      module.emplace(cobol::LowerCobol(*parsed, sources, emitter, lower_));
      module->ImportSources(sources);
      for (std::string& path : module->mutable_sources().paths) {
        path = StableDisplayPath(path, root_);
      }
    }
    const bool clean = collector.error_count() == 0;
    for (size_t index = 0; index < sources.file_count(); ++index) {
      const SourceFile& source = sources.file(FileId(static_cast<uint32_t>(index)));
      result.members.push_back({StableDisplayPath(source.path, root_), "",
                                index == 0 ? "COBOL" : "copybook", source.text.text});
    }
    std::vector<report::ReportDiagnostic> diagnostics;
    for (const Diagnostic& diagnostic : collector.TakeSorted()) {
      diagnostics.push_back(ToReport(diagnostic));
      diagnostics.back().file = StableDisplayPath(diagnostics.back().file, root_);
    }
    const uint32_t lines = sources.file(*file).text.line_count();
    if (!module || module->units().size() == 0) {
      // A member that does not lower still gets a page, with its diagnostics.
      report::ProgramReport program;
      program.name = analysis::UpperCaseName(fs::path(input.display).stem().string());
      program.member = input.display;
      program.lines = lines;
      program.diagnostics = std::move(diagnostics);
      program.emit_status = "not emitted: the member has errors";
      result.programs.push_back(std::move(program));
      return result;
    }
    Emitted emitted =
        clean ? Emit(*module, sources) : Emitted{"", "", "not emitted: the member has errors"};
    {
      std::lock_guard<std::mutex> lock(calls_mutex_);
      calls_.AddProgramModule(*module);
    }
    for (uint32_t unit = 0; unit < module->units().size(); ++unit) {
      report::ProgramReport program;
      program.name = analysis::UpperCaseName(
          std::string(module->str(module->units().Get(ir::UnitId(unit)).name)));
      program.member = input.display;
      program.lines = lines;
      program.lowered = true;
      if (unit == 0) program.diagnostics = diagnostics;
      program.rules = analysis::ExtractRules(*module, ir::UnitId(unit));
      if (keep_rules_) {
        result.kept_rules.push_back(
            MakeStoredRules(program.name, program.rules, sources, input.path, !clean));
      }
      program.control_flow = analysis::BuildControlFlow(*module, ir::UnitId(unit));
      program.fields = ConceptFields(program.rules, RecordsOfFields(*module, ir::UnitId(unit)));
      program.field_lineage = lineage::BuildFieldLineage(*module, ir::UnitId(unit));
      program.cpp_path = emitted.path;
      program.cpp_text = emitted.text;
      program.cpp_tag = TagOf(input.display);
      program.emit_status = emitted.status;
      result.programs.push_back(std::move(program));
    }
    return result;
  }

 private:
  struct Emitted {
    std::string path;
    std::string text;
    std::string status;
  };

  // The member's C++ as `remint emit` writes it; the reason when the emitter declines.
  auto Emit(const ir::Module& module, SourceManager& sources) const -> Emitted {
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    if (!ir::Verify(module, emitter,
                    ir::VerifyOptions{cobol::StorageSizeOptionsFor(lower_.dialect)}) ||
        collector.error_count() > 0) {
      return {"", "", "not emitted: the IR does not verify"};
    }
    const emit_cpp::ModulePlan plan = emit_cpp::PlanModule(module);
    std::optional<emit_cpp::EmittedSources> emitted =
        emit_cpp::EmitModule(module, plan, emit_, emitter);
    if (!emitted) {
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      return {"", "",
              "not emitted: " + (diagnostics.empty() ? std::string("the emitter declined")
                                                     : diagnostics.front().message)};
    }
    for (const emit_cpp::EmittedFile& file : emitted->files) {
      if (file.path.starts_with("src/")) return {file.path, file.text, "emitted"};
    }
    return {"", "", "not emitted: no source file"};
  }

  const CobolInputOptions& input_;
  fs::path root_;
  bool keep_rules_;
  cobol::LowerOptions lower_;
  emit_cpp::EmitOptions emit_;
  analysis::CallGraphBuilder& calls_;
  std::mutex& calls_mutex_;
};

// Files as given; folders as their regular files in name order, shown relative to the folder's
// parent ("NC/NC101A.CBL").
auto MembersOf(const std::vector<std::string>& paths) -> std::vector<MemberInput> {
  std::vector<MemberInput> members;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      // Shown as given when relative; an absolute path relative to the working folder when
      // inside it, else by its folder and name (the same on every machine).
      members.push_back({path, StableDisplayPath(path, fs::current_path(error))});
      continue;
    }
    fs::path base = fs::path(path).lexically_normal();
    if (!base.has_filename()) base = base.parent_path();
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(path, error)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && !name.empty() && name[0] != '.') {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
      members.push_back({file, (base.filename() / fs::path(file).filename()).string(), true});
    }
  }
  return members;
}

// File names of pages: [A-Za-z0-9._-] only, unique (a second program of one name gets "-2").
auto PageKey(std::string_view name, std::set<std::string>& taken) -> std::string {
  std::string key;
  for (unsigned char c : name) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '-';
    key += plain ? static_cast<char>(c) : '_';
  }
  if (key.empty() || key[0] == '.') key = "_" + key;
  std::string unique = key;
  for (int n = 2; !taken.insert(unique).second; ++n) unique = key + "-" + std::to_string(n);
  return unique;
}

void AddJobs(const std::vector<MemberInput>& members, const fs::path& base,
             report::ReportModel& model, analysis::CallGraphBuilder& calls) {
  if (members.empty()) return;
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ir::Module module;
  std::vector<std::pair<ir::JobId, std::string>> jobs;
  for (const MemberInput& member : members) {
    std::optional<jcl::LibraryOptions> libraries =
        MakeLibraryOptions(JclLibraryArguments{}, member.path);
    if (!libraries) continue;
    std::optional<std::vector<ir::JobId>> lowered =
        LowerJclMember(member.path, *libraries, sources, module, emitter);
    if (!lowered) continue;
    for (ir::JobId id : *lowered) jobs.push_back({id, member.display});
  }
  module.ImportSources(sources);
  for (std::string& path : module.mutable_sources().paths) path = StableDisplayPath(path, base);
  calls.AddJobModule(module);
  for (size_t index = 0; index < sources.file_count(); ++index) {
    const SourceFile& source = sources.file(FileId(static_cast<uint32_t>(index)));
    model.members.push_back({module.sources().paths[index], "", "JCL", source.text.text});
  }
  for (const auto& [id, member] : jobs) {
    const ir::Job& job = module.jobs().Get(id);
    report::JobReport report_job;
    report_job.name = std::string(module.str(job.name));
    report_job.member = member;
    ir::ForEachProgramStep(module, job, [&](ir::StepId step_id, const std::string& prefix) {
      const ir::JobStep& step = module.steps().Get(step_id);
      std::string name(module.str(step.name));
      report_job.steps.push_back({prefix.empty() ? name : prefix + "." + name,
                                  std::string(module.str(step.program)),
                                  step.loc.file.index < module.sources().paths.size()
                                      ? module.sources().paths[step.loc.file.index]
                                      : "",
                                  step.loc.line});
    });
    model.jobs.push_back(std::move(report_job));
  }
  for (const Diagnostic& diagnostic : collector.TakeSorted()) {
    model.other_diagnostics.push_back(ToReport(diagnostic));
  }
}

enum class MemberRole { kProgram, kJob, kScreens, kOther };

auto IsMapSetSource(const std::string& path) -> bool {
  std::string extension = fs::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".bms";
}

// Every map of the BMS map sets among the members, drawn; the map set sources get source pages
// and their diagnostics go with the other members'.
void AddScreens(const std::vector<MemberInput>& members, report::ReportModel& model) {
  for (const MemberInput& member : members) {
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    ErrorOr<FileId> file = sources.Load(member.path, member.display);
    if (!file) {
      model.other_diagnostics.push_back(
          {"error", "RM0001", member.path + ": " + file.error().message(), member.display, 0});
      continue;
    }
    bms::BmsMapSet map_set = bms::ReadMapSet(sources, *file, emitter);
    model.members.push_back(
        {member.display, "", "BMS", std::string(sources.file(*file).text.text)});
    for (const bms::BmsMap& map : map_set.maps) {
      report::ScreenReport screen;
      screen.member = member.display;
      screen.map_set = map_set.name;
      screen.map = map.name;
      screen.line = map.loc.line;
      screen.rows = map.rows;
      screen.columns = map.columns;
      screen.named_fields = static_cast<size_t>(
          std::count_if(map.fields.begin(), map.fields.end(),
                        [](const bms::BmsField& field) { return !field.name.empty(); }));
      screen.picture = bms::ScreenPicture(map);
      model.screens.push_back(std::move(screen));
    }
    for (const Diagnostic& diagnostic : collector.TakeSorted()) {
      model.other_diagnostics.push_back(ToReport(diagnostic));
    }
  }
}

// What a member is to the report. A member named by itself is a program or a job. A folder
// also holds copybooks, BMS map sets, data and notes: its members are classified by content
// (frontends/inventory), and only programs and JCL are reported (copybooks still get their
// pages through the programs that copy them).
auto RoleOf(const MemberInput& member) -> MemberRole {
  SourceManager probe;
  ErrorOr<FileId> file = probe.Load(member.path, member.path);
  if (!file) return MemberRole::kProgram;  // unreadable: its page says so
  if (IsMapSetSource(member.path)) return MemberRole::kScreens;
  if (LooksLikeJcl(member.path, probe.file(*file))) return MemberRole::kJob;
  if (!member.from_folder) return MemberRole::kProgram;
  switch (inventory::ClassifyMember(probe.file(*file).text).kind) {
    case inventory::MemberKind::kCobolProgram:
    case inventory::MemberKind::kUnknown:
      return MemberRole::kProgram;
    case inventory::MemberKind::kJclJob:
    case inventory::MemberKind::kJclProc:
    case inventory::MemberKind::kJclInclude:
      return MemberRole::kJob;
    default:
      return MemberRole::kOther;
  }
}

}  // namespace

auto BuildReportModel(const ReportInputs& inputs) -> std::optional<report::ReportModel> {
  report::ReportModel model;
  model.title = "estate";
  CobolInputOptions input = inputs.input;
  std::vector<MemberInput> cobol_members;
  std::vector<MemberInput> jcl_members;
  std::vector<MemberInput> screen_members;
  std::string work;
  std::error_code cwd_error;
  fs::path root = fs::current_path(cwd_error);
  if (!inputs.project.empty()) {
    fs::path config = inputs.project;
    std::error_code error;
    if (fs::is_directory(config, error)) config /= "remint.toml";
    ErrorOr<migrate::ProjectConfig> project = migrate::LoadProjectConfig(config.string());
    if (!project) {
      std::cerr << "remint: " << config.string() << ": " << project.error().message() << '\n';
      return std::nullopt;
    }
    model.title = project->name.empty() ? "estate" : project->name;
    root = fs::path(project->root).lexically_normal();
    input.dialect = project->dialect;
    input.copy_directories.insert(input.copy_directories.end(), project->copybooks.begin(),
                                  project->copybooks.end());
    for (const std::string& member : migrate::ListMembers(project->sources)) {
      cobol_members.push_back({member, fs::relative(member, project->root).string()});
    }
    for (const std::string& member : migrate::ListMembers(project->run.job_libraries)) {
      jcl_members.push_back({member, fs::relative(member, project->root).string()});
    }
    work = inputs.work.empty() ? (config.parent_path() / ".remint").string() : inputs.work;
  }
  for (MemberInput& member : MembersOf(inputs.paths)) {
    switch (RoleOf(member)) {
      case MemberRole::kProgram:
        cobol_members.push_back(std::move(member));
        break;
      case MemberRole::kJob:
        jcl_members.push_back(std::move(member));
        break;
      case MemberRole::kScreens:
        screen_members.push_back(std::move(member));
        break;
      case MemberRole::kOther:
        break;
    }
  }
  if (cobol_members.empty() && jcl_members.empty()) {
    std::cerr << "remint: no members to report on (name COBOL or JCL members, folders of them, "
                 "or --project)\n";
    return std::nullopt;
  }

  // Members are independent: each worker takes the next one; results keep the members' order.
  analysis::CallGraphBuilder calls;
  std::mutex calls_mutex;
  // The project's database (when migrate made one) keeps every program's rules, so that
  // `remint rules PROGRAM` reads them without the sources.
  std::error_code db_error;
  const std::string database = work.empty() ? "" : work + "/remint.db";
  const bool keep_rules = !database.empty() && fs::is_regular_file(database, db_error);
  CobolMemberReader reader(input, root, keep_rules, calls, calls_mutex);
  std::vector<MemberResult> results(cobol_members.size());
  std::atomic<size_t> next{0};
  unsigned threads = inputs.jobs > 0 ? static_cast<unsigned>(inputs.jobs)
                                     : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(cobol_members.size()));
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (size_t index = next++; index < cobol_members.size(); index = next++) {
        results[index] = reader.Read(cobol_members[index]);
      }
    });
  }
  for (std::thread& worker : workers) worker.join();

  if (keep_rules) {
    std::vector<store::StoredProgramRules> kept;
    for (MemberResult& result : results) {
      std::move(result.kept_rules.begin(), result.kept_rules.end(), std::back_inserter(kept));
    }
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    if (!KeepRules(database, kept, emitter)) {
      for (const Diagnostic& diagnostic : collector.TakeSorted()) {
        std::cerr << "remint: " << diagnostic.message << '\n';
      }
    }
  }
  std::set<std::string> seen_members;
  for (MemberResult& result : results) {
    for (report::SourceMember& member : result.members) {
      if (seen_members.insert(member.path).second) model.members.push_back(std::move(member));
    }
    for (report::ProgramReport& program : result.programs) {
      model.programs.push_back(std::move(program));
    }
    model.other_diagnostics.insert(model.other_diagnostics.end(), result.diagnostics.begin(),
                                   result.diagnostics.end());
  }
  AddJobs(jcl_members, root, model, calls);
  AddScreens(screen_members, model);
  model.call_graph = calls.Build();

  std::sort(
      model.members.begin(), model.members.end(),
      [](const report::SourceMember& a, const report::SourceMember& b) { return a.path < b.path; });
  std::set<std::string> taken;
  for (report::SourceMember& member : model.members) member.page_key = PageKey(member.path, taken);
  std::stable_sort(model.programs.begin(), model.programs.end(),
                   [](const report::ProgramReport& a, const report::ProgramReport& b) {
                     return std::tie(a.name, a.member) < std::tie(b.name, b.member);
                   });
  taken.clear();
  for (report::ProgramReport& program : model.programs) {
    program.page_key = PageKey(program.name, taken);
  }
  if (!work.empty()) AddRecordedResults(work, model);
  if (!inputs.schedule.empty()) {
    ErrorOr<std::string> text = ReadFileBytes(inputs.schedule, 64u << 20);
    if (!text) {
      std::cerr << "remint: " << inputs.schedule << ": " << text.error().message() << '\n';
      return std::nullopt;
    }
    schedule::ScheduleReadResult read = schedule::ReadSchedule(*text, inputs.schedule);
    report::ScheduleReport schedule;
    schedule.file = inputs.schedule;
    schedule.format = read.graph.format;
    for (const schedule::JobEdge& edge : read.graph.Edges()) {
      schedule.edges.push_back({edge.predecessor, edge.successor});
    }
    for (const schedule::ScheduleProblem& problem : read.problems) {
      schedule.problems.push_back(schedule::FormatScheduleProblem(problem));
    }
    model.schedule = std::move(schedule);
  }
  return model;
}

namespace {

// Appends "path size mtime" for `path`, and for every file below it when it is a folder.
void StampPath(const fs::path& path, std::vector<std::string>& lines) {
  std::error_code error;
  auto stamp = [&lines](const fs::path& file) {
    std::error_code file_error;
    auto size = fs::file_size(file, file_error);
    auto time = fs::last_write_time(file, file_error);
    if (file_error) return;
    lines.push_back(file.string() + '\t' + std::to_string(size) + '\t' +
                    std::to_string(time.time_since_epoch().count()));
  };
  if (!fs::is_directory(path, error)) {
    if (fs::exists(path, error)) stamp(path);
    return;
  }
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error)) stamp(it->path());
  }
}

}  // namespace

auto InputStamp(const ReportInputs& inputs) -> std::string {
  std::vector<std::string> lines;
  for (const std::string& path : inputs.paths) StampPath(path, lines);
  for (const std::string& path : inputs.input.copy_directories) StampPath(path, lines);
  if (!inputs.schedule.empty()) StampPath(inputs.schedule, lines);
  if (!inputs.project.empty()) {
    fs::path config = inputs.project;
    std::error_code error;
    if (fs::is_directory(config, error)) config /= "remint.toml";
    StampPath(config, lines);
    if (ErrorOr<migrate::ProjectConfig> project = migrate::LoadProjectConfig(config.string())) {
      for (const auto* entries :
           {&project->sources, &project->copybooks, &project->run.job_libraries}) {
        for (const std::string& entry : *entries) StampPath(entry, lines);
      }
    }
    fs::path work = inputs.work.empty() ? config.parent_path() / ".remint" : fs::path(inputs.work);
    for (const char* name : {"remint.db", "remint.db-wal", "junit.xml"}) {
      StampPath(work / name, lines);
    }
  }
  std::sort(lines.begin(), lines.end());
  std::string stamp;
  for (const std::string& line : lines) stamp += line + '\n';
  return stamp;
}

}  // namespace remint::cli
