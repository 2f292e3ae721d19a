#!/usr/bin/python3
"""A bounded libFuzzer run of tests/fuzz/fuzz_pipeline.cpp (issue 9), seeded with the rules'
fixtures, the example homes and the kept regressions.

Usage: run_fuzzer.py FUZZER [SECONDS]     (default: $RCLINT_FUZZ_SECONDS, else 90)

A crash, a hang (over 10 s on one input), a leak or a sanitizer report fails the run; libFuzzer
writes the input to tests/fuzz/findings/. Fix the bug, then keep the input as a regression:
`mv tests/fuzz/findings/crash-* tests/fuzz/regressions/` (every build replays them).
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    fuzzer = argv[1]
    seconds = argv[2] if len(argv) > 2 else os.environ.get("RCLINT_FUZZ_SECONDS", "90")
    findings = ROOT / "tests/fuzz/findings"
    findings.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rclint-fuzz-") as corpus:
        count = 0
        for seed_dir in (ROOT / "tests/fixtures", ROOT / "examples", ROOT / "tests/fuzz/regressions"):
            for path in sorted(seed_dir.rglob("*")):
                if path.is_file() and not path.is_symlink() and path.stat().st_size < 100_000:
                    shutil.copy(path, Path(corpus) / f"seed-{count}")
                    count += 1
        print(f"{count} seeds; fuzzing for {seconds} s", flush=True)
        done = subprocess.run([fuzzer, f"-max_total_time={seconds}", "-timeout=10",
                               "-rss_limit_mb=2048", "-max_len=65536", "-print_final_stats=1",
                               f"-artifact_prefix={findings}/", corpus], check=False)
    if done.returncode != 0:
        print(f"the fuzzer found a problem: see {findings}/", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
