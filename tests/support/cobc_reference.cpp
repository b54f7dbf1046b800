#include "tests/support/cobc_reference.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "base/sha256.h"
#include "tests/support/process.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

// Bump when the cache layout or the cobc command line changes.
constexpr std::string_view kCacheFormat = "remint-cobc-reference-v1";

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
