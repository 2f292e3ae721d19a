#!/usr/bin/python3
"""End-to-end tests of the rclint command line: they run the real binary on homes built in
temporary directories and check stdout, stderr and the exit status (spec.md §3, §4; issue 3).

Usage: cli_test.py RCLINT [unittest arguments]

Every run gets HOME and XDG_CONFIG_HOME inside its own temporary directory, an explicit --home,
and 20 seconds: a hang is a failure. Tests marked @unittest.expectedFailure pin a known product
bug (the comment above each says what is wrong); they start failing loudly once it is fixed.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA = ROOT / "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
RCLINT = None  # set by main() from argv[1]
TIMEOUT = 20
NOBODY = 65534

JSON_KEYS = {"rule", "severity", "file", "line", "column", "end_line", "end_column", "message",
             "contexts", "notes", "fix", "help"}
FIX_KEYS = {"replacement", "line", "column", "end_line", "end_column"}
CONTEXT = re.compile(r"^(zsh|bash|sh):[a-z-]+$")
GCC_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|note): "
                      r"(?P<msg>.+) \[(?P<rule>[a-z0-9-]+)\]$")
TEXT_HEAD = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): "
                       r"(?P<sev>error|warning|info)\[(?P<rule>[a-z0-9-]+)\]: (?P<msg>.+)$")
GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),"
                         r"col=(?P<col>\d+)(,[A-Za-z]+=[^,:]*)*::(?P<msg>.+)$")
ANSI = "\x1b["
CRASH = re.compile(r"Sanitizer|runtime error:|Segmentation|terminate called|Assertion|core dumped|Aborted")

STRAY_FI = ": hello\nfi\n"  # bash and zsh: parse-error at 2:1 (no output: output-in-noninteractive)


class Run:
    def __init__(self, argv, rc, out, err, seconds):
        self.argv, self.rc, self.out, self.err, self.seconds = argv, rc, out, err, seconds

    def __str__(self):
        return (f"$ {' '.join(self.argv)}\n-> exit {self.rc} in {self.seconds:.1f}s\n"
                f"--- stdout\n{self.out[:3000]}\n--- stderr\n{self.err[:3000]}")

    def json(self):
        return json.loads(self.out)


def sarif_validator():
    """The validator of tests/output/validate_sarif.py (URI formats included), else plain jsonschema."""
    import jsonschema
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT / "tests/output"))
    try:
        import validate_sarif
        return validate_sarif.make_validator(schema)
    except ImportError:
        return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    finally:
        sys.path.pop(0)


class CliTest(unittest.TestCase):
    """Base: a fresh home per test, and helpers to fill it and to run rclint on it."""

    maxDiff = None

    def setUp(self):
        tmp = tempfile.TemporaryDirectory(prefix="rclint-cli-")
        self.addCleanup(tmp.cleanup)
        self.tmp = Path(tmp.name)
        self.home = self.tmp / "home"
        self.home.mkdir()

    # --- fixtures -------------------------------------------------------------------------------
    def write(self, name, content, mode=None):
        path = self.home / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        if mode is not None:
            path.chmod(mode)
        return path

    def symlink(self, name, target):
        (self.home / name).symlink_to(target)

    def findings_home(self):
        """~/.bashrc with a stray `fi`, ~/.zshrc that sources itself."""
        self.write(".bashrc", STRAY_FI)
        self.write(".zshrc", "export EDITOR=vim\nsource ~/.zshrc\n")

    def config(self, text):
        self.write(".rclint.toml", text)

    # --- running --------------------------------------------------------------------------------
    def env(self, extra=None):
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.home),
               "XDG_CONFIG_HOME": str(self.home / ".config"), "LANG": "C.UTF-8"}
        env.update(extra or {})
        return env

    def rclint(self, *args, env=None, prefix=(), stdout=subprocess.PIPE, exe=None):
        """Runs rclint ARGS (no --home added) in the home; a timeout fails the test."""
        argv = [*prefix, str(exe or RCLINT), *map(str, args)]
        start = time.monotonic()
        try:
            done = subprocess.run(argv, cwd=self.home, env=self.env(env), stdout=stdout,
                                  stderr=subprocess.PIPE, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            self.fail(f"rclint hung (> {TIMEOUT}s): {' '.join(argv)}")
        run = Run(argv, done.returncode, (done.stdout or b"").decode("utf-8", "replace"),
                  done.stderr.decode("utf-8", "replace"), time.monotonic() - start)
        self.assertGreaterEqual(run.rc, 0, f"rclint was killed by a signal\n{run}")
        self.assertNotRegex(run.err, CRASH, f"rclint crashed\n{run}")
        return run

    def lint(self, *args, **kw):
        """`rclint check --home HOME ARGS`."""
        return self.rclint("check", "--home", self.home, *args, **kw)

    def lint_json(self, *args, **kw):
        run = self.lint("--format", "json", *args, **kw)
        try:
            return run, run.json()
        except json.JSONDecodeError as e:
            self.fail(f"--format json is not JSON: {e}\n{run}")

    # --- checks ---------------------------------------------------------------------------------
    def assertExit(self, run, rc):
        self.assertEqual(run.rc, rc, f"expected exit {rc}\n{run}")

    def assertUsageError(self, run, *fragments):
        self.assertExit(run, 2)
        self.assertEqual(run.out, "", f"a usage error prints nothing on stdout\n{run}")
        self.assertRegex(run.err, r"^rclint: error: ", str(run))
        for fragment in fragments:
            self.assertIn(fragment, run.err, str(run))

    def assertFinding(self, findings, rule, file, line=None, message=None):
        """Some finding has this rule and file (and line; `message` is a regex on its message)."""
        for f in findings:
            if (f["rule"] == rule and f["file"] == file and (line is None or f["line"] == line)
                    and (message is None or re.search(message, f["message"]))):
                return f
        self.fail(f"no {rule} finding at {file}:{line} matching {message!r} in\n"
                  + json.dumps(findings, indent=1))

    def assertWitness(self, findings, file):
        """The neighbour file's stray `fi` is still reported: the run went on past the bad file."""
        self.assertFinding(findings, "parse-error", file, 2, r"unexpected `fi`")


