#include "tests/runtime/files/reference_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/support/cobc_reference.h"

namespace remint::testing {

namespace fs = std::filesystem;

auto CobcAvailable() -> bool { return CobcVersion("cobc").ok(); }

auto Reference(const CobcProgram& program, const CobcRunInputs& inputs) -> CobcRunOutcome {
  ErrorOr<CobcRunOutcome> outcome = RunWithCobc(program, inputs);
  EXPECT_TRUE(outcome.ok()) << (outcome.ok() ? "" : outcome.error().message());
  if (!outcome.ok()) return {};
  EXPECT_TRUE(outcome->compiled) << outcome->compile_messages;
  return *outcome;
}

auto FilesBelow(const fs::path& directory) -> std::map<std::string, std::string> {
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(directory)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream stream(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    files.emplace(fs::relative(entry.path(), directory).string(), bytes.str());
  }
  return files;
}

ScopedWorkingDirectory::ScopedWorkingDirectory(const fs::path& directory)
    : previous_(fs::current_path()) {
  fs::current_path(directory);
}

ScopedWorkingDirectory::~ScopedWorkingDirectory() { fs::current_path(previous_); }

auto SplitTrimmed(std::string_view text, char separator) -> std::vector<std::string> {
  std::vector<std::string> pieces;
  while (!text.empty()) {
    const std::size_t end = text.find(separator);
    std::string_view piece = text.substr(0, end);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) pieces.emplace_back(piece);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return pieces;
}

auto Padded(std::string text, std::size_t width) -> std::string {
  text.resize(width, ' ');
  return text;
}

auto ScenarioOutput(const std::string& output, const std::string& name) -> std::string {
  const std::string marker = "SCN " + Padded(name, 30) + "\n";
  const std::size_t start = output.find(marker);
  if (start == std::string::npos) return "(no output)";
  const std::size_t end = output.find("SCN ", start + marker.size());
  return output.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

void ExpectSameFiles(const std::map<std::string, std::string>& written,
                     const std::map<std::string, std::string>& reference) {
  for (const auto& [path, bytes] : reference) {
    auto found = written.find(path);
    if (found == written.end()) {
      ADD_FAILURE() << "cobrt did not write " << path;
      continue;
    }
    EXPECT_EQ(found->second, bytes) << path;
  }
  for (const auto& [path, bytes] : written) {
    EXPECT_TRUE(reference.count(path) != 0) << "cobc did not write " << path;
  }
}

}  // namespace remint::testing
