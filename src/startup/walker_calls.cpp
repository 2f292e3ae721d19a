// The walk's function calls (see walker.h): shell functions with their positional parameters
// and `local` variables, zsh's autoloaded functions from $fpath, and function definitions.
#include "startup/walker.h"

namespace rclint::startup::detail {

Flow Walker::step_node(const syntax::Function& function, const Statement&) {
  if (function.name.empty()) return call(function.body, {});  // zsh `() { … }` runs at once
  functions_[function.name] = &function.body;
  return Flow::Normal;
}

// zsh's first call of an autoloaded function reads its file from $fpath and runs it as the
// body; a file that only defines the function defines it, and the call then runs that.
Flow Walker::autoload_call(const std::string& name, const syntax::Command& command) {
  const Variable* fpath = env_.find("FPATH");
  if (fpath == nullptr) return Flow::Normal;
  std::string file_path;
  for (const Value& entry : fpath->value.split(':')) {
    auto dir = entry.text();
    if (!dir) return Flow::Normal;  // an unknown directory may hold it: not followed
    if (dir->empty() || (*dir)[0] != '/') continue;
    std::string candidate = source::path::join(*dir, name);
    if (!may_read(candidate)) return Flow::Normal;
    if (fs_.status(candidate).type == source::FileType::Regular) {
      file_path = candidate;
      break;
    }
  }
  if (file_path.empty()) return Flow::Normal;
  const source::SourceFile* file = model_.sources().load(file_path);
  if (file == nullptr) return Flow::Normal;
  LoadedFile loaded;
  loaded.path = file_path;
  loaded.reason = fmt::format("autoloaded function {} (from $fpath)", name);
  loaded.file = file;
  loaded.parsed = &model_.parsed(*file, context_.dialect());
  loaded.conditional = is_conditional();
  loaded.depth = static_cast<int>(stack_.size());
  out_.files.push_back(loaded);
  autoloads_.erase(name);
  std::vector<Value> args;
  for (size_t i = 1; i < command.words.size(); ++i) {
    args.push_back(evaluate_value(command.words[i].parts, scope(current_path())));
  }
  stack_.push_back({file_path, std::nullopt, env_.revision(), out_.files.size() - 1});
  stack_.back().file = file;
  Flow flow = call(loaded.parsed->statements, args);
  stack_.pop_back();
  if (flow == Flow::Exit) return Flow::Exit;
  if (auto defined = functions_.find(name); defined != functions_.end()) {
    return call(*defined->second, args) == Flow::Exit ? Flow::Exit : Flow::Normal;
  }
  return Flow::Normal;
}

// Runs a function body with its positional parameters; `local` variables and $1… are
// restored when it returns.
Flow Walker::call(const Block& body, const std::vector<Value>& args) {
  if (call_depth_ >= kMaxCallDepth) return Flow::Normal;
  ++call_depth_;
  std::map<std::string, std::optional<Variable>> saved;
  for (size_t i = 1; i <= std::max<size_t>(args.size(), 9); ++i) {
    std::string n = std::to_string(i);
    const Variable* before = env_.find(n);
    saved[n] = before ? std::optional<Variable>(*before) : std::nullopt;
    if (i <= args.size()) {
      env_.assign(n, args[i - 1], origin());
    } else {
      env_.unset(n);
    }
  }
  // "$@" (and zsh's $argv): the arguments as words, when every one is known.
  std::vector<std::string> words;
  for (const Value& arg : args) {
    if (auto text = arg.text()) words.push_back(*text);
  }
  std::map<std::string, std::optional<Variable>> saved_lists;
  {
    const Variable* before = env_.find("#");
    saved_lists["#"] = before ? std::optional<Variable>(*before) : std::nullopt;
    env_.assign("#", Value::of(std::to_string(args.size())), origin());
  }
  for (const char* list : {"@", "argv"}) {
    const Variable* before = env_.find(list);
    saved_lists[list] = before ? std::optional<Variable>(*before) : std::nullopt;
    if (words.size() == args.size()) {
      env_.set_array(list, words);
    } else {
      env_.assign(list, Value::unknown("$@"), origin());
    }
  }
  locals_.emplace_back();
  Returns returns;
  returns_.push_back(&returns);
  const Statement* outer = statement_;
  // `greet >/dev/null`: what the body prints goes where the call's stdout goes.
  const auto* caller = outer != nullptr ? std::get_if<syntax::Command>(&outer->node) : nullptr;
  int captured = caller != nullptr && caller->stdout_redirected ? 1 : 0;
  stdout_captured_ += captured;
  Flow flow = walk(body);
  stdout_captured_ -= captured;
  statement_ = outer;
  returns_.pop_back();
  join_returns(returns, "the function may return early");
  for (const auto& [n, before] : locals_.back()) saved.emplace(n, before);
  for (auto& [n, before] : saved_lists) saved.emplace(n, std::move(before));
  locals_.pop_back();
  for (const auto& [n, before] : saved) {
    if (before) {
      env_.put(n, *before);
    } else {
      env_.unset(n);
    }
  }
  --call_depth_;
  return flow == Flow::Exit ? Flow::Exit : Flow::Normal;
}

}  // namespace rclint::startup::detail
