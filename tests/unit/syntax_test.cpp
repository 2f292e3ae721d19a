// Tests of src/syntax: the word lexer and the statement extraction over tree-sitter-bash.
#include <doctest/doctest.h>

#include "source/source_file.h"
#include "syntax/parse_ahead.h"
#include "syntax/parser.h"
#include "syntax/word_lexer.h"

using namespace rclint;
using namespace rclint::syntax;

namespace {

ParsedFile parse(const std::string& text, Dialect dialect = Dialect::Bash) {
  static std::vector<std::unique_ptr<source::SourceFile>> keep;  // statements point into these
  keep.push_back(
      std::make_unique<source::SourceFile>(0, "/h/.zshrc", "~/.zshrc", ".zshrc", text, false));
  static Parser parser;
  return parser.parse(*keep.back(), dialect);
}

template <typename T>
const T& only(const ParsedFile& parsed, size_t index = 0) {
  REQUIRE(parsed.statements.size() > index);
  const T* node = std::get_if<T>(&parsed.statements[index].node);
  REQUIRE(node != nullptr);
  return *node;
}

}  // namespace

TEST_CASE("a quoted tilde stays literal; an unquoted one after ':' expands in assignments") {
  auto parts = lex_word("~/bin:\"~/go\":~/x", 0, Dialect::Bash, WordPlace::AssignmentValue);
  REQUIRE(parts.size() == 6);  // ~ "/bin:" "~/go" ":" ~ "/x"
  CHECK(parts[0].kind == PartKind::Tilde);
  CHECK(parts[1].text == "/bin:");
  CHECK(parts[2].kind == PartKind::Literal);
  CHECK(parts[2].quoted);
  CHECK(parts[2].text == "~/go");
  CHECK(parts[4].kind == PartKind::Tilde);
  auto argument = lex_word("a:~/b", 0, Dialect::Bash, WordPlace::Argument);
  CHECK(argument.size() == 1);  // no tilde expansion after ':' in an ordinary argument
}

TEST_CASE("zsh expands an unquoted tilde after a quoted or escaped ':' in assignments") {
  for (std::string_view raw : {"\"$G:\"~/go", "'/a:'~/go", "/a\\:~/go"}) {
    auto zsh = lex_word(raw, 0, Dialect::Zsh, WordPlace::AssignmentValue);
    REQUIRE(zsh.size() >= 2);
    CHECK(zsh[zsh.size() - 2].kind == PartKind::Tilde);
    auto bash = lex_word(raw, 0, Dialect::Bash, WordPlace::AssignmentValue);
    CHECK(bash.back().kind == PartKind::Literal);  // bash and dash: a literal ~
    CHECK(bash.back().text.ends_with("~/go"));
  }
  auto quoted = lex_word("\"/a:~/go\"", 0, Dialect::Zsh, WordPlace::AssignmentValue);
  CHECK(quoted.size() == 1);  // the ~ itself quoted: literal in zsh too
}

TEST_CASE("a tilde in the argument of an expansion inside double quotes stays literal") {
  for (Dialect dialect : {Dialect::Zsh, Dialect::Bash, Dialect::Posix}) {
    auto parts = lex_word("\"${GOPATH:-~/go}\"", 0, dialect, WordPlace::AssignmentValue);
    REQUIRE(parts.size() == 1);
    REQUIRE(parts[0].argument.size() == 2);  // "~", "/go"
    CHECK(parts[0].argument[0].kind == PartKind::Literal);
    CHECK(parts[0].argument[0].text == "~");
  }
  auto bare = lex_word("${GOPATH:-~/go}", 0, Dialect::Bash, WordPlace::AssignmentValue);
  REQUIRE(bare[0].argument.size() == 2);
  CHECK(bare[0].argument[0].kind == PartKind::Tilde);  // unquoted: expanded
}

TEST_CASE("parameter expansions keep their operator and argument") {
  auto parts = lex_word("${GOPATH:-$HOME/go}/bin", 10, Dialect::Bash);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].kind == PartKind::Parameter);
  CHECK(parts[0].text == "GOPATH");
  CHECK(parts[0].op == ":-");
  REQUIRE(parts[0].argument.size() == 2);
  CHECK(parts[0].argument[0].text == "HOME");
  CHECK(parts[0].range.begin == 10);
  CHECK(parts[1].text == "/bin");
}

