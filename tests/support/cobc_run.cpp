#include "tests/support/cobc_run.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string_view>
#include <utility>

#include "base/sha256.h"
#include "tests/support/process.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

// Bump when the cache layout, the way programs are compiled or run, or the outcome changes.
constexpr std::string_view kCacheFormat = "remint-cobc-run-v1";

void HashField(Sha256& hash, std::string_view label, std::string_view bytes) {
  hash.Update(label);
  hash.Update(":" + std::to_string(bytes.size()) + ":");
  hash.Update(bytes);
}

auto CacheKey(const CobcProgram& program, const CobcRunInputs& inputs, const std::string& version)
    -> std::string {
  Sha256 hash;
  HashField(hash, "format", kCacheFormat);
  HashField(hash, "cobc", version);
  HashField(hash, "name", program.name);
  HashField(hash, "source", program.source);
  for (const std::string& flag : program.flags) HashField(hash, "flag", flag);
  for (const auto& [name, text] : program.copybooks) {
    HashField(hash, "copybook", name);
    HashField(hash, "text", text);
  }
  for (const auto& [path, bytes] : inputs.files) {
    HashField(hash, "file", path);
    HashField(hash, "bytes", bytes);
  }
  HashField(hash, "stdin", inputs.standard_input);
  for (const auto& [name, value] : inputs.environment) {
    HashField(hash, "env", name);
    HashField(hash, "value", value);
  }
  for (const std::string& argument : inputs.arguments) HashField(hash, "argument", argument);
  return hash.FinishHex();
}

// The cache entry: fields "TAG SIZE\n" + bytes + "\n", files as "file PATH SIZE\n".
void PutField(std::string& out, std::string_view tag, std::string_view bytes) {
  out += tag;
  out += ' ';
  out += std::to_string(bytes.size());
  out += '\n';
  out += bytes;
  out += '\n';
}

auto Serialize(const CobcRunOutcome& outcome) -> std::string {
  std::string out;
  PutField(out, "compiled", outcome.compiled ? "1" : "0");
  PutField(out, "compile-messages", outcome.compile_messages);
  PutField(out, "exit", std::to_string(outcome.exit_status));
  PutField(out, "stdout", outcome.standard_output);
  PutField(out, "stderr", outcome.standard_error);
  for (const auto& [path, bytes] : outcome.files) PutField(out, "file " + path, bytes);
  return out;
}

auto Deserialize(std::string_view in) -> std::optional<CobcRunOutcome> {
  CobcRunOutcome outcome;
  while (!in.empty()) {
    const size_t line_end = in.find('\n');
    if (line_end == std::string_view::npos) return std::nullopt;
    const std::string_view header = in.substr(0, line_end);
    const size_t space = header.rfind(' ');
    if (space == std::string_view::npos) return std::nullopt;
    const std::string_view tag = header.substr(0, space);
    size_t size = 0;
    const std::string_view digits = header.substr(space + 1);
    if (std::from_chars(digits.data(), digits.data() + digits.size(), size).ec != std::errc()) {
      return std::nullopt;
    }
    in.remove_prefix(line_end + 1);
    if (in.size() < size + 1 || in[size] != '\n') return std::nullopt;
    std::string bytes(in.substr(0, size));
    in.remove_prefix(size + 1);
    if (tag == "compiled") {
      outcome.compiled = bytes == "1";
    } else if (tag == "compile-messages") {
      outcome.compile_messages = std::move(bytes);
    } else if (tag == "exit") {
      outcome.exit_status = std::stoi(bytes);
    } else if (tag == "stdout") {
      outcome.standard_output = std::move(bytes);
    } else if (tag == "stderr") {
      outcome.standard_error = std::move(bytes);
    } else if (tag.starts_with("file ")) {
      outcome.files.emplace(std::string(tag.substr(5)), std::move(bytes));
    } else {
      return std::nullopt;
    }
  }
  return outcome;
}

auto WriteFile(const fs::path& path, std::string_view bytes) -> ErrorOr<Success> {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Error("cannot write " + path.string());
  return Success{};
}

