#!/usr/bin/python3
"""The real-shell oracle for `rclint order` and `rclint env` (spec §6, issues 4 and 5).

For every home under tests/shells/homes/<case>/ and every Debian context, this copies the home
into a fresh temporary HOME, runs the real shell (zsh, bash, dash) in that context under
`strace -f`, collects the startup files the shell opened, in open order, and compares them with
the `files` of `rclint order --root / --platform debian --context C --format json` on the same
home. Pairs listed in known_differences.txt are reported as "known" and do not fail; a listed
pair that now agrees is reported as "stale" and fails, so the list stays honest.

In the same shell run, after its startup files, the shell dumps the final variables; they are
compared with `rclint env` (envcompare.py says how; --no-env skips that).

Usage: harness.py RCLINT [--case NAME]... [--context C]... [-j N] [-v] [--keep] [--list]
                         [--no-env] [--dump-real]
Exit: 0 all agree (or known), 1 a mismatch/stale/error, 77 a shell or strace is missing (or
ptrace is not permitted) unless RCLINT_REQUIRE_SHELLS=1, which turns that into a failure.
Standard library only; writes nothing outside its temporary directories.
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

import envcompare

HERE = os.path.dirname(os.path.abspath(__file__))
HOMES = os.path.join(HERE, "homes")
KNOWN_FILE = os.path.join(HERE, "known_differences.txt")

FIXED_PATH = "/usr/local/bin:/usr/bin:/bin"
SHELL_TIMEOUT = 10.0  # seconds per shell run (case.json "timeout" may raise it)
RCLINT_TIMEOUT = 60.0

# context -> (argv, stdin text, extra environment). Each argv was checked against
# docs/startup-order.md with strace: `zsh -l -i` fed `exit` on a pipe reads exactly the IL
# column (as does `zsh -l -i -c true`); `zsh -i -c true` reads like I; `bash -l -i -c true`
# is IL without running the `exit` builtin (so no ~/.bash_logout, no history written);
# `dash -l -i` fed `exit` reads /etc/profile, ~/.profile, then $ENV (same as `-l -i -c true`).
# stdin is a pipe in every mode, so no terminal: zsh-newuser-install returns at once.
# CMD is what the shell runs after its startup files: `true` (nothing) or the variable dump
# (envcompare.dump_command). Shells that read stdin get it as one line before `exit`; the
# others get it as the `-c` string (so `bash -l -i -c` still never runs the `exit` builtin).
CMD = "\0cmd"
CONTEXTS = [
    ("zsh:login", ["zsh", "-l", "-i"], CMD + "exit\n", {}),
    ("zsh:interactive", ["zsh", "-i", "-c", CMD], "exit\n", {}),
    ("zsh:script", ["zsh", "-c", CMD], "", {}),
    ("zsh:login-script", ["zsh", "-l", "-c", CMD], "", {}),
    ("bash:login", ["bash", "-l", "-i", "-c", CMD], "exit\n", {}),
    ("bash:interactive", ["bash", "-i", "-c", CMD], "exit\n", {}),
    ("bash:script", ["bash", "-c", CMD], "", {}),
    ("bash:login-script", ["bash", "-l", "-c", CMD], "", {}),
    # Debian's ssh rule: non-interactive, -c, SSH_CLIENT set, SHLVL unset (env -i).
    ("bash:ssh-command", ["bash", "-c", CMD], "", {"SSH_CLIENT": "10.0.0.1 22 22"}),
    ("sh:login", ["dash", "-l", "-i"], CMD + "exit\n", {}),
    ("sh:interactive", ["dash", "-i"], CMD + "exit\n", {}),
]
CONTEXT_NAMES = [c[0] for c in CONTEXTS]


def shell_command(context, dump):
    """(argv, stdin text, extra environment) for a context; dump None means run nothing (the
    exact commands the order oracle was verified with: `-c true`, stdin `exit`)."""
    argv, stdin_text, context_env = next((a, s, e) for n, a, s, e in CONTEXTS if n == context)
    argv = [(dump if dump is not None else "true") if a == CMD else a for a in argv]
    stdin_text = stdin_text.replace(CMD, dump + "\n" if dump is not None else "")
    return argv, stdin_text, context_env

# Files the shells write (or read back as data), never startup files.
WRITTEN_NAMES = {".bash_history", ".zsh_history", ".histfile", ".sh_history", ".lesshst",
                 ".python_history", ".viminfo", ".sudo_as_admin_successful"}
LOGOUT_NAMES = {".zlogout", ".bash_logout"}
LOGOUT_SYSTEM = {"/etc/zsh/zlogout", "/etc/zlogout", "/etc/bash.bash_logout"}
SYSTEM_EXACT = {"/etc/zshenv", "/etc/zprofile", "/etc/zshrc", "/etc/zlogin", "/etc/zlogout",
                "/etc/profile", "/etc/bash.bashrc", "/etc/bashrc", "/etc/bash.bash_logout"}
NEWUSER_RE = re.compile(r"^/usr/share/zsh/[^/]+/scripts/newuser$")


def is_startup_file(path, home, with_logout):
    """The harness's filter, applied identically to the shell's opens and to rclint's list."""
    if path.startswith(home + "/"):
        rel = path[len(home) + 1:]
        parts = rel.split("/")
        name = parts[-1]
        if name in WRITTEN_NAMES or name.startswith(".zcompdump") or ".zsh_sessions" in parts:
            return False
        if name in LOGOUT_NAMES and not with_logout:
            return False
        return True
    if path in LOGOUT_SYSTEM and not with_logout:
        return False
    if path in SYSTEM_EXACT:
        return True
    for prefix in ("/etc/zsh/", "/etc/profile.d/"):
        if path.startswith(prefix) and "/" not in path[len(prefix):]:
            return True
    return bool(NEWUSER_RE.match(path))


