// rules/bashism_in_profile.cpp: bash syntax in a file sh (dash on Debian) reads.
#include <algorithm>
#include <array>
#include <set>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// Builtins bash has and dash lacks: dash says "NAME: not found" and goes on.
constexpr auto kBashBuiltins =
    std::to_array<std::string_view>({"shopt", "declare", "typeset", "complete", "compgen", "bind",
                                     "mapfile", "readarray", "pushd", "popd", "let", "(("});

// Parameter operators dash knows; others (${v:0:1}, ${v//a/b}, ${v^^}) are "Bad substitution".
constexpr auto kPosixOps = std::to_array<std::string_view>(
    {"", ":-", "-", ":=", "=", ":?", "?", ":+", "+", "#", "##", "%", "%%", "length"});

struct Bashism {
  source::Range range;
  std::string what;                                               // "`[[`"
  std::string effect;                                             // what dash does
  std::optional<std::pair<source::Range, std::string>> fix = {};  // the POSIX spelling
};

// Offset of `needle` outside quotes in `text`, or npos.
size_t find_unquoted(std::string_view text, std::string_view needle) {
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote == '\'') {
      if (c == '\'') quote = 0;
    } else if (c == '\\') {
      ++i;
    } else if (quote == '"') {
      if (c == '"') quote = 0;
    } else if (text.substr(i).starts_with(needle)) {
      return i;
    } else if (c == '\'' || c == '"') {
      quote = c;
    }
  }
  return std::string_view::npos;
}

// `{a,b}` / `{1..3}`: an unquoted `{` (not `${`) with `,` or `..` before its `}`.
bool brace_expansion(std::string_view raw) {
  size_t open = find_unquoted(raw, "{");
  if (open == std::string_view::npos || (open > 0 && raw[open - 1] == '$')) return false;
  size_t close = raw.find('}', open);
  if (close == std::string_view::npos) return false;
  std::string_view inside = raw.substr(open + 1, close - open - 1);
  return inside.find(',') != std::string_view::npos || inside.find("..") != std::string_view::npos;
}

// Redirections are outside a command's range: its text to the end of its line, comment cut.
std::string_view command_line(std::string_view text, source::Range range) {
  size_t eol = text.find('\n', range.end);
  std::string_view line = text.substr(
      range.begin, eol == std::string_view::npos ? std::string_view::npos : eol - range.begin);
  return line.substr(0, find_unquoted(line, " #"));
}

bool posix_parts(const std::vector<syntax::WordPart>& parts) {
  for (const syntax::WordPart& part : parts) {
    if (part.kind != syntax::PartKind::Parameter) continue;
    if (std::find(kPosixOps.begin(), kPosixOps.end(), part.op) == kPosixOps.end()) return false;
    if (!part.subscript.empty() || !posix_parts(part.argument)) return false;
  }
  return true;
}

void check_word(const syntax::Word& word, std::vector<Bashism>& found) {
  if (size_t at = find_unquoted(word.raw, "$'"); at != std::string_view::npos) {
    found.push_back({word.range, "`$'…'` quoting", "dash keeps the `$` and no escape is decoded"});
  } else if (brace_expansion(word.raw)) {
    found.push_back({word.range, "brace expansion", "dash keeps the braces literally"});
  }
  if (!posix_parts(word.parts)) {
    found.push_back({word.range, "this parameter expansion",
                     "dash stops reading the file: \"Bad substitution\""});
  }
}

