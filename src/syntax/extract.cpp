#include "syntax/extract.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "syntax/word_lexer.h"

namespace rclint::syntax {

namespace {

// Deeper nesting than this is not a real startup file; stop before the C++ stack does.
constexpr int kMaxDepth = 400;

bool type_is(TSNode node, const char* type) { return std::strcmp(ts_node_type(node), type) == 0; }

Range range_of(TSNode node) { return {ts_node_start_byte(node), ts_node_end_byte(node)}; }

class Extractor {
 public:
  Extractor(std::string_view text, Dialect dialect, ParsedFile& out)
      : text_(text), dialect_(dialect), out_(out) {}

  void program(TSNode root) {
    collect_errors(root, 0);
    block_into(root, out_.statements, 0);
  }

 private:
  std::string_view text(TSNode node) const {
    uint32_t begin = std::min<uint32_t>(ts_node_start_byte(node), text_.size());
    uint32_t end = std::min<uint32_t>(ts_node_end_byte(node), text_.size());
    return text_.substr(begin, end - begin);
  }

  Word word(TSNode node, WordPlace place = WordPlace::Argument) const {
    return make_word(text(node), ts_node_start_byte(node), dialect_, place);
  }

  // Syntax errors: ERROR nodes and MISSING tokens, outermost only.
  void collect_errors(TSNode node, int depth) {
    if (ts_node_is_missing(node)) {
      // tree-sitter puts the missing token at the end of the file; the construct it belongs
      // to is what the user must fix, so point at its first token (`if`, `for`, `{`, `"`).
      TSNode parent = ts_node_parent(node);
      if (!ts_node_is_null(parent) && ts_node_child_count(parent) > 0) {
        TSNode opener = ts_node_child(parent, 0);
        out_.errors.push_back({range_of(opener), fmt::format("`{}` is never closed: missing `{}`",
                                                             text(opener).substr(0, 20),
                                                             ts_node_type(node))});
      } else {
        out_.errors.push_back({range_of(node), fmt::format("missing `{}`", ts_node_type(node))});
      }
      return;
    }
    if (ts_node_is_error(node)) {
      std::string_view bad = text(node);
      size_t newline = bad.find('\n');
      std::string shown(bad.substr(0, std::min<size_t>(newline, 40)));
      out_.errors.push_back({range_of(node), shown.empty() ? "syntax error"
                                                           : fmt::format("syntax error near `{}`",
                                                                         shown)});
      return;
    }
    if (!ts_node_has_error(node) || depth > kMaxDepth) return;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) collect_errors(ts_node_child(node, i), depth + 1);
  }

  void block_into(TSNode parent, Block& out, int depth) {
    uint32_t count = ts_node_named_child_count(parent);
    for (uint32_t i = 0; i < count; ++i) statement_into(ts_node_named_child(parent, i), out, depth);
  }

  // Children of `parent` between the keyword `from` (exclusive) and `to` (exclusive).
  void block_between(TSNode parent, const char* from, const char* to, Block& out, int depth) {
    bool inside = from == nullptr;
    uint32_t count = ts_node_child_count(parent);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(parent, i);
      if (!ts_node_is_named(child)) {
        if (from != nullptr && type_is(child, from)) inside = true;
        if (to != nullptr && type_is(child, to) && inside) return;
        continue;
      }
      if (inside) statement_into(child, out, depth);
    }
  }

