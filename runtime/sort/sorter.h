// SORT and MERGE (libcob cob_file_sort_*, fact sheet §7): records RELEASEd by an INPUT PROCEDURE
// or read from USING files are ordered by the statement's keys and RETURNed to an OUTPUT
// PROCEDURE or written to GIVING files. Records with equal keys keep their input order, as cobc's
// do (checked with cobc: WITH DUPLICATES IN ORDER is what it does anyway). MERGE reads its
// already-ordered USING files together, taking equal keys from the first file first.
//
// External sort: records are kept in memory up to a budget; past it the records held are
// ordered and written to a temporary file as a run (std::tmpfile: removed even if the program is
// killed). At the end the runs are merged, equal keys taken from the earlier run, so the order
// stays stable whatever the budget.
//
// Emitted code for `SORT SD1 ON ASCENDING KEY K1 DESCENDING KEY K2 USING IN1 GIVING OUT1`:
//   cobrt::Sorter sort({cobrt::SortKey::Alphanumeric(0, 2, cobrt::SortOrder::kAscending),
//                       cobrt::SortKey::Numeric<cobrt::Packed<5, 0, true>>(
//                           2, cobrt::SortOrder::kDescending)});
//   sort.Using(in1, in1_name);
//   if (auto s = sort.Giving(out1, out1_name); !s.IsSuccessful()) ...
//   sort_return = sort.sort_return();
// An INPUT PROCEDURE calls sort.Release(sd1_record) for each RELEASE; an OUTPUT PROCEDURE calls
// sort.Return(sd1_record) for each RETURN, taking AT END when it gives false.
#ifndef COBRT_SORT_SORTER_H_
#define COBRT_SORT_SORTER_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/files/sequential_file.h"
#include "runtime/sort/sort_key.h"

namespace cobrt {

inline constexpr std::size_t kDefaultSortMemoryBudget = std::size_t{64} << 20;

struct SortInput {
  SequentialFile* file = nullptr;
  std::string assign_name;
};

class Sorter {
 public:
  explicit Sorter(std::vector<SortKey> keys, std::size_t memory_budget = kDefaultSortMemoryBudget);
  ~Sorter();
  Sorter(const Sorter&) = delete;
  auto operator=(const Sorter&) -> Sorter& = delete;

  // RELEASE: the record's bytes (its length is the size of the record released).
  void Release(std::string_view record);
  // USING: opens the file INPUT, releases every record, closes it. A file that cannot be
  // opened gives no records and is no error (cobc: no message, SORT-RETURN 0); the OPEN's
  // status is returned for information.
  auto Using(SequentialFile& file, std::string_view assign_name) -> FileStatus;
  // MERGE ... USING files: instead of Release / Using; each file read once, in step. Files
  // that cannot be opened are left out, as with Using.
  auto Merge(const std::vector<SortInput>& inputs) -> FileStatus;

  // RETURN into the SD record area: false at the end (AT END). `length` gets the record's size.
  auto Return(std::span<char> area, std::size_t* length = nullptr) -> bool;
  // GIVING: opens the file OUTPUT, writes every record left, closes it.
  auto Giving(SequentialFile& file, std::string_view assign_name) -> FileStatus;

  // SORT-RETURN: 0, or 16 when the sort failed (a USING or GIVING file, a work file).
  auto sort_return() const -> int { return failed_ ? 16 : 0; }
  // Runs written to temporary files so far (for tests of the memory budget).
  auto runs_written() const -> std::size_t { return runs_.size(); }

 private:
  using Reader = std::function<bool(std::string&)>;
  struct Source;

  auto Less(const std::string& left, const std::string& right) const -> bool;
  void SpillRun();
  void FinishInput();
  void StartMerge(std::vector<Reader> readers);
  auto Next(std::string& record) -> bool;

  std::vector<SortKey> keys_;
  std::size_t memory_budget_;
  std::vector<std::string> held_;
  std::size_t held_bytes_ = 0;
  std::vector<std::FILE*> runs_;
  bool input_done_ = false;
  bool failed_ = false;
  std::size_t next_held_ = 0;
  std::vector<std::unique_ptr<Source>> sources_;  // merge of runs or MERGE files, when used
  bool merging_ = false;
};

}  // namespace cobrt

#endif  // COBRT_SORT_SORTER_H_
