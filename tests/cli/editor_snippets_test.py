#!/usr/bin/python3
"""The README's editor snippets (issue 8), copied from the README as it stands and run in the
editors Debian ships: Vim's `:make` errorformat and ALE, a Neovim LSP session, nvim-lint's
pattern, Emacs's compilation mode and Flymake, and VS Code's problem matcher in Node.

Each test compares what the editor understood (file, line, column, severity, rule) with
`rclint --format json` on the same home. A snippet that stops parsing rclint's output, or a
README edit that breaks a snippet, fails here.

Usage: editor_snippets_test.py RCLINT [unittest arguments]   (an editor that is missing is
skipped, unless RCLINT_REQUIRE_TOOLS=1)
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import CliTest  # noqa: E402

README = Path(__file__).resolve().parents[2] / "README.md"
EDITOR_TIMEOUT = 60

# A home with one finding of each severity, in three files.
HOME_FILES = {
    ".zshenv": "export PATH=/opt/go/bin\n",                     # path-overwrite: error
    ".zprofile": 'export PATH="$PATH:$GOPATH/bin"\n',           # use-before-set: warning
    ".zshrc": 'typeset -U path\nexport GOPATH="$HOME/go"\n',   # gobin-not-on-path: info …
}


def snippet(name):
    """The code block that follows `<!-- tested: NAME -->` in the README."""
    match = re.search(r"<!-- tested: " + re.escape(name) + r" -->\n```[a-z]*\n(.*?)\n```",
                      README.read_text(), re.S)
    if match is None:
        raise AssertionError(f"README.md has no snippet marked 'tested: {name}'")
    return match.group(1) + "\n"


# Severity words as each editor names them.
VIM_TYPES = {"error": "e", "warning": "w", "info": "n"}


class EditorSnippetTest(CliTest):
    def setUp(self):
        super().setUp()
        for name, text in HOME_FILES.items():
            self.write(name, text)
        # rclint on PATH, as the snippets call it by name.
        self.bin = self.tmp / "bin"
        self.bin.mkdir()
        (self.bin / "rclint").symlink_to(cli_test.RCLINT)
        self.state = self.tmp / "state"  # editors' own files (shada, logs), out of the home

    def editor_env(self, home=None):
        env = self.env({"HOME": str(home or self.home),
                        "PATH": f"{self.bin}:{os.environ.get('PATH', '/usr/bin:/bin')}",
                        "XDG_STATE_HOME": str(self.state), "XDG_DATA_HOME": str(self.state),
                        "XDG_CACHE_HOME": str(self.state), "TERM": "dumb"})
        return env

    def require(self, program):
        if shutil.which(program) is None:
            if os.environ.get("RCLINT_REQUIRE_TOOLS") == "1":
                self.fail(f"{program} is missing (setup.sh installs it)")
            self.skipTest(f"{program} is not installed")

    def expected(self, *args, only=None):
        """rclint's own findings: (file name, line, column, severity, rule)."""
        done = subprocess.run([cli_test.RCLINT, "--format", "json", *args], cwd=self.home,
                              env=self.editor_env(), capture_output=True, text=True,
                              timeout=cli_test.TIMEOUT, check=False)
        self.assertIn(done.returncode, (0, 1), done.stderr)
        found = {(Path(d["file"]).name, d["line"], d["column"], d["severity"], d["rule"])
                 for d in json.loads(done.stdout)}
        if only is not None:
            found = {f for f in found if f[0] == only}
        severities = {f[3] for f in found}
        self.assertTrue(only or severities == {"error", "warning", "info"}, found)
        return found

    def run_editor(self, argv, **kwargs):
        done = subprocess.run(argv, cwd=kwargs.pop("cwd", self.home),
                              env=kwargs.pop("env", self.editor_env()), capture_output=True,
                              text=True, timeout=EDITOR_TIMEOUT, check=False, **kwargs)
        return done

    def read_result(self, name="result.json"):
        path = self.tmp / name
        self.assertTrue(path.exists(), "the editor wrote no result")
        return json.loads(path.read_text())

    # --- Vim --------------------------------------------------------------------------------
    def test_vim_make_errorformat(self):
        self.require("vim")
        (self.tmp / "snippet.vim").write_text(snippet("vim-make"))
        dump = ("call writefile([json_encode(map(getqflist(), {_, e -> [fnamemodify(bufname("
                "e.bufnr), ':t'), e.lnum, e.col, e.type, e.text, e.valid]}))], '"
                + f"{self.tmp}/result.json')")
        done = self.run_editor(["vim", "-N", "-u", "NONE", "-i", "NONE", "-es",
                                "-c", f"source {self.tmp}/snippet.vim", "-c", "silent make!",
                                "-c", dump, "-c", "qa!"])
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        entries = self.read_result()
        self.assertTrue(all(e[5] == 1 for e in entries), entries)
        got = {(e[0], e[1], e[2], e[3], re.search(r"\[([a-z0-9-]+)\]$", e[4]).group(1))
               for e in entries}
        want = {(f, line, col, VIM_TYPES[sev], rule) for f, line, col, sev, rule in self.expected()}
        self.assertEqual(got, want)

    def test_vim_ale(self):
        self.require("vim")
        ale = Path("/usr/share/vim-ale")
        if not (ale / "plugin/ale.vim").exists():
            self.require("vim-ale is not installed: /usr/share/vim-ale")
        vimrc = self.tmp / "vimrc"
        vimrc.write_text(f"set nocompatible\nset runtimepath^={ale}\nfiletype plugin on\n"
                         "let g:ale_linters = {'sh': ['rclint'], 'zsh': ['rclint']}\n"
                         "let g:ale_lint_on_enter = 0\nruntime plugin/ale.vim\n"
                         + snippet("vim-ale"))
        wait = ("for i in range(200) | if !empty(getloclist(0)) | break | endif"
                " | sleep 50m | endfor")
        dump = ("call writefile([json_encode(map(getloclist(0), {_, e -> [e.lnum, e.col, e.type,"
                " e.text]}))], '" + f"{self.tmp}/result.json')")
        # The buffer differs from the disk: ALE lints what is being edited.
        done = self.run_editor(["vim", "-N", "-u", str(vimrc), "-i", "NONE", "-es",
                                "-c", "edit .zprofile", "-c", "call setline(2, 'echo $JAVA_HOME')",
                                "-c", "ALELint", "-c", wait, "-c", dump, "-c", "qa!"])
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        entries = self.read_result()
        self.assertEqual(sorted((e[0], e[1], e[2]) for e in entries), [(1, 20, "W"), (2, 1, "W")],
                         entries)
        self.assertIn("$GOPATH is used here before ~/.zshrc sets it", entries[0][3])
        self.assertIn("'echo' writes to stdout", entries[1][3])

    # --- Neovim -----------------------------------------------------------------------------
    def test_neovim_lsp_session(self):
        self.require("nvim")
        driver = f"""
local result = {{}}
local function record(buf)
  local out = {{}}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(out, {{ d.lnum, d.col, d.severity, code, d.source }})
  end
  return out
end
-- nested: `edit` inside this callback must run the snippet's FileType autocommand.
vim.api.nvim_create_autocmd('VimEnter', {{ nested = true, callback = function()
  local zprofile = vim.api.nvim_get_current_buf()
  result.attached = vim.wait(15000, function() return #vim.diagnostic.get(zprofile) > 0 end, 20)
  result.before = record(zprofile)
  -- Edit ~/.zshrc (unsaved): GOPATH is no longer set, so ~/.zprofile's finding goes.
  vim.cmd('edit .zshrc')
  vim.api.nvim_buf_set_lines(0, 0, -1, false, {{ 'export EDITOR=vim' }})
  result.cleared = vim.wait(15000, function() return #vim.diagnostic.get(zprofile) == 0 end, 20)
  result.after = record(zprofile)
  vim.fn.writefile({{ vim.fn.json_encode(result) }}, '{self.tmp}/result.json')
  vim.cmd('qa!')
end }})
"""
        (self.tmp / "init.lua").write_text(snippet("neovim-lsp") + driver)
        done = self.run_editor(["nvim", "--headless", "-i", "NONE", "-u",
                                str(self.tmp / "init.lua"), ".zprofile"])
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        result = self.read_result()
        self.assertTrue(result["attached"], result)
        # Severity 2 is WARN; lines and columns are 0-based in Neovim.
        self.assertEqual(result["before"], [[0, 19, 2, "use-before-set", "rclint"]])
        self.assertTrue(result["cleared"], result)
        self.assertEqual(result["after"], [])
        self.assertEqual((self.home / ".zshrc").read_text(), HOME_FILES[".zshrc"])

    def test_nvim_lint_pattern(self):
        self.require("nvim")
        # nvim-lint is not in Debian: a stand-in does what its from_pattern does, per line of
        # output, `line:match(pattern)` with the groups in order and the severity mapped.
        stand_in = """
package.preload['lint'] = function() return { linters = {}, linters_by_ft = {} } end
package.preload['lint.parser'] = function() return { from_pattern =
  function(pattern, groups, severities, defaults)
    return function(output)
      local found = {}
      for _, line in ipairs(vim.split(output, '\\n')) do
        local match = { line:match(pattern) }
        if #match == #groups then
          local d = vim.deepcopy(defaults or {})
          for i, group in ipairs(groups) do d[group] = match[i] end
          d.lnum, d.col = tonumber(d.lnum) - 1, tonumber(d.col) - 1
          d.severity = severities[d.severity]
          table.insert(found, d)
        end
      end
      return found
    end
  end } end
"""
        driver = f"""
vim.cmd('edit .zprofile')
local lint = require('lint')
local linter = lint.linters.rclint
local argv = {{ linter.cmd }}
for _, arg in ipairs(linter.args) do
  table.insert(argv, type(arg) == 'function' and arg() or arg)
end
local output = vim.fn.system(argv, vim.api.nvim_buf_get_lines(0, 0, -1, false))
local result = {{ fts = lint.linters_by_ft, diagnostics = {{}} }}
for _, d in ipairs(linter.parser(output)) do
  table.insert(result.diagnostics, {{ d.lnum, d.col, d.severity, d.code, d.source }})
end
vim.fn.writefile({{ vim.fn.json_encode(result) }}, '{self.tmp}/result.json')
vim.cmd('qa!')
"""
        (self.tmp / "init.lua").write_text(stand_in + snippet("nvim-lint") + driver)
        done = self.run_editor(["nvim", "--headless", "-i", "NONE", "-u",
                                str(self.tmp / "init.lua")])
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        result = self.read_result()
        self.assertEqual(result["fts"], {"sh": ["rclint"], "zsh": ["rclint"]})
        self.assertEqual(result["diagnostics"], [[0, 19, 2, "use-before-set", "rclint"]])

    # --- Emacs ------------------------------------------------------------------------------
    def emacs(self, program):
        (self.tmp / "test.el").write_text(program)
        return self.run_editor(["emacs", "--batch", "-Q", "-l", str(self.tmp / "test.el")])

    def test_emacs_compile(self):
        self.require("emacs")
        done = self.emacs(f"""
(require 'compile)
(require 'json)
(let ((default-directory "{self.home}/") (found nil))
  (with-current-buffer (compilation-start "rclint --format gcc")
    (while (get-buffer-process (current-buffer)) (accept-process-output nil 0.05))
    (compilation--ensure-parse (point-max))
    ;; Every line compilation mode recognized as a message (next-error would skip a second
    ;; message at the same place, and notes below compilation-skip-threshold).
    (goto-char (point-min))
    (while (not (eobp))
      (let ((message (get-text-property (point) 'compilation-message)))
        (when message
          (let ((loc (compilation--message->loc message)))
            (push (vector (file-name-nondirectory (caar (compilation--loc->file-struct loc)))
                          (compilation--loc->line loc) (compilation--loc->col loc)
                          (compilation--message->type message))
                  found))))
      (forward-line 1)))
  (with-temp-file "{self.tmp}/result.json" (insert (json-encode (vconcat found)))))
""")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        # compilation-mode's types: 2 error, 1 warning, 0 info.
        types = {"error": 2, "warning": 1, "info": 0}
        got = {tuple(entry) for entry in self.read_result()}
        want = {(f, line, col, types[sev]) for f, line, col, sev, _ in self.expected()}
        self.assertEqual(got, want)

    def test_emacs_flymake(self):
        self.require("emacs")
        done = self.emacs(snippet("emacs-flymake") + f"""
(require 'json)
(find-file "{self.home}/.zprofile")
(goto-char (point-max))
(insert "echo $JAVA_HOME\\n")   ; unsaved: Flymake lints the buffer
(flymake-start)
(let ((tries 0))
  (while (and (< tries 300) (< (length (flymake-diagnostics)) 2))
    (accept-process-output nil 0.05)
    (setq tries (1+ tries))))
(let ((result (vector (symbol-name major-mode)
                      (vconcat (mapcar (lambda (d)
                                         (vector (line-number-at-pos (flymake-diagnostic-beg d))
                                                 (save-excursion
                                                   (goto-char (flymake-diagnostic-beg d))
                                                   (1+ (current-column)))
                                                 (symbol-name (flymake-diagnostic-type d))
                                                 (flymake-diagnostic-text d)))
                                       (flymake-diagnostics))))))
  (with-temp-file "{self.tmp}/result.json" (insert (json-encode result))))
(set-buffer-modified-p nil)
""")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        mode, diagnostics = self.read_result()
        self.assertEqual(mode, "sh-mode")
        self.assertEqual(sorted((d[0], d[1], d[2]) for d in diagnostics),
                         [(1, 20, ":warning"), (2, 1, ":warning")], diagnostics)
        self.assertTrue(any("[use-before-set]" in d[3] for d in diagnostics), diagnostics)
        self.assertTrue(any("[output-in-noninteractive]" in d[3] for d in diagnostics), diagnostics)
        self.assertEqual((self.home / ".zprofile").read_text(), HOME_FILES[".zprofile"])

    # --- VS Code ----------------------------------------------------------------------------
    def test_vscode_problem_matcher(self):
        self.require("node")
        # A dotfiles repository, opened as the workspace; $HOME is elsewhere.
        repo = self.tmp / "dotfiles"
        for name, text in HOME_FILES.items():
            (repo / "zsh").mkdir(parents=True, exist_ok=True)
            (repo / "zsh" / name).write_text(text)
        tasks = json.loads(snippet("vscode-task"))
        task = tasks["tasks"][0]
        self.assertEqual(task["problemMatcher"]["fileLocation"][0], "relative")
        output = subprocess.run(task["command"], shell=True, cwd=repo, env=self.editor_env(),
                                capture_output=True, text=True, timeout=cli_test.TIMEOUT,
                                check=False).stdout
        matcher = task["problemMatcher"]["pattern"]
        # VS Code's mapping of the severity group (problemMatcher.ts, getSeverity): error,
        # warning, info by name; 'note' and 'hint' are Info.
        script = """
const [matcher, output] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const regexp = new RegExp(matcher.regexp);
const severity = s => ({error: 'error', warning: 'warning', info: 'info', note: 'info',
                        hint: 'info'})[s.toLowerCase()] || 'error';
const found = [];
for (const line of output.split('\\n')) {
  const m = regexp.exec(line);
  if (m) found.push([m[matcher.file], +m[matcher.line], +m[matcher.column],
                     severity(m[matcher.severity]), m[matcher.code], m[matcher.message]]);
}
console.log(JSON.stringify(found));
"""
        done = subprocess.run(["node", "-e", script], input=json.dumps([matcher, output]),
                              capture_output=True, text=True, timeout=EDITOR_TIMEOUT,
                              check=False)
        self.assertEqual(done.returncode, 0, done.stderr)
        found = json.loads(done.stdout)
        self.assertTrue(all((repo / f[0]).exists() for f in found), found)
        got = {(Path(f[0]).name, f[1], f[2], f[3], f[4]) for f in found}
        home_json = subprocess.run([cli_test.RCLINT, "--format", "json", "--home", "."], cwd=repo,
                                   env=self.editor_env(), capture_output=True, text=True,
                                   timeout=cli_test.TIMEOUT, check=False).stdout
        want = {(Path(d["file"]).name, d["line"], d["column"], d["severity"], d["rule"])
                for d in json.loads(home_json)}
        self.assertEqual(got, want)
        self.assertEqual({f[3] for f in got}, {"error", "warning", "info"})
        self.assertTrue(all(not f[5].endswith("]") for f in found), "the rule is not in the text")


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
