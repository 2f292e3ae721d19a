#include "startup/static_value.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "base/text.h"
#include "startup/command_model.h"
#include "syntax/word_lexer.h"

namespace rclint::startup {

using syntax::PartKind;
using syntax::WordPart;

void StaticEnv::set(const std::string& name, std::optional<std::string> value) {
  assign(name, value ? Value::of(std::move(*value)) : Value::unknown("$" + name), {});
}

void StaticEnv::assign(const std::string& name, Value value, const Origin& origin) {
  ++revision_;
  Variable& variable = vars_[name];
  variable.value = std::move(value);
  variable.maybe_unset = false;
  variable.set_at = origin;
  if (pending_exports_.erase(name) > 0) variable.exported = true;
  arrays_.erase(name);
}

std::optional<std::string> StaticEnv::get(const std::string& name) const {
  const Variable* variable = find(name);
  if (variable == nullptr || variable->maybe_unset) return std::nullopt;
  return variable->value.text();
}

void StaticEnv::set_array(const std::string& name, std::vector<std::string> elements) {
  ++revision_;
  std::string joined;
  for (const std::string& element : elements) joined += (joined.empty() ? "" : " ") + element;
  Variable& variable = vars_[name];
  variable.value = Value::of(joined);
  variable.maybe_unset = false;
  arrays_[name] = std::move(elements);
}

std::optional<std::vector<std::string>> StaticEnv::array(const std::string& name) const {
  if (std::string upper = tied_scalar(name); !upper.empty()) {
    auto text = get(upper);
    if (!text) return is_set(upper) ? std::nullopt : std::optional(std::vector<std::string>{});
    std::vector<std::string> elements;
    if (text->empty()) return elements;
    for (std::string_view element : text::split(*text, ':')) elements.emplace_back(element);
    return elements;
  }
  auto found = arrays_.find(name);
  if (found == arrays_.end()) return std::nullopt;
  return found->second;
}

std::string StaticEnv::tied_scalar(const std::string& name) const {
  auto found = ties_.find(name);
  return found == ties_.end() ? std::string() : found->second;
}

const Variable* StaticEnv::find(const std::string& name) const {
  auto found = vars_.find(name);
  return found == vars_.end() ? nullptr : &found->second;
}

Variable* StaticEnv::find(const std::string& name) {
  ++revision_;
  auto found = vars_.find(name);
  return found == vars_.end() ? nullptr : &found->second;
}

bool StaticEnv::is_known(const std::string& name) const {
  const Variable* variable = find(name);
  if (variable == nullptr) return taint_.empty();
  return !variable->maybe_unset && variable->value.exact();
}

void StaticEnv::merge(const StaticEnv& other, const std::string& why) {
  ++revision_;
  for (auto& [name, variable] : vars_) {
    const Variable* theirs = other.find(name);
    if (theirs == nullptr) {
      variable.maybe_unset = true;
      continue;
    }
    if (variable == *theirs) continue;
    variable.value = merge_values(variable.value, theirs->value, why);
    variable.maybe_unset = variable.maybe_unset || theirs->maybe_unset;
    variable.exported = variable.exported || theirs->exported;
    variable.readonly = variable.readonly && theirs->readonly;
    variable.unique = variable.unique || theirs->unique;
    if (variable.set_at.file == nullptr) variable.set_at = theirs->set_at;
  }
  for (const auto& [name, variable] : other.vars_) {
    if (vars_.contains(name)) continue;
    Variable copy = variable;
    copy.maybe_unset = true;
    vars_.emplace(name, std::move(copy));
  }
  pending_exports_.insert(other.pending_exports_.begin(), other.pending_exports_.end());
  if (taint_.empty()) taint_ = other.taint_;
  for (auto it = arrays_.begin(); it != arrays_.end();) {
    auto theirs = other.arrays_.find(it->first);
    if (theirs == other.arrays_.end() || theirs->second != it->second) {
      it = arrays_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace rclint::startup
