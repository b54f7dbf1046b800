#include "tests/support/scratch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

// Removes the process's scratch root at exit (static destruction), after every test ran.
class ScratchRootOwner {
 public:
  ScratchRootOwner()
      : path_(fs::path(::testing::TempDir()) / ("remint-test-" + std::to_string(getpid()))) {
    std::error_code error;
    fs::remove_all(path_, error);
    fs::create_directories(path_, error);
  }
  ~ScratchRootOwner() {
    std::error_code error;
    fs::remove_all(path_, error);
  }
  ScratchRootOwner(const ScratchRootOwner&) = delete;
  auto operator=(const ScratchRootOwner&) -> ScratchRootOwner& = delete;

  auto path() const -> const fs::path& { return path_; }

 private:
  fs::path path_;
};

auto Owner() -> const ScratchRootOwner& {
  static const ScratchRootOwner owner;
  return owner;
}

}  // namespace

auto ScratchRoot() -> std::string { return Owner().path().string(); }

auto FreshDirectory(const std::string& name) -> std::string {
  // Unique per call rather than removed and recreated: deleting thousands of files is slow on
  // some file systems.
  static std::mutex mutex;
  static int counter = 0;
  std::lock_guard lock(mutex);
  fs::path directory = Owner().path() / (name + "-" + std::to_string(counter++));
  std::error_code error;
  fs::remove_all(directory, error);
  fs::create_directories(directory, error);
  return directory.string();
}

}  // namespace remint::testing
