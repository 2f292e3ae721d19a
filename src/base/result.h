#pragma once

#include <string>
#include <utility>
#include <variant>

#include "base/assert.h"

namespace rclint {

/// Why an operation produced nothing. `message` is complete and user-facing
/// ("cannot read ~/.zshrc: Permission denied").
struct Error {
  std::string message;
};

/// A value or an Error: the subset of C++23 std::expected that g++ 12 cannot give us.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit like std::expected
  Result(Error error) : state_(std::move(error)) {}  // NOLINT
  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & {
    RCLINT_ASSERT(has_value(), "value() on an error Result");
    return std::get<0>(state_);
  }
  const T& value() const& {
    RCLINT_ASSERT(has_value(), "value() on an error Result");
    return std::get<0>(state_);
  }
  T&& value() && {
    RCLINT_ASSERT(has_value(), "value() on an error Result");
    return std::get<0>(std::move(state_));
  }
  const Error& error() const {
    RCLINT_ASSERT(!has_value(), "error() on a successful Result");
    return std::get<1>(state_);
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace rclint
