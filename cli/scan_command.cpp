#include "cli/scan_command.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/file_walk.h"
#include "cli/progress_bar.h"
#include "cli/scan_report.h"
#include "frontends/inventory/analyze_member.h"
#include "store/project_store.h"
#include "store/schema.h"

namespace remint::cli {
namespace {

struct ScanOptions {
  std::string directory;
  bool list = false;
  bool full = false;
  std::string code_page = "IBM037";
  int batch_size = 256;
  int analyzer_version = inventory::kAnalyzerVersion;
};

// Size and mtime vouch for a member's content only if its mtime is safely older than the start
// of the scan that read it. Otherwise a write after that read can land in the same timestamp
// tick and, keeping the old length, leave size and mtime as recorded (the racy-git problem):
// timestamps are coarse on many file systems (FAT 2 s; ext3, HFS+, SMB shares and many archive
// restores 1 s; even ext4 advances them only once per kernel tick), and a file server's clock
// may lag ours. So a member whose mtime is not this window older than the recording scan's start
// is read again and its SHA-256 compared; 5 s allows 2 s of granularity plus 3 s of clock lag.
// Few members are modified that close to a scan, so this costs a handful of reads. It is the
// recording scan's start that matters, not this one's: the race is with the read that produced
// the stored result.
//
// Content rewritten with size and mtime restored outside the window (`touch -d`, an older backup
// put back) is not detected: that needs a hash of every member on every scan, the cost of the
// full scan the cheap check exists to avoid. `--full` does it on demand; the help says so.
constexpr int64_t kRacyWindowNs = int64_t{5'000'000'000};

// Everything besides a member's bytes that decides its stored result. The schema version is
// part of it because a migration may add columns that only an analysis fills: every schema
// upgrade reads each member again once, like a first scan, instead of each migration having
// to remember to invalidate the rows.
auto ScanAnalysisKey(const inventory::AnalyzeOptions& options) -> std::string {
  return fmt::format("{};schema={}", inventory::AnalysisKey(options),
                     store::SchemaMigrations().size());
}

// Whether the stored result of `entry` is current without reading it: only for a regular file
// analysed without error with the same key, whose size and mtime are as stored and whose mtime
// was safely older than the scan that read it (kRacyWindowNs).
auto StoredResultIsCurrent(const store::SourceStamp& stamp, const WalkEntry& entry,
                           const std::string& analysis_key) -> bool {
  return entry.type == WalkEntryType::kRegularFile && stamp.status == "ok" &&
         stamp.analysis_key == analysis_key && stamp.size == static_cast<int64_t>(entry.size) &&
         stamp.mtime_ns == entry.mtime_ns && stamp.mtime_ns < stamp.scan_started_ns - kRacyWindowNs;
}

auto EmitFor(std::vector<Diagnostic>& out, DiagnosticKind kind, const std::string& path,
             const std::string& detail = {}) -> void {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  if (detail.empty()) {
    emitter.EmitForPath(kind, path, path);
  } else {
    emitter.EmitForPath(kind, path, detail);
  }
  for (Diagnostic& diagnostic : collector.TakeSorted()) out.push_back(std::move(diagnostic));
}

// A walk entry that is not a readable file becomes a member of kind unknown with its diagnostic,
// so the inventory shows every path of the dump.
auto RecordForProblem(const WalkEntry& entry) -> store::SourceRecord {
  store::SourceRecord record;
  record.path = entry.display_path;
  record.kind = "unknown";
  record.encoding = "-";
  record.record_format = "-";
  record.status = "error";
  switch (entry.type) {
    case WalkEntryType::kSymlinkLoop:
      record.reason = "symbolic link loop";
      EmitFor(record.diagnostics, DiagnosticKind::kScanSymlinkLoop, entry.display_path);
      break;
    case WalkEntryType::kBrokenSymlink:
      record.reason = "broken symbolic link";
      EmitFor(record.diagnostics, DiagnosticKind::kScanBrokenSymlink, entry.display_path,
              entry.detail);
      break;
    case WalkEntryType::kSpecialFile:
      record.reason = entry.detail;
      EmitFor(record.diagnostics, DiagnosticKind::kScanSpecialFile, entry.display_path,
              entry.detail);
      break;
    case WalkEntryType::kUnreadableDirectory:
      record.reason = "unreadable directory";
      EmitFor(record.diagnostics, DiagnosticKind::kScanUnreadableDirectory, entry.display_path,
              entry.detail);
      break;
    case WalkEntryType::kRegularFile:
      break;
  }
  return record;
}

auto RecordForMember(const WalkEntry& entry, inventory::MemberAnalysis analysis)
    -> store::SourceRecord {
  store::SourceRecord record;
  record.path = entry.display_path;
  record.size = static_cast<int64_t>(entry.size);
  record.mtime_ns = entry.mtime_ns;
  record.sha256 = std::move(analysis.sha256);
  record.kind = std::string(inventory::MemberKindName(analysis.classification.kind));
  record.form = std::string(inventory::SourceFormName(analysis.classification.form));
  record.encoding = std::string(EncodingName(analysis.encoding));
  record.code_page = std::move(analysis.code_page);
  record.record_format = RecordLayoutName(analysis.layout);
  record.line_count = static_cast<int64_t>(analysis.line_count);
  record.reason = std::move(analysis.classification.reason);
  for (const inventory::Dependency& dependency : analysis.dependencies) {
    record.dependencies.push_back({std::string(inventory::DependencyKindName(dependency.kind)),
                                   dependency.target, dependency.library, dependency.line});
  }
  record.diagnostics = std::move(analysis.diagnostics);
  if (entry.name_was_escaped) {
    EmitFor(record.diagnostics, DiagnosticKind::kScanNonUtf8Name, entry.display_path);
  }
  bool failed = record.sha256.empty() ||
                std::any_of(record.diagnostics.begin(), record.diagnostics.end(),
                            [](const Diagnostic& d) { return d.severity == Severity::kError; });
  record.status = failed ? "error" : "ok";
  if (failed) {
    // Nothing trustworthy was learnt about the content.
    record.encoding = "-";
    record.record_format = "-";
  }
  return record;
}

// Analyzes `work` on `jobs` threads while the calling thread writes finished members to the
// store in order, one transaction per batch. Returns false after a store failure.
class ParallelScanner {
 public:
  ParallelScanner(const std::vector<const WalkEntry*>& work,
                  const inventory::AnalyzeOptions& options)
      : work_(work), options_(options), results_(work.size()), done_(work.size()) {}

  template <typename BatchSink>
  auto Run(int jobs, size_t batch_size, ProgressBar& progress, BatchSink sink) -> bool {
    std::vector<std::thread> threads;
    for (int i = 0; i < std::max(1, jobs); ++i) threads.emplace_back([this] { Work(); });
    bool ok = true;
    std::vector<store::SourceRecord> batch;
    for (size_t i = 0; i < work_.size() && ok; ++i) {
      {
        std::unique_lock lock(mutex_);
        finished_.wait(lock, [&] { return done_[i] != 0; });
      }
      batch.push_back(std::move(results_[i]));
      progress.Update(i + 1);
      if (batch.size() >= batch_size || i + 1 == work_.size()) {
        ok = sink(batch);
        batch.clear();
      }
    }
    stop_ = true;
    for (std::thread& thread : threads) thread.join();
    return ok;
  }

 private:
  void Work() {
    while (!stop_) {
      size_t i = next_.fetch_add(1);
      if (i >= work_.size()) return;
      const WalkEntry& entry = *work_[i];
      store::SourceRecord record =
          entry.type == WalkEntryType::kRegularFile
              ? RecordForMember(entry, inventory::AnalyzeMemberFile(entry.filesystem_path,
                                                                    entry.display_path, options_))
              : RecordForProblem(entry);
      {
        std::lock_guard lock(mutex_);
        results_[i] = std::move(record);
        done_[i] = 1;
      }
      finished_.notify_all();
    }
  }

  const std::vector<const WalkEntry*>& work_;
  const inventory::AnalyzeOptions& options_;
  std::vector<store::SourceRecord> results_;
  std::vector<char> done_;
  std::atomic<size_t> next_{0};
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::condition_variable finished_;
};

auto RunScan(const GlobalOptions& global, const ScanOptions& options) -> int {
  DiagnosticCollector driver_diagnostics;
  DiagnosticEmitter emitter(nullptr, driver_diagnostics);
  auto fail = [&]() {
    std::vector<Diagnostic> diagnostics = driver_diagnostics.TakeSorted();
    PrintDiagnostics(global, diagnostics);
    return kExitUsageOrIo;
  };

  struct stat info {};
  if (stat(options.directory.c_str(), &info) != 0) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, "", options.directory);
    return fail();
  }
  if (!S_ISDIR(info.st_mode)) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotDirectory, "", options.directory);
    return fail();
  }
  ErrorOr<std::string> code_page = CanonicalEbcdicCodePage(options.code_page);
  if (!code_page) {
    emitter.EmitForPath(DiagnosticKind::kDriverBadCodePage, "", code_page.error().message());
    return fail();
  }
  std::string db_path = global.EffectiveDbPath();
  std::unique_ptr<store::ProjectStore> project = store::ProjectStore::Open(db_path, emitter);
  if (!project) return fail();
  auto store_failed = [&](const Error& error) {
    emitter.EmitForPath(DiagnosticKind::kStoreWriteFailed, "", db_path, error.message());
    return fail();
  };

  std::error_code error;
  std::string root = std::filesystem::canonical(options.directory, error).string();
  if (error) root = options.directory;
  ErrorOr<int64_t> root_id = project->GetOrCreateRoot(root);
  if (!root_id) return store_failed(root_id.error());
  ErrorOr<int64_t> run_id = project->BeginRun("scan", options.directory);
  if (!run_id) return store_failed(run_id.error());

  // Taken before the walk stats any member, so every content this scan reads was read after it.
  int64_t scan_started_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
  inventory::AnalyzeOptions analyze_options;
  analyze_options.analyzer_version = options.analyzer_version;
  analyze_options.code_page = *code_page;
  std::string analysis_key = ScanAnalysisKey(analyze_options);

  std::vector<WalkEntry> entries = WalkTree(options.directory, WalkOptions{});

  ErrorOr<std::map<std::string, store::SourceStamp>> stamps = project->LoadStamps(*root_id);
  if (!stamps) return store_failed(stamps.error());
  ScanRunCounts counts;
  std::vector<const WalkEntry*> work;
  std::vector<std::string> present;
  for (const WalkEntry& entry : entries) {
    present.push_back(entry.display_path);
    auto stamp = stamps->find(entry.display_path);
    if (stamp != stamps->end() && !options.full &&
        StoredResultIsCurrent(stamp->second, entry, analysis_key)) {
      ++counts.unchanged;
      continue;
    }
    work.push_back(&entry);
  }
  std::sort(present.begin(), present.end());

  ProgressBar progress("scanning", work.size(), global.verbosity >= 0);
  ParallelScanner scanner(work, analyze_options);
  std::optional<Error> write_error;
  bool written = scanner.Run(
      global.EffectiveJobs(), static_cast<size_t>(std::max(1, options.batch_size)), progress,
      [&](std::vector<store::SourceRecord>& batch) {
        for (store::SourceRecord& record : batch) {
          record.analysis_key = analysis_key;
          record.scan_started_ns = scan_started_ns;
          if (record.status == "ok" || !record.sha256.empty()) ++counts.read;
          auto stamp = stamps->find(record.path);
          if (stamp == stamps->end()) {
            ++counts.added;
          } else if (record.sha256.empty() || record.sha256 != stamp->second.sha256) {
            ++counts.changed;
          } else if (stamp->second.analysis_key != analysis_key) {
            ++counts.reanalyzed;
          } else {
            ++counts.unchanged;  // Read again (racy mtime, touched, --full): same bytes.
          }
        }
        ErrorOr<Success> result = project->WriteSources(*root_id, batch);
        if (!result) write_error = result.error();
        return result.ok();
      });
  progress.Finish();
  if (!written) return store_failed(*write_error);

  ErrorOr<int64_t> removed = project->RemoveSourcesNotIn(*root_id, present);
  if (!removed) return store_failed(removed.error());
  counts.removed = *removed;
  ErrorOr<std::vector<store::SourceRecord>> members = project->LoadSources(*root_id);
  if (!members) return store_failed(members.error());

  std::vector<Diagnostic> diagnostics;
  for (const store::SourceRecord& member : *members) {
    diagnostics.insert(diagnostics.end(), member.diagnostics.begin(), member.diagnostics.end());
  }
  std::stable_sort(diagnostics.begin(), diagnostics.end(), DiagnosticLess);
  bool has_errors = std::any_of(diagnostics.begin(), diagnostics.end(),
                                [](const Diagnostic& d) { return d.severity == Severity::kError; });

  if (global.json) {
    std::cout << RenderScanJson(options.directory, *members, counts).dump(2) << '\n';
  } else if (global.verbosity >= 0) {
    std::cout << RenderScanText(options.directory, *members, counts, options.list,
                                global.verbosity > 0);
  }
  std::cout.flush();
  if (!diagnostics.empty() && !global.json) PrintDiagnostics(global, diagnostics);

  std::string summary = fmt::format(
      R"({{"members":{},"new":{},"changed":{},"reanalyzed":{},"unchanged":{},"removed":{},)"
      R"("read":{}}})",
      members->size(), counts.added, counts.changed, counts.reanalyzed, counts.unchanged,
      counts.removed, counts.read);
  (void)project->FinishRun(*run_id, has_errors ? "errors" : "ok", summary);
  return has_errors ? kExitErrorsFound : kExitOk;
}

}  // namespace

void RegisterScanCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code) {
  ScanOptions& options = storage.Make<ScanOptions>();
  CLI::App* command = app.add_subcommand(
      "scan",
      "Inventory a mainframe dump: classify every member (COBOL program or copybook, JCL job, "
      "PROC or INCLUDE member, Fortran, text or binary dataset), detect its encoding and record "
      "format, extract its dependencies, and store all of it in the project database. A second "
      "scan reads again only members that are new, had errors, changed size or modification "
      "time, or were modified within seconds of the scan that read them (their SHA-256 is "
      "compared), and every member when the code page or remint's analyzer changed. Content "
      "rewritten with its old size and modification time restored needs --full.");
  command->add_option("DIR", options.directory, "Directory holding the dump")->required();
  command->add_flag("--list", options.list, "List every member, not only the summary");
  command->add_flag("--full", options.full,
                    "Read every member again, even one whose size and modification time are as "
                    "stored");
  command->add_option("--code-page", options.code_page,
                      "EBCDIC code page of EBCDIC members: IBM-037 (default), IBM-1047, "
                      "IBM-1140, IBM-500");
  command->add_option("--batch-size", options.batch_size,
                      "Members per database transaction")
      ->group("");  // Hidden: a tuning and testing knob.
  command
      ->add_option("--analyzer-version", options.analyzer_version,
                   "Analyzer version to record and compare instead of this build's")
      ->group("");  // Hidden: lets tests stand in for another remint release.
  command->callback([&global, &exit_code, &options] { exit_code = RunScan(global, options); });
}

}  // namespace remint::cli
