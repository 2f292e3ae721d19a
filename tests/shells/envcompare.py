"""The `rclint env` half of the real-shell oracle (spec §6, issue 5 item 6), used by harness.py.

For every (home, context) pair the harness already runs the real shell once under strace to see
which startup files it opens. Instead of `-c true` / `exit`, the shell then runs DUMP (below),
which writes the final value of each compared variable and the exported environment to two
files in the pair's temporary directory (outside HOME, so no startup file's output and no file
listing can mix with them). The same pair's `rclint env --format json` is then compared with it:
wherever rclint says `exact`, its value (null = unset) must equal the shell's, and for a set
variable, `exported` must equal whether a child of the shell sees it.

Compared variables: ALWAYS_COMPARED, every NAME the home's files assign (NAME=, NAME+=,
export/typeset/declare/local/readonly ... NAME=), minus the ones the shells set themselves, plus
the case.json key "vars" (which may also name one of those skipped ones, e.g. FPATH).

known_env_differences.txt lists `case context VAR why` for genuine, understood disagreements.
A listed triple that agrees again, or that rclint no longer calls exact, is STALE and fails.
Standard library only.
"""
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN_ENV_FILE = os.path.join(HERE, "known_env_differences.txt")

# Issue 5 item 6: always compared, whether the home mentions them or not.
ALWAYS_COMPARED = ["PATH", "GOROOT", "GOPATH", "GOBIN", "GO111MODULE", "GOPROXY"]

# Names a shell sets or manages itself, so their final value says more about the shell's
# defaults (zsh HISTSIZE=30, bash HISTFILE, zsh's empty MANPATH/CDPATH/FPATH) than about the
# home. Made from `zsh -f -i -c 'print -l ${(k)parameters}'`, `bash --norc --noprofile -i -c
# 'compgen -v'` and `dash -i -c set` under `env -i`, plus the prompts and history variables that
# only appear interactively. A case can still compare one of them with case.json "vars".
SHELL_SET = {
    # POSIX / all three
    "_", "PWD", "OLDPWD", "IFS", "OPTIND", "OPTARG", "OPTERR", "PPID", "LINENO", "PS1", "PS2",
    "PS3", "PS4", "SHLVL", "RANDOM", "SECONDS", "COLUMNS", "LINES", "MAILCHECK", "UID", "EUID",
    "GID", "EGID", "SHELL", "HOSTNAME", "HOSTTYPE", "MACHTYPE", "OSTYPE", "HISTFILE",
    "HISTSIZE", "HISTFILESIZE", "HISTCMD",
    # zsh specials (scalars and the arrays tied to them)
    "ARGC", "CPUTYPE", "FIGNORE", "FUNCNEST", "HISTCHARS", "HOST", "KEYBOARD_HACK",
    "KEYTIMEOUT", "LISTMAX", "MAILPATH", "MODULE_PATH", "NULLCMD", "PROMPT", "PROMPT2",
    "PROMPT3", "PROMPT4", "PSVAR", "READNULLCMD", "RPROMPT", "RPS1", "RPROMPT2", "RPS2",
    "SAVEHIST", "SPROMPT", "TIMEFMT", "TMPPREFIX", "TRY_BLOCK_ERROR", "TRY_BLOCK_INTERRUPT",
    "TTY", "TTYIDLE", "USERNAME", "VENDOR", "WATCH", "WATCHFMT", "LOGCHECK", "WORDCHARS",
    "ERRNO", "EPOCHSECONDS", "EPOCHREALTIME", "ZSH_ARGZERO", "ZSH_EVAL_CONTEXT",
    "ZSH_EXECUTION_STRING", "ZSH_NAME", "ZSH_PATCHLEVEL", "ZSH_SUBSHELL", "ZSH_VERSION",
    "ZSH_SCRIPT", "ZLE_RPROMPT_INDENT", "ZLE_REMOVE_SUFFIX_CHARS", "ZLE_SPACE_SUFFIX_CHARS",
    "REPORTTIME", "REPORTMEMORY", "DIRSTACKSIZE", "CDPATH", "FPATH", "MANPATH",
    "argv", "status", "pipestatus", "path", "fpath", "manpath", "cdpath", "mailpath", "psvar",
    "watch", "fignore", "module_path", "histchars", "prompt", "signals", "funcstack",
    "zsh_eval_context", "dirstack", "options", "parameters", "functions", "aliases",
    "commands", "history", "historywords", "jobstates", "jobtexts", "jobdirs", "modules",
    "nameddirs", "userdirs", "reply", "REPLY", "match", "mbegin", "mend", "MATCH", "MBEGIN",
    "MEND",
    # bash specials
    "BASH", "BASHOPTS", "BASHPID", "BASH_ALIASES", "BASH_ARGC", "BASH_ARGV", "BASH_ARGV0",
    "BASH_CMDS", "BASH_COMMAND", "BASH_EXECUTION_STRING", "BASH_LINENO",
    "BASH_LOADABLES_PATH", "BASH_SOURCE", "BASH_SUBSHELL", "BASH_VERSINFO", "BASH_VERSION",
    "BASH_REMATCH", "COMP_WORDBREAKS", "DIRSTACK", "GROUPS", "SRANDOM", "SHELLOPTS",
    "PIPESTATUS", "FUNCNAME", "COMPREPLY",
}

NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# NAME= or NAME+= (also NAME=( / NAME+=( arrays) at the start of a word: after the line start,
# whitespace or ; & | ( ` !. That covers `export A=1 B=2`, `typeset -gx A=`, `local a=`,
# `if X=...`, `(A=1)`; quotes, $, -, ., / before the name (strings, `--opt=`, `a.b=`) do not,
# nor does awk's `-v NAME=`.
ASSIGN_RE = re.compile(r"(?:^|(?<=[\s;&|(`!]))(?<!-v )([A-Za-z_][A-Za-z0-9_]*)\+?=")
# Lines that merely look like assignments: `alias ll='ls -l'`, `zstyle ... menu select=2`.
NOT_ASSIGNING_RE = re.compile(r"^\s*(?:alias|unalias|zstyle|bindkey|compdef|echo|print|printf|"
                              r"zmodload|autoload)\b")
COMMENT_RE = re.compile(r"(?:^|(?<=\s))#.*$")


def home_variables(case_dir, extra=()):
    """The variables compared for one home: ALWAYS_COMPARED, then the home's own (sorted)."""
    found = set()
    for d, _, files in os.walk(case_dir):
        for name in files:
            if d == case_dir and name == "case.json":
                continue
            try:
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    text = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            for line in text.splitlines():
                line = COMMENT_RE.sub("", line)
                if NOT_ASSIGNING_RE.match(line):
                    continue
                found.update(ASSIGN_RE.findall(line))
    own = sorted(n for n in found if n not in SHELL_SET and n not in ALWAYS_COMPARED)
    names = ALWAYS_COMPARED + own
    for n in extra:
        if not NAME_RE.match(n):
            raise ValueError(f"case.json vars: not a variable name: {n!r}")
        if n not in names:
            names.append(n)
    return names


# ---------------------------------------------------------------------------------------------
# The real shell's side

VARS_FILE = "real.vars"
ENV_FILE = "real.env"


