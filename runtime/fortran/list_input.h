// List-directed input (READ(u,*); FORTRAN 77 §13.6) as libgfortran 12 reads it: values
// separated by blanks, a comma or a slash, ends of records counting as blanks; r*value repeats a
// value and r* gives r null values; a null value (",,") leaves its item as it was; a slash ends
// the READ, leaving the remaining items as they were. Character values are quoted (' or ",
// doubled inside, continued across records) or, without quotes, run to the next separator; a
// complex value is "(re, im)". After the last item the rest of the record is skipped.
//
//   cobrt::fortran::ListInput in(records);
//   in.Integer(n);
//   in.Real(x);
//   in.Finish();
#ifndef COBRT_FORTRAN_LIST_INPUT_H_
#define COBRT_FORTRAN_LIST_INPUT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "runtime/fortran/formatted_input.h"

namespace cobrt::fortran {

class ListInput : public RecordInput {
 public:
  explicit ListInput(RecordSource& records) : RecordInput(records) {}

  void Integer(int64_t& value);
  void Real(double& value);
  void Real(float& value);
  void Complex(double& real, double& imaginary);
  void Complex(float& real, float& imaginary);
  void Logical(bool& value);
  // A CHARACTER item of value.size() characters: a longer value is cut, a shorter one padded.
  void Character(std::string& value);
  void Finish();

 private:
  // The next value for an item: nullopt for a null value, after a slash, or on a failure.
  auto NextValue(bool complex_item = false) -> std::optional<std::string>;
  auto ReadToken(bool complex_item) -> std::optional<std::string>;
  auto SkipBlanksAcrossRecords() -> bool;
  void SkipSeparator();
  template <typename Number>
  auto ConvertReal(const std::string& text, Number& value) -> bool;
  template <typename Number>
  void ComplexOfKind(Number& real, Number& imaginary);

  int64_t repeats_left_ = 0;  // further uses of `repeated_` (r*value)
  std::optional<std::string> repeated_;
  bool slash_ = false;             // a slash ended the input
  bool comma_may_follow_ = false;  // the last value ended its record (see SkipSeparator)
  int32_t item_ = 0;               // items asked for so far, for messages
};

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_LIST_INPUT_H_
