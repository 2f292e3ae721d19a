#include "syntax/extract.h"

#include <algorithm>

#include "syntax/extractor.h"

namespace rclint::syntax {
namespace detail {

// Syntax errors: ERROR nodes and MISSING tokens, outermost only.
void Extractor::collect_errors(TSNode node, int depth) {
  if (ts_node_is_missing(node)) {
    // tree-sitter puts the missing token at the end of the file; the construct
    // it belongs to is what the user must fix, so point at its first token
    // (`if`, `for`, `{`, `"`).
    TSNode parent = ts_node_parent(node);
    if (!ts_node_is_null(parent) && ts_node_child_count(parent) > 0) {
      TSNode opener = ts_node_child(parent, 0);
      out_.errors.push_back(
          {range_of(opener), fmt::format("`{}` is never closed: missing `{}`",
                                         text(opener).substr(0, 20), ts_node_type(node))});
    } else {
      out_.errors.push_back({range_of(node), fmt::format("missing `{}`", ts_node_type(node))});
    }
    return;
  }
  if (ts_node_is_error(node)) {
    std::string_view bad = text(node);
    size_t newline = bad.find('\n');
    std::string shown(bad.substr(0, std::min<size_t>(newline, 40)));
    out_.errors.push_back({range_of(node), shown.empty()
                                               ? "syntax error"
                                               : fmt::format("syntax error near `{}`", shown)});
    return;
  }
  if (!ts_node_has_error(node) || depth > kMaxDepth) return;
  for (const Child& c : children_of(node)) collect_errors(c.node, depth + 1);
}

void Extractor::block_into(TSNode parent, Block& out, int depth) {
  size_t first = out.size();
  for (const Child& c : children_of(parent, true)) statement_into(c.node, out, depth);
  if (dialect_ == Dialect::Zsh) restore_zsh_shapes(out, first);
}

// The word before `at` in the original text ("for" in `for f (…)`), skipping blanks.
std::string_view Extractor::word_before(uint32_t at) const {
  size_t end = std::min<size_t>(at, text_.size());
  while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
  size_t begin = end;
  while (begin > 0 && text_[begin - 1] != ' ' && text_[begin - 1] != '\t' &&
         text_[begin - 1] != '\n' && text_[begin - 1] != ';') {
    --begin;
  }
  return text_.substr(begin, end - begin);
}

// The zsh mask (zsh_mask.h) gives zsh-only statements a bash shape of the same length; turn
// the two shapes whose meaning the walk needs back into what zsh runs:
//  - `for f (list) cmd` / `for f in list; cmd` / `for f (list); do … done` were masked to an
//    array assignment `f=(list)` followed by the body: a for loop over the list;
//  - `() { … }` was masked to a brace group: an anonymous function, which runs at once but
//    has its own `local`s.
void Extractor::restore_zsh_shapes(Block& block, size_t first) {
  for (size_t i = first; i < block.size(); ++i) {
    Statement& statement = block[i];
    if (auto* group = std::get_if<Group>(&statement.node)) {
      if (!group->subshell && word_before(statement.range.begin) == "()") {
        Function function;
        function.body = std::move(group->body);
        statement.node = std::move(function);
      }
      continue;
    }
    auto* assignment = std::get_if<Assignment>(&statement.node);
    if (assignment == nullptr || !assignment->is_array || i + 1 >= block.size() ||
        word_before(statement.range.begin) != "for") {
      continue;
    }
    Loop loop;
    loop.kind = Loop::Kind::For;
    loop.variable = assignment->name;
    loop.has_in = true;
    loop.items = std::move(assignment->elements);
    Statement body = std::move(block[i + 1]);
    auto* braces = std::get_if<Group>(&body.node);
    if (braces != nullptr && !braces->subshell) {
      loop.body = std::move(braces->body);
    } else {
      loop.body.push_back(std::move(body));
    }
    statement.range.end = block[i + 1].range.end;
    statement.node = std::move(loop);
    block.erase(block.begin() + static_cast<long>(i) + 1);
  }
}

// Children of `parent` between the keyword `from` (exclusive) and `to`
// (exclusive).
void Extractor::block_between(TSNode parent, const char* from, const char* to, Block& out,
                              int depth) {
  bool inside = from == nullptr;
  for (const Child& c : children_of(parent)) {
    TSNode child = c.node;
    if (!ts_node_is_named(child)) {
      if (from != nullptr && type_is(child, from)) inside = true;
      if (to != nullptr && type_is(child, to) && inside) return;
      continue;
    }
    if (inside) statement_into(child, out, depth);
  }
}

void Extractor::statement_into(TSNode node, Block& out, int depth) {
  if (depth > kMaxDepth) {
    if (!deep_reported_) {
      out_.errors.push_back({range_of(node), "nesting too deep to analyze", true});
      deep_reported_ = true;
    }
    return;
  }
  const char* type = ts_node_type(node);
  auto add = [&](auto value) { out.push_back(Statement{range_of(node), std::move(value)}); };
  if (std::strcmp(type, "comment") == 0 || std::strcmp(type, "heredoc_body") == 0) return;
  if (ts_node_is_error(node)) {
    block_into(node, out,
               depth + 1);  // keep what the grammar still recognises inside
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
  } else if (std::strcmp(type, "compound_statement") == 0 && text(node).starts_with("((")) {
    // `(( x++ ))`: an arithmetic command, kept as a command named "((" whose one argument is
    // the expression, so the walk can tell which variables it assigns.
    Command command;
    std::string_view whole = text(node);
    size_t end = whole.size() >= 4 && whole.ends_with("))") ? whole.size() - 2 : whole.size();
    command.words.push_back(make_word("((", ts_node_start_byte(node), dialect_));
    Word expression;
    expression.range = {ts_node_start_byte(node) + 2,
                        ts_node_start_byte(node) + static_cast<uint32_t>(end)};
    expression.raw = whole.substr(2, end - 2);
    WordPart part;
    part.kind = PartKind::Literal;
    part.text = std::string(expression.raw);
    part.quoted = true;
    part.range = expression.range;
    expression.parts.push_back(std::move(part));
    command.words.push_back(std::move(expression));
    add(std::move(command));
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
    // Expressions and words at statement level (e.g. `(( x ))` parsed as a bare
    // expansion): nothing to model, but statements may hide inside command
    // substitutions.
    return;
  }
}

Conditional Extractor::if_from(TSNode node, int depth) {
  Conditional conditional;
  conditional.form = Conditional::Form::If;
  Conditional::Branch first;
  block_between(node, "if", "then", first.condition, depth + 1);
  block_between(node, "then", nullptr, first.body, depth + 1);
  conditional.branches.push_back(std::move(first));
  for (const Child& c : children_of(node, true)) {
    TSNode child = c.node;
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
  // block_between(then→end) also picked up the elif/else clauses as statements:
  // they are not statements, and statement_into ignores them, so nothing to
  // undo.
  return conditional;
}

Conditional Extractor::list_from(TSNode node, int depth) {
  Conditional conditional;
  Conditional::Branch branch;
  bool right = false;
  for (const Child& c : children_of(node)) {
    TSNode child = c.node;
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

Function Extractor::function_from(TSNode node, int depth) {
  Function function;
  TSNode name = ts_node_child_by_field_name(node, "name", 4);
  if (!ts_node_is_null(name)) function.name = std::string(text(name));
  // zsh `function f() { … }`: the masked text hands the name over with its `()`.
  if (function.name.ends_with("()")) function.name.resize(function.name.size() - 2);
  TSNode body = ts_node_child_by_field_name(node, "body", 4);
  if (!ts_node_is_null(body)) statement_into(body, function.body, depth + 1);
  // The body arrives as one Group; unwrap `{ … }` so that the body reads as
  // statements.
  if (function.body.size() == 1) {
    if (auto* group = std::get_if<Group>(&function.body[0].node);
        group && !group->subshell && !group->stdout_redirected) {
      Block inner = std::move(group->body);
      function.body = std::move(inner);
    }
  }
  return function;
}

Loop Extractor::for_from(TSNode node, int depth) {
  Loop loop;
  loop.kind = Loop::Kind::For;
  for (const Child& c : children_of(node)) {
    TSNode child = c.node;
    const char* field = c.field;
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

Loop Extractor::while_from(TSNode node, int depth) {
  Loop loop;
  loop.kind = Loop::Kind::While;
  for (const Child& c : children_of(node)) {
    TSNode child = c.node;
    const char* field = c.field;
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

Case Extractor::case_from(TSNode node, int depth) {
  Case result;
  TSNode value = ts_node_child_by_field_name(node, "value", 5);
  if (!ts_node_is_null(value)) result.subject = word(value);
  for (const Child& entry : children_of(node, true)) {
    TSNode item_node = entry.node;
    if (!type_is(item_node, "case_item")) continue;
    Case::Item item;
    for (const Child& c : children_of(item_node)) {
      TSNode child = c.node;
      const char* field = c.field;
      if (!ts_node_is_named(child)) continue;
      if (field != nullptr && std::strcmp(field, "value") == 0) {
        // tree-sitter-bash splits `*":/g:"*` into three adjacent values: they are one word.
        uint32_t begin = ts_node_start_byte(child);
        if (!item.patterns.empty() && item.patterns.back().range.end == begin) {
          begin = item.patterns.back().range.begin;
          item.patterns.pop_back();
        }
        uint32_t end = std::min<uint32_t>(ts_node_end_byte(child), text_.size());
        begin = std::min(begin, end);
        item.patterns.push_back(
            make_word(text_.substr(begin, end - begin), begin, dialect_, WordPlace::Pattern));
      } else {
        statement_into(child, item.body, depth + 1);
      }
    }
    result.items.push_back(std::move(item));
  }
  return result;
}

}  // namespace detail

void extract_statements(TSNode root, std::string_view text, Dialect dialect, ParsedFile& out) {
  detail::Extractor(text, dialect, out).program(root);
}

}  // namespace rclint::syntax

namespace rclint::syntax::detail {

std::vector<Child> children_of(TSNode node, bool named_only) {
  std::vector<Child> children;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      if (!named_only || ts_node_is_named(child)) {
        children.push_back({child, ts_tree_cursor_current_field_name(&cursor)});
      }
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return children;
}

}  // namespace rclint::syntax::detail
