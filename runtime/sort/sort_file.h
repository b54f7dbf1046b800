// An SD: the sort file of SORT and MERGE statements, with its record area (libcob's cob_file of
// an SD and fileio.c cob_file_sort_*). A statement runs as
//   SORT SD1 ON ASCENDING KEY K1 USING IN1 GIVING OUT1
//   sd1.Begin({cobrt::SortKey::Alphanumeric(0, 2, cobrt::SortOrder::kAscending)}, sort_return);
//   sd1.Using({&in1, "in1.dat"sv, in1_area});
//   sd1.Giving({{&out1, "out1.dat"sv, out1_area}});
//   sd1.End();
// with the INPUT PROCEDURE's RELEASEs (Release) in place of Using, and the OUTPUT PROCEDURE's
// RETURNs (Return) in place of Giving. MERGE is the same: cobc merges by sorting every record of
// its USING files, so unordered inputs come out ordered (checked with cobc).
//
// What cobc does, checked with it:
// - USING opens the file INPUT ignoring the outcome, reads until a status that does not start
//   with '0', and closes it: a missing file gives no records, a file the program has open INPUT
//   is read from where it stands and then closed, and no FILE STATUS item changes. Each record
//   is copied into the SD record area (cut, or padded with spaces, libcob's cob_copy_check)
//   and released from there, so both record areas hold the last record after the SORT.
// - GIVING opens every file OUTPUT ignoring the outcome, writes each record to each file in
//   turn (copied into its record area: cut or padded), and closes them; failed writes are
//   ignored and SORT-RETURN stays 0.
// - A record is the whole SD record area, whichever 01 RELEASE names.
// - RELEASE or RETURN with no SORT or MERGE running is status 30: libcob's message and the end
//   of the run (an SD has no FILE STATUS).
#ifndef COBRT_SORT_SORT_FILE_H_
#define COBRT_SORT_SORT_FILE_H_

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/files/file.h"
#include "runtime/files/sequential_file.h"
#include "runtime/sort/sorter.h"

namespace cobrt {

// A file of a USING or GIVING phrase: the FD's file, the name its OPEN resolves and its record
// area.
struct SortIoFile {
  SequentialFile* file = nullptr;
  std::string_view assign_name;
  std::span<char> area;
  // USING a file with RECORD VARYING DEPENDING ON: stores each record's length in the item, as
  // READ does.
  std::function<void(std::size_t)> store_length = nullptr;
  // GIVING such a file: the length of each record written, as WRITE takes it from the item.
  std::function<std::size_t()> write_length = nullptr;
};

class SortFile {
 public:
  // `assign_name` as libcob's messages name the SD.
  SortFile(std::string_view select_name, std::string_view assign_name, std::span<char> area,
           const FileContext& context = ProcessFileContext());

  // The statement begins (cob_file_sort_init): SORT-RETURN becomes 0.
  void Begin(std::vector<SortKey> keys, int& sort_return,
             std::size_t memory_budget = kDefaultSortMemoryBudget);
  // The statement ends (cob_file_sort_close): records not returned are dropped.
  void End();

  void Using(const SortIoFile& input);
  void Giving(std::initializer_list<SortIoFile> outputs);

  // RELEASE of the record area.
  void Release();
  // RETURN into the record area: false at the end (AT END), the area unchanged.
  auto Return() -> bool;

  auto active() const -> bool { return sorter_.has_value(); }

 private:
  // libcob's end of the run for a status nothing handles.
  void Fail(FileStatus status);
  void NoteFailure();

  std::string select_name_;
  std::string assign_name_;
  std::span<char> area_;
  FileContext context_;
  std::optional<Sorter> sorter_;
  int* sort_return_ = nullptr;
};

}  // namespace cobrt

#endif  // COBRT_SORT_SORT_FILE_H_