TEST_CASE("zsh modifiers are not read as bash substrings") {
  auto zsh = lex_word("${0:A:h}/lib.zsh", 0, Dialect::Zsh);
  CHECK(zsh[0].text == "0");
  CHECK(zsh[0].zsh_modifiers == ":A:h");
  CHECK(zsh[0].op.empty());
  auto bash = lex_word("${X:1:2}", 0, Dialect::Bash);
  CHECK(bash[0].op == "other");
  auto split = lex_word("${(s.:.)PATH}", 0, Dialect::Zsh);
  CHECK(split[0].text == "PATH");
  CHECK(split[0].zsh_flags == "s.:.");
  auto words = lex_word("${=var}", 0, Dialect::Zsh);
  CHECK(words[0].zsh_flags == "=");
  CHECK(words[0].text == "var");
}

TEST_CASE("command substitutions and globs are parts of their own") {
  auto parts = lex_word("\"$(brew --prefix)\"/opt/*.zsh", 0, Dialect::Bash);
  REQUIRE(parts.size() == 4);
  CHECK(parts[0].kind == PartKind::CommandSubst);
  CHECK(parts[0].text == "brew --prefix");
  CHECK(parts[0].quoted);
  CHECK(parts[2].kind == PartKind::Glob);
}

TEST_CASE("export, typeset and plain assignments become Assignments") {
  auto parsed = parse("export PATH=/opt/go/bin:$PATH\ntypeset -U path\nGOPATH+=:/x\n");
  REQUIRE(parsed.statements.size() == 3);
  const auto& exported = only<Assignment>(parsed, 0);
  CHECK(exported.name == "PATH");
  CHECK(exported.builtin == "export");
  CHECK(exported.value.reads("PATH"));
  const auto& typeset = only<Assignment>(parsed, 1);
  CHECK(typeset.builtin == "typeset");
  CHECK(typeset.flags_on == "U");
  CHECK_FALSE(typeset.has_value);
  const auto& append = only<Assignment>(parsed, 2);
  CHECK(append.append);
  CHECK(parsed.errors.empty());
}

TEST_CASE("zsh arrays assign elements") {
  auto parsed = parse("path=(~/go/bin $path)\n", Dialect::Zsh);
  const auto& a = only<Assignment>(parsed);
  CHECK(a.is_array);
  REQUIRE(a.elements.size() == 2);
  CHECK(a.elements[0].parts[0].kind == PartKind::Tilde);
}

TEST_CASE("guards become conditionals around source") {
  auto parsed = parse("[ -f ~/.bash_aliases ] && . ~/.bash_aliases\n");
  const auto& c = only<Conditional>(parsed);
  CHECK(c.form == Conditional::Form::And);
  REQUIRE(c.branches.size() == 1);
  REQUIRE(c.branches[0].condition.size() == 1);
  CHECK(std::holds_alternative<Test>(c.branches[0].condition[0].node));
  REQUIRE(c.branches[0].body.size() == 1);
  const auto* source = std::get_if<Source>(&c.branches[0].body[0].node);
  REQUIRE(source != nullptr);
  CHECK(source->command == ".");
}

TEST_CASE("if/elif/else keep conditions apart from bodies") {
  auto parsed = parse(
      "if [ -n \"$BASH_VERSION\" ]; then\n  . ~/.bashrc\nelif true; then\n  :\nelse\n  X=1\nfi\n");
  const auto& c = only<Conditional>(parsed);
  REQUIRE(c.branches.size() == 2);
  CHECK(c.branches[0].condition.size() == 1);
  CHECK(c.branches[0].body.size() == 1);
  CHECK(c.has_else);
  CHECK(c.else_body.size() == 1);
}