// Bashisms of one statement that ran in sh (not of its nested statements: they run too).
std::vector<Bashism> statement_bashisms(const syntax::Statement& s, std::string_view text) {
  std::vector<Bashism> found;
  auto words = [&](const std::vector<syntax::Word>& list) {
    for (const syntax::Word& w : list) check_word(w, found);
  };
  if (const auto* test = std::get_if<syntax::Test>(&s.node)) {
    if (test->double_bracket) {
      found.push_back({s.range, "`[[`", "dash says \"[[: not found\": the test is false"});
      return found;
    }
    for (const syntax::Word& token : test->tokens) {
      if (token.raw == "==") {
        found.push_back({token.range, "`==` in `[`",
                         "dash's `[` says \"unexpected operator\": the test is false",
                         std::pair{token.range, std::string("=")}});
      }
    }
    words(test->tokens);
  } else if (const auto* source = std::get_if<syntax::Source>(&s.node)) {
    if (source->command == "source") {
      // No fix: `.` of a missing file ends the file in dash, where `source` only failed.
      found.push_back({s.range, "`source`", "dash says \"source: not found\"; use `.`"});
    }
    words(source->args);
  } else if (const auto* command = std::get_if<syntax::Command>(&s.node)) {
    std::string_view name = command->name();
    if (std::find(kBashBuiltins.begin(), kBashBuiltins.end(), name) != kBashBuiltins.end()) {
      if (name == "((") {
        found.push_back({s.range, "`((…))`",
                         "dash reads it as two nested subshells, not arithmetic; use `$((…))`"});
      } else {
        found.push_back({s.range, fmt::format("`{}`", name), "dash says \"not found\""});
      }
    }
    if (name == "echo" && command->words.size() > 1 && command->words[1].raw == "-e") {
      found.push_back({s.range, "`echo -e`",
                       "dash's echo prints \"-e\" and always decodes escapes; use printf"});
    }
    words(command->words);
    std::string_view line = command_line(text, s.range);
    if (size_t at = find_unquoted(line, "&>");
        at != std::string_view::npos && (at == 0 || line[at - 1] != '>')) {
      found.push_back(
          {s.range, "`&>`", "dash runs the command in the background and truncates the file"});
    }
  } else if (const auto* a = std::get_if<syntax::Assignment>(&s.node)) {
    if (a->builtin == "declare" || a->builtin == "typeset") {
      found.push_back({s.range, fmt::format("`{}`", a->builtin), "dash has no such command"});
    } else if (a->builtin == "export" && a->flags_on.find('f') != std::string::npos) {
      found.push_back({s.range, "`export -f`",
                       "dash says \"export: Illegal option -f\" and stops reading the file"});
    }
    if (a->has_value && !a->is_array) check_word(a->value, found);
  } else if (const auto* eval = std::get_if<syntax::Eval>(&s.node)) {
    words(eval->args);
  } else if (const auto* loop = std::get_if<syntax::Loop>(&s.node)) {
    words(loop->items);
  } else if (const auto* c = std::get_if<syntax::Case>(&s.node)) {
    check_word(c->subject, found);
  }
  return found;
}

// The blocks a statement holds.
std::vector<const syntax::Block*> nested(const syntax::Statement& s) {
  std::vector<const syntax::Block*> blocks;
  if (const auto* f = std::get_if<syntax::Function>(&s.node)) blocks = {&f->body};
  if (const auto* g = std::get_if<syntax::Group>(&s.node)) blocks = {&g->body};
  if (const auto* p = std::get_if<syntax::Pipeline>(&s.node)) blocks = {&p->stages};
  if (const auto* l = std::get_if<syntax::Loop>(&s.node)) blocks = {&l->condition, &l->body};
  if (const auto* c = std::get_if<syntax::Case>(&s.node)) {
    for (const auto& item : c->items) blocks.push_back(&item.body);
  }
  if (const auto* c = std::get_if<syntax::Conditional>(&s.node)) {
    for (const auto& branch : c->branches)
      blocks.insert(blocks.end(), {&branch.condition, &branch.body});
    blocks.push_back(&c->else_body);
  }
  return blocks;
}

// Syntax dash cannot parse at all ("Syntax error: "(" unexpected"): reported wherever it is,
// since dash fails on the file, not on the line.
void parse_bashisms(const syntax::Block& block, std::string_view text, std::vector<Bashism>& out) {
  for (const syntax::Statement& s : block) {
    if (const auto* a = std::get_if<syntax::Assignment>(&s.node); a && a->is_array) {
      out.push_back({s.range, "an array", "dash cannot parse it"});
    } else if (const auto* c = std::get_if<syntax::Command>(&s.node)) {
      for (const syntax::Word& w : c->words) {
        if (std::any_of(w.parts.begin(), w.parts.end(), [](const syntax::WordPart& part) {
              return part.kind == syntax::PartKind::ProcessSubst;
            })) {
          out.push_back({w.range, "process substitution `<(…)`", "dash cannot parse it"});
        }
      }
      if (find_unquoted(command_line(text, s.range), "<<<") != std::string_view::npos) {
        out.push_back(
            {s.range, "a here-string `<<<`", "dash cannot parse it: \"redirection unexpected\""});
      }
    } else if (std::holds_alternative<syntax::Function>(s.node) &&
               text.substr(s.range.begin).starts_with("function")) {
      out.push_back({s.range, "the `function` keyword", "dash cannot parse it"});
    } else if (const auto* l = std::get_if<syntax::Loop>(&s.node);
               l && (l->kind == syntax::Loop::Kind::Arithmetic ||
                     l->kind == syntax::Loop::Kind::Select)) {
      out.push_back({s.range, l->kind == syntax::Loop::Kind::Select ? "`select`" : "`for ((…))`",
                     "dash cannot parse it"});
    }
    for (const syntax::Block* inner : nested(s)) parse_bashisms(*inner, text, out);
  }
}

