// The walk's trace (trace.h): where the walk stands, each statement run, each assignment and
// each variable read, for the rules that reason about what happened before what.
#include "startup/walker.h"

namespace rclint::startup::detail {

namespace {

bool is_identifier(std::string_view name) {
  return !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
         });
}

}  // namespace

TracePoint Walker::trace_point() const {
  TracePoint at;
  at.sequence = 0;
  at.file = origin().file;
  if (!stack_.empty()) {
    at.top = stack_.front().file;
    at.file_index = stack_.back().file_index;
  }
  at.conditional = is_conditional();
  at.in_function = call_depth_ > 0;
  if (modelled_) at.modelled = modelled_->second;
  return at;
}

void Walker::trace_statement(const Statement& statement) {
  if (modelled_ || stack_.empty()) return;
  TracePoint at = trace_point();
  if (at.file == nullptr) return;
  at.sequence = sequence_++;
  out_.trace.statements.push_back({at, &statement, stdout_captured_ > 0});

  auto record = [&](const std::vector<syntax::WordPart>& parts, bool in_test, auto& self) -> void {
    for (const syntax::WordPart& part : parts) {
      if (part.kind != syntax::PartKind::Parameter) continue;
      self(part.argument, in_test, self);
      std::string name = env_.tied_scalar(part.text);
      if (name.empty()) name = part.text;
      if (!is_identifier(name)) continue;  // $1, $@, $-, $?: the shell's own
      VariableRead read;
      read.at = at;
      read.name = name;
      read.range = part.range;
      read.op = part.op;
      read.in_test = in_test;
      const Variable* variable = env_.find(name);
      if (variable == nullptr) {
        // Unknown code that ran earlier may have set it.
        read.state =
            env_.taint().empty() ? VariableRead::State::Unset : VariableRead::State::MaybeUnset;
      } else {
        read.state =
            variable->maybe_unset ? VariableRead::State::MaybeUnset : VariableRead::State::Set;
      }
      out_.trace.reads.push_back(std::move(read));
    }
  };
  auto words = [&](const std::vector<syntax::Word>& list, bool in_test) {
    for (const syntax::Word& word : list) record(word.parts, in_test, record);
  };
  auto assignment = [&](const syntax::Assignment& a) {
    record(a.value.parts, false, record);
    words(a.elements, false);
  };
  std::visit(
      [&](const auto& node) {
        using Node = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<Node, syntax::Assignment>) {
          assignment(node);
        } else if constexpr (std::is_same_v<Node, syntax::Command>) {
          for (const syntax::Assignment& prefix : node.prefix_assignments) assignment(prefix);
          words(node.words, false);
        } else if constexpr (std::is_same_v<Node, syntax::Source> ||
                             std::is_same_v<Node, syntax::Eval> ||
                             std::is_same_v<Node, syntax::Return>) {
          words(node.args, false);
        } else if constexpr (std::is_same_v<Node, syntax::Test>) {
          words(node.tokens, true);
        } else if constexpr (std::is_same_v<Node, syntax::Case>) {
          record(node.subject.parts, true, record);
        } else if constexpr (std::is_same_v<Node, syntax::Loop>) {
          words(node.items, false);
        }
      },
      statement.node);
}

void Walker::trace_assignment(const std::string& name, std::optional<Variable> before) {
  AssignmentStep step;
  step.at = trace_point();
  step.at.sequence = sequence_++;
  step.name = name;
  step.syntax = modelled_ ? nullptr : assignment_;
  if (statement_ != nullptr && !modelled_) step.range = statement_->range;
  if (modelled_) step.range = modelled_->first.range;
  step.before = std::move(before);
  if (const Variable* after = env_.find(name)) step.after = *after;
  out_.trace.assignments.push_back(std::move(step));
}

void Walker::trace_declaration(const syntax::Assignment& a, const std::string& name,
                               std::optional<Variable> before, size_t first_event) {
  bool recorded = false;
  for (size_t i = first_event; i < out_.trace.assignments.size(); ++i) {
    AssignmentStep& step = out_.trace.assignments[i];
    if (step.syntax != &a) continue;
    recorded = true;
    if (const Variable* now = env_.find(step.name)) step.after = *now;
  }
  if (recorded || !is_identifier(name)) return;
  const Variable* now = env_.find(name);
  if (now == nullptr && !before) return;
  if (now != nullptr && before && *now == *before && a.builtin.empty()) return;
  const syntax::Assignment* outer = assignment_;
  assignment_ = &a;
  trace_assignment(name, std::move(before));
  assignment_ = outer;
}

}  // namespace rclint::startup::detail