  void statement_into(TSNode node, Block& out, int depth) {
    if (depth > kMaxDepth) {
      if (!deep_reported_) {
        out_.errors.push_back({range_of(node), "nesting too deep to analyze"});
        deep_reported_ = true;
      }
      return;
    }
    const char* type = ts_node_type(node);
    auto add = [&](auto value) {
      out.push_back(Statement{range_of(node), std::move(value)});
    };
    if (std::strcmp(type, "comment") == 0 || std::strcmp(type, "heredoc_body") == 0) return;
    if (ts_node_is_error(node)) {
      block_into(node, out, depth + 1);  // keep what the grammar still recognises inside
      return;
    }
    if (std::strcmp(type, "command") == 0) {
      command_into(node, out, false);
    } else if (std::strcmp(type, "declaration_command") == 0) {
      declaration_into(node, out);
    } else if (std::strcmp(type, "variable_assignment") == 0) {
      Assignment assignment = assignment_from(node);
      add(std::move(assignment));
    } else if (std::strcmp(type, "variable_assignments") == 0) {
      block_into(node, out, depth + 1);
    } else if (std::strcmp(type, "unset_command") == 0) {
      unset_into(node, out);
    } else if (std::strcmp(type, "if_statement") == 0) {
      add(if_from(node, depth));
    } else if (std::strcmp(type, "list") == 0) {
      add(list_from(node, depth));
    } else if (std::strcmp(type, "pipeline") == 0) {
      Pipeline pipeline;
      block_into(node, pipeline.stages, depth + 1);
      add(std::move(pipeline));
    } else if (std::strcmp(type, "negated_command") == 0) {
      Pipeline pipeline;
      pipeline.negated = true;
      block_into(node, pipeline.stages, depth + 1);
      add(std::move(pipeline));
    } else if (std::strcmp(type, "subshell") == 0 || std::strcmp(type, "compound_statement") == 0) {
      Group group;
      group.subshell = std::strcmp(type, "subshell") == 0;
      block_into(node, group.body, depth + 1);
      add(std::move(group));
    } else if (std::strcmp(type, "redirected_statement") == 0) {
      redirected_into(node, out, depth);
    } else if (std::strcmp(type, "function_definition") == 0) {
      add(function_from(node, depth));
    } else if (std::strcmp(type, "for_statement") == 0) {
      add(for_from(node, depth));
    } else if (std::strcmp(type, "c_style_for_statement") == 0) {
      Loop loop;
      loop.kind = Loop::Kind::Arithmetic;
      TSNode body = ts_node_child_by_field_name(node, "body", 4);
      if (!ts_node_is_null(body)) block_into(body, loop.body, depth + 1);
      add(std::move(loop));
    } else if (std::strcmp(type, "while_statement") == 0) {
      add(while_from(node, depth));
    } else if (std::strcmp(type, "case_statement") == 0) {
      add(case_from(node, depth));
    } else if (std::strcmp(type, "test_command") == 0) {
      add(test_from(node));
    } else if (std::strcmp(type, "do_group") == 0) {
      block_into(node, out, depth + 1);
    } else {
      // Expressions and words at statement level (e.g. `(( x ))` parsed as a bare expansion):
      // nothing to model, but statements may hide inside command substitutions.
      return;
    }
  }

  void command_into(TSNode node, Block& out, bool stdout_redirected) {
    Command command;
    command.stdout_redirected = stdout_redirected;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(node, i);
      const char* field = ts_node_field_name_for_child(node, i);
      if (type_is(child, "variable_assignment")) {
        Assignment prefix = assignment_from(child);
        prefix.is_command_prefix = true;
        command.prefix_assignments.push_back(std::move(prefix));
      } else if (type_is(child, "command_name")) {
        command.words.push_back(word(child));
      } else if (field != nullptr && std::strcmp(field, "redirect") == 0) {
        if (redirects_stdout(child)) command.stdout_redirected = true;
      } else if (ts_node_is_named(child) && !type_is(child, "comment")) {
        command.words.push_back(word(child));
      } else if (!ts_node_is_named(child) && !command.words.empty() &&
                 (type_is(child, "=~") || type_is(child, "=="))) {
        command.words.push_back(word(child));
      }
    }
    Statement statement{range_of(node), {}};
    if (command.words.empty()) {
      // Only assignments: `A=1 B=2` on a line of their own are plain assignments.
      for (Assignment& assignment : command.prefix_assignments) {
        assignment.is_command_prefix = false;
        out.push_back(Statement{range_of(node), std::move(assignment)});
      }
      return;
    }
    std::string name = command.words[0].is_literal() ? command.words[0].literal() : std::string();
    // tree-sitter-bash reads a stray `fi` or `done` as a command name; every shell's grammar
    // rejects a reserved word there (bash -n: "syntax error near unexpected token `fi'").
    static constexpr std::string_view kClosers[] = {"then", "else", "elif", "fi", "do", "done",
                                                     "esac"};
    if (command.words[0].raw == name &&
        std::find(std::begin(kClosers), std::end(kClosers), name) != std::end(kClosers)) {
      out_.errors.push_back({command.words[0].range, fmt::format("unexpected `{}`", name)});
      return;
    }
    if (name == "source" || name == ".") {
      Source source;
      source.command = name;
      source.args.assign(command.words.begin() + 1, command.words.end());
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

  // `> file`, `>/dev/null`, `&> x`, `>> log`: stdout no longer reaches the terminal.
  // `2>&1`, `2>/dev/null` and `>&2` leave… well, `>&2` moves stdout to stderr, which is fine for
  // scp too, so it counts as redirected.
  bool redirects_stdout(TSNode redirect) const {
    if (!type_is(redirect, "file_redirect")) return false;
    TSNode descriptor = ts_node_child_by_field_name(redirect, "descriptor", 10);
    std::string_view fd = ts_node_is_null(descriptor) ? "" : text(descriptor);
    std::string_view whole = text(redirect);
    if (!fd.empty() && fd != "1") return false;
    return whole.find('>') != std::string_view::npos;
  }

  void redirected_into(TSNode node, Block& out, int depth) {
    bool stdout_away = false;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      const char* field = ts_node_field_name_for_child(node, i);
      if (field != nullptr && std::strcmp(field, "redirect") == 0 &&
          redirects_stdout(ts_node_child(node, i))) {
        stdout_away = true;
      }
    }
    TSNode body = ts_node_child_by_field_name(node, "body", 4);
    if (ts_node_is_null(body)) return;
    if (type_is(body, "command")) {
      command_into(body, out, stdout_away);
      return;
    }
    Group group;
    group.stdout_redirected = stdout_away;
    statement_into(body, group.body, depth + 1);
    out.push_back(Statement{range_of(node), std::move(group)});
  }

