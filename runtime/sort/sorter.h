// The records of one SORT or MERGE (libcob cob_file_sort_submit / cob_file_sort_retrieve):
// released records are ordered by the statement's keys and given back in that order. Records
// with equal keys keep the order they were released in, as cobc's do (a unique sequence number
// breaks ties there; checked with cobc: WITH DUPLICATES IN ORDER is what it does anyway). The
// files of USING and GIVING are SortFile's (sort_file.h).
//
// External sort: records are kept in memory up to a budget; past it the records held are
// ordered and written to a temporary file as a run (std::tmpfile: removed even if the program is
// killed). At the end the runs are merged, equal keys taken from the earlier run, so the order
// stays stable whatever the budget.
#ifndef COBRT_SORT_SORTER_H_
#define COBRT_SORT_SORTER_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/sort/sort_key.h"

namespace cobrt {

inline constexpr std::size_t kDefaultSortMemoryBudget = std::size_t{64} << 20;

class Sorter {
 public:
  explicit Sorter(std::vector<SortKey> keys, std::size_t memory_budget = kDefaultSortMemoryBudget);
  ~Sorter();
  Sorter(const Sorter&) = delete;
  auto operator=(const Sorter&) -> Sorter& = delete;

  // RELEASE of the record's bytes; false when a run could not be written.
  auto Release(std::string_view record) -> bool;
  // The next record in order into `area` (as much as fits; `length` gets the record's size);
  // false after the last one.
  auto Return(std::span<char> area, std::size_t* length = nullptr) -> bool;

  // A temporary file could not be written or read back (libcob's SORT-RETURN 16).
  auto failed() const -> bool { return failed_; }
  // Runs written to temporary files so far (for tests of the memory budget).
  auto runs_written() const -> std::size_t { return runs_.size(); }

 private:
  struct Run;

  auto Less(const std::string& left, const std::string& right) const -> bool;
  void Normalize(std::string& record) const;
  void SortHeld();
  void SpillRun();
  void FinishInput();
  auto Next(std::string& record) -> bool;

  std::vector<SortKey> keys_;
  bool normalizes_ = false;
  std::size_t memory_budget_;
  std::size_t released_ = 0;
  std::vector<std::string> held_;
  std::size_t held_bytes_ = 0;
  std::vector<std::unique_ptr<Run>> runs_;
  bool input_done_ = false;
  bool failed_ = false;
  std::size_t next_held_ = 0;
};

}  // namespace cobrt

#endif  // COBRT_SORT_SORTER_H_
