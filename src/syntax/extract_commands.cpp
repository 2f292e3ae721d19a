#include <algorithm>
#include <iterator>

#include "syntax/extractor.h"

namespace rclint::syntax::detail {

void Extractor::command_into(TSNode node, Block& out, bool stdout_redirected,
                             bool stderr_silenced) {
  Command command;
  command.stdout_redirected = stdout_redirected;
  for (const Child& c : children_of(node)) {
    TSNode child = c.node;
    const char* field = c.field;
    if (type_is(child, "variable_assignment")) {
      Assignment prefix = assignment_from(child);
      prefix.is_command_prefix = true;
      command.prefix_assignments.push_back(std::move(prefix));
    } else if (type_is(child, "command_name")) {
      command.words.push_back(word(child));
    } else if (field != nullptr && std::strcmp(field, "redirect") == 0) {
      if (redirects_stdout(child)) command.stdout_redirected = true;
      if (silences_stderr(child)) stderr_silenced = true;
    } else if (ts_node_is_named(child) && !type_is(child, "comment")) {
      command.words.push_back(word(child));
    } else if (!ts_node_is_named(child) && !command.words.empty() &&
               (type_is(child, "=~") || type_is(child, "=="))) {
      command.words.push_back(word(child));
    }
  }
  Statement statement{range_of(node), {}};
  // tree-sitter-bash (issue #228) reads `A=1 B=2` on a line of its own as prefix assignments
  // of the command on a following line: they are assignments of their own, and that command
  // has no prefix (`export C=3` there is even a declaration).
  bool split_line = false;
  if (!command.prefix_assignments.empty() && !command.words.empty()) {
    uint32_t last_end = command.prefix_assignments.back().value.range.end;
    last_end = std::max(last_end, command.prefix_assignments.back().name_range.end);
    uint32_t name_begin = command.words[0].range.begin;
    split_line = name_begin > last_end &&
                 text_.substr(last_end, name_begin - last_end).find('\n') != std::string_view::npos;
  }
  if (split_line) {
    for (Assignment& assignment : command.prefix_assignments) {
      assignment.is_command_prefix = false;
      out.push_back(Statement{range_of(node), std::move(assignment)});
    }
    command.prefix_assignments.clear();
    std::string first = command.words[0].is_literal() ? command.words[0].literal() : "";
    if (first == "export" || first == "declare" || first == "typeset" || first == "local" ||
        first == "readonly") {
      declaration_words(first, command.words, 1, out, range_of(node));
      return;
    }
  }
  if (command.words.empty()) {
    // Only assignments: `A=1 B=2` on a line of their own are plain assignments.
    for (Assignment& assignment : command.prefix_assignments) {
      assignment.is_command_prefix = false;
      out.push_back(Statement{range_of(node), std::move(assignment)});
    }
    return;
  }
  std::string name = command.words[0].is_literal() ? command.words[0].literal() : std::string();
  // tree-sitter-bash reads a stray `fi`, `done` or `}` as a command name; every
  // shell's grammar rejects a reserved word there (bash -n: "syntax error near
  // unexpected token `fi'"; zsh -n: "parse error near `}'").
  static constexpr std::string_view kClosers[] = {"then", "else", "elif", "fi",
                                                  "do",   "done", "esac", "}"};
  if (command.words[0].raw == name &&
      std::find(std::begin(kClosers), std::end(kClosers), name) != std::end(kClosers)) {
    out_.errors.push_back({command.words[0].range, fmt::format("unexpected `{}`", name)});
    return;
  }
  if (name == "source" || name == ".") {
    Source source;
    source.command = name;
    source.args.assign(command.words.begin() + 1, command.words.end());
    source.stderr_silenced = stderr_silenced;
    statement.node = std::move(source);
  } else if (name == "eval") {
    Eval eval;
    eval.args.assign(command.words.begin() + 1, command.words.end());
    statement.node = std::move(eval);
  } else if (name == "return" || name == "exit") {
    Return ret;
    ret.exit = name == "exit";
    ret.args.assign(command.words.begin() + 1, command.words.end());
    statement.node = std::move(ret);
  } else if (name == "[" || name == "test") {
    Test test;
    test.tokens.assign(command.words.begin() + 1, command.words.end());
    if (name == "[" && !test.tokens.empty() && test.tokens.back().raw == "]") {
      test.tokens.pop_back();
    }
    statement.node = std::move(test);
  } else if (name == "integer" || name == "float") {
    declaration_words(name, command.words, 1, out, range_of(node));
    return;
  } else {
    statement.node = std::move(command);
  }
  out.push_back(std::move(statement));
}

// `> file`, `>/dev/null`, `&> x`, `>> log`: stdout no longer reaches the
// terminal. `2>&1`, `2>/dev/null` and `>&2` leave… well, `>&2` moves stdout to
// stderr, which is fine for scp too, so it counts as redirected.
bool Extractor::redirects_stdout(TSNode redirect) const {
  if (type_is(redirect, "heredoc_redirect")) {
    // `cat <<EOF >/dev/null`: tree-sitter-bash nests the redirections after `<<EOF` in it.
    for (uint32_t i = 0; i < ts_node_named_child_count(redirect); ++i) {
      if (redirects_stdout(ts_node_named_child(redirect, i))) return true;
    }
    return false;
  }
  if (!type_is(redirect, "file_redirect")) return false;
  TSNode descriptor = ts_node_child_by_field_name(redirect, "descriptor", 10);
  std::string_view fd = ts_node_is_null(descriptor) ? "" : text(descriptor);
  std::string_view whole = text(redirect);
  if (!fd.empty() && fd != "1") return false;
  return whole.find('>') != std::string_view::npos;
}

bool Extractor::silences_stderr(TSNode redirect) const {
  if (!type_is(redirect, "file_redirect")) return false;
  TSNode descriptor = ts_node_child_by_field_name(redirect, "descriptor", 10);
  std::string_view fd = ts_node_is_null(descriptor) ? "" : text(descriptor);
  std::string_view whole = text(redirect);
  bool to_null = whole.ends_with("/dev/null");
  return to_null && (fd == "2" || whole.starts_with("&>"));
}

void Extractor::redirected_into(TSNode node, Block& out, int depth) {
  bool stdout_away = false;
  bool stderr_silenced = false;
  for (const Child& c : children_of(node)) {
    if (c.field == nullptr || std::strcmp(c.field, "redirect") != 0) continue;
    if (redirects_stdout(c.node)) stdout_away = true;
    if (silences_stderr(c.node)) stderr_silenced = true;
  }
  TSNode body = ts_node_child_by_field_name(node, "body", 4);
  if (ts_node_is_null(body)) return;
  if (type_is(body, "command")) {
    command_into(body, out, stdout_away, stderr_silenced);
    return;
  }
  Group group;
  group.stdout_redirected = stdout_away;
  statement_into(body, group.body, depth + 1);
  out.push_back(Statement{range_of(node), std::move(group)});
}

Assignment Extractor::assignment_from(TSNode node) const {
  Assignment assignment;
  TSNode name = ts_node_child_by_field_name(node, "name", 4);
  TSNode value = ts_node_child_by_field_name(node, "value", 5);
  if (!ts_node_is_null(name)) {
    if (type_is(name, "subscript")) {
      TSNode base = ts_node_child_by_field_name(name, "name", 4);
      TSNode index = ts_node_child_by_field_name(name, "index", 5);
      assignment.name = std::string(text(ts_node_is_null(base) ? name : base));
      if (!ts_node_is_null(index)) assignment.subscript = std::string(text(index));
    } else {
      assignment.name = std::string(text(name));
    }
    assignment.name_range = range_of(ts_node_is_null(name) ? node : name);
  }
  uint32_t value_begin =
      ts_node_is_null(value) ? ts_node_end_byte(node) : ts_node_start_byte(value);
  uint32_t name_end = ts_node_is_null(name) ? ts_node_start_byte(node) : ts_node_end_byte(name);
  std::string_view between = text_.substr(name_end, value_begin - name_end);
  assignment.append = between.find("+=") != std::string_view::npos;
  assignment.has_value = true;
  if (ts_node_is_null(value)) {
    assignment.value = make_word("", ts_node_end_byte(node), dialect_);
    return assignment;
  }
  if (type_is(value, "array")) {
    assignment.is_array = true;
    for (const Child& c : children_of(value, true)) {
      TSNode element = c.node;
      if (type_is(element, "comment")) continue;
      assignment.elements.push_back(word(element, WordPlace::AssignmentValue));
    }
    return assignment;
  }
  // The value runs to the end of the assignment node: tree-sitter may split a
  // value like `a"b"$c` into several children, but the shell reads it as one
  // word.
  assignment.value = make_word(text_.substr(value_begin, ts_node_end_byte(node) - value_begin),
                               value_begin, dialect_, WordPlace::AssignmentValue);
  return assignment;
}

void Extractor::declaration_into(TSNode node, Block& out) {
  std::string builtin;
  std::vector<Word> words;
  std::vector<TSNode> assignment_nodes;
  for (const Child& c : children_of(node)) {
    TSNode child = c.node;
    if (!ts_node_is_named(child)) {
      if (builtin.empty()) builtin = ts_node_type(child);
      continue;
    }
    if (type_is(child, "comment")) continue;
    words.push_back(word(child, type_is(child, "variable_assignment") ? WordPlace::AssignmentValue
                                                                      : WordPlace::Argument));
    assignment_nodes.push_back(child);
  }
  std::string flags_on;
  std::string flags_off;
  for (size_t i = 0; i < words.size(); ++i) {
    TSNode child = assignment_nodes[i];
    std::string_view raw = words[i].raw;
    if (!type_is(child, "variable_assignment") && (raw.starts_with("-") || raw.starts_with("+")) &&
        raw.size() > 1) {
      (raw[0] == '-' ? flags_on : flags_off) += std::string(raw.substr(1));
      continue;
    }
    Assignment assignment;
    if (type_is(child, "variable_assignment")) {
      assignment = assignment_from(child);
    } else {
      assignment.name = std::string(raw);
      assignment.name_range = words[i].range;
    }
    assignment.builtin = builtin;
    assignment.flags_on = flags_on;
    assignment.flags_off = flags_off;
    if (builtin == "export" && flags_on.find('n') != std::string::npos) {
      assignment.flags_off += 'x';  // bash `export -n NAME`: keep the value, drop the export
    }
    out.push_back(Statement{range_of(node), std::move(assignment)});
  }
}

// zsh `integer`/`float` arrive as plain commands: read their words as
// declarations.
void Extractor::declaration_words(const std::string& builtin, const std::vector<Word>& words,
                                  size_t from, Block& out, Range range) {
  std::string flags_on;
  for (size_t i = from; i < words.size(); ++i) {
    std::string_view raw = words[i].raw;
    if (raw.starts_with("-")) {
      flags_on += std::string(raw.substr(1));
      continue;
    }
    Assignment assignment;
    assignment.builtin = builtin;
    assignment.flags_on = flags_on;
    size_t equals = raw.find('=');
    assignment.name = std::string(raw.substr(0, equals));
    assignment.name_range = {words[i].range.begin,
                             words[i].range.begin + static_cast<uint32_t>(assignment.name.size())};
    if (equals != std::string_view::npos) {
      assignment.has_value = true;
      uint32_t base = words[i].range.begin + static_cast<uint32_t>(equals) + 1;
      assignment.value =
          make_word(raw.substr(equals + 1), base, dialect_, WordPlace::AssignmentValue);
    }
    out.push_back(Statement{range, std::move(assignment)});
  }
}

void Extractor::unset_into(TSNode node, Block& out) {
  Unset unset;
  for (const Child& c : children_of(node, true)) {
    std::string_view raw = text(c.node);
    if (raw == "-f") {
      unset.functions = true;
    } else if (raw == "-v") {
      continue;
    } else {
      unset.names.emplace_back(raw);
    }
  }
  out.push_back(Statement{range_of(node), std::move(unset)});
}

Test Extractor::test_from(TSNode node) const {
  Test test;
  std::string_view whole = text(node);
  uint32_t base = ts_node_start_byte(node);
  size_t open = whole.starts_with("[[") ? 2 : whole.starts_with("[") ? 1 : 0;
  test.double_bracket = open == 2;
  size_t close = whole.size();
  if (test.double_bracket && whole.ends_with("]]")) {
    close -= 2;
  } else if (open == 1 && whole.ends_with("]")) {
    close -= 1;
  }
  if (close < open) close = open;
  test.tokens =
      split_words(whole.substr(open, close - open), base + static_cast<uint32_t>(open), dialect_);
  return test;
}

}  // namespace rclint::syntax::detail
