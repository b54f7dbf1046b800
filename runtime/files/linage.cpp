#include "runtime/files/linage.h"

namespace cobrt {

auto LinageFile::Open(OpenMode mode, std::string_view assign_name) -> FileStatus {
  const FileStatus status = file_.Open(mode, assign_name);
  if (status.IsSuccessful()) {
    counter_ = 1;
    needs_top_ = true;
  }
  return status;
}

// Blank lines: an empty record written BEFORE `count` lines is exactly `count` "\n".
auto LinageFile::Newlines(int count) -> FileStatus {
  if (count <= 0) return FileStatus::Of("00");
  return file_.Write("", Advancing::Before(count));
}

auto LinageFile::Write(std::string_view record, Advancing advancing) -> LinageWriteResult {
  if (file_.mode() != OpenMode::kOutput && file_.mode() != OpenMode::kExtend) {
    return {file_.Write(record), false};  // the file's own status (48, ...)
  }
  if (needs_top_) {
    needs_top_ = false;
    Newlines(layout_.top);
  }
  const int page_break = layout_.bottom + layout_.top;
  const bool after = advancing.when == Advancing::When::kAfter;
  const int lines = advancing.when == Advancing::When::kNone ? 1 : advancing.lines;
  LinageWriteResult result;
  if (after) {
    if (advancing.page || counter_ + lines > layout_.lines) {
      Newlines(layout_.lines - counter_ + page_break);
      result.status = file_.Write(record);
      result.end_of_page = !advancing.page;
      counter_ = 1;
      return result;
    }
    Newlines(lines - 1);
    result.status = file_.Write(record);
    counter_ += lines;
  } else {
    // BEFORE (or a plain WRITE): the record on line counter_, then the advance.
    result.status = file_.Write(record);
    if (advancing.page || counter_ + lines > layout_.lines) {
      Newlines(layout_.lines - counter_ + page_break);
      result.end_of_page = !advancing.page;
      counter_ = 1;
      return result;
    }
    Newlines(lines - 1);
    counter_ += lines;
  }
  result.end_of_page = layout_.footing > 0 && counter_ >= layout_.footing;
  return result;
}

}  // namespace cobrt
