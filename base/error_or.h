// ErrorOr<T>: the result of an operation that can fail for reasons outside the program's control
// (I/O, bad input). Library boundaries return these instead of throwing; programmer errors are
// checked with assertions instead.
#ifndef REMINT_BASE_ERROR_OR_H_
#define REMINT_BASE_ERROR_OR_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace remint {

class Error {
 public:
  explicit Error(std::string message) : message_(std::move(message)) {}
  auto message() const -> const std::string& { return message_; }

 private:
  std::string message_;
};

template <typename T>
class [[nodiscard]] ErrorOr {
 public:
  // Implicit so that `return value;` and `return Error(...)` both read naturally.
  ErrorOr(T value) : storage_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  ErrorOr(Error error) : storage_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  auto ok() const -> bool { return std::holds_alternative<T>(storage_); }
  explicit operator bool() const { return ok(); }

  auto error() const -> const Error& {
    assert(!ok());
    return std::get<Error>(storage_);
  }
  auto operator*() -> T& {
    assert(ok());
    return std::get<T>(storage_);
  }
  auto operator*() const -> const T& {
    assert(ok());
    return std::get<T>(storage_);
  }
  auto operator->() -> T* { return &**this; }
  auto operator->() const -> const T* { return &**this; }

 private:
  std::variant<T, Error> storage_;
};

// For operations with no value to return.
struct Success {};

// Returns the error of `expression` (an ErrorOr) from the enclosing function, which must return
// an ErrorOr too; its value, if any, is dropped.
#define REMINT_TRY(expression)                                \
  do {                                                        \
    auto remint_try_result = (expression);                    \
    if (!remint_try_result) return remint_try_result.error(); \
  } while (false)

}  // namespace remint

#endif  // REMINT_BASE_ERROR_OR_H_
