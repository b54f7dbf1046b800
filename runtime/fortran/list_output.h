// List-directed output (PRINT *, WRITE(u,*); FORTRAN 77 §13.6), laid out as libgfortran 12 lays
// it out: the record begins with a blank; items are separated by one blank, except a character
// item after a character item; an integer takes the width of its kind's largest value (4, 6, 11
// or 20 characters for kinds 1, 2, 4 and 8), a real 1PG16.9E2 (REAL(4)) or 1PG25.17E3 (REAL(8)),
// a complex "(re,im)" right-justified in twice that plus 3, a logical T or F, a character item
// its characters. Records are not split.
//
//   cobrt::fortran::ListOutput out;
//   out.Character("TOTAL");
//   out.Real(3.5F);
//   out.Finish();   // out.records(): {" TOTAL   3.50000000    "}
#ifndef COBRT_FORTRAN_LIST_OUTPUT_H_
#define COBRT_FORTRAN_LIST_OUTPUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cobrt::fortran {

class ListOutput {
 public:
  // `kind` is the item's size in bytes: 1, 2, 4 or 8.
  void Integer(int64_t value, int32_t kind = 4);
  void Real(float value);
  void Real(double value);
  void Complex(float real, float imaginary);
  void Complex(double real, double imaginary);
  void Logical(bool value);
  void Character(std::string_view value);
  void Finish();

  auto records() const -> const std::vector<std::string>& { return records_; }
  auto records() -> std::vector<std::string>& { return records_; }

 private:
  void Item(std::string_view text, bool character);
  void ComplexItem(double real, double imaginary, bool single_precision);

  std::vector<std::string> records_;
  std::string record_;
  bool started_ = false;         // an item is in the record
  bool last_character_ = false;  // the last item was a character item
};

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_LIST_OUTPUT_H_