# ---------------------------------------------------------------------------------------------
# strace log parsing

LINE_RE = re.compile(r"^(\d+)\s+(.*)$")
CALL_RE = re.compile(r"^(openat|open|execve|chdir)\((.*)\)\s+=\s+(-?\d+)(.*)$", re.S)
CLONE_RE = re.compile(r"^(?:clone|clone3|fork|vfork)\(.*\)\s+=\s+(\d+)", re.S)
TRACED = "trace=openat,open,execve,chdir,clone,clone3,fork,vfork"
STR_RE = re.compile(r'"((?:[^"\\]|\\.)*)"(\.\.\.)?')


def unescape(s):
    out = bytearray()
    i = 0
    raw = s.encode("utf-8", "surrogateescape")
    while i < len(raw):
        c = raw[i]
        if c == 0x5C and i + 1 < len(raw):  # backslash
            n = chr(raw[i + 1])
            simple = {"n": 10, "t": 9, "r": 13, "v": 11, "f": 12, "\\": 92, '"': 34}
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
            if n == "x":
                out.append(int(raw[i + 2:i + 4], 16))
                i += 4
                continue
            m = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8))
                i += 1 + len(m.group(0))
                continue
        out.append(c)
        i += 1
    return out.decode("utf-8", "surrogateescape")


