#!/usr/bin/python3
"""What editors call (issue 8): `--stdin-filename NAME` lints an unsaved buffer from stdin as
NAME inside the home, with the rest of the home as on disk, and reports only NAME's findings.

Usage: editor_test.py RCLINT [unittest arguments]
"""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import CliTest  # noqa: E402


class StdinFilenameTest(CliTest):
    def buffer(self, name, text, *args):
        argv = [cli_test.RCLINT, "--home", str(self.home), "--stdin-filename", name,
                "--format", "gcc", *args]
        return subprocess.run(argv, cwd=self.home, env=self.env(), input=text, text=True,
                              capture_output=True, timeout=cli_test.TIMEOUT, check=False)

    def test_an_unsaved_new_file_sees_the_rest_of_the_home(self):
        self.write(".zshrc", 'export GOPATH="$HOME/go"\nexport PATH=/opt/bin\n')
        done = self.buffer(".zprofile", 'export PATH="$PATH:$GOPATH/bin"\n')
        self.assertEqual(done.returncode, 1, done.stderr)
        # Only the buffer's findings: ~/.zshrc's path-overwrite is not reported.
        self.assertEqual(done.stdout, ".zprofile:1:20: warning: $GOPATH is used here before "
                         "~/.zshrc sets it: it expands to empty [use-before-set]\n")
        self.assertFalse((self.home / ".zprofile").exists(), "rclint writes nothing")

    def test_the_buffer_replaces_the_file_on_disk(self):
        self.write(".zshenv", "export PATH=/opt/go/bin\n")
        fixed = self.buffer(".zshenv", "export EDITOR=vim\n")
        self.assertEqual((fixed.returncode, fixed.stdout), (0, ""), fixed.stderr)
        broken = self.buffer(".zshenv", "export PATH=/opt/go/bin\n")
        self.assertIn(".zshenv:1:1: error: PATH is replaced by '/opt/go/bin'", broken.stdout)

    def test_stow_layout(self):
        self.write("zsh/.zshrc", 'export GOPATH="$HOME/go"\n')
        self.write("zsh/.zprofile", "")
        done = self.buffer("zsh/.zprofile", 'export PATH="$PATH:$GOPATH/bin"\n')
        self.assertIn("zsh/.zprofile:1:20: warning: $GOPATH is used here before", done.stdout)

    def test_bad_uses(self):
        done = self.buffer("/etc/passwd", "x\n")
        self.assertEqual(done.returncode, 2)
        self.assertIn("--stdin-filename /etc/passwd: not a startup file of the home", done.stderr)
        self.write(".zshrc", "")
        self.assertUsageError(self.lint("--stdin-filename", ".zshrc", ".zshrc"),
                              "name no other FILE")
        self.assertUsageError(self.rclint("env", "--home", self.home, "--stdin-filename", "x"),
                              "--stdin-filename is an option of `rclint check`")


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
