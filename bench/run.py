#!/usr/bin/python3
"""rclint's speed, side by side with what it stands in for (issue 7: the audit stays
interactive; issue 9 extends this with ShellCheck, bare parses and scaling).

Usage: bench/run.py [RCLINT] [--runs N]      (default: build/rclint, 30 runs)

Prints, for each case, the median and the spread (min–max) of wall time over N runs, and the
peak RSS of one run. Not a test: figures depend on the machine.
"""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(argv, runs, env=None, cwd=None):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       cwd=cwd, stdin=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    # Peak RSS from GNU time: a child forked from Python would count Python's own pages.
    rss = None
    if Path("/usr/bin/time").exists():
        out = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                             text=True, check=False)
        last = out.stderr.strip().splitlines()[-1:] or [""]
        rss = int(last[0]) if last[0].isdigit() else None
    return statistics.median(times), min(times), max(times), rss


def main(argv):
    rclint = str(Path(argv[1]).resolve()) if len(argv) > 1 and not argv[1].startswith("-") \
        else str(ROOT / "build/rclint")
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 30
    home = os.environ.get("HOME", "/root")
    shell_env = {"HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "dumb"}
    cases = [
        ("rclint audit of this machine ($HOME, /, the disk)", [rclint]),
        ("rclint env --explain (audit)", [rclint, "env", "--explain"]),
    ]
    for example in sorted((ROOT / "examples").iterdir()):
        if example.is_dir():
            cases.append((f"rclint check examples/{example.name}",
                          [rclint, "--home", str(example)]))
    for shell in ("bash", "zsh"):
        if subprocess.run(["sh", "-c", f"command -v {shell}"], stdout=subprocess.DEVNULL).returncode == 0:
            cases.append((f"{shell} -i -c exit (a real start of $HOME)", [shell, "-i", "-c", "exit"]))
    print(f"{'case':<56} {'median':>9} {'min–max':>17} {'peak RSS':>10}")
    for name, command in cases:
        env = shell_env if not command[0].endswith("rclint") else None
        median, low, high, rss = measure(command, runs, env=env, cwd=home)
        shown = f"{rss / 1024:7.1f} MB" if rss else "   (needs /usr/bin/time)"
        print(f"{name:<56} {median:7.1f}ms {low:7.1f}–{high:<7.1f}ms {shown}")


if __name__ == "__main__":
    main(sys.argv)