def parse_strace(log_text, shell_exe, start_cwd):
    """Returns the ordered list of absolute paths the shell process itself opened for reading.

    Opens by processes that exec'd another program (id, cat, go, a nested shell...) are
    ignored, and so are opens by their threads and forks (`go env` reads files from any of its
    threads); forked children of the shell that did not exec (subshells) count as the shell."""
    pending = {}
    calls = []  # (pid, call text, index of the line where the call started)
    parent = {}  # child pid -> (parent pid, start index of the clone/fork that made it)
    for line in log_text.splitlines():
        m = LINE_RE.match(line)
        if not m:
            continue
        pid, rest = int(m.group(1)), m.group(2)
        if rest.endswith("<unfinished ...>"):
            pending[pid] = (rest[: -len("<unfinished ...>")].rstrip(), len(calls))
            calls.append(None)  # keeps the start position; the call is completed later
            continue
        start = len(calls)
        r = re.match(r"^<\.\.\. (\w+) resumed>(.*)$", rest, re.S)
        if r:
            head, start = pending.pop(pid, (r.group(1) + "(", start))
            rest = head + r.group(2)
        calls.append((pid, rest, start))
        c = CLONE_RE.match(rest)
        if c:
            parent[int(c.group(1))] = (pid, start)

    root = None
    foreign = {}  # pid -> index from which it runs another program than the traced shell
    cwd = start_cwd
    opened = []
    for index, call in enumerate(calls):
        if call is None:
            continue
        pid, rest, start = call
        if pid not in foreign and pid in parent:
            # A child (thread or fork) of a process that was foreign when it cloned.
            p, at = parent.pop(pid)
            if foreign.get(p, len(calls)) < at:
                foreign[pid] = -1
        m = CALL_RE.match(rest)
        if not m:
            continue
        name, args, ret = m.group(1), m.group(2), int(m.group(3))
        strings = STR_RE.findall(args)
        if name == "execve":
            if ret != 0:
                continue
            prog = unescape(strings[0][0]) if strings else ""
            if root is None and os.path.realpath(prog) == shell_exe:
                root = pid
                foreign.pop(pid, None)
            else:
                foreign.setdefault(pid, index)
            continue
        if pid in foreign or ret < 0:
            continue
        if name == "chdir":
            if pid == root and strings:
                cwd = os.path.normpath(os.path.join(cwd, unescape(strings[0][0])))
            continue
        if not strings:
            continue
        if name == "openat" and not args.startswith("AT_FDCWD"):
            continue  # relative to another directory fd: shells never source this way
        path = unescape(strings[0][0])
        flags = args[args.index(strings[0][0]) + len(strings[0][0]) + 1:]
        if "O_WRONLY" in flags or "O_RDWR" in flags or "O_CREAT" in flags \
                or "O_DIRECTORY" in flags or "O_TRUNC" in flags:
            continue
        path = os.path.normpath(os.path.join(cwd, path))
        if path.endswith(".zwc") and opened and opened[-1] == path:
            continue  # zsh opens a .zwc twice (header check, then load): one read
        opened.append(path)
    return opened


# ---------------------------------------------------------------------------------------------
# cases


class Case:
    def __init__(self, name):
        self.name = name
        self.dir = os.path.join(HOMES, name)
        cfg = {}
        cfg_path = os.path.join(self.dir, "case.json")
        if os.path.exists(cfg_path):
            with open(cfg_path, encoding="utf-8") as f:
                cfg = json.load(f)
        unknown = set(cfg) - {"env", "raw_env", "contexts", "note", "symlinks", "timeout",
                              "zcompile", "touch", "vars"}
        if unknown:
            raise SystemExit(f"{cfg_path}: unknown keys {sorted(unknown)}")
        self.env = cfg.get("env", {})          # "$HOME" replaced by the temp home
        self.raw_env = cfg.get("raw_env", {})  # passed verbatim (e.g. BASH_ENV='$HOME/x')
        self.contexts = cfg.get("contexts", CONTEXT_NAMES)
        for c in self.contexts:
            if c not in CONTEXT_NAMES:
                raise SystemExit(f"{cfg_path}: unknown context {c}")
        self.note = cfg.get("note", "")
        self.symlinks = cfg.get("symlinks", {})  # link (relative to HOME) -> target, verbatim
        self.timeout = float(cfg.get("timeout", SHELL_TIMEOUT))
        self.zcompile = cfg.get("zcompile", [])  # files to compile into FILE.zwc (zsh -f)
        self.touch = cfg.get("touch", [])        # files made newer than everything, afterwards
        try:  # the variables the env comparison looks at (envcompare.home_variables)
            self.vars = envcompare.home_variables(self.dir, cfg.get("vars", []))
        except ValueError as e:
            raise SystemExit(f"{cfg_path}: {e}") from None

    def materialize(self, home, zsh):
        shutil.copytree(self.dir, home, symlinks=True,
                        ignore=lambda d, names: ["case.json"] if d == self.dir else [])
        for link, target in self.symlinks.items():
            path = os.path.join(home, link)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.symlink(target, path)
        for rel in self.zcompile:
            subprocess.run([zsh, "-f", "-c", 'zcompile -- "$1"', "zsh", os.path.join(home, rel)],
                           env={"HOME": home, "PATH": FIXED_PATH}, cwd=home, check=True,
                           stdin=subprocess.DEVNULL, timeout=SHELL_TIMEOUT)
        for rel in self.touch:
            path = os.path.join(home, rel)
            newest = max(os.stat(os.path.join(d, f)).st_mtime
                         for d, _, fs in os.walk(home) for f in fs)
            os.utime(path, (newest + 10, newest + 10))

    def environment(self, home, context_env):
        env = {"HOME": home, "PATH": FIXED_PATH, "USER": "u", "LOGNAME": "u", "TERM": "dumb"}
        for k, v in self.env.items():
            env[k] = v.replace("$HOME", home)
        env.update(self.raw_env)
        env.update(context_env)
        return env