void report(lint::Reporter& out, const source::SourceFile& file, const Bashism& b) {
  auto finding = out.report(file, b.range, "{} is bash syntax in a file sh reads", b.what);
  if (b.fix) finding.fix(file, b.fix->first, b.fix->second);
  finding.note("sh (dash) reads {}: {}", file.shell_name(), b.effect)
      .help(
          "write it in POSIX sh (`[ … ]`, `=`, `.`), guard it with `[ -n \"$BASH_VERSION\" ]`, "
          "or move it to ~/.bashrc");
}

// Inside a region the grammar could not parse (parse-error, or wrong-shell-syntax for zsh
// syntax): the statements there are guesses, and that rule already speaks for the lines.
bool in_syntax_error(const startup::LoadedFile& loaded, source::Range range) {
  return std::any_of(loaded.parsed->errors.begin(), loaded.parsed->errors.end(),
                     [&](const syntax::SyntaxError& e) {
                       return e.range.begin < range.end && range.begin < e.range.end;
                     });
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (ctx.context().shell != startup::Shell::Sh) return;
  // macOS's /bin/sh is bash in POSIX mode (unless /private/var/select/sh says otherwise),
  // which runs all of these: the real shell wins, so only Debian's dash is judged.
  if (ctx.context().platform == startup::Platform::Macos) return;
  std::set<const source::SourceFile*> seen;
  for (const startup::LoadedFile& loaded : ctx.order.files) {
    if (loaded.parsed == nullptr || !ctx.is_user_file(loaded.file)) continue;
    if (!seen.insert(loaded.file).second) continue;
    std::vector<Bashism> found;
    parse_bashisms(loaded.parsed->statements, loaded.file->text(), found);
    for (const Bashism& b : found) {
      if (!in_syntax_error(loaded, b.range)) report(out, *loaded.file, b);
    }
  }
  for (const startup::RanStatement& ran : ctx.order.trace.statements) {
    if (!ran.at.modelled.empty() || !ctx.is_user_file(ran.at.file)) continue;
    const startup::LoadedFile& loaded = ctx.order.files[ran.at.file_index];
    for (const Bashism& b : statement_bashisms(*ran.statement, ran.at.file->text())) {
      if (loaded.parsed == nullptr || loaded.file != ran.at.file ||
          !in_syntax_error(loaded, b.range)) {
        report(out, *ran.at.file, b);
      }
    }
  }
}

}  // namespace

extern constinit const lint::Rule bashism_in_profile{
    .name = "bashism-in-profile",
    .severity = Severity::Warning,
    .summary = "bash syntax in a file sh reads",
    .rationale = R"md(`sh` is dash on Debian and Ubuntu, and display managers and `sh -l` read
~/.profile with it. dash has no `[[`, arrays, `source`, `function`, `$'…'`, `==` in `[`, `shopt`,
process substitution, `export -f`, brace expansion, `${v:0:1}` or `${v//a/b}`, and `&>` means
"run in the background". Some of these are "not found" errors, some make the test false, some
stop dash from reading the rest of the file, so what ~/.profile sets (PATH included) is
missing from the graphical session. Lines that sh never reaches (`[ -n "$BASH_VERSION" ] && …`)
are fine. On macOS /bin/sh is bash in POSIX mode, which accepts all of this, so the rule
checks the Debian contexts only. Ignore it on a system whose sh is bash and where nothing reads
the file with dash.)md",
    .bad_example = "[[ -d \"$HOME/bin\" ]] && PATH=\"$HOME/bin:$PATH\"\n",
    .good_example = "[ -d \"$HOME/bin\" ] && PATH=\"$HOME/bin:$PATH\"\n",
    .example_file = ".profile",
    .check = check,
};

}  // namespace rclint::rules