def dump_command(names, tmp):
    """One line that zsh, bash and dash all run the same way after their startup files.

    `/usr/bin/env -0` (absolute: the home may have changed PATH) lists exactly what a child
    sees, i.e. the exported set, NUL-separated so any value survives. Then one printf builtin
    (written `\\printf`: quoted, so an alias from the startup files cannot replace it) writes,
    for each name in order, `${V+x}` (set or not), \\036, `${V-}` (its value; the `-` keeps
    `set -u` from aborting), \\037. A value may hold newlines or \\036 (only a record's
    first \\036 separates); one holding \\037 makes the record count wrong, which the parser
    reports. env runs first and printf last on purpose: bash and zsh exec the last simple
    command of `-c` in place when they can; a builtin cannot be. Both redirections go to new
    files in the pair's temporary directory (outside HOME): startup files' own output (stdout
    is /dev/null) cannot mix in, and `noclobber` does not matter. Nothing here assigns a
    variable, reads a file or sources anything, so the startup files read are the same as
    with `true`."""
    for n in names:
        assert NAME_RE.match(n), n
    args = " ".join(f'"${{{n}+x}}" "${{{n}-}}"' for n in names)
    vars_path = os.path.join(tmp, VARS_FILE)
    env_path = os.path.join(tmp, ENV_FILE)
    assert "'" not in tmp
    return (f"/usr/bin/env -0 >'{env_path}'; "
            f"\\printf '%s\\036%s\\037' {args} >'{vars_path}'")


def read_dump(tmp, names):
    """{name: (value or None, exported)}, or None when the shell never got to the dump
    (it exited or exec'd during startup, crashed, or timed out)."""
    try:
        with open(os.path.join(tmp, VARS_FILE), "rb") as f:
            raw = f.read()
        with open(os.path.join(tmp, ENV_FILE), "rb") as f:
            env_raw = f.read()
    except FileNotFoundError:
        return None
    records = raw.split(b"\037")
    if records[-1] != b"" or len(records) != len(names) + 1:
        raise RuntimeError(f"dump has {len(records) - 1} records for {len(names)} names "
                           "(a value holds \\036 or \\037?)")
    exported = set()
    for item in env_raw.split(b"\0"):
        if b"=" in item:
            exported.add(item.split(b"=", 1)[0].decode("utf-8", "surrogateescape"))
    real = {}
    for name, rec in zip(names, records):
        flag, sep, value = rec.partition(b"\036")
        if not sep or flag not in (b"", b"x"):
            raise RuntimeError(f"dump record for {name} is malformed: {rec[:80]!r}")
        real[name] = (value.decode("utf-8", "surrogateescape") if flag == b"x" else None,
                      name in exported)
    return real


# ---------------------------------------------------------------------------------------------
# rclint's side


def run_rclint_env(rclint, home, context, env, names, uid, timeout):
    """{name: {"value", "exact", "exported", "set_at"}} from `rclint env --format json`.

    rclint gets the shell's environment through --env, plus UID (only rclint: the shells get it
    from the kernel, and bash would ignore it anyway): Debian's /etc/profile picks root's PATH
    with `[ "$(id -u)" -eq 0 ]`, which rclint models from it."""
    cmd = [rclint, "env", "--home", home, "--root", "/", "--platform", "debian",
           "--context", context, "--format", "json"]
    for k, v in env.items():
        cmd += ["--env", f"{k}={v}"]
    cmd += ["--env", f"UID={uid}"] + list(names)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=home)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"rclint env exited {p.returncode}: {p.stderr.strip()[:500]}")
    try:
        data = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        raise RuntimeError(f"rclint env printed no JSON ({e}): {p.stdout[:200]!r}") from None
    for entry in data:
        if entry.get("context") == context:
            variables = entry.get("variables") or {}
            missing = [n for n in names if n not in variables]
            if missing:
                raise RuntimeError("rclint env left out " + " ".join(missing))
            return variables
    raise RuntimeError(f"rclint env printed no entry for {context}")


# ---------------------------------------------------------------------------------------------
# comparison


class Value:
    """One (pair, variable) comparison."""

    def __init__(self, name, model, real):
        self.name = name
        self.model_value = model.get("value")
        self.exact = bool(model.get("exact"))
        self.model_exported = bool(model.get("exported"))
        self.set_at = model.get("set_at")
        self.real_value, self.real_exported = real
        self.problem = None  # why an exact value disagrees, or None
        self.known = False   # the disagreement is listed in known_env_differences.txt
        if self.exact:
            if self.model_value != self.real_value:
                self.problem = "value"
            elif self.real_value is not None and self.model_exported != self.real_exported:
                self.problem = "exported"


