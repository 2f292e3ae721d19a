// Tests of src/diagnostics: suppression comments, config filtering, merging and ordering.
#include <doctest/doctest.h>

#include <map>

#include "diagnostics/filter.h"
#include "diagnostics/suppression.h"

using namespace rclint;
using namespace rclint::diagnostics;

namespace {

const std::vector<std::string_view> kRules{"path-overwrite", "goroot-set", "path-duplicate-entry",
                                           "output-in-noninteractive", "bad-suppression"};

Suppressions scan(std::string_view text) { return find_suppressions(text, "~/.zshrc", kRules); }

Diagnostic finding(std::string rule, std::string file, uint32_t line, uint32_t column = 1,
                   std::vector<std::string> contexts = {}) {
  Diagnostic d;
  d.rule = std::move(rule);
  d.where = {std::move(file), line, column, line, column + 1};
  d.message = "something is wrong";
  d.contexts = std::move(contexts);
  return d;
}

// Files by display name, as the CLI's SourceSet would give them.
struct Texts {
  std::map<std::string, std::string, std::less<>> files;
  FileText lookup() const {
    return [this](std::string_view name) -> std::optional<std::string_view> {
      auto it = files.find(name);
      if (it == files.end()) return std::nullopt;
      return std::string_view(it->second);
    };
  }
};

std::vector<std::string> rules_of(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> rules;
  for (const Diagnostic& d : ds) rules.push_back(d.rule + "@" + std::to_string(d.where.line));
  return rules;
}

}  // namespace

TEST_CASE("a directive at the end of a line covers that line only") {
  Suppressions s = scan("export PATH=/x  # rclint disable=path-overwrite\nexport PATH=/y\n");
  CHECK(s.suppresses("path-overwrite", 1));
  CHECK_FALSE(s.suppresses("path-overwrite", 2));
  CHECK_FALSE(s.suppresses("goroot-set", 1));
  CHECK(s.problems.empty());
}

TEST_CASE("a directive alone on its line covers the next line with code") {
  // Blank lines and comments between the directive and the code are skipped.
  Suppressions s = scan(
      "# rclint disable=path-overwrite\n"
      "# we build PATH from scratch here\n"
      "\n"
      "export PATH=/x\n"
      "export PATH=/y\n");
  CHECK_FALSE(s.suppresses("path-overwrite", 1));
  CHECK(s.suppresses("path-overwrite", 4));
  CHECK_FALSE(s.suppresses("path-overwrite", 5));
  // Two stacked directives both reach the code line.
  Suppressions stacked =
      scan("  # rclint disable=goroot-set\n\t# rclint disable=path-overwrite\nx=1\n");
  CHECK(stacked.suppresses("goroot-set", 3));
  CHECK(stacked.suppresses("path-overwrite", 3));
  // At the end of the file it covers nothing, and does not fail.
  CHECK(scan("x=1\n# rclint disable=goroot-set\n").lines.empty());
}

TEST_CASE("disable-file covers every line, and the file as a whole") {
  Suppressions s = scan("export PATH=/x\nexport GOROOT=/y\n# rclint disable-file=goroot-set\n");
  CHECK(s.suppresses("goroot-set", 2));
  CHECK(s.suppresses("goroot-set", 0));
  CHECK(s.suppresses("goroot-set", 99));
  CHECK_FALSE(s.suppresses("path-overwrite", 1));
  // At the end of a code line it still means the whole file.
  CHECK(scan("x=1 # rclint disable-file=path-overwrite\n").suppresses("path-overwrite", 7));
}

TEST_CASE("'all' covers every rule") {
  Suppressions s = scan("x=1 # rclint disable=all\n");
  CHECK(s.suppresses("path-overwrite", 1));
  CHECK(s.suppresses("anything-at-all", 1));
  CHECK_FALSE(s.suppresses("path-overwrite", 2));
  CHECK(scan("# rclint disable-file=all\n").suppresses("goroot-set", 0));
}

