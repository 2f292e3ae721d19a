#!/usr/bin/python3
"""Validates SARIF output against the official SARIF 2.1.0 JSON schema.

Usage:
  validate_sarif.py [--schema SCHEMA] FILE...          validate files ("-" reads stdin)
  validate_sarif.py [--schema SCHEMA] --run EXE [ARG...]  validate what EXE prints on stdout

Exit status: 0 valid; 1 invalid (every error is printed), or the program failed, or the
output is not JSON; 2 usage; 77 (meson's SKIP) when the schema file is absent and
RCLINT_REQUIRE_TOOLS is not set. The schema comes from `npm ci`
(node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json).

Needs Debian's python3-jsonschema. The schema's "uri"/"uri-reference" formats would need the
rfc3987 package, which Debian does not install with it, and jsonschema silently skips formats
it cannot check; so those two are checked here by RFC 3986's grammar, which catches what we
would get wrong (an unescaped space in a file name).
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_SCHEMA = ROOT / "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
MAX_ERRORS = 50

# RFC 3986 §2: unreserved, reserved and percent-encoded; §3.1: scheme.
_URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def usage(message):
    print(f"validate_sarif.py: {message}", file=sys.stderr)
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    sys.exit(2)


def parse_args(argv):
    schema = DEFAULT_SCHEMA
    args = list(argv)
    if args[:1] == ["--schema"]:
        if len(args) < 2:
            usage("--schema needs a file")
        schema = Path(args[1])
        args = args[2:]
    if args[:1] == ["--run"]:
        if len(args) < 2:
            usage("--run needs a program")
        return schema, None, args[1:]
    if not args:
        usage("nothing to validate")
    return schema, args, None


def load_schema(path):
    if not path.is_file():
        if os.environ.get("RCLINT_REQUIRE_TOOLS"):
            print(f"validate_sarif.py: schema {path} is missing (run `npm ci`), "
                  "and RCLINT_REQUIRE_TOOLS is set", file=sys.stderr)
            sys.exit(1)
        print(f"validate_sarif.py: SKIP: schema {path} is missing (run `npm ci`)")
        sys.exit(77)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def make_validator(schema):
    import jsonschema  # imported here so that a missing module is one clear error, below

    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft4Validator)
    cls.check_schema(schema)
    formats = jsonschema.FormatChecker()

    @formats.checks("uri-reference")
    def is_uri_reference(value):
        return not isinstance(value, str) or bool(_URI_CHARS.match(value))

    @formats.checks("uri")
    def is_uri(value):
        return not isinstance(value, str) or (is_uri_reference(value) and bool(_SCHEME.match(value)))

    return cls(schema, format_checker=formats)


def read_documents(files, command):
    """Yields (name, text) pairs; exits 1 when the program fails."""
    if command is not None:
        try:
            done = subprocess.run(command, capture_output=True, check=False)
        except OSError as e:
            print(f"validate_sarif.py: cannot run {command[0]}: {e}", file=sys.stderr)
            sys.exit(1)
        if done.returncode != 0:
            sys.stderr.write(done.stderr.decode("utf-8", "replace"))
            print(f"validate_sarif.py: {command[0]} exited with {done.returncode}", file=sys.stderr)
            sys.exit(1)
        yield command[0], done.stdout.decode("utf-8")
        return
    for name in files:
        if name == "-":
            yield "<stdin>", sys.stdin.read()
        else:
            yield name, Path(name).read_text(encoding="utf-8")


def error_path(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


def validate(validator, name, text):
    """Prints every schema error in `text`; returns whether it is valid."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{name}: not JSON: {e}", file=sys.stderr)
        return False
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        print(f"{name}: valid SARIF 2.1.0")
        return True
    print(f"{name}: {len(errors)} schema error(s):", file=sys.stderr)
    for error in errors[:MAX_ERRORS]:
        print(f"  at {error_path(error)}: {error.message}", file=sys.stderr)
        # anyOf/oneOf failures say only "is not valid under any of the given schemas"; the
        # deepest sub-error says why.
        for sub in sorted(error.context, key=lambda e: -len(e.absolute_path))[:3]:
            print(f"      because at {error_path(sub)}: {sub.message}", file=sys.stderr)
    if len(errors) > MAX_ERRORS:
        print(f"  … and {len(errors) - MAX_ERRORS} more", file=sys.stderr)
    return False


def main(argv):
    schema_path, files, command = parse_args(argv)
    schema = load_schema(schema_path)
    try:
        validator = make_validator(schema)
    except ImportError:
        print("validate_sarif.py: python3-jsonschema is not installed "
              "(apt-get install python3-jsonschema)", file=sys.stderr)
        return 1
    ok = True
    try:
        for name, text in read_documents(files, command):
            ok = validate(validator, name, text) and ok
    except (OSError, UnicodeDecodeError) as e:
        print(f"validate_sarif.py: {e}", file=sys.stderr)
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
