#include "startup/condition.h"

#include <algorithm>

#include "base/text.h"

namespace rclint::startup {

using syntax::Word;

Truth negate(Truth truth) {
  if (truth == Truth::Unknown) return truth;
  return truth == Truth::True ? Truth::False : Truth::True;
}

void seed_shell_parameters(const Context& context, StaticEnv& env) {
  // `$-` holds the option letters; only whether it contains `i` decides startup guards, so
  // the modelled value carries just that (plus `h`/`B`/`m` that every bash shows, for
  // patterns like *himBH*: those stay honest because they are rare and then compare unequal).
  std::string flags = context.is_interactive() ? "i" : "";
  if (context.shell == Shell::Zsh && context.is_login()) flags += "l";  // zsh shows login too
  env.set("-", flags);
  if (context.is_interactive()) {
    // bash and zsh set PS1 in interactive shells; Debian's /etc/profile and /etc/bash.bashrc
    // test it to tell interactive shells apart.
    env.set("PS1", std::nullopt);
  } else {
    env.unset("PS1");
  }
  // Variables the shells set themselves: host-dependent ones are set but not known.
  auto host_fact = [&](const char* name) {
    if (!env.is_set(name)) env.set(name, std::nullopt);
  };
  if (context.shell != Shell::Sh) {
    // SHLVL: one more than inherited (1 when absent), exported.
    auto shlvl = env.get("SHLVL");
    bool numeric = shlvl && !shlvl->empty() && shlvl->size() < 9 &&
                   shlvl->find_first_not_of("0123456789") == std::string::npos;
    env.set("SHLVL", std::to_string(numeric ? std::stoi(*shlvl) + 1 : 1));
    env.find("SHLVL")->exported = true;
  }
  switch (context.shell) {
    case Shell::Zsh:
      for (const char* name : {"HOST", "CPUTYPE", "MACHTYPE", "VENDOR"}) host_fact(name);
      // zsh always sets PS1 (empty when not interactive) and exports OLDPWD (the start dir).
      if (!context.is_interactive()) env.set("PS1", std::string());
      if (!env.is_set("OLDPWD")) {
        env.set("OLDPWD", env.get("HOME"));
        env.find("OLDPWD")->exported = true;
      }
      if (!env.is_set("HISTSIZE")) env.set("HISTSIZE", std::string("30"));
      if (!env.is_set("SAVEHIST")) env.set("SAVEHIST", std::string("0"));
      if (!env.is_set("MANPATH")) env.set("MANPATH", std::string());
      env.set("ZSH_VERSION", std::nullopt);
      env.unset("BASH_VERSION");
      env.set("ZSH_NAME", std::string("zsh"));
      break;
    case Shell::Bash:
      for (const char* name : {"HOSTNAME", "HOSTTYPE", "MACHTYPE", "SHELL"}) host_fact(name);
      env.set("BASH_VERSION", std::nullopt);
      // bash started by name through PATH sets $BASH to the binary it found; Debian's
      // /etc/profile compares it with /bin/sh.
      env.set("BASH",
              std::string(context.platform == Platform::Macos ? "/bin/bash" : "/usr/bin/bash"));
      env.unset("ZSH_VERSION");
      break;
    case Shell::Sh:
      env.unset("BASH_VERSION");
      env.unset("ZSH_VERSION");
      env.unset("BASH");
      break;
  }
  if (context.shell != Shell::Sh) {
    env.set("OSTYPE",
            std::string(context.platform == Platform::Macos ? "darwin23.0" : "linux-gnu"));
  }
}

namespace {

struct Operand {
  bool known = false;
  std::string value;
  bool is_set = true;  // false for an unset parameter (only meaningful for -z/-n)
};

Operand operand(const Word& word, const ConditionScope& scope) {
  Operand result;
  std::string why;
  // `$PS1` is "set to something unknown" in interactive shells: non-empty for -n/-z purposes.
  if (word.parts.size() == 1 && word.parts[0].kind == syntax::PartKind::Parameter &&
      word.parts[0].op.empty() && word.parts[0].zsh_flags.empty()) {
    const std::string& name = word.parts[0].text;
    if (scope.values.env->is_set(name) && !scope.values.env->is_known(name)) {
      result.is_set = true;
      result.known = false;
      return result;
    }
  }
  auto value = evaluate_parts(word.parts, scope.values, &why);
  if (value) {
    result.known = true;
    result.value = *value;
  }
  return result;
}

// -z/-n on a parameter that is set to an unknown value: $PS1, $ZSH_VERSION, $BASH_VERSION are
// non-empty whenever they are set.
Truth emptiness(const Word& word, const ConditionScope& scope, bool want_empty) {
  Operand op = operand(word, scope);
  if (op.known) return (op.value.empty() == want_empty) ? Truth::True : Truth::False;
  const auto& part = word.parts.size() == 1 ? word.parts[0] : syntax::WordPart{};
  bool plain = part.op.empty() || part.op == "-" || part.op == ":-";  // ${PS1-} is $PS1 when set
  if (word.parts.size() == 1 && part.kind == syntax::PartKind::Parameter && plain) {
    const std::string& name = part.text;
    if ((name == "PS1" || name == "ZSH_VERSION" || name == "BASH_VERSION" || name == "BASH") &&
        scope.values.env->is_set(name)) {
      return want_empty ? Truth::False : Truth::True;
    }
  }
  return Truth::Unknown;
}

// A path with unknown parts (`~/.zkbd/${TERM}-${VENDOR}`) names no file when nothing on the
// disk can be it (path_candidates).
Truth partly_known_file_test(const Word& word, const ConditionScope& scope) {
  Value value = evaluate_value(word.parts, scope.values);
  EvalScope looking = scope.values;
  looking.may_stat = scope.may_stat;
  looking.may_stat_data = scope.may_stat_data;
  std::optional<std::vector<std::string>> candidates = path_candidates(value, looking);
  return candidates && candidates->empty() ? Truth::False : Truth::Unknown;
}

Truth file_test(std::string_view op, const Word& word, const ConditionScope& scope) {
  Operand path = operand(word, scope);
  if (!path.known) return partly_known_file_test(word, scope);
  if (path.value.empty() || path.value[0] != '/' || scope.values.fs == nullptr) {
    return Truth::Unknown;
  }
  if (scope.may_stat != nullptr && !scope.may_stat(path.value, scope.may_stat_data)) {
    return Truth::Unknown;
  }
  source::FileStatus status = scope.values.fs->status(path.value);
  bool result = false;
  if (op == "-e" || op == "-a") result = status.exists();
  if (op == "-f") result = status.type == source::FileType::Regular;
  if (op == "-d") result = status.type == source::FileType::Directory;
  if (op == "-r") result = status.exists() && status.readable;
  if (op == "-s") result = status.exists() && status.size > 0;
  if (op == "-x")
    result = status.exists() && (status.executable || status.type == source::FileType::Directory);
  if (op == "-h" || op == "-L") {
    result = scope.values.fs->link_status(path.value).type == source::FileType::Symlink;
  }
  return result ? Truth::True : Truth::False;
}

// `$-` is modelled as its `i` and zsh's `l` only: a pattern asking for other letters
// (`*himBH*`) cannot be decided.
bool dash_letters_known(const Word& subject, const std::string& pattern) {
  if (subject.raw.find("$-") == std::string_view::npos) return true;
  return std::all_of(pattern.begin(), pattern.end(),
                     [](char c) { return c == '*' || c == 'i' || c == 'l'; });
}

Truth compare(const Word& left, std::string_view op, const Word& right, bool pattern,
              const ConditionScope& scope) {
  Operand a = operand(left, scope);
  if (!a.known) return Truth::Unknown;
  if (pattern) {
    // The right side of == in [[ ]] is a pattern: evaluate its parts, keeping glob characters.
    std::string pat;
    for (const auto& part : right.parts) {
      if (part.kind == syntax::PartKind::Glob) {
        pat += part.text;
        continue;
      }
      std::string why;
      auto value = evaluate_parts({part}, scope.values, &why);
      if (!value) return Truth::Unknown;
      pat += *value;
    }
    if (!dash_letters_known(left, pat)) return Truth::Unknown;
    bool match = glob_match(pat, a.value);
    return (match == (op != "!=")) ? Truth::True : Truth::False;
  }
  Operand b = operand(right, scope);
  if (!b.known) return Truth::Unknown;
  bool equal = a.value == b.value;
  return (equal == (op != "!=")) ? Truth::True : Truth::False;
}

// `[ "$(id -u)" -eq 0 ]`: integers only; anything else (arithmetic, unknown) is Unknown.
Truth compare_numbers(const Word& left, std::string_view op, const Word& right,
                      const ConditionScope& scope) {
  Operand a = operand(left, scope);
  Operand b = operand(right, scope);
  auto number = [](const Operand& o) -> std::optional<long long> {
    std::string text(text::trim(o.value));
    if (!o.known || text.empty() || text.size() > 18) return std::nullopt;
    size_t start = text[0] == '-' ? 1 : 0;
    if (start == text.size() || text.find_first_not_of("0123456789", start) != std::string::npos)
      return std::nullopt;
    return std::stoll(text);
  };
  auto x = number(a);
  auto y = number(b);
  if (!x || !y) return Truth::Unknown;
  bool result = op == "-eq"   ? *x == *y
                : op == "-ne" ? *x != *y
                : op == "-lt" ? *x < *y
                : op == "-le" ? *x <= *y
                : op == "-gt" ? *x > *y
                              : *x >= *y;
  return result ? Truth::True : Truth::False;
}

Truth test_tokens(const std::vector<Word>& tokens, bool double_bracket,
                  const ConditionScope& scope) {
  std::vector<std::string_view> raw;
  for (const Word& token : tokens) raw.push_back(token.raw);
  // `( … )` groups: a whole expression in parentheses is its inside; joiners split only
  // outside them.
  auto depth_before = [&](size_t end) {
    int depth = 0;
    for (size_t k = 0; k < end; ++k) {
      if (raw[k] == "(" || raw[k] == "\\(") ++depth;
      if (raw[k] == ")" || raw[k] == "\\)") --depth;
    }
    return depth;
  };
  if (raw.size() >= 2 && (raw.front() == "(" || raw.front() == "\\(") &&
      (raw.back() == ")" || raw.back() == "\\)") && depth_before(raw.size() - 1) == 1) {
    bool closes_last = true;
    for (size_t k = 1; k + 1 < raw.size(); ++k) {
      if (depth_before(k + 1) == 0) closes_last = false;
    }
    if (closes_last) {
      std::vector<Word> inside(tokens.begin() + 1, tokens.end() - 1);
      return test_tokens(inside, double_bracket, scope);
    }
  }
  for (std::string_view joiner : {"||", "&&", "-o", "-a"}) {
    if (!double_bracket && (joiner == "||" || joiner == "&&")) continue;
    if (double_bracket && (joiner == "-o" || joiner == "-a")) continue;
    for (size_t i = 1; i + 1 < raw.size(); ++i) {
      if (raw[i] != joiner || depth_before(i) != 0) continue;
      std::vector<Word> left(tokens.begin(), tokens.begin() + static_cast<long>(i));
      std::vector<Word> right(tokens.begin() + static_cast<long>(i) + 1, tokens.end());
      Truth a = test_tokens(left, double_bracket, scope);
      Truth b = test_tokens(right, double_bracket, scope);
      bool is_or = joiner == "||" || joiner == "-o";
      if (is_or) {
        if (a == Truth::True || b == Truth::True) return Truth::True;
        if (a == Truth::False && b == Truth::False) return Truth::False;
      } else {
        if (a == Truth::False || b == Truth::False) return Truth::False;
        if (a == Truth::True && b == Truth::True) return Truth::True;
      }
      return Truth::Unknown;
    }
  }
  // `!` binds tighter than && and ||: it applies to what is left once those are split.
  if (!raw.empty() && raw[0] == "!") {
    std::vector<Word> rest(tokens.begin() + 1, tokens.end());
    return negate(test_tokens(rest, double_bracket, scope));
  }
  if (raw.size() == 1) return emptiness(tokens[0], scope, false);
  if (raw.size() == 2) {
    std::string_view op = raw[0];
    if (op == "-z") return emptiness(tokens[1], scope, true);
    if (op == "-n") return emptiness(tokens[1], scope, false);
    if (op == "-o" && double_bracket && scope.context != nullptr) {
      // zsh option names ignore case and underscores; a leading "no" inverts.
      std::string option;
      for (char c : tokens[1].literal()) {
        if (c != '_') option += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      bool inverted = option.starts_with("no") && option != "notify";
      if (inverted) option = option.substr(2);
      Truth truth = Truth::Unknown;
      if (option == "interactive")
        truth = scope.context->is_interactive() ? Truth::True : Truth::False;
      if (option == "login") truth = scope.context->is_login() ? Truth::True : Truth::False;
      return inverted ? negate(truth) : truth;
    }
    if (op.size() == 2 && op[0] == '-') return file_test(op, tokens[1], scope);
    return Truth::Unknown;
  }
  if (raw.size() == 3) {
    std::string_view op = raw[1];
    if (op == "=" || op == "==" || op == "!=") {
      return compare(tokens[0], op, tokens[2], double_bracket, scope);
    }
    if (op == "-eq" || op == "-ne" || op == "-lt" || op == "-le" || op == "-gt" || op == "-ge") {
      return compare_numbers(tokens[0], op, tokens[2], scope);
    }
  }
  return Truth::Unknown;
}

// `command -v go`, `type go`, `hash go`, `which go`, `whence -p go`, `(( $+commands[go] ))`:
// decided by looking along PATH where rclint may look. Builtins and keywords stay Unknown.
Truth command_lookup(const syntax::Command& command, const ConditionScope& scope) {
  std::string_view name = command.name();
  std::vector<std::string> args;
  for (size_t i = 1; i < command.words.size(); ++i) {
    auto value = evaluate_parts(command.words[i].parts, scope.values, nullptr);
    if (!value) return Truth::Unknown;
    args.push_back(*value);
  }
  std::string target;
  bool path_only = name == "which";  // an external command: sees no functions
  if (name == "((" && args.size() == 1) {
    std::string expression(text::trim(args[0]));
    if (expression.starts_with("$+commands[") && expression.ends_with("]")) {
      target = expression.substr(11, expression.size() - 12);
      path_only = true;
    }
  } else if (name == "command" && args.size() == 2 && (args[0] == "-v" || args[0] == "-V")) {
    target = args[1];
  } else if ((name == "type" || name == "hash" || name == "which" || name == "whence") &&
             !args.empty()) {
    size_t i = 0;
    for (; i < args.size() && args[i].starts_with("-"); ++i) {
      if (args[i].find_first_of("pP") != std::string::npos) path_only = true;
    }
    if (i + 1 == args.size()) target = args[i];
  }
  if (target.empty() || target.find_first_of("$`*?[") != std::string::npos) {
    return Truth::Unknown;
  }
  static constexpr std::string_view kBuiltins[] = {
      "alias",  "autoload", "bg",     "bind",  "builtin", "cd",    "command", "compdef",
      "echo",   "emulate",  "eval",   "exec",  "export",  "fc",    "fg",      "jobs",
      "kill",   "let",      "local",  "print", "printf",  "pwd",   "read",    "set",
      "setopt", "shopt",    "source", "test",  "[",       "type",  "typeset", "ulimit",
      "umask",  "unalias",  "unset",  "wait",  "whence",  "zle",   "zstyle",  "true",
      "false",  ":",        "if",     "then",  "for",     "while", "case",    "function"};
  if (!path_only) {
    for (std::string_view builtin : kBuiltins) {
      if (target == builtin) return Truth::Unknown;
    }
    if (scope.values.is_function != nullptr &&
        scope.values.is_function(target, scope.values.may_stat_data)) {
      return Truth::True;
    }
  }
  switch (find_command(target, scope.values)) {
    case Found::Yes:
      return Truth::True;
    case Found::No:
      return Truth::False;
    default:
      return Truth::Unknown;
  }
}

Truth statement_truth(const syntax::Statement& statement, const ConditionScope& scope) {
  if (const auto* test = std::get_if<syntax::Test>(&statement.node)) {
    // dash has no `[[` ("not found", status 127), and its `[` rejects `==` (status 2).
    if (scope.context != nullptr && scope.context->shell == Shell::Sh &&
        (test->double_bracket ||
         std::any_of(test->tokens.begin(), test->tokens.end(),
                     [](const Word& token) { return token.raw == "=="; }))) {
      return Truth::False;
    }
    return test_tokens(test->tokens, test->double_bracket, scope);
  }
  if (const auto* command = std::get_if<syntax::Command>(&statement.node)) {
    std::string_view name = command->name();
    if (name == "true" || name == ":") return Truth::True;
    if (name == "false") return Truth::False;
    return command_lookup(*command, scope);
  }
  if (const auto* pipeline = std::get_if<syntax::Pipeline>(&statement.node)) {
    if (pipeline->stages.size() != 1) return Truth::Unknown;
    Truth inner = statement_truth(pipeline->stages[0], scope);
    return pipeline->negated ? negate(inner) : inner;
  }
  if (const auto* conditional = std::get_if<syntax::Conditional>(&statement.node)) {
    if (conditional->form == syntax::Conditional::Form::If) return Truth::Unknown;
    Truth left = decide(conditional->branches[0].condition, scope);
    if (conditional->form == syntax::Conditional::Form::And) {
      if (left == Truth::False) return Truth::False;
      Truth right = decide(conditional->branches[0].body, scope);
      return left == Truth::True ? right : (right == Truth::False ? Truth::False : Truth::Unknown);
    }
    if (left == Truth::True) return Truth::True;
    Truth right = decide(conditional->else_body, scope);
    return left == Truth::False ? right : (right == Truth::True ? Truth::True : Truth::Unknown);
  }
  return Truth::Unknown;
}

}  // namespace

Truth decide(const syntax::Block& condition, const ConditionScope& scope) {
  if (condition.empty()) return Truth::Unknown;
  return statement_truth(condition.back(), scope);
}

Truth case_matches(const Word& subject, const std::vector<Word>& patterns,
                   const ConditionScope& scope) {
  Operand value = operand(subject, scope);
  if (!value.known) return Truth::Unknown;
  for (const Word& pattern : patterns) {
    // extglob's @(…) !(…) +(…) *(…) ?(…) and zsh's extended patterns: not evaluated.
    for (std::string_view marker : {"@(", "!(", "+(", "*(", "?(", "^", "~", "#"}) {
      if (pattern.raw.find(marker) != std::string_view::npos) return Truth::Unknown;
    }
    std::string pat;
    bool known = true;
    for (const auto& part : pattern.parts) {
      if (part.kind == syntax::PartKind::Glob) {
        pat += part.text;
        continue;
      }
      std::string why;
      auto piece = evaluate_parts({part}, scope.values, &why);
      if (!piece) {
        known = false;
        break;
      }
      pat += *piece;
    }
    if (!known) return Truth::Unknown;
    if (!dash_letters_known(subject, pat)) return Truth::Unknown;
    if (glob_match(pat, value.value)) return Truth::True;
  }
  return Truth::False;
}

}  // namespace rclint::startup