TEST_CASE("lists, spaces and free text after the list") {
  Suppressions s = scan("x=1 # rclint disable = path-overwrite , goroot-set  because we must\n");
  CHECK(s.suppresses("path-overwrite", 1));
  CHECK(s.suppresses("goroot-set", 1));
  CHECK(s.problems.empty());  // "because" and "we" are not rule names
  CHECK(scan("x=1 #rclint disable=goroot-set\n").suppresses("goroot-set", 1));
  // After another tool's directive in the same comment.
  CHECK(scan("# shellcheck disable=SC2034 # rclint disable=goroot-set\nx=1\n")
            .suppresses("goroot-set", 2));
  // Prose that mentions rclint is not a directive.
  Suppressions prose = scan("# rclint is run by pre-commit, see disable=x\nx=1\n");
  CHECK(prose.lines.empty());
  CHECK(prose.problems.empty());
}

TEST_CASE("a # inside quotes or inside a word starts no comment") {
  CHECK(scan("echo \"# rclint disable=goroot-set\"\n").lines.empty());
  CHECK(scan("echo '# rclint disable=goroot-set'\n").lines.empty());
  CHECK(scan("echo a#b # rclint disable=goroot-set\n").suppresses("goroot-set", 1));
  CHECK(scan("echo a# rclint disable=goroot-set\n").lines.empty());
  CHECK(scan("echo ${x#*/} $# # rclint disable=goroot-set\n").suppresses("goroot-set", 1));
  CHECK(scan("echo \"a # b\" 'c#d' # rclint disable=goroot-set\n").suppresses("goroot-set", 1));
  CHECK(scan("echo \"say \\\"# rclint disable=goroot-set\\\"\"\n").lines.empty());
  CHECK(scan("echo $'it\\'s # rclint disable=goroot-set'\n").lines.empty());
  CHECK(scan("true;# rclint disable=goroot-set\n").suppresses("goroot-set", 1));
  // A code line whose only '#' is quoted still takes a pending directive.
  CHECK(scan("# rclint disable=goroot-set\necho '#'\n").suppresses("goroot-set", 2));
}

TEST_CASE("CRLF line endings") {
  Suppressions s =
      scan("# rclint disable=goroot-set\r\nx=1\r\ny=2 # rclint disable=path-overwrite\r\n");
  CHECK(s.suppresses("goroot-set", 2));
  CHECK(s.suppresses("path-overwrite", 3));
  CHECK(s.problems.empty());
}

TEST_CASE("an unknown rule name is a bad-suppression finding at the name") {
  Suppressions s = scan("x=1\nexport PATH=/x  # rclint disable=goroot-set,path-overwrit\n");
  REQUIRE(s.problems.size() == 1);
  const Diagnostic& d = s.problems[0];
  CHECK(d.rule == "bad-suppression");
  CHECK(d.severity == Severity::Warning);
  CHECK(d.where == Location{"~/.zshrc", 2, 45, 2, 58});
  CHECK(d.message == "suppression comment names unknown rule 'path-overwrit'");
  CHECK(d.help == "did you mean 'path-overwrite'?");
  REQUIRE(d.fix);
  CHECK(d.fix->replacement == "path-overwrite");
  CHECK(d.fix->range == d.where);
  // The valid name in the same list still works.
  CHECK(s.suppresses("goroot-set", 2));

  Suppressions far = scan("# rclint disable=zzzzzzzzzzzz\n");
  REQUIRE(far.problems.size() == 1);
  CHECK(far.problems[0].where == Location{"~/.zshrc", 1, 18, 1, 30});
  CHECK(far.problems[0].help == "`rclint rules` lists the rule names");
  CHECK_FALSE(far.problems[0].fix);
}

