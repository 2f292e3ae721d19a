#!/usr/bin/python3
"""The pre-commit hook (issue 8), run by Debian's real pre-commit in real `git commit`s: the
repository's .pre-commit-hooks.yaml, committed into a scratch hook repository (so that the
working tree's version is the one tested), used by scratch dotfiles repositories in each
layout. A bad staged file fails the commit with its finding; a clean one passes; findings in
files that are not staged do not block; the whole repository is the home (use-before-set
across files).

Usage: precommit_test.py RCLINT [unittest arguments]   (skipped when pre-commit is missing,
unless RCLINT_REQUIRE_TOOLS=1)
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RCLINT = None
TIMEOUT = 120


def run(argv, cwd, env):
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


class PreCommitTest(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory(prefix="rclint-precommit-")
        self.addCleanup(tmp.cleanup)
        self.tmp = Path(tmp.name)
        bin_dir = self.tmp / "bin"
        bin_dir.mkdir()
        (bin_dir / "rclint").symlink_to(RCLINT)
        self.env = {
            "PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(self.tmp / "user"),
            "PRE_COMMIT_HOME": str(self.tmp / "cache"), "LANG": "C.UTF-8",
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
        }
        (self.tmp / "user").mkdir()
        # The hook repository: this checkout's .pre-commit-hooks.yaml, committed.
        self.hooks = self.tmp / "hooks"
        self.hooks.mkdir()
        shutil.copy(ROOT / ".pre-commit-hooks.yaml", self.hooks)
        self.git(self.hooks, "init", "-q")
        self.git(self.hooks, "add", ".")
        self.git(self.hooks, "commit", "-qm", "hooks")
        self.rev = self.git(self.hooks, "rev-parse", "HEAD").stdout.strip()

    def git(self, where, *args):
        done = run(["git", *args], where, self.env)
        self.assertEqual(done.returncode, 0, f"git {' '.join(args)}: {done.stderr}")
        return done

    def dotfiles(self, files):
        repo = self.tmp / "dotfiles"
        repo.mkdir()
        self.git(repo, "init", "-q")
        (repo / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {self.hooks}\n    rev: {self.rev}\n    hooks:\n"
            "      - id: rclint\n        args: [--platform, debian]\n")
        for name, text in files.items():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            (repo / name).write_text(text)
        self.git(repo, "add", "-A")
        self.git(repo, "commit", "-qm", "start", "--no-verify")
        done = run(["pre-commit", "install"], repo, self.env)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        return repo

    def commit(self, repo, name, text):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
        self.git(repo, "add", name)
        return run(["git", "commit", "-m", f"edit {name}"], repo, self.env)

    def check_layout(self, zshenv):
        repo = self.dotfiles({zshenv: "export EDITOR=vim\n"})
        bad = self.commit(repo, zshenv, "export PATH=/opt/go/bin\n")
        output = bad.stdout + bad.stderr
        self.assertNotEqual(bad.returncode, 0, f"a bad {zshenv} must fail the commit\n{output}")
        self.assertIn(f"{zshenv}:1:1: error[path-overwrite]", output)
        good = self.commit(repo, zshenv, 'typeset -U path\npath=(/opt/go/bin $path)\n')
        self.assertEqual(good.returncode, 0, good.stdout + good.stderr)
        self.assertRegex(good.stdout + good.stderr, r"rclint.*Passed")

    def test_plain(self):
        self.check_layout(".zshenv")

    def test_stow(self):
        self.check_layout("zsh/.zshenv")

    def test_chezmoi(self):
        self.check_layout("dot_zshenv")

    def test_only_staged_files_and_the_whole_home(self):
        # ~/.bashrc's problem is old and not staged: it does not block. ~/.zprofile, staged,
        # reads $GOPATH, which only ~/.zshrc sets: found because the whole home is modelled.
        repo = self.dotfiles({".bashrc": "export PATH=/opt/bin\n",
                              ".zshrc": 'export GOPATH="$HOME/go"\n'})
        ok = self.commit(repo, "README.md", "my dotfiles\n")
        self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)
        self.assertRegex(ok.stdout + ok.stderr, r"rclint.*\(no files to check\)Skipped")
        bad = self.commit(repo, ".zprofile", 'export PATH="$PATH:$GOPATH/bin"\n')
        output = bad.stdout + bad.stderr
        self.assertNotEqual(bad.returncode, 0, output)
        self.assertIn(".zprofile:1:20: warning[use-before-set]", output)
        self.assertNotIn(".bashrc", output)


def main(argv):
    global RCLINT
    RCLINT = str(Path(argv[1]).resolve())
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        if os.environ.get("RCLINT_REQUIRE_TOOLS") == "1":
            print("pre-commit or git is missing (setup.sh installs them)")
            return 1
        print("skipped: pre-commit or git is missing (setup.sh installs them)")
        return 77
    program = unittest.main(argv=[argv[0], *argv[2:]], exit=False, verbosity=2)
    result = program.result
    failed = len(result.failures) + len(result.errors)
    print(f"{result.testsRun - failed} passed, {failed} failed")
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
