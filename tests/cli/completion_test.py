#!/usr/bin/python3
"""Shell completion (issue 8): `rclint completion bash|zsh` and the files `meson install` puts
where bash-completion and zsh look. bash's completion function is called as readline calls it
(COMP_LINE, COMP_POINT, COMP_WORDS split at COMP_WORDBREAKS); zsh's runs in a real interactive
zsh on a pseudo-terminal (zsh/zpty), a TAB typed after each command line.

Usage: completion_test.py RCLINT [unittest arguments]
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import CliTest  # noqa: E402

BASH_COMPLETION = Path("/usr/share/bash-completion/bash_completion")


def comp_words(line):
    """The words bash's readline hands a completion function: split at blanks, and at the
    COMP_WORDBREAKS characters '=' and ':', each run of them a word of its own."""
    words = []
    for blank_word in line.split(" "):
        if blank_word == "" and words:
            continue
        words.extend(w for w in re.split(r"([=:]+)", blank_word) if w != "")
    if line.endswith(" ") or not words:
        words.append("")
    return words


class BashCompletionTest(CliTest):
    def complete(self, line, script=None):
        """What the completion function offers for `line` (the cursor at its end)."""
        if script is None:
            script = self.tmp / "rclint.bash"
            script.write_text(self.rclint("completion", "bash").out)
        words = comp_words(line)
        program = (f"source {script}\n"
                   f"COMP_LINE={shell_quote(line)}; COMP_POINT={len(line.encode())}\n"
                   f"COMP_WORDS=({' '.join(shell_quote(w) for w in words)})\n"
                   f"COMP_CWORD={len(words) - 1}\n"
                   "_rclint\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
        done = subprocess.run(["bash", "--norc", "-c", program], cwd=self.home,
                              env=self.env(), capture_output=True, text=True,
                              timeout=cli_test.TIMEOUT, check=False)
        self.assertEqual(done.returncode, 0, done.stderr)
        return [w for w in done.stdout.split("\n") if w]

    def test_options_values_and_commands(self):
        self.assertEqual(self.complete("rclint --sel"), ["--select"])
        self.assertEqual(self.complete("rclint --select path-o"), ["path-overwrite"])
        self.assertEqual(self.complete("rclint --select path-overwrite,goroot-mi"),
                         ["path-overwrite,goroot-mismatch", "path-overwrite,goroot-missing"])
        self.assertEqual(sorted(self.complete("rclint --platform ")), ["debian", "macos"])
        self.assertEqual(self.complete("rclint --format=sa"), ["sarif"])
        self.assertEqual(self.complete("rclint --platform macos explain go1"),
                         ["go111module-set"])
        self.assertEqual(self.complete("rclint completion "), ["bash", "zsh"])
        self.assertEqual(self.complete("rclint ord"), ["order"])
        self.assertEqual(self.complete("rclint env "), [])

    def test_context_names_across_the_colon(self):
        # bash replaces only the text after the last ':' of the word.
        self.assertEqual(self.complete("rclint --context zsh:login-"), ["login-script"])
        self.assertEqual(self.complete("rclint --context zsh:login,bash:ssh"), ["ssh-command"])
        self.assertEqual(len(self.complete("rclint --context ")), 11)

    def test_files_and_directories(self):
        self.write("dotfiles/zsh/.zshrc", "")
        self.write("dotted.toml", "")
        self.assertEqual(self.complete("rclint --home dot"), ["dotfiles"])
        self.assertEqual(self.complete("rclint --home=dotfiles/"), ["dotfiles/zsh"])
        self.assertEqual(sorted(self.complete("rclint --config dot")), ["dotfiles", "dotted.toml"])
        self.assertIn("dotted.toml", self.complete("rclint --home dotfiles dot"))

    def test_every_option_and_rule_is_offered(self):
        options = self.complete("rclint -")
        for option in ("--home", "--stdin-filename", "--baseline", "--statistics", "--fs"):
            self.assertIn(option, options)
        rules = {r["name"] for r in self.rclint("rules", "--format", "json").json()}
        self.assertEqual(set(self.complete("rclint explain ")), rules)

    def test_bash_completion_loads_the_installed_file(self):
        if not BASH_COMPLETION.exists():
            if os.environ.get("RCLINT_REQUIRE_TOOLS") == "1":
                self.fail("bash-completion is missing (setup.sh installs it)")
            self.skipTest("bash-completion is not installed")
        share = self.tmp / "share"
        (share / "bash-completion/completions").mkdir(parents=True)
        (share / "bash-completion/completions/rclint").write_text(
            self.rclint("completion", "bash").out)
        # bash-completion finds it on demand in $XDG_DATA_DIRS, as after `meson install`.
        program = (f"source {BASH_COMPLETION}\n__load_completion rclint || exit 3\n"
                   "complete -p rclint\n")
        done = subprocess.run(["bash", "--norc", "-c", program],
                              env=self.env({"XDG_DATA_DIRS": str(share)}), capture_output=True,
                              text=True, timeout=cli_test.TIMEOUT, check=False)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.strip(), "complete -o filenames -F _rclint rclint")


class ZshCompletionTest(CliTest):
    def test_tab_in_a_real_zsh(self):
        functions = self.tmp / "site-functions"
        functions.mkdir()
        (functions / "_rclint").write_text(self.rclint("completion", "zsh").out)
        self.write("dotfiles/.zshrc", "")
        lines = {
            "--sel": "rclint --select=",                     # unique: inserted
            "--platform ": "debian  macos",                   # listed
            "explain go111": "rclint explain go111module-set",
            "--context zsh:login-s": "rclint --context zsh:login-script",
            # the common prefix of goroot-mismatch and goroot-missing is inserted
            "--select path-overwrite,goroot-mi": "rclint --select path-overwrite,goroot-mis",
            "ord": "rclint order",
            "completion ": "bash  zsh",
            "--home dotf": "rclint --home dotfiles/",
        }
        # One interactive zsh, compinit on the completion file; after each TAB the line is
        # read back, then erased (^U) for the next one.
        steps = "\n".join(
            f"zpty -w -n z $'{typed}\\t'; sleep 0.4; out=; "
            "while zpty -r -t z chunk; do out+=$chunk; done; "
            "print -r -- \"<<<${out//$'\\r'/}>>>\"; zpty -w -n z $'\\C-u'; sleep 0.1; "
            "while zpty -r -t z chunk; do :; done"
            for typed in ("rclint " + line for line in lines))
        program = f"""
zmodload zsh/zpty
zpty -b z 'env -i TERM=dumb HOME={self.home} PATH=/usr/bin:/bin zsh -f -i'
zpty -w z 'PS1="> "; cd {self.home}; fpath=({functions} $fpath); autoload -U compinit; compinit -u -D'
sleep 0.5; while zpty -r -t z chunk; do :; done
{steps}
zpty -d z
"""
        done = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True,
                              timeout=120, check=False)
        self.assertEqual(done.returncode, 0, done.stderr)
        outputs = re.findall(r"<<<(.*?)>>>", done.stdout, re.S)
        self.assertEqual(len(outputs), len(lines), done.stdout)
        for (line, expected), output in zip(lines.items(), outputs):
            self.assertIn(expected, output, f"rclint {line}<TAB>")


def shell_quote(word):
    return "'" + word.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    if shutil.which("zsh") is None and os.environ.get("RCLINT_REQUIRE_SHELLS") != "1":
        del ZshCompletionTest
    sys.exit(cli_test.main(sys.argv))