class FormatTest(CliTest):
    """spec §4: every --format on a home with findings, checked for its exact shape."""

    def setUp(self):
        super().setUp()
        self.findings_home()

    def test_text(self):
        run = self.lint("--format", "text", "--color", "never")
        self.assertExit(run, 1)
        lines = run.out.splitlines()
        heads = [(i, m) for i, m in enumerate(map(TEXT_HEAD.match, lines)) if m]
        self.assertEqual([(m["file"], m["line"], m["col"], m["rule"]) for _, m in heads],
                         [(".bashrc", "2", "1", "parse-error"), (".zshrc", "2", "1", "source-cycle")],
                         str(run))
        i, head = heads[0]
        self.assertEqual(head["sev"], "error")
        self.assertEqual(lines[i + 1], " 2 | fi", "the source line follows the header")
        self.assertEqual(lines[i + 2], "   | ^^", "then a caret under the span")
        block = lines[i:heads[1][0]]
        self.assertTrue(any(line.startswith("   = help: ") for line in block), str(run))
        self.assertTrue(any(re.match(r"   = note: affects bash:", line) for line in block), str(run))
        self.assertRegex(lines[-1], r"^Found 2 findings")

    def test_gcc(self):
        run = self.lint("--format", "gcc")
        self.assertExit(run, 1)
        lines = run.out.splitlines()
        self.assertEqual(len(lines), 2, str(run))
        for line in lines:
            self.assertRegex(line, GCC_LINE)
        self.assertEqual(lines[0], ".bashrc:2:1: error: bash cannot parse this: unexpected `fi` "
                                   "[parse-error]")
        self.assertRegex(lines[1], r"^\.zshrc:2:1: error: .*\[source-cycle\]$")

    def test_json(self):
        run, findings = self.lint_json()
        self.assertExit(run, 1)
        self.assertIsInstance(findings, list)
        self.assertEqual(len(findings), 2, str(run))
        for f in findings:
            self.assertEqual(set(f), JSON_KEYS, f)
            for key in ("line", "column", "end_line", "end_column"):
                self.assertIsInstance(f[key], int)
                self.assertGreaterEqual(f[key], 1)
            self.assertIn(f["severity"], ("error", "warning", "info"))
            self.assertTrue(f["contexts"] and all(CONTEXT.match(c) for c in f["contexts"]), f)
            self.assertIsInstance(f["notes"], list)
            self.assertTrue(f["fix"] is None or set(f["fix"]) == FIX_KEYS, f)
        bash = self.assertFinding(findings, "parse-error", ".bashrc", 2)
        self.assertEqual((bash["column"], bash["end_line"], bash["end_column"]), (1, 2, 3))
        self.assertIn("bash:interactive", bash["contexts"])
        self.assertFinding(findings, "source-cycle", ".zshrc", 2)

    def test_sarif_validates(self):
        run = self.lint("--format", "sarif")
        self.assertExit(run, 1)
        if not SCHEMA.is_file():
            self.skipTest(f"{SCHEMA} is missing (run `npm ci`)")
        document = run.json()
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in sarif_validator().iter_errors(document)]
        self.assertEqual(errors, [], "SARIF does not validate")
        results = document["runs"][0]["results"]
        self.assertEqual(sorted(r["ruleId"] for r in results), ["parse-error", "source-cycle"])
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        self.assertEqual(uris, {".bashrc", ".zshrc"})

    def test_github(self):
        run = self.lint("--format", "github")
        self.assertExit(run, 1)
        lines = run.out.splitlines()
        self.assertEqual(len(lines), 2, str(run))
        for line in lines:
            self.assertTrue(line.startswith("::error file="), line)
            self.assertRegex(line, GITHUB_LINE)
        self.assertTrue(lines[0].startswith("::error file=.bashrc,line=2,col=1,"), lines[0])

    def test_color_always_never(self):
        self.assertIn(ANSI, self.lint("--color", "always").out)
        self.assertNotIn(ANSI, self.lint("--color", "never").out)
        self.assertNotIn(ANSI, self.lint("--color", "auto", env={"NO_COLOR": "1"}).out)

    def test_color_auto_on_a_terminal_respects_no_color(self):
        def on_tty(env):
            """stdout of `rclint check` on a pseudo-terminal, drained while it runs."""
            try:
                master, slave = os.openpty()
            except OSError as e:
                self.skipTest(f"no pseudo-terminal: {e}")
            chunks = []

            def drain():
                while True:
                    try:
                        chunk = os.read(master, 65536)
                    except OSError:  # EIO once the last writer has closed
                        return
                    if not chunk:
                        return
                    chunks.append(chunk)

            reader = threading.Thread(target=drain)
            reader.start()
            try:
                self.rclint("check", "--home", self.home, env=env, stdout=slave)
            finally:
                os.close(slave)
                reader.join(TIMEOUT)
                os.close(master)
            return b"".join(chunks).decode("utf-8", "replace")

        self.assertIn(ANSI, on_tty({}), "color is on by default on a terminal")
        self.assertNotIn(ANSI, on_tty({"NO_COLOR": "1"}), "NO_COLOR=1 turns it off")


