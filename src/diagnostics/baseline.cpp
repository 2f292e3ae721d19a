#include "diagnostics/baseline.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace rclint::diagnostics {

Result<Baseline> parse_baseline(std::string_view json_text, std::string_view name) {
  nlohmann::json parsed = nlohmann::json::parse(json_text, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_array()) {
    return Error{
        fmt::format("--baseline {}: not the JSON array `rclint --format json` writes", name)};
  }
  Baseline baseline;
  size_t index = 0;
  for (const nlohmann::json& finding : parsed) {
    ++index;
    auto text = [&](const char* key) -> const std::string* {
      if (!finding.is_object()) return nullptr;
      auto it = finding.find(key);
      return it != finding.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
    };
    const std::string* rule = text("rule");
    const std::string* file = text("file");
    const std::string* message = text("message");
    if (rule == nullptr || file == nullptr || message == nullptr) {
      return Error{
          fmt::format("--baseline {}: finding {} has no rule, file or message", name, index)};
    }
    ++baseline.recorded[{*rule, *file, *message}];
  }
  return baseline;
}

std::vector<Diagnostic> without_baseline(std::vector<Diagnostic> diagnostics,
                                         const Baseline& baseline, size_t* hidden) {
  std::map<std::tuple<std::string, std::string, std::string>, int> left = baseline.recorded;
  std::vector<Diagnostic> kept;
  size_t dropped = 0;
  for (Diagnostic& d : diagnostics) {
    auto found = left.find({std::string(d.rule), d.where.file, d.message});
    if (found != left.end() && found->second > 0) {
      --found->second;
      ++dropped;
      continue;
    }
    kept.push_back(std::move(d));
  }
  if (hidden != nullptr) *hidden = dropped;
  return kept;
}

}  // namespace rclint::diagnostics
