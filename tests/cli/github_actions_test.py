#!/usr/bin/python3
"""The README's GitHub Actions workflow (issue 8), read from the README as it stands: its lint
steps run in a dotfiles repository with findings; the SARIF file the upload step names is
valid against the SARIF 2.1.0 schema; the annotations parse as GitHub's workflow commands.

Usage: github_actions_test.py RCLINT [unittest arguments]
"""

import json
import os
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import CliTest  # noqa: E402

README = Path(__file__).resolve().parents[2] / "README.md"

# GitHub's workflow command: `::LEVEL key=value,...::message`, with %, CR, LF escaped in the
# message and also `:` and `,` in property values (actions/toolkit, command.ts).
COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")
PROPERTY = re.compile(r"^(file|line|col|endLine|endColumn|title)=(.*)$")


def unescape(value):
    return urllib.parse.unquote(value)


class GithubActionsTest(CliTest):
    def setUp(self):
        super().setUp()
        match = re.search(r"<!-- tested: github-actions -->\n```yaml\n(.*?)\n```",
                          README.read_text(), re.S)
        self.assertIsNotNone(match, "README.md has no snippet marked 'tested: github-actions'")
        self.workflow = yaml.safe_load(match.group(1))
        self.steps = self.workflow["jobs"]["rclint"]["steps"]
        # A stow-layout dotfiles repository, checked out as the job's working directory.
        self.write("zsh/.zshenv", "export PATH=/opt/go/bin\n")
        self.write("zsh/.zprofile", 'export PATH="$PATH:$GOPATH/bin"\n')
        self.write("zsh/.zshrc", 'typeset -U path\nexport GOPATH="$HOME/go"\n')
        self.bin = self.tmp / "bin"
        self.bin.mkdir()
        (self.bin / "rclint").symlink_to(cli_test.RCLINT)

    def run_step(self, name_part):
        step = next(s for s in self.steps if name_part in s.get("name", ""))
        env = self.env({"PATH": f"{self.bin}:{os.environ.get('PATH', '/usr/bin:/bin')}",
                        "HOME": str(self.tmp)})
        # GitHub runs `run:` with `bash -e {0}` in a container job whose image has bash.
        done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=self.home, env=env,
                              capture_output=True, text=True, timeout=cli_test.TIMEOUT,
                              check=False)
        return step, done

    def test_workflow_shape(self):
        job = self.workflow["jobs"]["rclint"]
        self.assertEqual(job["permissions"]["security-events"], "write")
        uses = [s.get("uses", "").split("@")[0] for s in self.steps]
        self.assertIn("actions/checkout", uses)
        self.assertIn("github/codeql-action/upload-sarif", uses)
        build = next(s for s in self.steps if "Build rclint" in s.get("name", ""))
        self.assertIn("setup.sh --no-demo", build["run"])
        self.assertIn("meson install -C /opt/rclint/build", build["run"])

    def test_annotations_step(self):
        step, done = self.run_step("annotations")
        self.assertEqual(done.returncode, 1, "findings fail the job: " + done.stderr)
        levels = set()
        for line in done.stdout.splitlines():
            command = COMMAND.match(line)
            self.assertIsNotNone(command, line)
            levels.add(command.group(1))
            properties = dict(PROPERTY.match(p).groups() for p in command.group(2).split(","))
            self.assertTrue((self.home / unescape(properties["file"])).is_file(), properties)
            self.assertTrue(properties["title"].startswith("rclint ("), properties)
            self.assertNotIn("\n", command.group(3))
        self.assertEqual(levels, {"error", "warning", "notice"})

    def test_sarif_step_feeds_the_upload(self):
        step, done = self.run_step("SARIF")
        self.assertEqual(done.returncode, 0, "--exit-zero: the upload still runs: " + done.stderr)
        self.assertEqual(step["if"], "always()")
        upload = next(s for s in self.steps if s.get("uses", "").startswith(
            "github/codeql-action/upload-sarif"))
        sarif_path = self.home / upload["with"]["sarif_file"]
        self.assertTrue(sarif_path.exists(), "the upload step names the file the lint step wrote")
        sarif = json.loads(sarif_path.read_text())
        errors = sorted(cli_test.sarif_validator().iter_errors(sarif), key=str)
        self.assertEqual(errors, [], "SARIF 2.1.0 schema")
        results = sarif["runs"][0]["results"]
        self.assertEqual({r["level"] for r in results}, {"error", "warning", "note"})
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        self.assertTrue(all((self.home / uri).is_file() for uri in uris), uris)


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
