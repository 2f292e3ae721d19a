// rules/output_in_noninteractive.cpp: a command that prints, unguarded, in a startup file a
// non-interactive shell reads (it corrupts scp, rsync, sftp and git over ssh).
#include <algorithm>
#include <array>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

using startup::Mode;

// Commands whose job is to write to stdout. `cat` only with arguments (a bare `cat` reads
// stdin); greeters and banners are the usual culprits in ~/.zshenv and ~/.bashrc.
constexpr auto kPrinters = std::to_array<std::string_view>(
    {"echo", "printf", "print", "cat", "fortune", "neofetch", "screenfetch", "figlet", "fastfetch",
     "cowsay", "lolcat", "date", "uptime", "ls", "toilet", "archey", "pfetch", "uname"});

bool non_interactive(const startup::Context& c) {
  return c.mode == Mode::Script || c.mode == Mode::LoginScript || c.mode == Mode::SshCommand;
}

bool has_arg(const syntax::Command& command, std::string_view arg) {
  return std::any_of(command.words.begin() + 1, command.words.end(),
                     [&](const syntax::Word& w) { return w.raw == arg; });
}

// Does the rest of the command's line feed it stdin (`cat <<EOF`, `cat < ~/.motd`)?
// Redirections are outside the command's range.
bool reads_redirected_stdin(std::string_view text, source::Range range) {
  size_t eol = text.find('\n', range.end);
  std::string_view line = text.substr(
      range.begin, eol == std::string_view::npos ? std::string_view::npos : eol - range.begin);
  size_t less = line.find('<');
  return less != std::string_view::npos && line.substr(less).find("<(") != 0;
}

// Forms of the printers that write nothing to stdout.
bool silent_form(const syntax::Command& command, std::string_view name, std::string_view text,
                 source::Range range) {
  // A bare `cat` copies stdin: the terminal's or, with `<<EOF`/`< file`, the text given.
  if (name == "cat") return command.words.size() < 2 && !reads_redirected_stdin(text, range);
  // bash `printf -v VAR`; zsh `print -z`/`-s` (editing buffer, history), `-u2` (stderr).
  if (name == "printf") return has_arg(command, "-v");
  if (name == "print") {
    return has_arg(command, "-z") || has_arg(command, "-s") || has_arg(command, "-u2") ||
           has_arg(command, "-v");
  }
  return false;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  if (!non_interactive(ctx.context())) return;
  for (const startup::RanStatement& ran : ctx.order.trace.statements) {
    if (ran.at.conditional || ran.stdout_captured || !ran.at.modelled.empty()) continue;
    if (!ctx.is_user_file(ran.at.file)) continue;
    const auto* command = std::get_if<syntax::Command>(&ran.statement->node);
    if (command == nullptr || command->stdout_redirected) continue;
    std::string_view name = command->name();
    if (std::find(kPrinters.begin(), kPrinters.end(), name) == kPrinters.end()) continue;
    if (silent_form(*command, name, ran.at.file->text(), ran.statement->range)) continue;
    // bash and dash have no `print`: "command not found" goes to stderr.
    if (name == "print" && ctx.context().shell != startup::Shell::Zsh) continue;
    const source::SourceFile* top = ran.at.top != nullptr ? ran.at.top : ran.at.file;
    bool zsh_file = top->display().find(".zsh") != std::string::npos;
    auto finding = out.report(*ran.at.file, ran.statement->range,
                              "'{}' writes to stdout in a file non-interactive shells read", name);
    finding.note(
        "{} runs in shells with no terminal (`ssh host cmd`, scripts): the output goes "
        "into their stdout",
        top->shell_name());
    finding.note(
        "scp, rsync, sftp and git over ssh read the remote shell's stdout as their protocol: "
        "any text there makes them fail or hang");
    if (zsh_file) {
      finding.help(
          "guard it with `[[ -o interactive ]] && …`, or move it to ~/.zshrc (read only by "
          "interactive shells)");
    } else {
      finding.help(
          "guard it with `[[ $- == *i* ]] && …`, or move it below ~/.bashrc's interactivity "
          "guard (`case $- in *i*) ;; *) return;; esac`)");
    }
  }
}

}  // namespace

extern constinit const lint::Rule output_in_noninteractive{
    .name = "output-in-noninteractive",
    .severity = Severity::Warning,
    .summary = "a command prints to stdout in a file non-interactive shells read",
    .rationale = R"md(Non-interactive shells read startup files too: zsh reads ~/.zshenv for every
`zsh -c` and script, bash reads ~/.bashrc for `ssh host cmd` and `$BASH_ENV` for scripts. When
such a file prints (`echo`, `fortune`, `neofetch` …), the text lands in the stdout of
`ssh host cmd`, which scp, rsync, sftp and git use as their protocol stream: transfers fail with
"protocol version mismatch" or hang, and scripts capture the greeting with their output.
Output behind an interactivity test (`[[ -o interactive ]]`, `[[ $- == *i* ]]`) or a terminal
test (`[ -t 1 ]`) is fine. Ignore it when the output goes to a terminal by other means, or the
host is never used for file transfers.)md",
    .bad_example = "echo \"welcome back\"\n",
    .good_example = "[[ -o interactive ]] && echo \"welcome back\"\n",
    .example_file = ".zshenv",
    .check = check,
};

}  // namespace rclint::rules