TEST_CASE("unknown directives and empty lists are bad-suppression findings") {
  Suppressions typo = scan("# rclint disabel=goroot-set\n");
  REQUIRE(typo.problems.size() == 1);
  CHECK(typo.problems[0].message == "unknown rclint directive 'disabel'");
  CHECK(typo.problems[0].help == "did you mean 'disable'?");
  CHECK(typo.problems[0].where == Location{"~/.zshrc", 1, 10, 1, 17});

  Suppressions empty = scan("x=1 # rclint disable=\n");
  REQUIRE(empty.problems.size() == 1);
  CHECK(empty.problems[0].message == "suppression comment names no rule");
  CHECK(empty.problems[0].where.column == 5);

  CHECK(scan("x=1 # rclint disable=goroot-set,\n").problems.size() == 1);
}

TEST_CASE("glob matching") {
  CHECK(glob_match("zsh/plugins/**", "zsh/plugins/a/b.zsh"));
  CHECK(glob_match("zsh/plugins/**", "zsh/plugins/a.zsh"));
  CHECK_FALSE(glob_match("zsh/plugins/**", "zsh/other/a.zsh"));
  CHECK(glob_match("*.zsh", "a.zsh"));
  CHECK_FALSE(glob_match("*.zsh", "dir/a.zsh"));  // * stays in one segment
  CHECK(glob_match("**/*.zsh", "a.zsh"));         // **/ may match nothing
  CHECK(glob_match("**/*.zsh", "x/y/a.zsh"));
  CHECK(glob_match("a/**/b", "a/b"));
  CHECK(glob_match("a/**/b", "a/x/y/b"));
  CHECK_FALSE(glob_match("a/**/b", "a/xb"));
  CHECK(glob_match(".zsh?c", ".zshrc"));
  CHECK_FALSE(glob_match("a?b", "a/b"));
  CHECK(glob_match("[.]bash[_r]*", ".bash_profile"));
  CHECK(glob_match("file[0-9]", "file7"));
  CHECK_FALSE(glob_match("file[!0-9]", "file7"));
  CHECK(glob_match("file[!0-9]", "filex"));
  CHECK(glob_match("a[b", "a[b"));  // no closing ]: literal
  CHECK(glob_match("", ""));
  CHECK_FALSE(glob_match("", "x"));
  // Many stars must not backtrack exponentially.
  CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*b", std::string(200, 'a')));
}

TEST_CASE("per-file globs match the file as named or any tail after a '/'") {
  CHECK(file_matches("zsh/plugins/**", "~/zsh/plugins/git.zsh"));
  CHECK(file_matches("zsh/plugins/**", "zsh/plugins/git.zsh"));
  CHECK(file_matches("zsh/plugins/**", "/home/me/zsh/plugins/git.zsh"));
  CHECK(file_matches(".zshrc", "~/.zshrc"));
  CHECK(file_matches("~/.zshrc", "~/.zshrc"));
  CHECK_FALSE(file_matches(".zshrc", "~/.zshrc.local"));
  CHECK_FALSE(file_matches("plugins/*", "~/zsh/plugins/x/y.zsh"));
}

TEST_CASE("apply: suppressions from the file text") {
  Texts texts;
  texts.files["~/.zshrc"] = "export PATH=/x # rclint disable=path-overwrite\nexport PATH=/y\n";
  FilterOptions options;
  options.file_text = texts.lookup();
  options.known_rules = kRules;
  auto shown = diagnostics::apply(
      {finding("path-overwrite", "~/.zshrc", 1), finding("path-overwrite", "~/.zshrc", 2),
       finding("path-overwrite", "~/.zprofile", 1)},
      options);
  CHECK(rules_of(shown) == std::vector<std::string>{"path-overwrite@1", "path-overwrite@2"});
  CHECK(shown[0].where.file == "~/.zprofile");
  CHECK(shown[1].where.file == "~/.zshrc");
}

