#include "runtime/files/file.h"

#include <algorithm>
#include <utility>

namespace cobrt {

void OpenFileRegistry::Add(File* file) {
  if (std::find(files_.begin(), files_.end(), file) == files_.end()) files_.push_back(file);
}

void OpenFileRegistry::Remove(File* file) {
  files_.erase(std::remove(files_.begin(), files_.end(), file), files_.end());
}

void OpenFileRegistry::CloseAllImplicitly(RunTermination& termination) {
  for (auto file = files_.rbegin(); file != files_.rend(); ++file) {
    if (!(*file)->has_open_stream()) continue;
    // libcob names the file by its ASSIGN value as written, not where DD_ mapping led
    // (checked with cobc: DD_OUTF=/tmp/x with ASSIGN TO "OUTF" warns about ('OUTF')).
    termination.Warning("implicit CLOSE of " + (*file)->description().select_name + " ('" +
                        (*file)->assign_name() + "')");
    (*file)->Close();
  }
}

void CloseOpenFilesAtEndOfRun(RunTermination& termination, OpenFileRegistry& open_files) {
  termination.AddEndOfRunAction(
      [&termination, &open_files] { open_files.CloseAllImplicitly(termination); });
}

auto ProcessFileContext() -> const FileContext& {
  static OpenFileRegistry open_files;
  static const FileContext context = [] {
    CloseOpenFilesAtEndOfRun(ProcessTermination(), open_files);
    return FileContext{&ProcessTermination(), &open_files, ProcessEnvironment()};
  }();
  return context;
}

File::File(FileDescription description, const FileContext& context)
    : description_(std::move(description)), context_(context) {}

File::~File() {
  if (context_.open_files != nullptr) context_.open_files->Remove(this);
}

auto File::Open(OpenMode mode, std::string_view assign_name) -> FileStatus {
  if (locked_) return FileStatus::Of("38");
  if (mode_ != OpenMode::kClosed) return FileStatus::Of("41");
  last_open_mode_ = mode;
  resolved_ = ResolveAssignName(assign_name, context_.environment);
  assign_name_ = std::string(assign_name);
  missing_optional_ = false;
  if (context_.open_files != nullptr) context_.open_files->Add(this);
  const FileStatus status = OpenResolved(mode);
  if (status.IsSuccessful()) mode_ = mode;
  return status;
}

auto File::Close() -> FileStatus {
  if (locked_) {
    locked_ = false;
    return FileStatus::Of("00");
  }
  if (mode_ == OpenMode::kClosed) return FileStatus::Of("42");
  CloseOpened();
  mode_ = OpenMode::kClosed;
  missing_optional_ = false;
  return FileStatus::Of("00");
}

auto File::CloseWithLock() -> FileStatus {
  if (locked_) return FileStatus::Of("00");
  const FileStatus status = Close();
  if (status == FileStatus::Of("00")) locked_ = true;
  return status;
}

auto File::CloseNoRewind() -> FileStatus {
  const FileStatus status = Close();
  return status == FileStatus::Of("00") ? FileStatus::Of("07") : status;
}

auto File::CloseVolume() -> FileStatus {
  if (mode_ == OpenMode::kClosed && !locked_) return FileStatus::Of("42");
  return FileStatus::Of("07");
}

void File::FailUnhandled(FileStatus status, std::string_view assign_name) {
  const ResolvedFileName resolved = ResolveAssignName(assign_name, context_.environment);
  const std::string message = std::string(FileStatusMessage(status)) +
                              " (status = " + std::string(status.text()) + ") for file " +
                              description_.select_name + " " + resolved.Describe();
  context_.termination->FatalError(message);
}

}  // namespace cobrt
