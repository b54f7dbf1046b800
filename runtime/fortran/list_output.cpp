#include "runtime/fortran/list_output.h"

#include <algorithm>
#include <utility>

#include "runtime/fortran/edit_output.h"

namespace cobrt::fortran {
namespace {

auto Trimmed(const std::string& field) -> std::string_view {
  std::string_view text = field;
  text.remove_prefix(std::min(text.find_first_not_of(' '), text.size()));
  text.remove_suffix(text.size() - (text.find_last_not_of(' ') + 1));
  return text;
}

auto IntegerWidth(int32_t kind) -> int32_t {
  switch (kind) {
    case 1:
      return 4;
    case 2:
      return 6;
    case 8:
      return 20;
    default:
      return 11;
  }
}

}  // namespace

void ListOutput::Item(std::string_view text, bool character) {
  // The record's first blank, or the separator; none between two character items.
  if (!started_ || !(character && last_character_)) record_ += ' ';
  record_ += text;
  started_ = true;
  last_character_ = character;
}

void ListOutput::Integer(int64_t value, int32_t kind) {
  Item(EditInteger(value, IntegerWidth(kind), -1, SignMode::kDefault), false);
}

void ListOutput::Real(float value) { Item(EditListReal(value, true), false); }
void ListOutput::Real(double value) { Item(EditListReal(value, false), false); }

void ListOutput::ComplexItem(double real, double imaginary, bool single_precision) {
  const std::string text =
      "(" + std::string(Trimmed(EditListReal(real, single_precision, true))) + "," +
      std::string(Trimmed(EditListReal(imaginary, single_precision, true))) + ")";
  const size_t width = single_precision ? 2 * 16 + 3 : 2 * 25 + 3;
  Item(std::string(text.size() < width ? width - text.size() : 0, ' ') + text, false);
}

void ListOutput::Complex(float real, float imaginary) { ComplexItem(real, imaginary, true); }
void ListOutput::Complex(double real, double imaginary) { ComplexItem(real, imaginary, false); }

void ListOutput::Logical(bool value) { Item(value ? "T" : "F", false); }

void ListOutput::Character(std::string_view value) { Item(value, true); }

void ListOutput::Finish() {
  records_.push_back(std::move(record_));
  record_.clear();
  started_ = false;
  last_character_ = false;
}

}  // namespace cobrt::fortran
