#include "runtime/sort/sort_file.h"

#include <algorithm>
#include <utility>

namespace cobrt {
namespace {

// libcob's cob_copy_check: `from` into `to`, cut to its size or padded with spaces.
void CopyRecord(std::span<const char> from, std::span<char> to) {
  const std::size_t common = std::min(from.size(), to.size());
  std::copy_n(from.begin(), common, to.begin());
  std::fill(to.begin() + static_cast<std::ptrdiff_t>(common), to.end(), ' ');
}

}  // namespace

SortFile::SortFile(std::string_view select_name, std::string_view assign_name, std::span<char> area,
                   const FileContext& context)
    : select_name_(select_name), assign_name_(assign_name), area_(area), context_(context) {}

void SortFile::Begin(std::vector<SortKey> keys, int& sort_return, std::size_t memory_budget) {
  sorter_.emplace(std::move(keys), memory_budget);
  sort_return_ = &sort_return;
  sort_return = 0;
}

void SortFile::End() { sorter_.reset(); }

void SortFile::NoteFailure() {
  if (sort_return_ != nullptr) *sort_return_ = 16;
}

void SortFile::Fail(FileStatus status) {
  const ResolvedFileName resolved = ResolveAssignName(assign_name_, context_.environment);
  context_.termination->FatalError(std::string(FileStatusMessage(status)) +
                                   " (status = " + std::string(status.text()) + ") for file " +
                                   select_name_ + " " + resolved.Describe());
}

void SortFile::Using(const SortIoFile& input) {
  if (!active()) return;
  SequentialFile& file = *input.file;
  // The OPEN's outcome is not looked at: an open file is read as it stands (see the header).
  file.Open(OpenMode::kInput, input.assign_name);
  for (;;) {
    const ReadResult read = file.Read(input.area);
    if (!read.status.IsSuccessful()) break;
    if (input.store_length) input.store_length(read.length);
    const std::size_t size = file.description().variable() ? read.length : input.area.size();
    CopyRecord(input.area.first(std::min(size, input.area.size())), area_);
    if (!sorter_->Release({area_.data(), area_.size()})) {
      NoteFailure();
      break;
    }
  }
  file.Close();
}

void SortFile::Giving(std::initializer_list<SortIoFile> outputs) {
  if (!active()) return;
  for (const SortIoFile& output : outputs) output.file->Open(OpenMode::kOutput, output.assign_name);
  while (sorter_->Return(area_)) {
    for (const SortIoFile& output : outputs) {
      CopyRecord(area_, output.area);
      const std::size_t length = output.write_length
                                     ? std::min(output.write_length(), output.area.size())
                                     : output.area.size();
      // A failed WRITE (a file the program has open INPUT) is not looked at either.
      output.file->Write({output.area.data(), length});
    }
  }
  if (sorter_->failed()) NoteFailure();
  for (const SortIoFile& output : outputs) output.file->Close();
}

void SortFile::Release() {
  if (!active()) {
    Fail(FileStatus::Of("30"));
    return;
  }
  if (!sorter_->Release({area_.data(), area_.size()})) {
    NoteFailure();
    Fail(FileStatus::Of("30"));
  }
}

auto SortFile::Return() -> bool {
  if (!active()) {
    Fail(FileStatus::Of("30"));
    return false;
  }
  const bool got = sorter_->Return(area_);
  if (sorter_->failed()) {
    NoteFailure();
    Fail(FileStatus::Of("30"));
    return false;
  }
  return got;
}

}  // namespace cobrt
