#include "lint/runner.h"

namespace rclint::lint {

std::vector<Diagnostic> run_rules(std::span<const Rule* const> rules,
                                  const std::vector<startup::LoadOrder>& orders,
                                  const source::SourceSet& sources, startup::StartupModel& model,
                                  const simulation::KnownCommands& known,
                                  const simulation::FileFacts* disk) {
  std::vector<Diagnostic> found;
  Orders all_orders(model, orders);
  for (const startup::LoadOrder& order : orders) {
    Context context{order, sources, model, all_orders, known, disk};
    for (const Rule* rule : rules) {
      if (rule->check == nullptr) continue;  // reported by another layer (bad-suppression)
      Reporter reporter(rule->name, rule->severity, order.context.name(), found);
      rule->check(context, reporter);
    }
  }
  return found;
}

}  // namespace rclint::lint
