#include "lint/rule.h"

namespace rclint::lint {

Finding Reporter::report_at(Location where, std::string message) {
  return report_with(severity_, std::move(where), std::move(message));
}

Finding Reporter::report_with(Severity severity, Location where, std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule_);
  diagnostic.severity = severity;
  diagnostic.where = std::move(where);
  diagnostic.message = std::move(message);
  if (!context_.empty()) diagnostic.contexts.push_back(context_);
  out_.push_back(std::move(diagnostic));
  return Finding(out_.back());
}

}  // namespace rclint::lint
