#include "runtime/sort/sorter.h"

#include <algorithm>
#include <utility>

namespace cobrt {

// One ordered run in a temporary file, with the record of it the final merge looks at.
struct Sorter::Run {
  std::FILE* file = nullptr;
  std::string current;
  bool has_current = false;
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

// The next record of a run: false at its end; `damaged` when it ends inside a record.
auto ReadRecord(std::FILE* run, std::string& record, bool& damaged) -> bool {
  unsigned char header[4];
  const std::size_t got = std::fread(header, 1, 4, run);
  if (got != 4) {
    damaged = damaged || got != 0;
    return false;
  }
  const std::size_t size =
      header[0] | header[1] << 8 | header[2] << 16 | static_cast<std::size_t>(header[3]) << 24;
  record.resize(size);
  if (std::fread(record.data(), 1, size, run) != size) {
    damaged = true;
    return false;
  }
  return true;
}

}  // namespace

Sorter::Sorter(std::vector<SortKey> keys, std::size_t memory_budget)
    : keys_(std::move(keys)), memory_budget_(memory_budget) {
  for (const SortKey& key : keys_) normalizes_ = normalizes_ || key.normalize != nullptr;
}

Sorter::~Sorter() {
  for (const auto& run : runs_) std::fclose(run->file);
}

auto Sorter::Less(const std::string& left, const std::string& right) const -> bool {
  const auto* a = reinterpret_cast<const std::uint8_t*>(left.data());
  const auto* b = reinterpret_cast<const std::uint8_t*>(right.data());
  for (const SortKey& key : keys_) {
    if (const int order = key.Order(a, b); order != 0) return order < 0;
  }
  return false;
}

void Sorter::Normalize(std::string& record) const {
  auto* bytes = reinterpret_cast<std::uint8_t*>(record.data());
  for (const SortKey& key : keys_) {
    if (key.normalize != nullptr && key.offset + key.length <= record.size()) {
      key.normalize(bytes + key.offset);
    }
  }
}

void Sorter::SortHeld() {
  // cobc compares every record of a sort of two or more, which rewrites invalid sign bytes of
  // zoned keys (sort_key.h); a record sorted alone is never compared.
  if (normalizes_ && released_ >= 2) {
    for (std::string& record : held_) Normalize(record);
  }
  std::stable_sort(held_.begin(), held_.end(),
                   [this](const std::string& a, const std::string& b) { return Less(a, b); });
}

auto Sorter::Release(std::string_view record) -> bool {
  ++released_;
  held_.emplace_back(record);
  held_bytes_ += Cost(held_.back());
  if (held_bytes_ > memory_budget_ && held_.size() > 1) SpillRun();
  return !failed_;
}

void Sorter::SpillRun() {
  SortHeld();
  auto run = std::make_unique<Run>();
  run->file = std::tmpfile();
  if (run->file == nullptr) {
    failed_ = true;
    return;
  }
  for (const std::string& record : held_) {
    if (!WriteRecord(run->file, record)) failed_ = true;
  }
  if (std::fflush(run->file) != 0) failed_ = true;
  std::rewind(run->file);
  runs_.push_back(std::move(run));
  held_.clear();
  held_bytes_ = 0;
}

void Sorter::FinishInput() {
  if (input_done_) return;
  input_done_ = true;
  if (runs_.empty()) {
    SortHeld();
    return;
  }
  if (!held_.empty()) SpillRun();
  for (const auto& run : runs_) run->has_current = ReadRecord(run->file, run->current, failed_);
}

auto Sorter::Next(std::string& record) -> bool {
  FinishInput();
  if (runs_.empty()) {
    if (next_held_ >= held_.size()) return false;
    record = std::move(held_[next_held_++]);
    return true;
  }
  // The smallest current record; on equal keys the earliest run wins.
  Run* best = nullptr;
  for (const auto& run : runs_) {
    if (run->has_current && (best == nullptr || Less(run->current, best->current))) {
      best = run.get();
    }
  }
  if (best == nullptr) return false;
  record = std::move(best->current);
  best->has_current = ReadRecord(best->file, best->current, failed_);
  return true;
}

auto Sorter::Return(std::span<char> area, std::size_t* length) -> bool {
  std::string record;
  if (!Next(record)) return false;
  std::copy_n(record.begin(), std::min(record.size(), area.size()), area.begin());
  if (length != nullptr) *length = record.size();
  return true;
}

}  // namespace cobrt
