#!/usr/bin/python3
"""End-to-end tests of the audit (rules.md batch 2, issue 7): rclint with no --home audits
$HOME on this machine's real /, and --root DIR --fs audits a fake machine built here. The
rules' own cases are fixtures (tests/fixtures/<rule>); these check the command line: the
audit is on without --home, off with --home alone, and `rclint env` says which go runs.

Usage: audit_test.py RCLINT [unittest arguments]
"""

import json
import os
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402  (the base class and runner)
from cli_test import CliTest  # noqa: E402

AUDIT_RULES = {"path-missing-dir", "source-missing", "goroot-missing", "go-shadowed",
               "go-env-file-conflict"}


class MachineTest(CliTest):
    """A fake machine: ROOT plays /, with Debian's go and a go.dev tarball."""

    def setUp(self):
        super().setUp()
        self.root = self.tmp / "root"
        for d in ["usr/local/bin", "usr/bin", "bin", "usr/local/games", "usr/games"]:
            (self.root / d).mkdir(parents=True, exist_ok=True)
        self.go_install("usr/lib/go-1.19", "go1.19.8")
        self.go_install("usr/local/go1.22.5", "go1.22.5")
        (self.root / "usr/local/go").symlink_to("go1.22.5")
        (self.root / "usr/bin/go").symlink_to("../lib/go-1.19/bin/go")
        (self.root / "etc").mkdir()
        (self.root / "etc/profile").write_text(
            'PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nexport PATH\n')

    def go_install(self, root, version):
        base = self.root / root
        (base / "bin").mkdir(parents=True)
        (base / "src/runtime").mkdir(parents=True)
        (base / "bin/go").write_text("#!/bin/sh\n")
        (base / "bin/go").chmod(0o755)
        (base / "VERSION").write_text(version + "\n")

    def machine(self, *args, **kw):
        return self.rclint(*args, "--home", self.home, "--root", self.root, "--fs",
                           "--platform", "debian", **kw)


class AuditRulesTest(MachineTest):
    def test_audit_rules_run_with_fs_and_not_without(self):
        self.write(".profile", 'export PATH="$PATH:/usr/local/go/bin:$HOME/go/bin"\n'
                               '. "$HOME/.cargo/env"\n')
        (self.home / "go/bin").mkdir(parents=True)
        run = self.machine("--format", "json")
        self.assertEqual(run.rc, 1, str(run))
        found = run.json()
        self.assertFinding(found, "go-shadowed", ".profile", 1,
                           r"/usr/bin/go → /usr/lib/go-1.19/bin/go .*go1\.19\.8.*"
                           r"not the one put on PATH here \(/usr/local/go/bin/go")
        self.assertFinding(found, "source-missing", ".profile", 2, r"~/.cargo/env' does not exist")
        # --home and --root without --fs: the audit rules stay quiet.
        quiet = self.rclint("--home", self.home, "--root", self.root, "--platform", "debian",
                            "--format", "json")
        self.assertEqual({f["rule"] for f in quiet.json()} & AUDIT_RULES, set(), str(quiet))

    def test_broken_link_is_named(self):
        (self.root / "usr/local/go").unlink()
        (self.root / "usr/local/go").symlink_to("go1.20.4")
        self.write(".profile", "export GOROOT=/usr/local/go\n")
        run = self.machine("--format", "json", "--select", "goroot-missing")
        self.assertFinding(run.json(), "goroot-missing", ".profile", 1,
                           r"GOROOT '/usr/local/go' is a symlink to go1\.20\.4, which does not exist")

    def test_env_says_which_go_runs_and_why(self):
        self.write(".profile", 'export PATH="$PATH:/usr/local/go/bin"\n')
        text = self.machine("env", "GOROOT", "--context", "bash:login").out
        self.assertIn("go (the first `go` on PATH, looked up on the disk)", text)
        self.assertIn("bash:login: /usr/bin/go → /usr/lib/go-1.19/bin/go "
                      "(Debian's golang 1.19, go1.19.8)", text)
        self.assertIn("found in '/usr/bin', PATH entry 2 (/etc/profile:1)", text)
        self.assertIn("GOROOT /usr/lib/go-1.19 (unset: go finds its root from where its binary is)",
                      text)
        data = self.machine("env", "PATH", "--format", "json", "--context", "bash:login").json()
        go = data[0]["go"]
        self.assertEqual(go["status"], "found")
        self.assertEqual(go["path"], "/usr/bin/go")
        self.assertEqual(go["real_path"], "/usr/lib/go-1.19/bin/go")
        self.assertEqual(go["version"], "go1.19.8")
        self.assertEqual(go["path_entry_index"], 2)
        self.assertEqual(go["goroot"], "/usr/lib/go-1.19")
        # Without the disk there is no go section.
        plain = self.rclint("env", "PATH", "--home", self.home, "--platform", "debian",
                            "--format", "json", "--context", "bash:login").json()
        self.assertNotIn("go", plain[0])

    def test_no_go_on_path(self):
        (self.root / "usr/bin/go").unlink()
        self.write(".profile", "# nothing\n")
        text = self.machine("env", "PATH", "--context", "bash:login").out
        self.assertIn('bash:login: none: `go` is "command not found" there', text)


class RealMachineTest(CliTest):
    """`rclint` with no --home: $HOME here, and this machine's own /."""

    def test_no_arguments_audits_home_and_the_real_root(self):
        self.write(".profile", 'export PATH="$PATH:/nonexistent-rclint-test/bin"\n'
                               '[ -f ~/.missing ] && . ~/.missing\n'
                               '. ~/.also-missing\n')
        run = self.rclint("--format", "json")
        found = run.json()
        self.assertFinding(found, "path-missing-dir", ".profile", 1,
                           r"'/nonexistent-rclint-test/bin' does not exist")
        self.assertFinding(found, "source-missing", ".profile", 3)
        self.assertEqual([f for f in found if f["line"] == 2], [], str(run))

    def test_stock_skeleton_home_is_clean(self):
        skel = Path("/etc/skel")
        if not (skel / ".profile").exists():
            self.skipTest("no /etc/skel on this machine")
        for name in (".profile", ".bashrc", ".bash_logout"):
            if (skel / name).exists():
                self.write(name, (skel / name).read_bytes())
        run = self.rclint("--format", "json")
        self.assertEqual(run.rc, 0, str(run))
        self.assertEqual(run.json(), [])


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
