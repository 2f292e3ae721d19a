#!/usr/bin/python3
"""The notes of findings name the right places: rules that follow a variable along a trace
(goroot-set's reads of $GOROOT, path-duplicate-entry's earlier copy) must point at the line
that matters, not at every line that merely comes later.

Usage: notes_test.py RCLINT [unittest arguments]
"""

import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

RCLINT = None  # set from argv[1]


class NotesTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.home = Path(self.tmp.name) / "home"
        self.home.mkdir()

    def tearDown(self):
        self.tmp.cleanup()

    def findings(self, files, *args):
        for name, text in files.items():
            (self.home / name).write_text(text)
        done = subprocess.run([RCLINT, "--home", str(self.home), "--format", "json", *args],
                              capture_output=True, text=True, timeout=20, check=False)
        self.assertIn(done.returncode, (0, 1), done.stderr)
        return json.loads(done.stdout)

    def notes_of(self, findings, rule, line):
        [finding] = [f for f in findings if f["rule"] == rule and f["line"] == line]
        return finding["notes"]

    # Why: each GOROOT line listed every later read of $GOROOT, even those reading a later
    # line's value; a thousand GOROOT lines made a million notes (318 MB, 2 s).
    def test_goroot_notes_name_only_the_reads_of_that_value(self):
        findings = self.findings({".profile": (
            "export GOROOT=/usr/lib/go-1.19\n"       # 1
            "export PATH=\"$GOROOT/bin:$PATH\"\n"    # 2: reads line 1's value
            "export GOROOT\n"                        # 3: export only, the value stays
            "echo \"$GOROOT\" >/dev/null\n"          # 4: still line 1's value
            "export GOROOT=/usr/local/go\n"          # 5
            "export PATH=\"$GOROOT/bin:$PATH\"\n")},  # 6: reads line 5's value
            "--context", "sh:login")
        def read_lines(line):
            return [n["line"] for n in self.notes_of(findings, "goroot-set", line)
                    if "is read here" in n["message"]]
        self.assertEqual(read_lines(1), [2, 4])
        self.assertEqual(read_lines(5), [6])

    # Why: the other copy shown was the first one in PATH's order; when /etc's copy came first
    # the finding was dropped as "/etc put it there", though the user's own line added it too.
    def test_duplicate_names_the_users_earlier_line_when_etc_has_it_too(self):
        findings = self.findings({".profile": (
            "PATH=\"$PATH:/usr/bin\"\n"           # 1: /usr/bin is already in /etc's PATH
            "export PATH=\"/usr/bin:$PATH\"\n")},  # 2: and the user adds it once more
            "--context", "sh:login", "--platform", "debian")
        notes = self.notes_of(findings, "path-duplicate-entry", 2)
        self.assertTrue(any(n["line"] == 1 and "added here first" in n["message"] for n in notes),
                        notes)


def main():
    global RCLINT
    RCLINT = str(Path(sys.argv.pop(1)).resolve())
    unittest.main()


if __name__ == "__main__":
    main()