  Assignment assignment_from(TSNode node) const {
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
    uint32_t value_begin = ts_node_is_null(value) ? ts_node_end_byte(node) : ts_node_start_byte(value);
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
      uint32_t count = ts_node_named_child_count(value);
      for (uint32_t i = 0; i < count; ++i) {
        TSNode element = ts_node_named_child(value, i);
        if (type_is(element, "comment")) continue;
        assignment.elements.push_back(word(element, WordPlace::AssignmentValue));
      }
      return assignment;
    }
    // The value runs to the end of the assignment node: tree-sitter may split a value like
    // `a"b"$c` into several children, but the shell reads it as one word.
    assignment.value = make_word(text_.substr(value_begin, ts_node_end_byte(node) - value_begin),
                                 value_begin, dialect_, WordPlace::AssignmentValue);
    return assignment;
  }

  void declaration_into(TSNode node, Block& out) {
    std::string builtin;
    std::vector<Word> words;
    uint32_t count = ts_node_child_count(node);
    std::vector<TSNode> assignment_nodes;
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(node, i);
      if (!ts_node_is_named(child)) {
        if (builtin.empty()) builtin = ts_node_type(child);
        continue;
      }
      if (type_is(child, "comment")) continue;
      words.push_back(word(child, type_is(child, "variable_assignment")
                                      ? WordPlace::AssignmentValue
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

  // zsh `integer`/`float` arrive as plain commands: read their words as declarations.
  void declaration_words(const std::string& builtin, const std::vector<Word>& words, size_t from,
                         Block& out, Range range) {
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
        assignment.value = make_word(raw.substr(equals + 1), base, dialect_,
                                     WordPlace::AssignmentValue);
      }
      out.push_back(Statement{range, std::move(assignment)});
    }
  }

  void unset_into(TSNode node, Block& out) {
    Unset unset;
    uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      std::string_view raw = text(ts_node_named_child(node, i));
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

  Conditional if_from(TSNode node, int depth) {
    Conditional conditional;
    conditional.form = Conditional::Form::If;
    Conditional::Branch first;
    block_between(node, "if", "then", first.condition, depth + 1);
    block_between(node, "then", nullptr, first.body, depth + 1);
    conditional.branches.push_back(std::move(first));
    uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_named_child(node, i);
      if (type_is(child, "elif_clause")) {
        Conditional::Branch branch;
        block_between(child, "elif", "then", branch.condition, depth + 1);
        block_between(child, "then", nullptr, branch.body, depth + 1);
        conditional.branches.push_back(std::move(branch));
      } else if (type_is(child, "else_clause")) {
        conditional.has_else = true;
        block_into(child, conditional.else_body, depth + 1);
      }
    }
    // block_between(then→end) also picked up the elif/else clauses as statements: they are not
    // statements, and statement_into ignores them, so nothing to undo.
    return conditional;
  }

  Conditional list_from(TSNode node, int depth) {
    Conditional conditional;
    Conditional::Branch branch;
    bool right = false;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(node, i);
      if (!ts_node_is_named(child)) {
        if (type_is(child, "||")) conditional.form = Conditional::Form::Or;
        if (type_is(child, "&&")) conditional.form = Conditional::Form::And;
        right = true;
        continue;
      }
      if (!right) {
        statement_into(child, branch.condition, depth + 1);
      } else if (conditional.form == Conditional::Form::Or) {
        conditional.has_else = true;
        statement_into(child, conditional.else_body, depth + 1);
      } else {
        statement_into(child, branch.body, depth + 1);
      }
    }
    conditional.branches.push_back(std::move(branch));
    return conditional;
  }

  Function function_from(TSNode node, int depth) {
    Function function;
    TSNode name = ts_node_child_by_field_name(node, "name", 4);
    if (!ts_node_is_null(name)) function.name = std::string(text(name));
    TSNode body = ts_node_child_by_field_name(node, "body", 4);
    if (!ts_node_is_null(body)) statement_into(body, function.body, depth + 1);
    // The body arrives as one Group; unwrap `{ … }` so that the body reads as statements.
    if (function.body.size() == 1) {
      if (auto* group = std::get_if<Group>(&function.body[0].node); group && !group->subshell &&
                                                                    !group->stdout_redirected) {
        Block inner = std::move(group->body);
        function.body = std::move(inner);
      }
    }
    return function;
  }

  Loop for_from(TSNode node, int depth) {
    Loop loop;
    loop.kind = Loop::Kind::For;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(node, i);
      const char* field = ts_node_field_name_for_child(node, i);
      if (!ts_node_is_named(child)) {
        if (type_is(child, "select")) loop.kind = Loop::Kind::Select;
        if (type_is(child, "in")) loop.has_in = true;
        continue;
      }
      if (field != nullptr && std::strcmp(field, "variable") == 0) {
        loop.variable = std::string(text(child));
      } else if (field != nullptr && std::strcmp(field, "value") == 0) {
        loop.items.push_back(word(child));
      } else if (field != nullptr && std::strcmp(field, "body") == 0) {
        block_into(child, loop.body, depth + 1);
      }
    }
    return loop;
  }

  Loop while_from(TSNode node, int depth) {
    Loop loop;
    loop.kind = Loop::Kind::While;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(node, i);
      const char* field = ts_node_field_name_for_child(node, i);
      if (!ts_node_is_named(child)) {
        if (type_is(child, "until")) loop.kind = Loop::Kind::Until;
        continue;
      }
      if (field != nullptr && std::strcmp(field, "body") == 0) {
        block_into(child, loop.body, depth + 1);
      } else {
        statement_into(child, loop.condition, depth + 1);
      }
    }
    return loop;
  }

  Case case_from(TSNode node, int depth) {
    Case result;
    TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (!ts_node_is_null(value)) result.subject = word(value);
    uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode item_node = ts_node_named_child(node, i);
      if (!type_is(item_node, "case_item")) continue;
      Case::Item item;
      uint32_t children = ts_node_child_count(item_node);
      for (uint32_t k = 0; k < children; ++k) {
        TSNode child = ts_node_child(item_node, k);
        const char* field = ts_node_field_name_for_child(item_node, k);
        if (!ts_node_is_named(child)) continue;
        if (field != nullptr && std::strcmp(field, "value") == 0) {
          item.patterns.push_back(word(child, WordPlace::Pattern));
        } else {
          statement_into(child, item.body, depth + 1);
        }
      }
      result.items.push_back(std::move(item));
    }
    return result;
  }

  Test test_from(TSNode node) const {
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
    test.tokens = split_words(whole.substr(open, close - open), base + static_cast<uint32_t>(open),
                              dialect_);
    return test;
  }

  std::string_view text_;
  Dialect dialect_;
  ParsedFile& out_;
  bool deep_reported_ = false;
};

}  // namespace

void extract_statements(TSNode root, std::string_view text, Dialect dialect, ParsedFile& out) {
  Extractor(text, dialect, out).program(root);
}

}  // namespace rclint::syntax
