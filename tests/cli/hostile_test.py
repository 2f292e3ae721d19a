#!/usr/bin/python3
"""Hostile inputs (issue 9): homes built to make a linter crash, hang or eat memory. Each runs
the real binary with a bound on wall time and on peak RSS (from wait4, so no limit that would
upset ASan's shadow memory), and checks that the run went on and said what was wrong.

Usage: hostile_test.py RCLINT [unittest arguments]

The bounds catch a blow-up (a hang, a quadratic loop over a huge input), not a slowdown: the
speed targets live in bench/run.py. Each test prints its figures, so a drift shows early.
"""

import json
import os
import subprocess
import sys
import threading
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import STRAY_FI, CliTest  # noqa: E402

# Per run. check.sh runs this suite in the ASan+UBSan build (it sets ASAN_OPTIONS), which is
# about 3x slower and 2-3x bigger; the release figures are bench/run.py's.
SANITIZED = "ASAN_OPTIONS" in os.environ
SECONDS = 60 if SANITIZED else 20
PEAK_RSS_MB = 1500 if SANITIZED else 600


class Measured:
    def __init__(self, rc, out, err, seconds, peak_mb):
        self.rc, self.out, self.err, self.seconds, self.peak_mb = rc, out, err, seconds, peak_mb

    def json(self):
        return json.loads(self.out)