class ExitCodeTest(CliTest):
    """spec §3: 0 clean, 1 findings, 2 usage, config or I/O error."""

    def test_clean_home_exits_0(self):
        self.write(".zshrc", "export EDITOR=vim\n")
        run = self.lint()
        self.assertExit(run, 0)
        self.assertNotIn("error", run.out)

    def test_findings_exit_1_and_exit_zero_exits_0(self):
        self.findings_home()
        self.assertExit(self.lint(), 1)
        run = self.lint("--exit-zero", "--format", "gcc")
        self.assertExit(run, 0)
        self.assertEqual(len(run.out.splitlines()), 2, "--exit-zero still reports")

    def test_quiet_prints_nothing(self):
        self.findings_home()
        run = self.lint("--quiet")
        self.assertExit(run, 1)
        self.assertEqual((run.out, run.err), ("", ""))

    def test_usage_errors_exit_2(self):
        self.findings_home()
        cases = [
            (["--hom", self.home], ["unknown option '--hom'", "did you mean '--home'"]),
            (["--home"], ["'--home' needs a value"]),
            (["--home", self.home, "--format"], ["'--format' needs a value"]),
            (["--home", self.home, "--format", "xml"], ["xml"]),
            (["--home", self.home, "--color", "sometimes"], ["sometimes"]),
            (["--home", self.home, "--context", "zsh:logn"], ["zsh:logn", "did you mean 'zsh:login'"]),
            (["--home", "/nonexistent"], ["/nonexistent"]),
            (["--home", self.home / ".bashrc"], [".bashrc", "not a directory"]),
            (["--home", self.home, "--select", "parse-eror"], ["did you mean 'parse-error'"]),
            (["--home", self.home, "--config", self.tmp / "none.toml"], ["none.toml"]),
            (["explain", "parse-eror"], ["did you mean 'parse-error'"]),
            (["explain"], ["usage"]),
            (["order", "--home", self.home, "--context", "bash:logn"], ["did you mean 'bash:login'"]),
        ]
        for args, fragments in cases:
            with self.subTest(args=" ".join(map(str, args))):
                self.assertUsageError(self.rclint(*args), *fragments)

    def test_explain_unknown_rule_far_from_any(self):
        # Nothing is close to "no-such-rule"; a suggestion or a pointer to the list will do.
        run = self.rclint("explain", "no-such-rule")
        self.assertUsageError(run, "'no-such-rule'")
        self.assertRegex(run.err, r"did you mean|rclint rules")

    def test_bad_config_exits_2_with_location(self):
        self.findings_home()
        cases = [
            ('a = 1\nselect = ["parse-error"]\nfoo bar\n', r"\.rclint\.toml:3:\d+: invalid TOML"),
            ('selct = ["parse-error"]\n', r"\.rclint\.toml:1:1: unknown key 'selct'; "
                                           r"did you mean 'select'\?"),
            ('ignore = ["nope-nope"]\n', r"\.rclint\.toml:1:\d+: unknown rule 'nope-nope'"),
            ('select = ["parse-eror"]\n', r"did you mean 'parse-error'"),
            ('extend = ".rclint.toml"\n', r"\.rclint\.toml:1:\d+: extend cycle"),
        ]
        for text, pattern in cases:
            with self.subTest(config=text):
                self.config(text)
                run = self.lint()
                self.assertUsageError(run)
                self.assertRegex(run.err, pattern)


