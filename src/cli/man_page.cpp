#include "cli/man_page.h"

#include <fmt/format.h>

#include "base/text.h"
#include "cli/args.h"
#include "registry.h"

namespace rclint::cli {

namespace {

// Text as roff reads it: backslashes doubled, a leading '.' or '\'' made literal, Markdown's
// backquotes dropped (a man page has no code spans).
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (c != '`') {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

}  // namespace

std::string man_page() {
  std::string out = fmt::format(
      ".TH RCLINT 1 \"\" \"rclint {}\" \"User Commands\"\n"
      ".SH NAME\nrclint \\- static analyzer for shell startup files\n"
      ".SH SYNOPSIS\n.B rclint\n[\\fBcheck\\fR] [\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n"
      ".br\n.B rclint\n\\fBorder\\fR|\\fBenv\\fR|\\fBexplain\\fR|\\fBrules\\fR ...\n"
      ".SH DESCRIPTION\n"
      "rclint parses the startup files of zsh, bash and sh (~/.zshenv, ~/.zprofile, ~/.zshrc,\n"
      "~/.bash_profile, ~/.bashrc, ~/.profile and the /etc files before them), models which\n"
      "files each way of starting a shell reads and in which order, simulates how PATH and the\n"
      "toolchain variables evolve, and reports explained findings. It never runs, evaluates or\n"
      "writes the files it reads. With no \\fB\\-\\-home\\fR it audits this machine: $HOME, /\n"
      "and the disk.\n"
      ".SH USAGE\n.nf\n{}.fi\n",
      RCLINT_VERSION, roff(usage()));
  out += ".SH RULES\nEach rule's name, default severity and summary, then why it exists.\n";
  for (const lint::Rule* rule : rules::all()) {
    out +=
        fmt::format(".TP\n.B {}\n({}) {}\n.IP\n{}\n", roff(rule->name), to_string(rule->severity),
                    roff(rule->summary), roff(text::trim(rule->rationale)));
  }
  out +=
      ".SH EXIT STATUS\n0: no findings; 1: findings; 2: usage, configuration or I/O error.\n"
      ".SH SEE ALSO\n\\fBrclint explain\\fR \\fIRULE\\fR for a rule's examples; "
      "\\fBzsh\\fR(1), \\fBbash\\fR(1), \\fBdash\\fR(1).\n";
  return out;
}

}  // namespace rclint::cli
