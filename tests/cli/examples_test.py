#!/usr/bin/python3
"""Golden test of the example homes (issue 6): rclint's full output on each home in examples/,
as text and as JSON, the `rclint env --explain` summary and the `--diff` of every fix, must
equal tests/golden/examples/. The
outputs are what a user sees first, so every change to them is reviewed like code:
RCLINT_UPDATE_GOLDEN=1 rewrites the files, and `git diff` shows what changed.

Usage: examples_test.py RCLINT
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
GOLDEN = ROOT / "tests/golden/examples"
# Each example home and the platform it is written for. An example with a root/ is a whole
# machine (home/ and root/): it is audited with --root and --fs (rules.md batch 2).
EXAMPLES = {
    "macos-go-developer": "macos",
    "debian-bash-user": "debian",
    "messy-oh-my-zsh": "macos",
    "macos-broken-go": "macos",
}
RUNS = {
    "txt": ["--color", "never"],
    "json": ["--format", "json"],
    "env.txt": ["env", "--explain"],
    "diff": ["--diff"],  # every mechanical fix, as `patch -p0` applies it from the checkout
}


def run(rclint, args, where):
    """Runs rclint in `where`, a copy of the checkout's examples/ at a path of fixed length:
    `rclint env` prints absolute paths and aligns its columns on them, so the checkout's own
    path must not show (it is replaced by $ROOT) nor change the alignment."""
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"}
    done = subprocess.run([rclint] + args, cwd=where, env=env, capture_output=True, text=True,
                          timeout=60)
    if done.returncode not in (0, 1) or done.stderr:
        raise SystemExit(f"rclint {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return done.stdout.replace(where, "$ROOT"), done.returncode


def applies(diff):
    """The --diff output must apply cleanly with patch(1) to a copy of the examples."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "examples", Path(tmp) / "examples", symlinks=True)
        done = subprocess.run(["patch", "-p0", "--dry-run", "--batch", "--force"], input=diff,
                              cwd=tmp, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"FAIL the --diff does not apply:\n{done.stdout}{done.stderr}")
        return done.returncode == 0


def main():
    rclint = os.path.abspath(sys.argv[1])
    update = os.environ.get("RCLINT_UPDATE_GOLDEN") == "1"
    failures = 0
    where = tempfile.mkdtemp(prefix="rclint-examples-", dir="/tmp")  # always 29 characters
    shutil.copytree(ROOT / "examples", Path(where) / "examples", symlinks=True)
    for name, platform in EXAMPLES.items():
        for suffix, extra in RUNS.items():
            head = extra[:1] if extra[0] == "env" else []
            where_home = ["--home", f"examples/{name}"]
            if (ROOT / "examples" / name / "root").is_dir():
                where_home = ["--home", f"examples/{name}/home", "--root", f"examples/{name}/root",
                              "--fs"]
            args = head + where_home + ["--platform", platform] + (extra[1:] if head else extra)
            out, rc = run(rclint, args, where)
            if suffix == "json":
                json.loads(out)  # must be valid JSON
            if suffix == "diff" and not applies(out):
                failures += 1
            if suffix != "env.txt" and rc != 1:
                print(f"FAIL {name}: exit {rc}; every example home has findings")
                failures += 1
            path = GOLDEN / f"{name}.{suffix}"
            if update:
                path.write_text(out)
                continue
            expected = path.read_text() if path.exists() else None
            if out != expected:
                failures += 1
                print(f"FAIL {path.relative_to(ROOT)} differs from `rclint {' '.join(args)}`")
                import difflib
                sys.stdout.writelines(difflib.unified_diff(
                    (expected or "").splitlines(True), out.splitlines(True),
                    str(path.relative_to(ROOT)), "actual"))
            else:
                print(f"ok   {path.relative_to(ROOT)}")
    shutil.rmtree(where)
    if failures:
        print(f"{failures} golden output(s) differ; RCLINT_UPDATE_GOLDEN=1 rewrites them")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