class BadInputTest(CliTest):
    """Issue 3 item 3: each bad input gets one clear message with file and line; the run goes on
    (a neighbour file's stray `fi` is still reported); nothing crashes or hangs."""

    def check(self, bad, rule, reason, rc, witness=".bashrc", line=1):
        """Lints the home (whose `witness` gets a stray fi) and checks the finding about `bad`."""
        self.write(witness, STRAY_FI)
        run, findings = self.lint_json()
        self.assertExit(run, rc)
        self.assertFinding(findings, rule, bad, line, reason)
        self.assertWitness(findings, witness)
        gcc = self.lint("--format", "gcc").out  # the same, as an editor sees it
        self.assertRegex(gcc, rf"(?m)^{re.escape(bad)}:{line}:\d+: \w+: .*\[{rule}\]$")
        return findings

    def test_unreadable_file(self):
        self.write(".zshrc", "export A=1\n", mode=0o000)
        if os.geteuid() != 0:
            self.check(".zshrc", "io-error", r"(?i)permission denied", rc=2)
            return
        if not shutil.which("setpriv"):
            self.skipTest("root reads a chmod 000 file, and setpriv is missing to run as nobody")
        self.write(".bashrc", STRAY_FI, mode=0o644)
        exe = self.tmp / "rclint"
        shutil.copy2(RCLINT, exe)
        for d in (self.tmp, self.home):
            d.chmod(0o755)
        exe.chmod(0o755)
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        run = self.rclint("--home", self.home, "--format", "json", prefix=prefix, exe=exe)
        self.assertExit(run, 2)
        findings = run.json()
        self.assertFinding(findings, "io-error", ".zshrc", 1, r"(?i)permission denied")
        self.assertWitness(findings, ".bashrc")

    def test_directory_named_like_a_startup_file(self):
        (self.home / ".zshrc").mkdir()
        self.check(".zshrc", "io-error", r"directory", rc=2)

    def test_dangling_symlink(self):
        self.symlink(".zshrc", "nowhere")
        self.check(".zshrc", "io-error", r"dangling symlink", rc=2)

    def test_symlink_loop(self):
        self.symlink(".zshrc", ".zsh_real")
        self.symlink(".zsh_real", ".zshrc")
        self.check(".zshrc", "io-error", r"symlink loop", rc=2)

    def test_fifo_does_not_hang(self):
        os.mkfifo(self.home / ".bashrc")
        self.check(".bashrc", "io-error", r"not a regular file", rc=2, witness=".zshrc")

    def big_zshrc(self, size=3_000_000):
        """~3 MB of ordinary statements and a stray `fi` on the last line; returns that line."""
        line = "export VARIABLE_WITH_A_LONG_NAME=" + "x" * 65 + "\n"
        count = size // len(line)
        self.write(".zshrc", line * count + "fi\n")
        return count + 1

    def test_file_too_large_is_skipped(self):
        self.big_zshrc()
        self.check(".zshrc", "file-too-large", r"over the limit", rc=1)

    def test_file_too_large_is_read_with_a_higher_limit(self):
        last = self.big_zshrc()
        self.config('max-file-size = "4MB"\n')
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint_json()
        self.assertExit(run, 1)
        self.assertFinding(findings, "parse-error", ".zshrc", last)
        self.assertNotIn("file-too-large", run.out)
        self.assertWitness(findings, ".bashrc")

    def test_nul_bytes(self):
        self.write(".zshrc", b"export A=1\necho a\0b\n")
        self.check(".zshrc", "binary-file", r"NUL byte", rc=1, line=2)

    def test_invalid_utf8(self):
        self.write(".zshrc", b"export A=1\necho caf\xe9\n")
        self.check(".zshrc", "invalid-utf8", r"invalid UTF-8", rc=1, line=2)

    def test_crlf_line_endings(self):
        self.write(".zshrc", b"export A=1\r\nexport B=2\r\n")
        self.check(".zshrc", "crlf-line-endings", r"CRLF", rc=1)

    def test_source_cycle_between_bash_profile_and_bashrc(self):
        self.write(".bash_profile", ". ~/.bashrc\n")
        self.write(".bashrc", "export X=1\n. ~/.bash_profile\n")
        self.write(".zshrc", STRAY_FI)
        run, findings = self.lint_json()
        self.assertExit(run, 1)
        # One finding per loop or one per `source` line in it: either way both files are named,
        # and the loop affects login and non-login bash.
        cycles = [f for f in findings if f["rule"] == "source-cycle"]
        self.assertTrue(cycles, json.dumps(findings, indent=1))
        places = {(f["file"], f["line"]) for f in cycles}
        self.assertLessEqual(places, {(".bash_profile", 1), (".bashrc", 2)}, cycles)
        words = json.dumps(cycles)
        for name in (".bashrc", ".bash_profile"):
            self.assertIn(f"~/{name} ", words)
        contexts = {c for f in cycles for c in f["contexts"]}
        self.assertTrue({"bash:login", "bash:interactive"} <= contexts, contexts)
        self.assertWitness(findings, ".zshrc")

    def test_self_sourcing_glob_loop(self):
        self.write(".zsh/loader.zsh", "for f in ~/.zsh/*.zsh; do source $f; done\n")
        self.write(".zshrc", "source ~/.zsh/loader.zsh\n")
        self.check(".zsh/loader.zsh", "source-cycle", r"loader\.zsh", rc=1)

    def deep_if(self, depth=10_000):
        return "if true; then\n" * depth + "echo deep\n" + "fi\n" * depth

    def test_deep_nesting(self):
        self.write(".zshrc", self.deep_if())
        self.write(".bashrc", STRAY_FI)
        run, findings = self.lint_json()
        self.assertIn(run.rc, (0, 1), str(run))
        self.assertWitness(findings, ".bashrc")

    def test_deep_nesting_is_not_a_zsh_parse_error(self):
        self.write(".zshrc", self.deep_if())
        run, findings = self.lint_json()
        self.assertEqual([f for f in findings if f["rule"] == "parse-error"], [], str(run))

    def test_config_that_extends_itself(self):
        self.config('extend = "./.rclint.toml"\n')
        self.write(".bashrc", STRAY_FI)
        run = self.lint()
        self.assertUsageError(run, "extend cycle")
        self.assertRegex(run.err, r"\.rclint\.toml:1:\d+: ")


