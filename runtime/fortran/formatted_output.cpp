#include "runtime/fortran/formatted_output.h"

#include <algorithm>
#include <utility>

namespace cobrt::fortran {

FormattedOutput::FormattedOutput(const Format& format) : walk_(format) {}

auto FormattedOutput::Next(bool finishing) -> const FormatItem* {
  while (error_.empty()) {
    const FormatWalk::Step step = walk_.Next(finishing);
    switch (step.kind) {
      case FormatWalk::StepKind::kData:
        return step.item;
      case FormatWalk::StepKind::kControl:
        Control(*step.item);
        break;
      case FormatWalk::StepKind::kNewRecord:
        EndRecord();
        break;
      case FormatWalk::StepKind::kStop:
        return nullptr;
      case FormatWalk::StepKind::kError:
        Fail(step.error);
        return nullptr;
    }
  }
  return nullptr;
}

// Positioning as libgfortran does it: X, TR, T and TL only record a pending move (`skips_`) and
// how many of the positions it passes are new to the record (`pending_`); the move is made when
// a literal or a data item is written, so that trailing moves write no blanks. Its arithmetic is
// kept as it is, quirks included: a T after an undischarged move counts from the pending
// blanks (1H[,T7,T3 writes the next item at column 6, not 3).
void FormattedOutput::Control(const FormatItem& item) {
  const int64_t used = used_;
  int64_t target = 0;
  switch (item.kind) {
    case EditKind::kLiteral:
      Put(item.text);
      return;
    case EditKind::kSkip:
    case EditKind::kTabRight:
      skips_ += item.width;
      pending_ = used + skips_ - 1 - max_position_ + 1;
      return;
    case EditKind::kTab:
      target = item.width - pending_ - 1;
      break;
    case EditKind::kTabLeft:
      if (used == 0) {
        pending_ -= item.width;
        skips_ = std::max<int64_t>(skips_ - item.width, 0);
      }
      target = used - item.width;
      break;
    case EditKind::kSlash:
      for (int32_t i = 0; i < item.repeat; ++i) EndRecord();
      return;
    case EditKind::kScale:
      scale_ = item.width;
      return;
    case EditKind::kSignDefault:
      sign_ = SignMode::kDefault;
      return;
    case EditKind::kSignPlus:
      sign_ = SignMode::kPlus;
      return;
    case EditKind::kSignSuppress:
      sign_ = SignMode::kSuppress;
      return;
    default:  // BN, BZ: input only.
      return;
  }
  // T and TL; the left tab limit is the start of the record.
  target = std::max<int64_t>(target, 0);
  skips_ += target - used;
  pending_ = std::max<int64_t>(pending_ + target - max_position_, 0);
}

// Makes the pending move: right over what the record holds (blanks where it is new), or back.
// libgfortran counts the move into the record's length even where its buffer refuses it (a move
// back past the start of the record or past its end): `used_` is that count, `cursor_` where
// the buffer really writes.
void FormattedOutput::Discharge() {
  if (skips_ > 0) {
    const size_t end = cursor_ + static_cast<size_t>(skips_);
    const size_t covered = pending_ > 0 && skips_ >= pending_ ? static_cast<size_t>(pending_) : 0;
    // Positions the record never held and the move does not blank: libgfortran leaves whatever
    // its buffer held there (bytes of earlier records); remint writes blanks.
    if (end - covered > record_.size()) unspecified_bytes_ = true;
    if (record_.size() < end) record_.resize(end, ' ');
    if (covered > 0) {
      std::fill(record_.begin() + static_cast<std::ptrdiff_t>(end - static_cast<size_t>(pending_)),
                record_.begin() + static_cast<std::ptrdiff_t>(end), ' ');
    }
    cursor_ = end;
    used_ += skips_;
    max_position_ = std::max(max_position_, used_);
  } else if (skips_ < 0) {
    const int64_t target = static_cast<int64_t>(cursor_) + skips_;
    if (target >= 0 && target <= static_cast<int64_t>(record_.size())) {
      cursor_ = static_cast<size_t>(target);
    }
    used_ += skips_;
  }
  skips_ = 0;
  pending_ = 0;
}

void FormattedOutput::Put(std::string_view text) {
  Discharge();
  if (record_.size() < cursor_ + text.size()) record_.resize(cursor_ + text.size(), ' ');
  record_.replace(cursor_, text.size(), text);
  cursor_ += text.size();
  used_ += static_cast<int64_t>(text.size());
  max_position_ = std::max(max_position_, used_);
}

void FormattedOutput::EndRecord() {
  records_.push_back(std::move(record_));
  record_.clear();
  cursor_ = 0;
  used_ = 0;
  skips_ = 0;
  pending_ = 0;
  max_position_ = 0;
}

void FormattedOutput::Fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
}

void FormattedOutput::Integer(int64_t value) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  switch (item->kind) {
    case EditKind::kInteger:
    case EditKind::kGeneral:
      Put(EditInteger(value, item->width, item->kind == EditKind::kInteger ? item->digits : -1,
                      sign_));
      return;
    default:
      Fail("an INTEGER item met a descriptor for another type");
  }
}

void FormattedOutput::RealOfKind(double value, bool single_precision) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  switch (item->kind) {
    case EditKind::kFixed:
      Put(EditFixed(value, item->width, item->digits, scale_, sign_));
      return;
    case EditKind::kExponent:
    case EditKind::kDouble:
      Put(EditExponent(value, item->width, item->digits, item->exponent, scale_,
                       item->kind == EditKind::kDouble ? 'D' : 'E', sign_));
      return;
    case EditKind::kGeneral:
      Put(EditGeneral(value, item->width, item->digits, item->exponent, scale_, sign_,
                      single_precision));
      return;
    default:
      Fail("a REAL item met a descriptor for another type");
  }
}

void FormattedOutput::Complex(double real, double imaginary) {
  Real(real);
  Real(imaginary);
}

void FormattedOutput::Complex(float real, float imaginary) {
  Real(real);
  Real(imaginary);
}

void FormattedOutput::Logical(bool value) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  if (item->kind != EditKind::kLogical && item->kind != EditKind::kGeneral) {
    Fail("a LOGICAL item met a descriptor for another type");
    return;
  }
  Put(EditLogical(value, item->width));
}

void FormattedOutput::Character(std::string_view value) {
  const FormatItem* item = Next(/*finishing=*/false);
  if (item == nullptr) return;
  if (item->kind != EditKind::kCharacter && item->kind != EditKind::kGeneral) {
    Fail("a CHARACTER item met a descriptor for another type");
    return;
  }
  Put(EditCharacter(value, item->width));
}

void FormattedOutput::Finish() {
  Next(true);
  EndRecord();
}

}  // namespace cobrt::fortran
