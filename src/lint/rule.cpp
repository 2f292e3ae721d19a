#include "lint/rule.h"

#include <algorithm>

namespace rclint::lint {

Orders::Orders(startup::StartupModel& model, const std::vector<startup::LoadOrder>& given)
    : model_(model) {
  for (const startup::LoadOrder& order : given) given_[order.context.name()] = &order;
}

const startup::LoadOrder& Orders::of(const startup::Context& context) {
  std::string name = context.name();
  if (auto found = given_.find(name); found != given_.end()) return *found->second;
  auto& slot = computed_[name];
  if (!slot) slot = std::make_unique<startup::LoadOrder>(model_.order(context));
  return *slot;
}

const startup::LoadOrder& Orders::nested(const startup::LoadOrder& parent) {
  std::string name = parent.context.name();
  auto& slot = nested_[name];
  if (slot) return *slot;
  // A child inherits the exported variables; unknown values are left out (a child started
  // from them would only repeat what rclint cannot know). SHLVL counts the nesting.
  std::map<std::string, std::string> env;
  for (const auto& [variable, value] : parent.environment.variables()) {
    if (!value.exported || value.maybe_unset) continue;
    if (auto text = value.value.text()) env[variable] = *text;
  }
  // (Assigning a literal to the mapped string trips g++ 12's false -Wrestrict,
  // GCC bug 105329.)
  env.insert_or_assign("SHLVL", std::string(1, '2'));
  slot = std::make_unique<startup::LoadOrder>(model_.order(parent.context, env));
  return *slot;
}

bool Context::reaches_children(const startup::AssignmentStep& step) const {
  if (step.after && step.after->exported) return true;
  const startup::Variable* last = environment().find(step.name);
  return last != nullptr && last->exported && last->set_at.file == step.at.file &&
         last->set_at.offset == step.range.begin;
}

bool Context::is_user_file(const source::SourceFile* file) const {
  return file != nullptr && source::path::is_within(file->path(), sources.options().home);
}

bool Context::has_syntax_error(const startup::TracePoint& at, source::Range range) const {
  if (at.file_index >= order.files.size()) return false;
  const syntax::ParsedFile* parsed = order.files[at.file_index].parsed;
  if (parsed == nullptr || parsed->file != at.file) return false;
  return std::any_of(parsed->errors.begin(), parsed->errors.end(),
                     [&](const syntax::SyntaxError& error) {
                       return !error.analysis_limit && error.range.begin >= range.begin &&
                              error.range.begin <= range.end;
                     });
}

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
