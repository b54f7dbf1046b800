#include "tests/support/cobc_reference.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <utility>

#include "base/sha256.h"

extern char** environ;

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

// Bump when the cache layout or the cobc command line changes.
constexpr std::string_view kCacheFormat = "remint-cobc-reference-v1";

auto ReadWholeFile(const fs::path& path) -> std::optional<std::string> {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

// Writes to a unique temporary name and renames, so concurrent workers and interrupted runs
// never leave a half-written cache entry under the final name.
auto WriteFileAtomically(const fs::path& path, std::string_view bytes) -> ErrorOr<Success> {
  static std::atomic<uint64_t> counter{0};
  fs::path temporary = path;
  temporary += ".tmp." + std::to_string(getpid()) + "." + std::to_string(++counter);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return Error("cannot write " + temporary.string());
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, error);
    return Error("cannot rename into " + path.string());
  }
  return Success{};
}

class TemporaryDirectory {
 public:
  static auto Create() -> ErrorOr<TemporaryDirectory> {
    std::error_code error;
    fs::path base = fs::temp_directory_path(error);
    if (error) base = "/tmp";
    std::string pattern = (base / "remint-cobc-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      return Error("cannot create a temporary directory: " + std::string(std::strerror(errno)));
    }
    return TemporaryDirectory(pattern);
  }
  TemporaryDirectory(TemporaryDirectory&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  auto operator=(const TemporaryDirectory&) -> TemporaryDirectory& = delete;
  auto operator=(TemporaryDirectory&&) -> TemporaryDirectory& = delete;
  ~TemporaryDirectory() {
    std::error_code error;
    if (!path_.empty()) fs::remove_all(path_, error);
  }
  auto path() const -> const fs::path& { return path_; }

 private:
  explicit TemporaryDirectory(fs::path path) : path_(std::move(path)) {}
  fs::path path_;
};

struct ProcessResult {
  int exit_status = 0;  // 128 + signal number if killed by a signal
  std::string standard_output;
  std::string standard_error;
};

// The inherited environment with the locale forced to C: cobc translates the listing's
// summary lines and its messages.
auto ChildEnvironment() -> std::vector<std::string> {
  std::vector<std::string> variables;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string_view variable(*entry);
    if (variable.starts_with("LC_") || variable.starts_with("LANG=") ||
        variable.starts_with("LANGUAGE=")) {
      continue;
    }
    variables.emplace_back(variable);
  }
  variables.emplace_back("LC_ALL=C");
  return variables;
}

// Runs argv[0] (searched in PATH) in `directory` with stdin from /dev/null and stdout/stderr
// captured in files there; kills its process group after `timeout`.
auto RunProcess(const std::vector<std::string>& arguments, const fs::path& directory,
                std::chrono::milliseconds timeout) -> ErrorOr<ProcessResult> {
  const std::string out_path = (directory / ".stdout").string();
  const std::string err_path = (directory / ".stderr").string();
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attributes);
  posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);

  std::vector<char*> argv;
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> environment = ChildEnvironment();
  std::vector<char*> envp;
  for (std::string& variable : environment) envp.push_back(variable.data());
  envp.push_back(nullptr);

  pid_t pid = 0;
  int spawn_error = posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawn_error != 0) {
    return Error("cannot run " + arguments[0] + ": " + std::strerror(spawn_error));
  }

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(1);
  int status = 0;
  bool timed_out = false;
  while (true) {
    pid_t waited = waitpid(pid, &status, WNOHANG);
    if (waited == pid) break;
    if (waited < 0 && errno != EINTR) return Error("waitpid failed for " + arguments[0]);
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      timed_out = true;
      break;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(20));
  }
  if (timed_out) {
    return Error(arguments[0] + " did not finish within " + std::to_string(timeout.count()) +
                 " ms");
  }
  ProcessResult result;
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.standard_output = ReadWholeFile(out_path).value_or("");
  result.standard_error = ReadWholeFile(err_path).value_or("");
  return result;
}

auto AbsolutePath(const std::string& path) -> std::string {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return error ? path : absolute.lexically_normal().string();
}

void HashField(Sha256& hash, std::string_view label, std::string_view bytes) {
  hash.Update(label);
  hash.Update(":" + std::to_string(bytes.size()) + ":");
  hash.Update(bytes);
}

