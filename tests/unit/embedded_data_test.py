#!/usr/bin/python3
"""The data rclint embeds is the data of its file: known_commands.toml with its comment lines
blanked (src/simulation/embed.py --strip-comments) must read, in Python's own TOML parser, as
the file itself, line for line, so that a `#` inside a multi-line string never goes.

Usage: embedded_data_test.py SOURCE.toml GENERATED.h
"""
import sys
import tomllib

source_path, header_path = sys.argv[1], sys.argv[2]
source = open(source_path, encoding="utf-8").read()
header = open(header_path, encoding="utf-8").read()
begin, end = 'R"rclint_data(', ')rclint_data"'
embedded = header[header.index(begin) + len(begin):header.rindex(end)]

failures = []
if tomllib.loads(embedded) != tomllib.loads(source):
    failures.append("the embedded TOML reads differently from the file")
if embedded.count("\n") != source.count("\n"):
    failures.append("line numbers moved: error messages would name the wrong line")
if len(embedded) >= len(source) and "#" in source:
    failures.append("no comment was stripped")
for failure in failures:
    print(f"{source_path}: {failure}", file=sys.stderr)
sys.exit(1 if failures else 0)
