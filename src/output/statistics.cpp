#include "output/statistics.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "output/text.h"

namespace rclint::output {

std::string render_statistics(const std::vector<Diagnostic>& diagnostics,
                              const std::vector<RuleInfo>& rules, bool json) {
  struct Row {
    std::string rule;
    Severity severity = Severity::Warning;  // the worst of its findings
    size_t count = 0;
  };
  std::map<std::string, Row> by_rule;
  for (const Diagnostic& d : diagnostics) {
    Row& row = by_rule[d.rule];
    if (row.count == 0 || d.severity > row.severity) row.severity = d.severity;
    row.rule = d.rule;
    ++row.count;
  }
  std::vector<Row> rows;
  for (auto& [name, row] : by_rule) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.count > b.count; });
  if (json) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const Row& row : rows) {
      all.push_back(
          {{"rule", row.rule}, {"severity", to_string(row.severity)}, {"count", row.count}});
    }
    return all.dump(2) + "\n";
  }
  if (rows.empty()) return "";
  size_t width = 0;
  for (const Row& row : rows) width = std::max(width, row.rule.size());
  std::string out;
  for (const Row& row : rows) {
    auto info = std::find_if(rules.begin(), rules.end(),
                             [&](const RuleInfo& r) { return r.name == row.rule; });
    out += fmt::format("{:>5}  {:<7}  {:<{}}  {}\n", row.count, to_string(row.severity), row.rule,
                       width, info != rules.end() ? info->summary : "");
  }
  return out + findings_summary(diagnostics);
}

}  // namespace rclint::output