class HostileTest(CliTest):
    def measure(self, *args):
        """rclint ARGS in the home, with its wall time and peak RSS; a hang fails the test."""
        argv = [cli_test.RCLINT, *map(str, args)]
        # GNU time gives the peak RSS of rclint alone (a child forked from Python carries
        # Python's pages in its own maximum); without it, wait4's figure is an upper bound.
        report = self.tmp / "time.out"
        timed = Path("/usr/bin/time").exists()
        if timed:
            argv = ["/usr/bin/time", "-f", "%M", "-o", str(report), *argv]
        start = time.monotonic()
        process = subprocess.Popen(argv, cwd=self.home, env=self.env(), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        hung = threading.Event()

        def kill():
            hung.set()
            process.kill()

        timer = threading.Timer(SECONDS * 3, kill)
        timer.start()
        output = {}
        readers = [threading.Thread(target=lambda n=n, s=s: output.__setitem__(n, s.read()))
                   for n, s in (("out", process.stdout), ("err", process.stderr))]
        for reader in readers:
            reader.start()
        # wait4, not wait: its rusage is this child's own peak RSS.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        timer.cancel()
        for reader in readers:
            reader.join()
        process.stdout.close()
        process.stderr.close()
        seconds = time.monotonic() - start
        self.assertFalse(hung.is_set(), f"rclint hung (> {SECONDS * 3}s): {' '.join(argv)}")
        peak_mb = usage.ru_maxrss / 1024
        err = output["err"].decode("utf-8", "replace")
        if timed:
            lines = report.read_text().splitlines()
            # "Command terminated by signal N" (a crash) precedes the figure.
            err += "".join(f"\n{line}" for line in lines[:-1])
            self.assertNotIn("terminated by signal", report.read_text(), err[-2000:])
            peak_mb = int(lines[-1]) / 1024
        run = Measured(process.returncode, output["out"].decode("utf-8", "replace"), err,
                       seconds, peak_mb)
        print(f"  {self.id().split('.')[-1]}: {seconds:.2f} s, {run.peak_mb:.0f} MB, "
              f"exit {run.rc}", file=sys.stderr)
        self.assertGreaterEqual(run.rc, 0, f"killed by a signal\n{run.err[-2000:]}")
        self.assertNotRegex(run.err, cli_test.CRASH, f"crashed\n{run.err[-2000:]}")
        self.assertLess(seconds, SECONDS, "wall time")
        self.assertLess(run.peak_mb, PEAK_RSS_MB, "peak RSS")
        return run

    def lint(self, *args):
        run = self.measure("check", "--home", self.home, "--format", "json", *args)
        self.assertIn(run.rc, (0, 1, 2), run.err)
        return run, run.json()

    def assertWitness(self, findings):
        """~/.bashrc's stray `fi` is still reported: the run went on past the hostile file."""
        self.assertTrue(any(f["rule"] == "parse-error" and f["file"] == ".bashrc" and f["line"] == 2
                            for f in findings), json.dumps(findings, indent=1)[:2000])

    # --- size -------------------------------------------------------------------------------
    def test_100k_line_file(self):
        body = "".join(f"export V{i}={i}\n" if i % 20 else "# note\n" for i in range(100_000))
        self.write(".zshrc", body + "fi\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertTrue(any(f["rule"] == "parse-error" and f["line"] == 100_001 for f in findings))
        self.assertWitness(findings)

    def test_many_comment_lines(self):
        self.write(".zshrc", "# a comment\n" * 20_000 + "fi\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertTrue(any(f["rule"] == "parse-error" and f["line"] == 20_001 for f in findings))
        self.assertWitness(findings)

    def test_one_megabyte_line(self):
        self.write(".zshenv", 'export LONG="' + "a" * 1_000_000 + '"\n')
        self.write(".zshrc", "a=1; " * 200_000 + "export PATH=/opt/go/bin\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertTrue(any(f["rule"] == "path-overwrite" and f["file"] == ".zshrc"
                            for f in findings))
        self.assertWitness(findings)

    def test_home_of_ten_thousand_files(self):
        for i in range(10_000):
            self.write(f"junk/d{i % 100}/f{i}.txt", "x\n")
        for i in range(1_000):
            self.write(f".zsh/plugin{i:04}.zsh", f"export PLUGIN_{i}=on\n")
        self.write(".zshrc", "for f in ~/.zsh/*.zsh; do source $f; done\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertWitness(findings)
        env = self.measure("env", "--home", self.home, "--context", "zsh:interactive",
                           "--format", "json", "PLUGIN_999")
        value = env.json()[0]["variables"]["PLUGIN_999"]
        self.assertEqual((value["value"], value["exact"]), ("on", True))

    def test_thousands_of_sources(self):
        lines = []
        for i in range(3_000):
            self.write(f".bashrc.d/f{i}.sh", f"export TOOL_{i}_HOME=$HOME/tool{i}\nalias t{i}=tool{i}\n")
            lines.append(f". ~/.bashrc.d/f{i}.sh\n")
        self.write(".bash_profile", "".join(lines) + ". ~/.bashrc\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertWitness(findings)

    # The trace keeps each variable before and after every change. Values share their pieces
    # (startup/value.h), so n changes to PATH cost n, not n² (1,000 prepends took 250 MB
    # before). Linear growth is 4x the memory for 4x the changes; quadratic would be 16x.
    def test_path_changes_scale_linearly(self):
        if SANITIZED:
            # ASan's own 180 MB and its allocator quarantine hide the growth (x4.6 measured
            # for the quadratic version): only the plain build can tell.
            self.skipTest("measured in the plain build only")
        forms = {
            ".bash_profile": 'export PATH="$HOME/tool{i}/bin:$PATH"\n',  # prepend
            ".profile": 'PATH=$PATH:/opt/tool{i}/bin\n',  # append (shadowed: still walked)
            ".zshenv": "path=($HOME/tool{i}/bin $path)\n",  # zsh's tied array
            # One line run n times: its text joins the piece before it, so PATH grows as a
            # single ever longer piece (copied whole at each change until values were shared
            # by size as well: 1,000 runs took 23 s and 144 MB).
            ".bashrc": "[ -f ~/.lib.sh ] && . ~/.lib.sh\n",
        }
        self.write(".lib.sh", 'PATH="$HOME/lib:$PATH"\n')
        self.assertLinearMemory(forms, "PATH changes")

    def test_many_toolchain_lines_scale_linearly(self):
        # Findings whose notes name every later line made output quadratic: a thousand GOROOT
        # lines, each read by the next, gave a million notes (318 MB).
        if SANITIZED:
            self.skipTest("measured in the plain build only")
        forms = {
            ".bash_profile": 'export GOROOT=/usr/local/go{i}\nexport PATH="$GOROOT/bin:$PATH"\n',
            ".profile": 'export MANPATH="/opt/m{i}/man:$MANPATH"\n',
        }
        # Bigger than for PATH: 200 such lines add only 2 MB, too close to RSS's granularity.
        self.assertLinearMemory(forms, "GOROOT and MANPATH lines", small=500)

    def assertLinearMemory(self, forms, what, small=200):
        """Each file of `forms` holds its line (with {i}) n times: 4n lines against n must cost
        at most 6 times the memory (quadratic gives about 16)."""
        def peak_for(lines):
            for name, line in forms.items():
                self.write(name, "".join(line.format(i=i) for i in range(lines)))
            return self.measure("check", "--home", self.home, "--format", "json").peak_mb
        empty = peak_for(0)
        growth = (peak_for(4 * small) - empty) / max(peak_for(small) - empty, 1)
        print(f"  {what} x4 -> memory x{growth:.1f}", file=sys.stderr)
        self.assertLess(growth, 6)

    def test_long_source_chain(self):
        # Each file sources the next: 2,000 levels of `source`, no loop.
        for i in range(2_000):
            self.write(f".chain/c{i}.sh", f"export C{i}=1\n. ~/.chain/c{i + 1}.sh\n")
        self.write(".chain/c2000.sh", "export END=1\n")
        self.write(".bash_profile", ". ~/.chain/c0.sh\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertWitness(findings)

    # --- nesting ----------------------------------------------------------------------------
    def test_deep_nesting_of_every_kind(self):
        depth = 10_000
        self.write(".zshrc", "if true; then\n" * depth + "echo deep\n" + "fi\n" * depth)
        self.write(".zshenv", "echo " + "$(" * depth + "x" + ")" * depth + "\n")
        self.write(".zprofile", "{ " * depth + "x=1; " + "} " * depth + "\n")
        self.write(".zlogin", "X=" + "${X:-" * depth + "y" + "}" * depth + "\n")
        self.write(".profile", "(" * depth + "true" + ")" * depth + "\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertWitness(findings)

    # --- loops ------------------------------------------------------------------------------
    def test_source_cycle(self):
        self.write(".bash_profile", ". ~/.bashrc\n")
        self.write(".bashrc", "export X=1\n. ~/.bash_profile\n")
        run, findings = self.lint()
        self.assertEqual(run.rc, 1)
        self.assertTrue(any(f["rule"] == "source-cycle" for f in findings))

    def test_self_sourcing_glob_loop(self):
        self.write(".zsh/loader.zsh", "for f in ~/.zsh/*.zsh; do source $f; done\n")
        self.write(".zsh/a.zsh", "source ~/.zsh/loader.zsh\n")
        self.write(".zshrc", "source ~/.zsh/loader.zsh\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertTrue(any(f["rule"] == "source-cycle" for f in findings))
        self.assertWitness(findings)

    def test_symlink_loops(self):
        self.symlink(".zshrc", ".zsh_real")
        self.symlink(".zsh_real", ".zshrc")
        # A directory that contains itself, under a recursive glob.
        (self.home / ".zsh").mkdir()
        self.symlink(".zsh/loop", ".")
        self.write(".zsh/a.zsh", "export A=1\n")
        self.write(".zshenv", "for f in ~/.zsh/**/*.zsh; do source $f; done\n")
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        self.assertEqual(run.rc, 2, "a symlink loop is an I/O error")
        self.assertTrue(any(f["rule"] == "io-error" and "symlink loop" in f["message"]
                            for f in findings))
        self.assertWitness(findings)

    # --- bytes ------------------------------------------------------------------------------
    def test_nul_bytes_and_invalid_utf8(self):
        self.write(".zshrc", b"export A=1\necho a\0b\n" * 10_000)
        self.write(".zshenv", b"export B=caf\xe9\n\xff\xfe\xfd\n" * 10_000)
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint()
        rules = {f["rule"] for f in findings}
        self.assertTrue({"binary-file", "invalid-utf8"} <= rules, rules)
        self.assertWitness(findings)

    # --- config -----------------------------------------------------------------------------
    def test_config_that_references_itself(self):
        self.config('extend = "./.rclint.toml"\n')
        self.write(".bashrc", STRAY_FI)
        run = self.measure("check", "--home", self.home)
        self.assertEqual(run.rc, 2)
        self.assertIn("extend cycle", run.err)
        self.assertRegex(run.err, r"\.rclint\.toml:1:\d+: ")
        # A config that is a symlink to itself.
        (self.home / ".rclint.toml").unlink()
        self.symlink(".rclint.toml", ".rclint.toml")
        run = self.measure("check", "--home", self.home)
        self.assertEqual(run.rc, 2)
        self.assertIn(".rclint.toml", run.err)


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