class CommandTest(CliTest):
    """FILE arguments, explain, rules, --version, order."""

    def test_named_file_limits_the_report(self):
        self.findings_home()
        run, findings = self.lint_json(".bashrc")
        self.assertExit(run, 1)
        self.assertEqual([(f["file"], f["rule"]) for f in findings], [(".bashrc", "parse-error")])
        run, findings = self.lint_json(self.home / ".zshrc")
        self.assertEqual([(f["file"], f["rule"]) for f in findings],
                         [(str(self.home / ".zshrc"), "source-cycle")], "the file as named")

    def test_named_file_that_does_not_exist(self):
        self.findings_home()
        run = self.lint("--format", "gcc", "nosuch")
        self.assertExit(run, 2)
        self.assertIn("nosuch", run.err)

    def test_explain(self):
        run = self.rclint("explain", "parse-error")
        self.assertExit(run, 0)
        self.assertTrue(run.out.startswith("parse-error (error)\n"), str(run))
        self.assertIn("a syntax error in a file a shell reads", run.out)  # the summary
        self.assertIn("stops the shell from reading the rest of the file", run.out)  # rationale
        self.assertRegex(run.out, r"(?m)^Bad \(in \.bashrc\):\n    if ")
        self.assertRegex(run.out, r"(?m)^Good \(in \.bashrc\):\n(    .*\n)*    fi$")

    def test_rules_json(self):
        run = self.rclint("rules", "--format", "json")
        self.assertExit(run, 0)
        rules = run.json()
        self.assertIsInstance(rules, list)
        for rule in rules:
            self.assertEqual(set(rule), {"name", "severity", "summary"})
            self.assertRegex(rule["name"], r"^[a-z0-9]+(-[a-z0-9]+)*$")
            self.assertIn(rule["severity"], ("error", "warning", "info"))
            self.assertTrue(rule["summary"])
        names = [rule["name"] for rule in rules]
        self.assertEqual(len(names), len(set(names)), "rule names are unique")
        self.assertTrue({"parse-error", "source-cycle", "io-error", "binary-file", "invalid-utf8",
                         "crlf-line-endings", "file-too-large"} <= set(names), names)

    def test_version_names_the_grammar(self):
        run = self.rclint("--version")
        self.assertExit(run, 0)
        self.assertRegex(run.out, r"^rclint \d+\.\d+\.\d+ .*tree-sitter-bash \d+\.\d+\.\d+")

    def test_order_json(self):
        self.findings_home()
        run = self.rclint("order", "--home", self.home, "--format", "json")
        self.assertExit(run, 0)
        contexts = run.json()
        self.assertIsInstance(contexts, list)
        by_name = {c["context"]: c for c in contexts}
        self.assertIn("zsh:interactive", by_name)
        for c in contexts:
            self.assertRegex(c["context"], CONTEXT)
            self.assertIsInstance(c["files"], list)
        paths = [f["path"] for f in by_name["zsh:interactive"]["files"]]
        self.assertIn(str(self.home / ".zshrc"), paths)
        paths = [f["path"] for f in by_name["bash:interactive"]["files"]]
        self.assertEqual(paths[-1:], [str(self.home / ".bashrc")])


