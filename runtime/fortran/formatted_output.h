// A formatted WRITE or PRINT: the list items edited as a format directs, into records
// (FORTRAN 77 §12.9.5.2, §13.3-13.5), as libgfortran 12 lays them out:
//
//   cobrt::fortran::FormattedOutput out(format);   // a parsed Format, kept alive by the caller
//   out.Integer(42);
//   out.Real(3.14159);
//   out.Finish();                                  // the records: out.records()
//
// Format control runs through literals and positioning to each item's data edit descriptor; at
// the end of the format with items left it ends the record and reverts to the last group of the
// outermost list (or the start), the scale factor and sign mode kept. After the last item it
// goes on to the next data edit descriptor, a colon or the end, then ends the record. Positioning
// (nX, T, TL, TR) moves where the next character goes without writing blanks: a record ends at
// its last written character, and T or TL can overwrite.
#ifndef COBRT_FORTRAN_FORMATTED_OUTPUT_H_
#define COBRT_FORTRAN_FORMATTED_OUTPUT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/fortran/edit_output.h"
#include "runtime/fortran/format.h"
#include "runtime/fortran/format_walk.h"

namespace cobrt::fortran {

class FormattedOutput {
 public:
  explicit FormattedOutput(const Format& format);

  void Integer(int64_t value);
  void Real(double value) { RealOfKind(value, /*single_precision=*/false); }  // REAL(8)
  void Real(float value) { RealOfKind(value, /*single_precision=*/true); }    // REAL(4)
  // A COMPLEX item takes two edit descriptors, real part first.
  void Complex(double real, double imaginary);
  void Complex(float real, float imaginary);
  void Logical(bool value);
  void Character(std::string_view value);
  void Finish();

  auto records() const -> const std::vector<std::string>& { return records_; }
  auto records() -> std::vector<std::string>& { return records_; }
  // Set when an item met a descriptor of the wrong type, or the format has no data edit
  // descriptor for the items: libgfortran's runtime error, the record as far as written.
  auto error() const -> const std::string& { return error_; }
  // Set when a move right passed positions the record never held without blanking them (a T
  // back after an undischarged move, then forward): libgfortran leaves its buffer's earlier
  // bytes there, remint blanks.
  auto unspecified_bytes() const -> bool { return unspecified_bytes_; }

 private:
  // The data edit descriptor for the next item, after the control items before it; nullptr
  // when `finishing` and control reaches a data descriptor, a colon or the end.
  auto Next(bool finishing) -> const FormatItem*;
  void RealOfKind(double value, bool single_precision);
  void Control(const FormatItem& item);
  void Discharge();
  void Put(std::string_view text);
  void EndRecord();
  void Fail(std::string message);

  FormatWalk walk_;
  std::vector<std::string> records_;
  std::string record_;
  size_t cursor_ = 0;         // where the next character goes in record_
  int64_t used_ = 0;          // libgfortran's count of the record's bytes (see Discharge)
  int64_t skips_ = 0;         // a move not yet made, relative to cursor_
  int64_t pending_ = 0;       // how many positions at the end of that move are new: blanks
  int64_t max_position_ = 0;  // the furthest the record has been written
  int32_t scale_ = 0;
  SignMode sign_ = SignMode::kDefault;
  std::string error_;
  bool unspecified_bytes_ = false;
};

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_FORMATTED_OUTPUT_H_
