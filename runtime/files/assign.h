// ASSIGN name resolution: the path a SELECT ... ASSIGN name opens (fact sheet §7; libcob/fileio.c
// cob_chk_file_mapping and cob_chk_file_env).
//   - A name without '/': the environment variables DD_<name>, dd_<name> and <name> are tried,
//     with '.' read as '_' in the variable's name ("in.txt" looks at DD_in_txt); a name that
//     begins with '.', '-' or a digit is not looked up. A variable's value is the path,
//     otherwise the name is; COB_FILE_PATH and '/' go in front of either unless it is absolute.
//   - A name with '/': only its first element is looked up (a "$elem" as the variable elem, a
//     plain one as DD_/dd_/plain), and replaced by the value; COB_FILE_PATH goes in front unless
//     the path is absolute.
// What was looked up is kept for libcob's messages: "('in_txt' => in.txt)".
#ifndef COBRT_FILES_ASSIGN_H_
#define COBRT_FILES_ASSIGN_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cobrt {

// The value of an environment variable, or nothing when it is unset.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string& name)>;

// The process environment (std::getenv).
auto ProcessEnvironment() -> EnvironmentLookup;

struct ResolvedFileName {
  std::string path;
  // What libcob's messages show before the path: the environment variable that mapped the name
  // (DD_in_txt), else the name looked up (in_txt, a path's first element) or the name itself.
  std::string source_name;

  // libcob's "('<source>' => <path>)", or "('<path>')" when they are the same.
  auto Describe() const -> std::string;
};

// `assign_name` is the ASSIGN literal or the value of the ASSIGN data item (trailing spaces
// are not part of the name).
auto ResolveAssignName(std::string_view assign_name, const EnvironmentLookup& environment)
    -> ResolvedFileName;

}  // namespace cobrt

#endif  // COBRT_FILES_ASSIGN_H_