TEST_CASE("output redirection is remembered") {
  auto parsed = parse("echo hi >/dev/null\necho there\necho err >&2\necho both 2>&1\n");
  CHECK(only<Command>(parsed, 0).stdout_redirected);
  CHECK_FALSE(only<Command>(parsed, 1).stdout_redirected);
  CHECK(only<Command>(parsed, 2).stdout_redirected);
  CHECK_FALSE(only<Command>(parsed, 3).stdout_redirected);
}

TEST_CASE("functions, loops and case are structured") {
  auto parsed = parse(
      "path_prepend() { PATH=\"$1:$PATH\"; }\nfor d in a b; do path_prepend $d; done\n"
      "case $- in *i*) ;; *) return;; esac\n");
  const auto& f = only<Function>(parsed, 0);
  CHECK(f.name == "path_prepend");
  CHECK(f.body.size() == 1);
  const auto& loop = only<Loop>(parsed, 1);
  CHECK(loop.variable == "d");
  CHECK(loop.items.size() == 2);
  const auto& c = only<Case>(parsed, 2);
  REQUIRE(c.items.size() == 2);
  CHECK(std::holds_alternative<Return>(c.items[1].body[0].node));
}

TEST_CASE("a syntax error is reported and later statements survive") {
  auto parsed = parse("if [ -d x ]; then\n  A=1\n");
  CHECK_FALSE(parsed.errors.empty());
  auto ok = parse("A=1\nfi\nexport B=2\n");
  CHECK_FALSE(ok.errors.empty());
  bool found_b = false;
  for (const auto& statement : ok.statements) {
    if (const auto* a = std::get_if<Assignment>(&statement.node)) found_b |= a->name == "B";
  }
  CHECK(found_b);
}

TEST_CASE("deep nesting does not overflow the stack") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "if true; then\n";
  for (int i = 0; i < 3000; ++i) text += "fi\n";
  auto parsed = parse(text);
  CHECK(parsed.statements.size() == 1);
}

// Parses made on other threads (parse_ahead.h) must be the parses the walk would have made:
// the same statements and errors, pointing into the same file, whoever parsed them.
TEST_CASE("parsing ahead gives each file the parse the walk would make, on any thread") {
  std::vector<std::unique_ptr<source::SourceFile>> files;
  for (int i = 0; i < 40; ++i) {
    std::string text = "export A" + std::to_string(i) + "=1\n";
    for (int j = 0; j < i * 20; ++j) text += "alias a" + std::to_string(j) + "='ls -l'\n";
    if (i % 7 == 0) text += "if true; then\n";  // a syntax error now and then
    files.push_back(std::make_unique<source::SourceFile>(
        static_cast<source::FileId>(i), "/h/f" + std::to_string(i), "f", "f", text, false));
  }
  Parser here;
  for (unsigned workers : {0u, 1u, 3u}) {
    CAPTURE(workers);
    ParseAhead ahead(workers);
    for (const auto& file : files) ahead.request(*file, Dialect::Zsh);
    for (const auto& file : files) ahead.request(*file, Dialect::Zsh);  // once each
    CHECK(ahead.requested() == (workers == 0 ? 0 : files.size()));
    for (const auto& file : files) {
      ParsedFile taken = ahead.take(*file, Dialect::Zsh, here);
      ParsedFile direct = here.parse(*file, Dialect::Zsh);
      CHECK(taken.file == file.get());
      CHECK(taken.statements.size() == direct.statements.size());
      CHECK(taken.errors.size() == direct.errors.size());
      CHECK(taken.statements.back().range == direct.statements.back().range);
    }
    // Taken once: asking again parses here.
    CHECK(ahead.take(*files[1], Dialect::Zsh, here).statements.size() == 21);
    if (workers > 0) CHECK(ahead.parsed_by_workers() <= files.size());
  }
  // A few small files: no thread is started, and each is parsed where it is taken.
  ParseAhead small(2);
  small.request(*files[0], Dialect::Bash);
  CHECK_FALSE(small.started());
  CHECK(small.take(*files[0], Dialect::Bash, here).statements.size() == 2);
  CHECK(small.parsed_by_workers() == 0);
  // Requests nobody takes are dropped when it goes, while the workers may be at work.
  ParseAhead abandoned(2);
  for (const auto& file : files) abandoned.request(*file, Dialect::Bash);
}