class EnvTest(CliTest):
    """`rclint env` (spec §3, §4; issue 5): final values per context, with provenance."""

    def go_home(self):
        self.write(".zshenv", 'export GOPATH="$HOME/go"\nexport PATH="$GOPATH/bin:$PATH"\n')
        self.write(".zshrc", "export GOBIN=$(go env GOPATH)/bin\nGO111MODULE=on\n"
                             "export GOROOT=$(brew --prefix go)/libexec\n")

    def env_json(self, *args):
        run = self.rclint("env", "--home", self.home, "--platform", "debian", "--format", "json",
                          "--env", "PATH=/usr/bin:/bin", *args)
        self.assertExit(run, 0)
        return {c["context"]: c for c in run.json()}

    def test_json_follows_spec_4(self):
        self.go_home()
        by_name = self.env_json("PATH", "GOPATH", "GOBIN", "GO111MODULE", "GOROOT", "UNSET_X")
        self.assertEqual(sorted(by_name), ["zsh:interactive", "zsh:login", "zsh:login-script",
                                           "zsh:script"])
        script = by_name["zsh:script"]
        self.assertEqual(script["platform"], "debian")
        self.assertEqual(script["files"], ["/etc/zsh/zshenv", str(self.home / ".zshenv")])
        v = script["variables"]
        self.assertEqual(set(v), {"PATH", "GOPATH", "GOBIN", "GO111MODULE", "GOROOT", "UNSET_X"})
        for var in v.values():
            self.assertLessEqual({"value", "exact", "exported", "set_at"}, set(var))
        self.assertEqual(v["PATH"]["value"], f"{self.home}/go/bin:/usr/bin:/bin")
        self.assertTrue(v["PATH"]["exact"])
        self.assertTrue(v["PATH"]["exported"])
        self.assertEqual(v["PATH"]["set_at"], ".zshenv:2")
        self.assertEqual(v["GOBIN"]["value"], None)  # ~/.zshrc is not read by scripts
        inter = by_name["zsh:interactive"]["variables"]
        self.assertEqual(inter["GOBIN"]["value"], f"{self.home}/go/bin")
        self.assertTrue(inter["GOBIN"]["exact"])
        self.assertEqual(inter["GO111MODULE"], {"value": "on", "exact": True, "exported": False,
                                               "set_at": ".zshrc:2", "maybe_unset": False})
        # `brew` is not on PATH in this home: the value is honest about what it cannot know.
        self.assertFalse(inter["GOROOT"]["exact"])
        self.assertIn("${?$(brew --prefix go)}", inter["GOROOT"]["value"])
        self.assertEqual(inter["UNSET_X"]["value"], None)

    def test_text_groups_contexts_and_explain_names_each_entry(self):
        self.go_home()
        run = self.rclint("env", "GOPATH", "--home", self.home, "--platform", "debian",
                          "--env", "PATH=/usr/bin:/bin")
        self.assertExit(run, 0)
        self.assertIn("GOPATH\n  zsh:login, zsh:interactive, zsh:script, zsh:login-script: "
                      f"{self.home}/go\n      (set at ~/.zshenv:1)", run.out)
        run = self.rclint("env", "PATH", "--explain", "--home", self.home, "--platform",
                          "debian", "--context", "zsh:script", "--env", "PATH=/usr/bin:/bin")
        self.assertExit(run, 0)
        self.assertRegex(run.out, r"1  " + re.escape(f"{self.home}/go/bin") + r" +~/.zshenv:2\n")
        self.assertRegex(run.out, r"2  /usr/bin +starting environment\n")

    def test_default_variables_are_path_and_the_toolchain_ones_that_are_set(self):
        self.go_home()
        names = list(self.env_json()["zsh:login"]["variables"])
        self.assertEqual(names, ["PATH", "GOROOT", "GOPATH", "GOBIN", "GO111MODULE"])

    def test_macos_login_shows_path_helper(self):
        self.write(".zshenv", 'export PATH="$HOME/bin:$PATH"\n')
        self.write(".zprofile", 'eval "$(/opt/homebrew/bin/brew shellenv)"\n')
        run = self.rclint("env", "PATH", "--home", self.home, "--platform", "macos",
                          "--context", "zsh:login", "--format", "json")
        self.assertExit(run, 0)
        path = run.json()[0]["variables"]["PATH"]
        entries = path["value"].split(":")
        self.assertEqual(entries[:3], ["/opt/homebrew/bin", "/opt/homebrew/sbin", "/usr/local/bin"])
        self.assertEqual(entries[-1], f"{self.home}/bin")  # path_helper moved it last
        self.assertEqual(path["entries"][2]["set_at"], "/etc/zprofile")

    def test_fs_decides_tests_outside_the_home(self):
        self.write(".profile", "[ -d /usr/bin ] && export HAS_USR_BIN=1\n"
                               "[ -d ~/go/bin ] && export PATH=$HOME/go/bin:$PATH\n")
        self.write("go/bin/.keep", "")
        v = self.env_json("HAS_USR_BIN", "PATH")["sh:login"]["variables"]
        self.assertFalse(v["HAS_USR_BIN"]["exact"])  # outside the home: not looked at
        self.assertTrue(v["PATH"]["exact"])  # inside the home: the home is the input
        self.assertTrue(v["PATH"]["value"].startswith(f"{self.home}/go/bin:"))
        v = self.env_json("HAS_USR_BIN", "--fs")["sh:login"]["variables"]
        self.assertEqual((v["HAS_USR_BIN"]["value"], v["HAS_USR_BIN"]["exact"]), ("1", True))

    def test_uid_and_bad_arguments(self):
        self.write(".profile", "export ME=$(id -u)\n")
        v = self.env_json("ME", "--env", "UID=0")["sh:login"]["variables"]
        self.assertEqual(v["ME"]["value"], "0")
        self.assertUsageError(self.rclint("env", "1BAD", "--home", self.home), "not a variable name")
        self.assertUsageError(self.rclint("env", "--home", self.home, "--format", "sarif"),
                              "text or json")
        self.assertUsageError(self.rclint("order", "--explain", "--home", self.home), "--explain")


