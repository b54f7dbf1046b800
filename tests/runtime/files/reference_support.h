// What the runtime's reference tests share: running a program under cobc, capturing cobrt's
// console, working in a scratch directory and reading back every file written there.
#ifndef REMINT_TESTS_RUNTIME_FILES_REFERENCE_SUPPORT_H_
#define REMINT_TESTS_RUNTIME_FILES_REFERENCE_SUPPORT_H_

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/io/console.h"
#include "tests/support/cobc_run.h"

namespace remint::testing {

class StreamSink final : public cobrt::ConsoleSink {
 public:
  void Write(cobrt::ConsoleStream stream, std::string_view bytes) override {
    (stream == cobrt::ConsoleStream::kStandardError ? errors : output) += bytes;
  }
  std::string output, errors;
};

auto CobcAvailable() -> bool;

// RunWithCobc, failing the test (and returning an empty outcome) when cobc cannot be run or
// rejects the program.
auto Reference(const CobcProgram& program, const CobcRunInputs& inputs) -> CobcRunOutcome;

// Every regular file below `directory` by relative path, as CobcRunOutcome::files.
auto FilesBelow(const std::filesystem::path& directory) -> std::map<std::string, std::string>;

// Makes `directory` the working directory for the lifetime of the object.
class ScopedWorkingDirectory {
 public:
  explicit ScopedWorkingDirectory(const std::filesystem::path& directory);
  ~ScopedWorkingDirectory();
  ScopedWorkingDirectory(const ScopedWorkingDirectory&) = delete;
  auto operator=(const ScopedWorkingDirectory&) -> ScopedWorkingDirectory& = delete;

 private:
  std::filesystem::path previous_;
};

// `text` cut or padded with spaces to `width`.
auto Padded(std::string text, std::size_t width) -> std::string;

// The output of one scenario of an operations program: from its "SCN name" line (the name
// padded to 30) to the next such line; "(no output)" if there is none.
auto ScenarioOutput(const std::string& output, const std::string& name) -> std::string;

// Fails the test for each file written by only one side or with other bytes.
void ExpectSameFiles(const std::map<std::string, std::string>& written,
                     const std::map<std::string, std::string>& reference);

// Splits `text` at `separator`, trimming spaces around each piece; empty pieces are dropped.
auto SplitTrimmed(std::string_view text, char separator) -> std::vector<std::string>;

}  // namespace remint::testing

#endif  // REMINT_TESTS_RUNTIME_FILES_REFERENCE_SUPPORT_H_