// Digest of the names and bytes of every regular file under `directory`, memoized: the NIST
// copy library is the same for every program of a run.
auto CopyDirectoryDigest(const std::string& directory) -> ErrorOr<std::string> {
  static std::mutex mutex;
  static std::map<std::string, std::string> digests;
  const std::string absolute = AbsolutePath(directory);
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto found = digests.find(absolute); found != digests.end()) return found->second;
  }
  std::error_code error;
  if (!fs::is_directory(absolute, error)) return Error("copy directory not found: " + directory);
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(absolute, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(fs::relative(it->path(), absolute).string());
  }
  if (error) return Error("cannot list copy directory " + directory + ": " + error.message());
  std::sort(files.begin(), files.end());
  Sha256 hash;
  for (const std::string& file : files) {
    std::optional<std::string> bytes = ReadWholeFile(fs::path(absolute) / file);
    if (!bytes) return Error("cannot read copybook " + file + " in " + directory);
    HashField(hash, "name", file);
    HashField(hash, "bytes", *bytes);
  }
  std::string digest = hash.FinishHex();
  std::lock_guard<std::mutex> lock(mutex);
  digests.emplace(absolute, digest);
  return digest;
}

auto CobcArguments(const CobcCompilation& compilation, const ReferenceOptions& options)
    -> std::vector<std::string> {
  std::vector<std::string> arguments = {options.cobc, "-fsyntax-only", "-t", "listing.lst",
                                        "-ftsymbols"};
  for (const std::string& flag : compilation.flags) arguments.push_back(flag);
  for (const std::string& directory : compilation.copy_directories) {
    arguments.push_back("-I");
    arguments.push_back(AbsolutePath(directory));
  }
  arguments.push_back(AbsolutePath(compilation.program_path));
  return arguments;
}

// A cache entry is KEY.lst (the listing) and KEY.status ("exit N" then cobc's stderr); the
// status file is written last, so its presence marks a complete entry.
auto ReadCacheEntry(const fs::path& directory, const std::string& key)
    -> std::optional<std::pair<std::string, std::string>> {
  std::optional<std::string> status = ReadWholeFile(directory / (key + ".status"));
  if (!status) return std::nullopt;
  std::optional<std::string> listing = ReadWholeFile(directory / (key + ".lst"));
  if (!listing) return std::nullopt;
  return std::make_pair(std::move(*listing), std::move(*status));
}

auto ReadStatus(const std::string& status, ReferenceSymbols& symbols) -> bool {
  size_t end = status.find('\n');
  std::string first = status.substr(0, end);
  if (!first.starts_with("exit ")) return false;
  char* number_end = nullptr;
  long value = std::strtol(first.c_str() + 5, &number_end, 10);
  if (number_end == first.c_str() + 5 || *number_end != '\0' || value < 0 || value > 255) {
    return false;
  }
  symbols.cobc_exit_status = static_cast<int>(value);
  symbols.cobc_messages = end == std::string::npos ? "" : status.substr(end + 1);
  return true;
}

}  // namespace

auto ReferenceCacheDirectory() -> std::string {
  const char* configured = std::getenv("REMINT_REFERENCE_CACHE");
  if (configured != nullptr && *configured != '\0') return configured;
  return REMINT_DEFAULT_REFERENCE_CACHE;
}

auto CobcVersion(const std::string& cobc) -> ErrorOr<std::string> {
  static std::mutex mutex;
  static std::map<std::string, std::string> versions;
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto found = versions.find(cobc); found != versions.end()) return found->second;
  }
  ErrorOr<TemporaryDirectory> directory = TemporaryDirectory::Create();
  if (!directory) return directory.error();
  ErrorOr<ProcessResult> run =
      RunProcess({cobc, "--version"}, directory->path(), std::chrono::seconds(30));
  if (!run) return run.error();
  if (run->exit_status != 0 || !run->standard_output.starts_with("cobc ")) {
    return Error(cobc + " --version failed: " + run->standard_error);
  }
  std::lock_guard<std::mutex> lock(mutex);
  versions.emplace(cobc, run->standard_output);
  return run->standard_output;
}

auto ReferenceCacheKey(const CobcCompilation& compilation, const std::string& cobc_version_output)
    -> ErrorOr<std::string> {
  std::optional<std::string> program = ReadWholeFile(compilation.program_path);
  if (!program) return Error("cannot read program " + compilation.program_path);
  Sha256 hash;
  HashField(hash, "format", kCacheFormat);
  HashField(hash, "cobc", cobc_version_output);
  for (const std::string& flag : compilation.flags) HashField(hash, "flag", flag);
  HashField(hash, "program", *program);
  for (const std::string& directory : compilation.copy_directories) {
    ErrorOr<std::string> digest = CopyDirectoryDigest(directory);
    if (!digest) return digest.error();
    HashField(hash, "copy-directory", *digest);
  }
  return hash.FinishHex();
}