auto CompileAndRun(const CobcProgram& program, const CobcRunInputs& inputs,
                   const ReferenceOptions& options) -> ErrorOr<CobcRunOutcome> {
  ErrorOr<TemporaryDirectory> directory = TemporaryDirectory::Create();
  if (!directory) return directory.error();
  const fs::path root = directory->path();
  const std::string source_name = program.name + ".cbl";
  if (auto written = WriteFile(root / source_name, program.source); !written) {
    return written.error();
  }
  std::vector<std::string> compile = {options.cobc, "-x", "-o", program.name};
  for (const std::string& flag : program.flags) compile.push_back(flag);
  if (!program.copybooks.empty()) {
    for (const auto& [name, text] : program.copybooks) {
      if (auto written = WriteFile(root / "copy" / name, text); !written) return written.error();
    }
    compile.insert(compile.end(), {"-I", "copy"});
  }
  compile.push_back(source_name);
  ErrorOr<ProcessResult> compiled = RunProcess(compile, root, options.timeout);
  if (!compiled) return Error(program.name + ": " + compiled.error().message());
  CobcRunOutcome outcome;
  outcome.compile_messages = compiled->standard_error;
  outcome.compiled = compiled->exit_status == 0;
  if (!outcome.compiled) return outcome;

  const fs::path run = root / "run";
  fs::create_directories(run);
  for (const auto& [path, bytes] : inputs.files) {
    if (auto written = WriteFile(run / path, bytes); !written) return written.error();
  }
  ProcessOptions process;
  process.environment = inputs.environment;
  process.stdout_name = "../.run-stdout";
  process.stderr_name = "../.run-stderr";
  if (!inputs.standard_input.empty()) {
    if (auto written = WriteFile(root / ".run-stdin", inputs.standard_input); !written) {
      return written.error();
    }
    process.standard_input = (root / ".run-stdin").string();
  }
  std::vector<std::string> arguments = {(root / program.name).string()};
  arguments.insert(arguments.end(), inputs.arguments.begin(), inputs.arguments.end());
  ErrorOr<ProcessResult> ran = RunProcess(arguments, run, options.timeout, process);
  if (!ran) return Error(program.name + ": " + ran.error().message());
  outcome.exit_status = ran->exit_status;
  outcome.standard_output = std::move(ran->standard_output);
  outcome.standard_error = std::move(ran->standard_error);
  std::error_code error;
  for (fs::recursive_directory_iterator it(run, error), end; !error && it != end;
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::optional<std::string> bytes = ReadWholeFile(it->path());
    if (!bytes) return Error("cannot read " + it->path().string());
    outcome.files.emplace(fs::relative(it->path(), run).string(), std::move(*bytes));
  }
  if (error) return Error("cannot list " + run.string() + ": " + error.message());
  return outcome;
}

}  // namespace

auto RunWithCobc(const CobcProgram& program, const CobcRunInputs& inputs,
                 const ReferenceOptions& options) -> ErrorOr<CobcRunOutcome> {
  ErrorOr<std::string> version = CobcVersion(options.cobc);
  if (!version) return version.error();
  const std::string key = CacheKey(program, inputs, *version);
  const fs::path cache = fs::path(options.cache_directory.empty() ? ReferenceCacheDirectory()
                                                                  : options.cache_directory) /
                         "runs";
  const fs::path entry = cache / (key + ".run");
  if (std::optional<std::string> cached = ReadWholeFile(entry)) {
    if (std::optional<CobcRunOutcome> outcome = Deserialize(*cached)) {
      outcome->from_cache = true;
      return *outcome;
    }
  }
  ErrorOr<CobcRunOutcome> outcome = CompileAndRun(program, inputs, options);
  if (!outcome) return outcome.error();
  std::error_code error;
  fs::create_directories(cache, error);
  if (error) return Error("cannot create reference cache " + cache.string());
  if (auto written = WriteFileAtomically(entry, Serialize(*outcome)); !written) {
    return written.error();
  }
  return outcome;
}

}  // namespace remint::testing