TEST_CASE("apply: bad directives are reported in clean files, and can be suppressed") {
  Texts texts;
  texts.files["~/.bashrc"] = "x=1 # rclint disable=goroot-sett\n";
  texts.files["~/.zshrc"] = "# rclint disable-file=bad-suppression\nx=1 # rclint disable=nope\n";
  FilterOptions options;
  options.file_text = texts.lookup();
  options.known_rules = kRules;
  options.files = {"~/.bashrc", "~/.zshrc", "~/.profile"};  // ~/.profile has no text: skipped
  auto shown = diagnostics::apply({}, options);
  REQUIRE(shown.size() == 1);
  CHECK(shown[0].rule == "bad-suppression");
  CHECK(shown[0].where.file == "~/.bashrc");
}

TEST_CASE("apply: select and ignore, from the config and the command line") {
  std::vector<Diagnostic> all{finding("path-overwrite", "f", 1), finding("goroot-set", "f", 2),
                              finding("path-duplicate-entry", "f", 3)};
  RuleSettings config;
  FilterOptions options;
  options.config = &config;
  CHECK(diagnostics::apply(all, options).size() == 3);

  config.select = std::vector<std::string>{"path-overwrite", "goroot-set"};
  config.ignore = std::vector<std::string>{"goroot-set"};
  CHECK(rules_of(diagnostics::apply(all, options)) == std::vector<std::string>{"path-overwrite@1"});

  // --select replaces the config's select and beats its ignore; --ignore adds to it.
  options.select = {"goroot-set", "path-duplicate-entry"};
  CHECK(rules_of(diagnostics::apply(all, options)) ==
        std::vector<std::string>{"goroot-set@2", "path-duplicate-entry@3"});
  options.ignore = {"path-duplicate-entry"};
  CHECK(rules_of(diagnostics::apply(all, options)) == std::vector<std::string>{"goroot-set@2"});

  // "all" in either list.
  FilterOptions everything;
  RuleSettings select_all;
  select_all.select = std::vector<std::string>{"all"};
  everything.config = &select_all;
  CHECK(diagnostics::apply(all, everything).size() == 3);
  select_all.ignore = std::vector<std::string>{"all"};
  CHECK(diagnostics::apply(all, everything).empty());
  // An empty select selects nothing.
  RuleSettings none;
  none.select = std::vector<std::string>{};
  FilterOptions nothing;
  nothing.config = &none;
  CHECK(diagnostics::apply(all, nothing).empty());
}

TEST_CASE("apply: per-file-ignores") {
  RuleSettings config;
  config.per_file_ignores["zsh/plugins/**"] = {"output-in-noninteractive"};
  config.per_file_ignores["*.local"] = {"all"};
  FilterOptions options;
  options.config = &config;
  auto shown = diagnostics::apply({finding("output-in-noninteractive", "~/zsh/plugins/git.zsh", 1),
                                   finding("path-overwrite", "~/zsh/plugins/git.zsh", 2),
                                   finding("output-in-noninteractive", "~/.zshrc", 3),
                                   finding("goroot-set", "~/.zshrc.local", 4)},
                                  options);
  CHECK(rules_of(shown) ==
        std::vector<std::string>{"output-in-noninteractive@3", "path-overwrite@2"});
}

TEST_CASE("apply: severity overrides") {
  RuleSettings config;
  config.severity["goroot-set"] = Severity::Error;
  FilterOptions options;
  options.config = &config;
  Diagnostic info = finding("goroot-set", "f", 1);
  info.severity = Severity::Info;
  auto shown = diagnostics::apply({info, finding("path-overwrite", "f", 2)}, options);
  REQUIRE(shown.size() == 2);
  CHECK(shown[0].severity == Severity::Error);
  CHECK(shown[1].severity == Severity::Warning);
}