auto LoadReferenceSymbols(const CobcCompilation& compilation, const ReferenceOptions& options)
    -> ErrorOr<ReferenceSymbols> {
  ErrorOr<std::string> version = CobcVersion(options.cobc);
  if (!version) return version.error();
  ErrorOr<std::string> key = ReferenceCacheKey(compilation, *version);
  if (!key) return key.error();
  const fs::path cache =
      options.cache_directory.empty() ? ReferenceCacheDirectory() : options.cache_directory;

  ReferenceSymbols result;
  result.cache_key = *key;
  std::string listing;
  if (auto entry = ReadCacheEntry(cache, *key); entry && ReadStatus(entry->second, result)) {
    listing = std::move(entry->first);
    result.from_cache = true;
  } else {
    ErrorOr<TemporaryDirectory> directory = TemporaryDirectory::Create();
    if (!directory) return directory.error();
    ErrorOr<ProcessResult> run =
        RunProcess(CobcArguments(compilation, options), directory->path(), options.timeout);
    if (!run) return Error(compilation.program_path + ": " + run.error().message());
    listing = ReadWholeFile(directory->path() / "listing.lst").value_or("");
    result.cobc_exit_status = run->exit_status;
    result.cobc_messages = run->standard_error;
    std::error_code error;
    fs::create_directories(cache, error);
    if (error) return Error("cannot create reference cache " + cache.string());
    if (auto written = WriteFileAtomically(cache / (*key + ".lst"), listing); !written) {
      return written.error();
    }
    std::string status = "exit " + std::to_string(run->exit_status) + "\n" + run->standard_error;
    if (auto written = WriteFileAtomically(cache / (*key + ".status"), status); !written) {
      return written.error();
    }
  }

  ErrorOr<CobcListing> parsed = ParseCobcListing(listing);
  if (parsed) {
    result.listing = std::move(*parsed);
  } else if (result.accepted()) {
    return Error(compilation.program_path + ": " + parsed.error().message());
  }
  return result;
}

auto LoadReferenceSymbolsInParallel(const std::vector<CobcCompilation>& compilations,
                                    const ReferenceOptions& options, int workers)
    -> std::vector<ErrorOr<ReferenceSymbols>> {
  std::vector<std::optional<ErrorOr<ReferenceSymbols>>> slots(compilations.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t index = next++; index < compilations.size(); index = next++) {
      slots[index].emplace(LoadReferenceSymbols(compilations[index], options));
    }
  };
  std::vector<std::thread> threads;
  for (int worker = 1; worker < std::max(workers, 1); ++worker) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  std::vector<ErrorOr<ReferenceSymbols>> results;
  results.reserve(slots.size());
  for (auto& slot : slots) results.push_back(std::move(*slot));
  return results;
}

auto NistReferenceCompilations(const std::string& nist_root) -> std::vector<CobcCompilation> {
  const fs::path root = nist_root;
  std::vector<std::string> programs;
  std::error_code error;
  for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
       it.increment(error)) {
    const fs::path& path = it->path();
    std::string top = fs::relative(path, root).begin()->string();
    if (top == "copy" || top == "copyalt") continue;
    if (it->is_regular_file(error) && (path.extension() == ".CBL" || path.extension() == ".SUB")) {
      programs.push_back(fs::relative(path, root).string());
    }
  }
  std::sort(programs.begin(), programs.end());
  std::vector<CobcCompilation> compilations;
  for (const std::string& program : programs) {
    CobcCompilation compilation{
        (root / program).string(), {"-std=cobol85"}, {(root / "copy").string()}};
    const std::string name = fs::path(program).stem().string();
    if (program.starts_with("SM/")) compilation.copy_directories.push_back(root / "copyalt");
    if (name == "NC302M" || name == "DB304M") compilation.flags.push_back("-Wobsolete");
    if (name == "SM206A") compilation.flags.push_back("-fdebugging-line");
    compilations.push_back(std::move(compilation));
  }
  return compilations;
}

auto BankdemoReferenceCompilations(const std::string& bankdemo_root)
    -> std::vector<CobcCompilation> {
  const fs::path root = bankdemo_root;
  std::vector<CobcCompilation> compilations;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(root / "BANK.PROD.COBOL", error)) {
    if (!entry.is_regular_file()) continue;
    compilations.push_back(CobcCompilation{
        entry.path().string(), {"-std=ibm"}, {(root / "BANK.PROD.COPYLIB").string()}});
  }
  std::sort(compilations.begin(), compilations.end(),
            [](const auto& a, const auto& b) { return a.program_path < b.program_path; });
  return compilations;
}

}  // namespace remint::testing
