#include "tests/support/cli_runner.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "tests/support/golden.h"

extern char** environ;

namespace remint::testing {

auto RemintBinary() -> std::string { return REMINT_BINARY; }

auto RunRemint(const std::vector<std::string>& args, const std::string& working_directory,
               const std::vector<std::string>& environment) -> CliResult {
  std::string capture = FreshDirectory("remint-capture");
  std::string out_path = capture + "/stdout";
  std::string err_path = capture + "/stderr";
  std::vector<std::string> argv_storage = {REMINT_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_storage;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    std::string_view variable = *entry;
    // Tests see the same output whatever the developer's terminal settings.
    if (variable.starts_with("REMINT_FAULT_INJECTION=") || variable.starts_with("NO_COLOR=")) {
      continue;
    }
    env_storage.emplace_back(variable);
  }
  env_storage.insert(env_storage.end(), environment.begin(), environment.end());
  std::vector<char*> envp;
  for (std::string& entry : env_storage) envp.push_back(entry.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, working_directory.c_str());
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  CliResult result;
  if (spawned != 0) {
    ADD_FAILURE() << "cannot start " << REMINT_BINARY;
    return result;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadTextFile(out_path);
  result.err = ReadTextFile(err_path);
  std::error_code error;
  std::filesystem::remove_all(capture, error);
  return result;
}

void CopyTree(const std::string& from, const std::string& to, bool hard_links) {
  std::filesystem::create_directories(std::filesystem::path(to).parent_path());
  auto options = std::filesystem::copy_options::recursive;
  if (hard_links) options |= std::filesystem::copy_options::create_hard_links;
  std::filesystem::copy(from, to, options);
}

}  // namespace remint::testing
