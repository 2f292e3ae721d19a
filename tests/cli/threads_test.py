#!/usr/bin/python3
"""Parsing on several threads changes nothing but the time (syntax/parse_ahead.h; issue 9).

Usage: threads_test.py RCLINT [unittest arguments]

Each home is checked with --threads 1 (every file parsed by the walk itself) and with more
threads than the machine has (files parsed ahead, taken by whichever thread gets there first),
in every output that shows the model: the findings as JSON, `rclint order` and `rclint env`.
The homes are the examples and bench/homes.py's, whose loops source 300 files that are guessed
ahead from the first one; a run per thread count is repeated, since a race shows only now and
then.
"""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import homes  # noqa: E402

RCLINT = None


class ThreadsTest(unittest.TestCase):
    def run_rclint(self, home, threads, *args):
        run = subprocess.run([RCLINT, *args, "--home", str(home), "--threads", str(threads)],
                             capture_output=True, text=True, timeout=120,
                             env={"PATH": "/usr/bin:/bin", "HOME": str(home)})
        self.assertIn(run.returncode, (0, 1), run.stderr)
        return run.stdout

    def assertSameEverywhere(self, home):
        for args in (["check", "--format", "json"], ["order"], ["env", "--format", "json"]):
            with self.subTest(home=home.name, command=args[0]):
                alone = self.run_rclint(home, 1, *args)
                for attempt in range(3):
                    self.assertEqual(self.run_rclint(home, 8, *args), alone)

    def test_examples(self):
        for home in sorted((ROOT / "examples").iterdir()):
            self.assertSameEverywhere(home)

    def test_bench_homes(self):
        with tempfile.TemporaryDirectory() as tmp:
            typical, large = Path(tmp) / "typical", Path(tmp) / "large"
            homes.typical_home(typical)
            homes.large_home(large, plugins=120)
            self.assertSameEverywhere(typical)
            self.assertSameEverywhere(large)

    def test_bad_thread_counts(self):
        for bad in ("0", "x", "-1", "1000"):
            run = subprocess.run([RCLINT, "--threads", bad, "--home", str(ROOT / "examples")],
                                 capture_output=True, text=True, timeout=20)
            self.assertEqual(run.returncode, 2, bad)
            self.assertIn("--threads", run.stderr)


if __name__ == "__main__":
    RCLINT = sys.argv.pop(1)
    unittest.main()
