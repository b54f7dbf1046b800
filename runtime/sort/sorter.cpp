#include "runtime/sort/sorter.h"

#include <algorithm>
#include <utility>

namespace cobrt {

// One ordered stream of the final merge: a run or a MERGE input, with its current record.
struct Sorter::Source {
  Reader read;
  std::string current;
  bool has_current = false;
  void Advance() { has_current = read(current); }
};

namespace {

// Memory a held record costs: its bytes and the string that holds them.
auto Cost(const std::string& record) -> std::size_t { return record.size() + sizeof(std::string); }

auto WriteRecord(std::FILE* run, const std::string& record) -> bool {
  const auto size = static_cast<std::uint32_t>(record.size());
  unsigned char header[4] = {
      static_cast<unsigned char>(size), static_cast<unsigned char>(size >> 8),
      static_cast<unsigned char>(size >> 16), static_cast<unsigned char>(size >> 24)};
  return std::fwrite(header, 1, 4, run) == 4 &&
         std::fwrite(record.data(), 1, record.size(), run) == record.size();
}

auto ReadRecord(std::FILE* run, std::string& record) -> bool {
  unsigned char header[4];
  if (std::fread(header, 1, 4, run) != 4) return false;
  const std::size_t size =
      header[0] | header[1] << 8 | header[2] << 16 | static_cast<std::size_t>(header[3]) << 24;
  record.resize(size);
  return std::fread(record.data(), 1, size, run) == size;
}

}  // namespace

Sorter::Sorter(std::vector<SortKey> keys, std::size_t memory_budget)
    : keys_(std::move(keys)), memory_budget_(memory_budget) {}

Sorter::~Sorter() {
  for (std::FILE* run : runs_) std::fclose(run);
}

auto Sorter::Less(const std::string& left, const std::string& right) const -> bool {
  const auto* a = reinterpret_cast<const std::uint8_t*>(left.data());
  const auto* b = reinterpret_cast<const std::uint8_t*>(right.data());
  for (const SortKey& key : keys_) {
    if (const int order = key.Order(a, b); order != 0) return order < 0;
  }
  return false;
}

void Sorter::Release(std::string_view record) {
  held_.emplace_back(record);
  held_bytes_ += Cost(held_.back());
  if (held_bytes_ > memory_budget_ && held_.size() > 1) SpillRun();
}

void Sorter::SpillRun() {
  std::stable_sort(held_.begin(), held_.end(),
                   [this](const std::string& a, const std::string& b) { return Less(a, b); });
  std::FILE* run = std::tmpfile();
  if (run == nullptr) {
    failed_ = true;
    return;
  }
  for (const std::string& record : held_) {
    if (!WriteRecord(run, record)) failed_ = true;
  }
  std::rewind(run);
  runs_.push_back(run);
  held_.clear();
  held_bytes_ = 0;
}

auto Sorter::Using(SequentialFile& file, std::string_view assign_name) -> FileStatus {
  // A USING file that cannot be opened gives no records: cobc goes on silently, SORT-RETURN 0
  // (checked with cobc: no message, even without FILE STATUS).
  const FileStatus opened = file.Open(OpenMode::kInput, assign_name);
  if (!opened.IsSuccessful()) return opened;
  std::string area(file.description().maximum_record_size, ' ');
  for (;;) {
    const ReadResult result = file.Read(area);
    if (!result.status.IsSuccessful()) break;
    Release(std::string_view(area).substr(
        0, file.description().variable() ? result.length : area.size()));
  }
  file.Close();
  return FileStatus::Of("00");
}

void Sorter::StartMerge(std::vector<Reader> readers) {
  merging_ = true;
  for (Reader& reader : readers) {
    auto source = std::make_unique<Source>();
    source->read = std::move(reader);
    source->Advance();
    sources_.push_back(std::move(source));
  }
}

void Sorter::FinishInput() {
  if (input_done_) return;
  input_done_ = true;
  if (runs_.empty()) {
    std::stable_sort(held_.begin(), held_.end(),
                     [this](const std::string& a, const std::string& b) { return Less(a, b); });
    return;
  }
  if (!held_.empty()) SpillRun();
  std::vector<Reader> readers;
  for (std::FILE* run : runs_) {
    readers.push_back([run](std::string& record) { return ReadRecord(run, record); });
  }
  StartMerge(std::move(readers));
}

auto Sorter::Merge(const std::vector<SortInput>& inputs) -> FileStatus {
  input_done_ = true;
  std::vector<Reader> readers;
  for (const SortInput& input : inputs) {
    // As for Using: a file that cannot be opened is left out (checked with cobc).
    if (!input.file->Open(OpenMode::kInput, input.assign_name).IsSuccessful()) continue;
    SequentialFile* file = input.file;
    readers.push_back([file](std::string& record) {
      record.assign(file->description().maximum_record_size, ' ');
      const ReadResult result = file->Read(record);
      if (!result.status.IsSuccessful()) {
        file->Close();
        return false;
      }
      if (file->description().variable()) record.resize(result.length);
      return true;
    });
  }
  StartMerge(std::move(readers));
  return FileStatus::Of("00");
}

auto Sorter::Next(std::string& record) -> bool {
  FinishInput();
  if (!merging_) {
    if (next_held_ >= held_.size()) return false;
    record = std::move(held_[next_held_++]);
    return true;
  }
  // The smallest current record; on equal keys the earliest source (run or file) wins.
  Source* best = nullptr;
  for (const auto& source : sources_) {
    if (source->has_current && (best == nullptr || Less(source->current, best->current))) {
      best = source.get();
    }
  }
  if (best == nullptr) return false;
  record = std::move(best->current);
  best->Advance();
  return true;
}

auto Sorter::Return(std::span<char> area, std::size_t* length) -> bool {
  std::string record;
  if (!Next(record)) return false;
  std::copy_n(record.begin(), std::min(record.size(), area.size()), area.begin());
  if (length != nullptr) *length = record.size();
  return true;
}

auto Sorter::Giving(SequentialFile& file, std::string_view assign_name) -> FileStatus {
  const FileStatus opened = file.Open(OpenMode::kOutput, assign_name);
  if (!opened.IsSuccessful()) {
    failed_ = true;
    return opened;
  }
  const std::size_t size = file.description().maximum_record_size;
  std::string record;
  while (Next(record)) {
    if (!file.description().variable()) record.resize(size, ' ');
    if (!file.Write(record).IsSuccessful()) failed_ = true;
  }
  file.Close();
  return FileStatus::Of("00");
}

}  // namespace cobrt
