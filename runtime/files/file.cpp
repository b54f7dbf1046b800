#include "runtime/files/file.h"

#include <algorithm>
#include <utility>

namespace cobrt {

void OpenFileRegistry::Add(File* file) { open_files_.push_back(file); }

void OpenFileRegistry::Remove(File* file) {
  open_files_.erase(std::remove(open_files_.begin(), open_files_.end(), file), open_files_.end());
}

void OpenFileRegistry::CloseAllImplicitly(RunTermination& termination) {
  while (!open_files_.empty()) {
    File* file = open_files_.back();
    termination.Warning("implicit CLOSE of " + file->description().select_name + " ('" +
                        file->resolved_name().path + "')");
    file->Close();  // removes it
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
  if (mode_ != OpenMode::kClosed && context_.open_files != nullptr) {
    context_.open_files->Remove(this);
  }
}

auto File::Open(OpenMode mode, std::string_view assign_name) -> FileStatus {
  if (mode_ != OpenMode::kClosed) return FileStatus::Of("41");
  resolved_ = ResolveAssignName(assign_name, context_.environment);
  missing_optional_ = false;
  const FileStatus status = OpenResolved(mode);
  if (status.IsSuccessful()) {
    mode_ = mode;
    // A missing OPTIONAL file opened INPUT has nothing to close: libcob leaves it out of the
    // implicit CLOSE at the end of the run (checked with cobc).
    if (context_.open_files != nullptr && !missing_optional_) context_.open_files->Add(this);
  }
  return status;
}

auto File::Close() -> FileStatus {
  if (mode_ == OpenMode::kClosed) return FileStatus::Of("42");
  CloseOpened();
  mode_ = OpenMode::kClosed;
  missing_optional_ = false;
  if (context_.open_files != nullptr) context_.open_files->Remove(this);
  return FileStatus::Of("00");
}

void File::FailUnhandled(FileStatus status, std::string_view assign_name) {
  const ResolvedFileName resolved = ResolveAssignName(assign_name, context_.environment);
  const std::string message = std::string(FileStatusMessage(status)) +
                              " (status = " + std::string(status.text()) + ") for file " +
                              description_.select_name + " " + resolved.Describe();
  context_.termination->FatalError(message);
}

}  // namespace cobrt