TEST_CASE("apply: one cause seen in several contexts merges: contexts, notes, worst severity") {
  // The runner checks each context on its own; the user must see each line once.
  Diagnostic other_note = finding("goroot-set", "f", 1, 1, {"bash:login"});
  other_note.notes.push_back({std::nullopt, "in bash:login, ~/.profile runs first"});
  other_note.severity = Severity::Error;
  Diagnostic other_message = finding("goroot-set", "f", 1, 1, {"bash:login"});
  other_message.message += " (another cause)";
  auto shown = diagnostics::apply(
      {finding("goroot-set", "f", 1, 1, {"zsh:script", "zsh:login"}),
       finding("path-overwrite", "f", 1, 1, {"zsh:login"}),
       finding("goroot-set", "f", 1, 1, {"zsh:interactive", "zsh:login"}), other_note,
       other_message, other_note, finding("goroot-set", "f", 1, 1, {"zsh:login"})},
      FilterOptions{});
  REQUIRE(shown.size() == 3);
  CHECK(shown[0].rule == "goroot-set");
  CHECK(shown[0].contexts ==
        std::vector<std::string>{"bash:login", "zsh:interactive", "zsh:login", "zsh:script"});
  CHECK(shown[0].severity == Severity::Error);
  REQUIRE(shown[0].notes.size() == 1);  // the note once, though two findings carried it
  CHECK(shown[0].notes[0].message == "in bash:login, ~/.profile runs first");
  CHECK(shown[1].message.ends_with("(another cause)"));  // another message: another finding
  CHECK(shown[2].rule == "path-overwrite");
}

TEST_CASE("apply: sorts by file, line, column, rule") {
  auto shown = diagnostics::apply(
      {finding("goroot-set", "~/.zshrc", 10, 3), finding("goroot-set", "~/.zshrc", 2, 9),
       finding("path-overwrite", "~/.zshrc", 2, 1), finding("goroot-set", "~/.bashrc", 50),
       finding("goroot-set", "~/.zshrc", 2, 1)},
      FilterOptions{});
  CHECK(rules_of(shown) == std::vector<std::string>{"goroot-set@50", "goroot-set@2",
                                                    "path-overwrite@2", "goroot-set@2",
                                                    "goroot-set@10"});
  CHECK(shown[3].where.column == 9);
}

TEST_CASE("exit codes") {
  CHECK(exit_code({}) == 0);
  Diagnostic info = finding("goroot-set", "f", 1);
  info.severity = Severity::Info;
  CHECK(exit_code({info}) == 1);
  CHECK(exit_code({info}, Severity::Warning) == 0);
  CHECK(exit_code({info, finding("path-overwrite", "f", 2)}, Severity::Warning) == 1);
  CHECK(exit_code({finding("path-overwrite", "f", 2)}, Severity::Error) == 0);
}

TEST_CASE("apply: the same note about other contexts joins the first, in their order") {
  // path-duplicate-entry says where an entry was first added, per context; five contexts must
  // not print the same note five times.
  auto with_note = [](std::string context, std::string note) {
    Diagnostic d = finding("path-duplicate-entry", "f", 1, 1, {context});
    d.notes.push_back({std::nullopt, std::move(note)});
    return d;
  };
  auto shown = diagnostics::apply(
      {with_note("bash:login", "in bash:login, it was added here first"),
       with_note("bash:interactive", "in bash:interactive, it was added here first"),
       with_note("bash:ssh-command", "in bash:ssh-command, it was added here first"),
       with_note("zsh:login", "in zsh:login, ~/.zprofile runs before ~/.zshrc"),
       with_note("zsh:script", "in a nutshell, this is not a context")},
      FilterOptions{});
  REQUIRE(shown.size() == 1);
  REQUIRE(shown[0].notes.size() == 3);
  CHECK(shown[0].notes[0].message ==
        "in bash:login, bash:interactive and bash:ssh-command, it was added here first");
  CHECK(shown[0].notes[1].message == "in zsh:login, ~/.zprofile runs before ~/.zshrc");
  CHECK(shown[0].notes[2].message == "in a nutshell, this is not a context");
}
