// FILE STATUS: the two characters every file operation leaves (fact sheet §7). The first says
// what kind of outcome it is, and is what emitted code branches on: '0' successful, '1' AT END,
// '2' INVALID KEY, '3'..'9' errors, which end the run when nothing handles them.
#ifndef COBRT_FILES_FILE_STATUS_H_
#define COBRT_FILES_FILE_STATUS_H_

#include <string_view>

namespace cobrt {

struct FileStatus {
  char first = '0';
  char second = '0';

  static constexpr auto Of(std::string_view code) -> FileStatus { return {code[0], code[1]}; }

  constexpr auto IsSuccessful() const -> bool { return first == '0'; }
  constexpr auto IsAtEnd() const -> bool { return first == '1'; }
  constexpr auto IsInvalidKey() const -> bool { return first == '2'; }
  constexpr auto IsError() const -> bool { return first >= '3'; }
  auto text() const -> std::string_view { return {&first, 2}; }

  friend constexpr auto operator==(const FileStatus&, const FileStatus&) -> bool = default;
};
static_assert(sizeof(FileStatus) == 2);

// The text libcob prints for an unhandled status ("file does not exist" for 35; libcob/common.c
// cob_file_... default error handler).
auto FileStatusMessage(FileStatus status) -> std::string_view;

}  // namespace cobrt

#endif  // COBRT_FILES_FILE_STATUS_H_