def compare(names, model, real):
    return [Value(n, model[n], real[n]) for n in names]


def read_listing(path, key_fields, valid, shape):
    """A known-differences file: `KEY... why` lines (`#` comments); {(key...): why}.
    `valid(parts)` checks the key fields; `shape` is shown when a line does not fit."""
    known = {}
    if not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, key_fields)
            if len(parts) <= key_fields or not valid(parts):
                raise SystemExit(f"{path}:{n}: expected `{shape}`")
            known[tuple(parts[:key_fields])] = parts[key_fields]
    return known


def load_known_env(context_names):
    return read_listing(KNOWN_ENV_FILE, 3,
                        lambda p: p[1] in context_names and NAME_RE.match(p[2]),
                        "case context VAR why")


def show_value(value, home):
    if value is None:
        return "unset"
    if home:  # not "~": a value may hold a literal ~ (quoted tilde)
        value = value.replace(home, "$HOME")
    return json.dumps(value, ensure_ascii=False)


def describe_value(v, home):
    exp = lambda e: "exported" if e else "not exported"
    model = show_value(v.model_value, home)
    if v.model_value is not None:
        model += f" {exp(v.model_exported)}"
    at = f" (set at {v.set_at.replace(home, '~') if v.set_at else 'start'})"
    real = show_value(v.real_value, home)
    if v.real_value is not None:
        real += f" {exp(v.real_exported)}"
    return f"{v.name}: rclint {model}{at}, exact; real {real}"


def judge_pair(case, context, values, known, home):
    """(lines to print, failed) for one pair's env comparison; marks known mismatches."""
    lines, failed = [], False
    by_name = {v.name: v for v in values}
    for v in values:
        key = (case, context, v.name)
        v.known = v.problem is not None and key in known
        if v.problem and not v.known:
            failed = True
            lines.append(f"    env mismatch {describe_value(v, home)}")
        elif v.known:
            lines.append(f"    env known    {v.name}: {known[key]}")
    for (c, ctx, name), why in known.items():
        if c != case or ctx != context:
            continue
        v = by_name.get(name)
        if v is None or v.problem is None:
            failed = True
            state = ("not compared" if v is None else
                     "no longer exact" if not v.exact else "now equal")
            lines.append(f"    env STALE    {name}: {state}, delete its line in "
                         "known_env_differences.txt")
    return lines, failed


class Stats:
    def __init__(self):
        self.per_var = {}  # name -> [compared, exact, mismatches, known]
        self.no_dump = 0

    def add(self, values):
        for v in values:
            row = self.per_var.setdefault(v.name, [0, 0, 0, 0])
            row[0] += 1
            row[1] += v.exact
            row[2] += v.problem is not None
            row[3] += v.known

    def summary(self):
        tot = [sum(r[i] for r in self.per_var.values()) for i in range(4)]
        pct = 100.0 * tot[1] / tot[0] if tot[0] else 0.0
        line = (f"env: {tot[0]} values compared, {tot[1]} exact ({pct:.1f}%), "
                f"{tot[2]} exact mismatches ({tot[3]} known)")
        if self.no_dump:
            line += f"; {self.no_dump} pairs without a dump (the shell exited during startup)"
        return line

    def table(self):
        width = max([8] + [len(n) for n in self.per_var])
        lines = [f"  {'variable':<{width}}  compared  exact  exact%  mismatches  known"]
        for name in sorted(self.per_var, key=lambda n: (n not in ALWAYS_COMPARED,
                                                         ALWAYS_COMPARED.index(n)
                                                         if n in ALWAYS_COMPARED else 0, n)):
            c, e, m, k = self.per_var[name]
            lines.append(f"  {name:<{width}}  {c:8}  {e:5}  {100.0 * e / c:5.1f}%  {m:10}  {k:5}")
        return lines
