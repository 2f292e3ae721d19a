#!/usr/bin/python3
"""Rewrites the README's rule list from the rules' metadata: `rclint rules --format markdown`
between the rules:begin and rules:end markers. Usage: tests/update_readme_rules.py build/rclint
(the unit test `layering` fails while the list is stale)."""
import pathlib
import re
import subprocess
import sys

readme = pathlib.Path(__file__).resolve().parent.parent / "README.md"
table = subprocess.run([sys.argv[1], "rules", "--format", "markdown"], check=True,
                       capture_output=True, text=True).stdout
text = readme.read_text()
begin = re.search(r"<!-- rules:begin[^\n]*-->\n", text)
end = text.index("<!-- rules:end -->")
readme.write_text(text[:begin.end()] + table + text[end:])