class LayoutTest(CliTest):
    """Dotfiles repositories: findings are reported on the physical paths."""

    def test_stow(self):
        self.write("zsh/.zshrc", "source ~/.zshrc\n")
        self.write("bash/.bashrc", STRAY_FI)
        run, findings = self.lint_json()
        self.assertExit(run, 1)
        self.assertFinding(findings, "source-cycle", "zsh/.zshrc", 1)
        self.assertFinding(findings, "parse-error", "bash/.bashrc", 2)

    def test_chezmoi_with_template(self):
        self.write("dot_zshrc", "source ~/.zshrc\n")
        self.write("dot_bashrc.tmpl", "{{ if .work }}\nfi\n{{ end }}\n")
        run, findings = self.lint_json()
        self.assertExit(run, 1)
        self.assertEqual([(f["file"], f["rule"]) for f in findings], [("dot_zshrc", "source-cycle")])
        self.assertRegex(run.err, r"note: .*dot_bashrc\.tmpl.*template", "the skip is noted")

    def test_chezmoi_template_note_is_quiet_with_quiet(self):
        self.write("dot_zshrc", "source ~/.zshrc\n")
        self.write("dot_bashrc.tmpl", "{{ if .work }}\nfi\n{{ end }}\n")
        run = self.lint("--quiet")
        self.assertExit(run, 1)
        self.assertEqual((run.out, run.err), ("", ""))


def main(argv):
    global RCLINT
    if len(argv) < 2:
        print("usage: cli_test.py RCLINT [unittest arguments]", file=sys.stderr)
        return 2
    RCLINT = str(Path(argv[1]).resolve())
    program = unittest.main(argv=[argv[0], *argv[2:]], exit=False, verbosity=2)
    result = program.result
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print(f"({len(result.expectedFailures)} expected failures, {len(result.skipped)} skipped)")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