def load_known():
    return envcompare.read_listing(KNOWN_FILE, 2, lambda p: p[1] in CONTEXT_NAMES,
                                   "case context why")


# ---------------------------------------------------------------------------------------------
# one (home, context) pair


class Result:
    def __init__(self, case, context):
        self.case, self.context = case, context
        self.real, self.model = [], []
        self.error = None
        self.shell_status = None
        self.timed_out = False
        self.command = ""
        self.home = ""
        self.notes = []
        self.env_values = None  # [envcompare.Value], None when not compared
        self.env_lines = []     # what to print about the env comparison
        self.env_failed = False
        self.env_note = None    # why the env comparison did not happen


def run_shell(argv, stdin_text, env, home, log, timeout, shell_exe, strace_exe):
    cmd = ["strace", "-f", "-qq", "-s", "65535", "-e", TRACED, "-o", log] + argv
    proc = subprocess.Popen(cmd, env=env, cwd=home, stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, executable=strace_exe)
    timed_out = False
    try:
        proc.communicate(stdin_text.encode(), timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
    except BrokenPipeError:
        proc.wait(timeout=timeout)
    with open(log, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    return parse_strace(text, shell_exe, home), proc.returncode, timed_out


def run_rclint(rclint, home, context, env):
    cmd = [rclint, "order", "--home", home, "--root", "/", "--platform", "debian",
           "--context", context, "--format", "json"]
    for k, v in env.items():
        cmd += ["--env", f"{k}={v}"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=RCLINT_TIMEOUT,
                       cwd=home)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"rclint exited {p.returncode}: {p.stderr.strip()[:500]}")
    data = json.loads(p.stdout)
    for entry in data:
        if entry.get("context") == context:
            files = [os.path.normpath(f["path"]) for f in entry["files"] if not f.get("builtin")]
            notes = []
            for key in ("unresolved", "missing", "cycles"):
                for item in entry.get(key) or []:
                    notes.append(f"{key}: " + (json.dumps(item, ensure_ascii=False)
                                               if not isinstance(item, str) else item))
            return files, notes
    raise RuntimeError(f"rclint printed no entry for {context}")


def run_pair(case, context, rclint, shells, opts):
    res = Result(case.name, context)
    tmp = os.path.realpath(tempfile.mkdtemp(prefix="rclint-shells-"))
    home = os.path.join(tmp, "home")
    res.home = home
    dump = None if opts.no_env else envcompare.dump_command(case.vars, tmp)
    argv, stdin_text, context_env = shell_command(context, dump)
    try:
        case.materialize(home, shells["zsh"])
        env = case.environment(home, context_env)
        shown = shell_command(context, "DUMP" if dump is not None else None)  # readable
        res.command = "env -i " + " ".join(f"{k}={v!r}" if " " in v else f"{k}={v}"
                                          for k, v in env.items()) + " " + " ".join(shown[0])
        if shown[1]:
            res.command += f"  <<< {shown[1].strip()!r}"
        # rclint first, on the pristine copy (the shell may write history files into HOME).
        model, res.notes = run_rclint(rclint, home, context, env)
        model_env = None
        if dump is not None:
            try:
                model_env = envcompare.run_rclint_env(rclint, home, context, env, case.vars,
                                                      os.getuid(), RCLINT_TIMEOUT)
            except RuntimeError as e:
                if not opts.dump_real:
                    raise
                res.env_note = str(e)  # --dump-real still shows the shell's side
        real, res.shell_status, res.timed_out = run_shell(
            argv, stdin_text, env, home, os.path.join(tmp, "strace.log"), case.timeout,
            shells[argv[0]], shells["strace"])
        res.real = [zwc_source(p) for p in real if is_startup_file(zwc_source(p), home,
                    opts.with_logout) and os.path.isfile(p)]
        res.model = [p for p in model if is_startup_file(p, home, opts.with_logout)]
        res.real = [shorten(p, home) for p in res.real]
        res.model = [shorten(p, home) for p in res.model]
        res.notes = [n.replace(home, "~") for n in res.notes]
        if dump is not None:
            compare_env(res, case, context, model_env, tmp, opts)
    except Exception as e:  # reported as a failure of this pair
        res.error = f"{type(e).__name__}: {e}"
    finally:
        if opts.keep:
            res.kept = tmp
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return res


def compare_env(res, case, context, model_env, tmp, opts):
    """Fills res.env_*: rclint env against the shell's dump, judged with the known list."""
    real = envcompare.read_dump(tmp, case.vars)
    if real is None:
        res.env_note = "no dump: the shell did not get past its startup files"
        if res.timed_out:
            res.env_note = "no dump: the shell timed out"
        # The listed triples of this pair cannot be checked: they are stale.
        res.env_lines, res.env_failed = envcompare.judge_pair(case.name, context, [],
                                                              opts.known_env, res.home)
        return
    if opts.dump_real:
        for name in case.vars:
            value, exported = real[name]
            res.env_lines.append(f"    real {name}={envcompare.show_value(value, res.home)}"
                                 + (" (exported)" if exported else ""))
    if model_env is None:
        return
    res.env_values = envcompare.compare(case.vars, model_env, real)
    lines, res.env_failed = envcompare.judge_pair(case.name, context, res.env_values,
                                                  opts.known_env, res.home)
    res.env_lines += lines


def zwc_source(path):
    """zsh loads FILE.zwc instead of FILE when it is newer: count it as FILE."""
    return path[:-4] if path.endswith(".zwc") else path


def shorten(path, home):
    return "~" + path[len(home):] if path == home or path.startswith(home + "/") else path


def show_list(title, items, limit=40):
    lines = [f"    {title} ({len(items)}):"]
    for i, p in enumerate(items[:limit], 1):
        lines.append(f"      {i:3}. {p}")
    if len(items) > limit:
        lines.append(f"      ... {len(items) - limit} more (last: {items[-1]})")
    return lines


def describe(res, verbose):
    out = []
    if res.error:
        out.append(f"    error: {res.error}")
        return out
    if res.timed_out:
        out.append("    the shell timed out (killed)")
    out += show_list("real shell", res.real)
    out += show_list("rclint", res.model)
    if len(res.real) < 200 and len(res.model) < 200:
        diff = list(difflib.unified_diff(res.real, res.model, "real", "rclint", lineterm="",
                                         n=1))
        out += ["    " + d for d in diff[2:]]
    out += ["    rclint " + n for n in res.notes]
    out.append(f"    command: {res.command}")
    return out


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rclint", nargs="?", default=os.environ.get("RCLINT"),
                    help="path to the rclint binary (or $RCLINT)")
    ap.add_argument("--case", action="append", help="run only this home (repeatable)")
    ap.add_argument("--context", action="append", help="run only this context (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=min(8, os.cpu_count() or 1))
    ap.add_argument("-v", "--verbose", action="store_true", help="show both lists for every pair")
    ap.add_argument("--keep", action="store_true", help="keep the temporary homes and strace logs")
    ap.add_argument("--with-logout", action="store_true",
                    help="also compare logout files (~/.zlogout, /etc/zsh/zlogout, ~/.bash_logout)")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--no-env", action="store_true",
                    help="compare only the files read, not the final variables (rclint env)")
    ap.add_argument("--dump-real", action="store_true",
                    help="print the real shell's final variables for every pair")
    opts = ap.parse_args()

    names = sorted(d for d in os.listdir(HOMES) if os.path.isdir(os.path.join(HOMES, d)))
    if opts.list:
        for n in names:
            print(n, "-", Case(n).note)
        return 0
    if opts.case:
        bad = [c for c in opts.case if c not in names]
        if bad:
            print("unknown case(s):", " ".join(bad), file=sys.stderr)
            return 2
        names = [n for n in names if n in opts.case]
    if opts.context:
        bad = [c for c in opts.context if c not in CONTEXT_NAMES]
        if bad:
            print("unknown context(s):", " ".join(bad), file=sys.stderr)
            return 2
    if not opts.rclint or not os.access(opts.rclint, os.X_OK):
        print("usage: harness.py RCLINT (the rclint binary is missing)", file=sys.stderr)
        return 2
    rclint = os.path.abspath(opts.rclint)

    required = os.environ.get("RCLINT_REQUIRE_SHELLS") == "1"
    shells = {}
    for s in ("zsh", "bash", "dash", "strace"):
        found = shutil.which(s, path=FIXED_PATH)
        if found:
            shells[s] = os.path.realpath(found)
    missing = [s for s in ("zsh", "bash", "dash", "strace") if s not in shells]
    if not missing:
        probe = subprocess.run(["strace", "-qq", "-o", os.devnull, "true"],
                               capture_output=True, text=True)
        if probe.returncode != 0:
            missing.append("strace (ptrace not permitted: " + probe.stderr.strip()[:200] + ")")
    if missing:
        print("missing:", ", ".join(missing))
        return 1 if required else 77
    if not opts.no_env and not shutil.which("go", path=FIXED_PATH):
        # Homes run `go env GOPATH` and test `command -v go`; without go the shells take other
        # branches than intended (still a valid comparison, just a weaker one).
        print("warning: go is not on PATH (setup.sh installs golang-go)")

    cases = [Case(n) for n in names]
    known = load_known()
    for (c, ctx) in known:
        if c not in [n for n in os.listdir(HOMES)]:
            print(f"warning: known_differences.txt names a missing case: {c}")
    opts.known_env = envcompare.load_known_env(CONTEXT_NAMES)
    for (c, ctx, var) in opts.known_env:
        if c not in os.listdir(HOMES):
            print(f"warning: known_env_differences.txt names a missing case: {c}")
    pairs = [(case, ctx) for case in cases for ctx in case.contexts
             if not opts.context or ctx in opts.context]

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        results = list(pool.map(lambda p: run_pair(p[0], p[1], rclint, shells, opts), pairs))

    passed = failed = known_count = 0
    stats = envcompare.Stats()
    for res in results:
        key = (res.case, res.context)
        equal = res.error is None and res.real == res.model
        tag = f"{res.case} {res.context}"
        # The order verdict prints as it always did; a failed env comparison turns an `ok` or
        # `known` pair into FAIL (the env lines below say why).
        if key in known:
            if equal:
                failed += 1
                print(f"STALE   {tag}: now equal, delete its line in known_differences.txt")
            elif res.env_failed:
                failed += 1
                print(f"FAIL    {tag}: env (files: known: {known[key]})")
            else:
                passed += 1
                known_count += 1
                print(f"known   {tag}: {known[key]}")
                if opts.verbose:
                    print("\n".join(describe(res, True)))
        elif equal:
            if res.env_failed:
                failed += 1
                print(f"FAIL    {tag}: env")
            else:
                passed += 1
                print(f"ok      {tag}")
            if opts.verbose:
                print("\n".join(show_list("files", res.real)))
        else:
            failed += 1
            print(f"FAIL    {tag}")
            print("\n".join(describe(res, opts.verbose)))
        if res.env_note and (opts.verbose or opts.dump_real):
            print(f"    env: {res.env_note}")
        if res.env_lines:
            print("\n".join(res.env_lines))
        if res.env_values is not None:
            stats.add(res.env_values)
        elif res.env_note and res.env_note.startswith("no dump"):
            stats.no_dump += 1
        if opts.keep:
            print(f"    kept: {res.kept}")
    if not opts.no_env:
        if opts.verbose:
            print("\n".join(stats.table()))
        print(stats.summary())
    print(f"{len(cases)} homes, {len(results)} home x context pairs; "
          f"{known_count} known differences counted as passed")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
