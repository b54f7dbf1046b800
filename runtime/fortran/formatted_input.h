// A formatted READ: list items read from records as a format directs (FORTRAN 77 §12.9.5,
// §13.3-13.5), with libgfortran 12's conversions:
//
//   cobrt::fortran::FormattedInput in(format, records);   // records: a RecordSource
//   int64_t n; double x;
//   in.Integer(n);
//   in.Real(x);
//   in.Finish();
//   if (in.status() == InputStatus::kEndOfFile) ...        // END= branch
//
// Fields shorter than the record are padded with blanks (PAD='YES'); blanks inside numeric
// fields are ignored (BN, the default of formatted units) or read as zeros (BZ); a field of
// blanks is zero. Numbers are converted from their decimal digits exactly, a REAL(4) item
// straight to float (no double rounding), as libgfortran's strtof/strtod conversions do. A Fw.d
// field without a point has d implied decimals, and a scale factor divides a value without an
// exponent by 10^k.
#ifndef COBRT_FORTRAN_FORMATTED_INPUT_H_
#define COBRT_FORTRAN_FORMATTED_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/fortran/format.h"
#include "runtime/fortran/format_walk.h"

namespace cobrt::fortran {

// Where a READ's records come from: a unit's file, standard input, or an internal file.
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // The next record without its line end; nullopt at the end of the file.
  virtual auto NextRecord() -> std::optional<std::string> = 0;
};

// Records held in memory: an internal file (a CHARACTER variable or array) or a test's input.
class MemoryRecords : public RecordSource {
 public:
  explicit MemoryRecords(std::vector<std::string> records) : records_(std::move(records)) {}
  auto NextRecord() -> std::optional<std::string> override {
    if (next_ >= records_.size()) return std::nullopt;
    return records_[next_++];
  }

 private:
  std::vector<std::string> records_;
  size_t next_ = 0;
};

enum class InputStatus : uint8_t {
  kOk,
  kEndOfFile,  // a record was needed past the last: END=, IOSTAT < 0
  kError,      // a bad field or a format that does not fit the item: ERR=, IOSTAT > 0
};

// What formatted and list-directed READs share: the record being read, the position in it, and
// how the READ stands (END, ERR). The first failure is kept; later ones change nothing.
class RecordInput {
 public:
  auto status() const -> InputStatus { return status_; }
  auto message() const -> const std::string& { return message_; }

 protected:
  explicit RecordInput(RecordSource& records) : records_(records) {}
  // Moves to the next record; false (END) past the last.
  auto NextRecord() -> bool;
  void Fail(InputStatus status, std::string message);

  RecordSource& records_;
  std::string record_;
  bool have_record_ = false;
  size_t position_ = 0;
  InputStatus status_ = InputStatus::kOk;
  std::string message_;
};

class FormattedInput : public RecordInput {
 public:
  FormattedInput(const Format& format, RecordSource& records);

  // Each reads the next item; on a failure the item keeps its value and later calls do nothing.
  void Integer(int64_t& value);
  void Real(double& value) { RealOfKind(&value, nullptr); }
  void Real(float& value) { RealOfKind(nullptr, &value); }
  void Logical(bool& value);
  // A CHARACTER item of value.size() characters.
  void Character(std::string& value);
  // After the last item: the control items up to the next data descriptor, colon or end.
  void Finish();

 private:
  auto Next(bool finishing) -> const FormatItem*;
  void Control(const FormatItem& item);
  // The record's characters of the next `width` positions (fewer past its end), advancing the
  // position.
  auto Field(int32_t width) -> std::string;
  void RealOfKind(double* wide, float* narrow);

  FormatWalk walk_;
  int32_t scale_ = 0;
  bool blank_zero_ = false;
};

// A decimal text as ReadRealField makes it ("-12345e-2"), correctly rounded straight to REAL(4)
// or REAL(8) as strtof/strtod round it (past the largest value an infinity, below the smallest a
// zero, both signed).
auto DecimalToFloat(const std::string& text) -> float;
auto DecimalToDouble(const std::string& text) -> double;

// The conversions of one field: the record's characters of it, `padded` when the record ended
// inside the field. nullopt with `error` set when the field is not a number of the kind.
auto ReadIntegerField(std::string_view field, bool padded, bool blank_zero, std::string* error)
    -> std::optional<int64_t>;
// The decimal text ("-12345e-2") the field stands for under Fw.d and scale factor k.
auto ReadRealField(std::string_view field, bool padded, int32_t decimals, int32_t scale,
                   bool blank_zero, std::string* error) -> std::optional<std::string>;

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_FORMATTED_INPUT_H_
