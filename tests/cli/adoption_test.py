#!/usr/bin/python3
"""`--statistics` and `--baseline` (issue 8): adopting rclint on an old dotfiles repository.
The counts must agree with the findings; a baseline hides exactly what it recorded, by rule,
file and message (not line), so that only new problems show and fail.

Usage: adoption_test.py RCLINT [unittest arguments]
"""

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import CliTest  # noqa: E402

OLD_ZSHRC = 'export PATH=/opt/go/bin\nexport GOPATH="~/go"\n'


class StatisticsTest(CliTest):
    def test_counts_agree_with_the_findings(self):
        self.write(".zshrc", OLD_ZSHRC)
        self.write(".bashrc", "export PATH=/opt/bin\n")
        run, findings = self.lint_json()
        counts = Counter(f["rule"] for f in findings)
        stats = self.lint("--statistics", "--format", "json")
        self.assertEqual(stats.rc, 1, str(stats))
        self.assertEqual({row["rule"]: row["count"] for row in stats.json()}, dict(counts))
        text = self.lint("--statistics").out.splitlines()
        self.assertEqual(len(text), len(counts) + 1, "\n".join(text))
        self.assertRegex("\n".join(text),
                         r"(?m)^\s+2  error    path-overwrite\s+an assignment replaces PATH")
        self.assertRegex(text[-1], rf"^Found {len(findings)} findings")

    def test_statistics_is_an_option_of_check(self):
        self.assertUsageError(self.rclint("env", "--home", self.home, "--statistics"),
                              "--statistics is an option of `rclint check`")
        self.assertUsageError(self.lint("--statistics", "--format", "sarif"), "--statistics")


class BaselineTest(CliTest):
    def record(self):
        run, findings = self.lint_json()
        self.assertTrue(findings, str(run))
        (self.tmp / "baseline.json").write_text(run.out)
        return findings

    def test_recorded_findings_are_hidden_even_after_lines_move(self):
        self.write(".zshrc", OLD_ZSHRC)
        self.record()
        self.write(".zshrc", "# my settings\n\n" + OLD_ZSHRC)  # the same problems, two lines down
        run = self.lint("--baseline", self.tmp / "baseline.json")
        self.assertEqual((run.rc, run.out), (0, ""), str(run))

    def test_a_new_finding_still_shows_and_fails(self):
        self.write(".zshrc", OLD_ZSHRC)
        old = self.record()
        self.write(".zshrc", OLD_ZSHRC + "export GO111MODULE=auto\n")
        run = self.lint("--baseline", self.tmp / "baseline.json", "--format", "json")
        self.assertEqual(run.rc, 1, str(run))
        recorded = {(f["rule"], f["file"], f["message"]) for f in old}
        new = run.json()
        self.assertIn("go111module-set", [f["rule"] for f in new])
        self.assertFalse([f for f in new if (f["rule"], f["file"], f["message"]) in recorded])

    def test_each_record_hides_one_finding(self):
        self.write(".zprofile", "export GO111MODULE=on\n")
        self.record()
        self.write(".zprofile", "export GO111MODULE=on\nexport GO111MODULE=on\n")
        run, findings = self.lint_json("--baseline", self.tmp / "baseline.json", "--select",
                                       "go111module-set")
        self.assertEqual(len(findings), 1, str(run))

    def test_bad_baselines_are_usage_errors(self):
        self.write(".zshrc", OLD_ZSHRC)
        self.assertUsageError(self.lint("--baseline", self.tmp / "nope.json"),
                              "--baseline", "no such file")
        (self.tmp / "bad.json").write_text('{"rule": "x"}')
        self.assertUsageError(self.lint("--baseline", self.tmp / "bad.json"),
                              "not the JSON array")
        (self.tmp / "partial.json").write_text(json.dumps([{"rule": "path-overwrite"}]))
        self.assertUsageError(self.lint("--baseline", self.tmp / "partial.json"),
                              "finding 1 has no rule, file or message")


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
