#!/usr/bin/python3
"""`rclint lsp` (issue 8), driven by a scripted JSON-RPC client over real pipes: the lifecycle,
documents opened, changed and closed, diagnostics of the whole home, code actions, position
encodings, and a client that misbehaves.

Usage: lsp_test.py RCLINT [unittest arguments]
"""

import json
import queue
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cli_test  # noqa: E402
from cli_test import CliTest  # noqa: E402

WAIT = 20  # seconds for one answer; a hang fails the test instead of the suite's timeout


def uri(path):
    return "file://" + urllib.parse.quote(str(path))


class Client:
    """A language client: writes framed messages to rclint's stdin, reads its stdout on a
    thread, keeps the notifications it receives in order."""

    def __init__(self, test, cwd, env):
        self.process = subprocess.Popen([cli_test.RCLINT, "lsp"], cwd=cwd, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        test.addCleanup(self.close)
        self.incoming = queue.Queue()
        self.notifications = []  # every server notification, in order
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.process.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.incoming.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.incoming.put(json.loads(out.read(length)))

    def send_raw(self, body):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def send(self, message):
        self.send_raw(json.dumps({"jsonrpc": "2.0", **message}))

    def notify(self, method, params=None):
        self.send({"method": method, "params": params or {}})

    def request(self, method, params=None):
        """Sends a request and returns its response; notifications before it are kept."""
        self.next_id += 1
        request_id = self.next_id
        self.send({"id": request_id, "method": method, "params": params or {}})
        return self.response(request_id)

    def response(self, request_id):
        while True:
            message = self.incoming.get(timeout=WAIT)
            if message is None:
                raise AssertionError("rclint lsp ended before answering "
                                     + self.process.stderr.read().decode())
            if "method" in message:
                self.notifications.append(message)
            elif message.get("id") == request_id:
                return message

    def sync(self):
        """Waits until every notification sent so far is reflected: rclint publishes before it
        answers a request, so an unknown method's error answer is a barrier."""
        self.request("$/rclint/sync")

    def take(self, method):
        """The notifications of `method` received so far (and forgets them)."""
        taken = [n["params"] for n in self.notifications if n["method"] == method]
        self.notifications = [n for n in self.notifications if n["method"] != method]
        return taken

    def diagnostics(self):
        """The last diagnostics published for each URI since the previous call."""
        last = {}
        for params in self.take("textDocument/publishDiagnostics"):
            last[params["uri"]] = params
        return last

    def exit_code(self):
        return self.process.wait(timeout=WAIT)

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()


class LspTest(CliTest):
    def start(self, root=True, capabilities=None, options=None):
        # The workspace is the home, $HOME another directory: $HOME as the workspace would
        # audit this machine, as `rclint` with no --home does.
        env = self.env({"HOME": str(self.tmp)}) if root is True else self.env()
        client = Client(self, self.home, env)
        params = {"processId": None, "capabilities": capabilities or {},
                  "rootUri": uri(self.home) if root is True else root}
        if options is not None:
            params["initializationOptions"] = options
        answer = client.request("initialize", params)
        self.assertIn("result", answer, answer)
        client.notify("initialized")
        self.capabilities = answer["result"]["capabilities"]
        return client

    def open(self, client, name, text, version=1):
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(self.home / name), "languageId": "shellscript", "version": version,
            "text": text}})

    def codes(self, published, name):
        return [d["code"] for d in published[uri(self.home / name)]["diagnostics"]]

    def stop(self, client):
        self.assertEqual(client.request("shutdown")["result"], None)
        client.notify("exit")
        self.assertEqual(client.exit_code(), 0)

    def test_editing_zshrc_changes_the_findings_of_zprofile(self):
        self.write(".zprofile", 'export PATH="$PATH:$GOPATH/bin"\n')
        self.write(".zshrc", 'export GOPATH="$HOME/go"\nexport PATH="$PATH:$GOPATH/bin"\n')
        client = self.start()
        self.assertEqual(self.capabilities["textDocumentSync"]["change"], 1)
        self.assertEqual(self.capabilities["positionEncoding"], "utf-16")
        client.sync()
        # Whole-home findings arrive at start, for files no editor has open.
        published = client.diagnostics()
        zprofile = published[uri(self.home / ".zprofile")]["diagnostics"]
        self.assertEqual(len(zprofile), 1, zprofile)
        self.assertEqual(zprofile[0]["code"], "use-before-set")
        self.assertEqual(zprofile[0]["source"], "rclint")
        self.assertEqual(zprofile[0]["severity"], 2)
        self.assertEqual(zprofile[0]["range"], {"start": {"line": 0, "character": 19},
                                                "end": {"line": 0, "character": 26}})
        self.assertIn("in zsh:login, ~/.zprofile runs before ~/.zshrc", zprofile[0]["message"])

        # The unsaved ~/.zshrc no longer sets GOPATH: ~/.zprofile's finding goes, unsaved.
        self.open(client, ".zshrc", 'export EDITOR=vim\n')
        client.sync()
        published = client.diagnostics()
        self.assertEqual(published[uri(self.home / ".zprofile")]["diagnostics"], [])
        self.assertEqual(published[uri(self.home / ".zshrc")]["diagnostics"], [])
        self.assertEqual(published[uri(self.home / ".zshrc")]["version"], 1)

        # An error, past a two-byte character: columns count UTF-16 units, not bytes.
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri(self.home / ".zshrc"), "version": 2},
            "contentChanges": [{"text": "export PATH=/opt/gö/bin\n"}]})
        client.sync()
        published = client.diagnostics()
        zshrc = published[uri(self.home / ".zshrc")]
        self.assertEqual(zshrc["version"], 2)
        overwrite = [d for d in zshrc["diagnostics"] if d["code"] == "path-overwrite"]
        self.assertEqual(overwrite[0]["severity"], 1)
        self.assertEqual(overwrite[0]["range"]["end"], {"line": 0, "character": 23})
        self.assertNotIn(uri(self.home / ".zprofile"), published, "unchanged: not re-sent")

        # Closed without saving: the file on disk counts again.
        client.notify("textDocument/didClose", {"textDocument": {"uri": uri(self.home / ".zshrc")}})
        client.sync()
        published = client.diagnostics()
        self.assertEqual(self.codes(published, ".zprofile"), ["use-before-set"])
        self.assertNotIn("path-overwrite", self.codes(published, ".zshrc"))
        self.assertEqual((self.home / ".zshrc").read_text(),
                         'export GOPATH="$HOME/go"\nexport PATH="$PATH:$GOPATH/bin"\n',
                         "rclint writes nothing")
        self.stop(client)

    def test_code_actions_fix_and_disable(self):
        self.write(".zprofile", 'export PATH="~/bin:$PATH"\n')
        client = self.start()
        client.sync()
        diagnostics = client.diagnostics()[uri(self.home / ".zprofile")]["diagnostics"]
        tilde = [d for d in diagnostics if d["code"] == "path-tilde-in-quotes"]
        self.assertEqual(len(tilde), 1, diagnostics)
        answer = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri(self.home / ".zprofile")}, "range": tilde[0]["range"],
            "context": {"diagnostics": tilde}})
        actions = answer["result"]
        self.assertEqual([a["kind"] for a in actions], ["quickfix", "quickfix"])
        fix, disable = actions
        self.assertTrue(fix["isPreferred"])
        self.assertIn("[path-tilde-in-quotes]", fix["title"])
        self.assertEqual(fix["edit"]["changes"][uri(self.home / ".zprofile")], [{
            "range": {"start": {"line": 0, "character": 13}, "end": {"line": 0, "character": 14}},
            "newText": "$HOME"}])
        self.assertEqual(disable["title"], "disable path-tilde-in-quotes on this line")
        self.assertEqual(disable["edit"]["changes"][uri(self.home / ".zprofile")], [{
            "range": {"start": {"line": 0, "character": 25}, "end": {"line": 0, "character": 25}},
            "newText": "  # rclint disable=path-tilde-in-quotes"}])

        # Applying both edits, as the editor would, silences the finding.
        self.open(client, ".zprofile", 'export PATH="$HOME/bin:$PATH"\n')
        client.sync()
        self.assertEqual(client.diagnostics()[uri(self.home / ".zprofile")]["diagnostics"], [])
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri(self.home / ".zprofile"), "version": 2},
            "contentChanges": [{"text": 'export PATH="~/bin:$PATH"'
                                        "  # rclint disable=path-tilde-in-quotes\n"}]})
        client.sync()
        self.assertNotIn(uri(self.home / ".zprofile"), client.diagnostics(), "still none: not re-sent")
        self.stop(client)

    def test_utf8_positions_when_the_client_offers_them(self):
        self.write(".zshenv", "# é\nexport PATH=/opt/gö/bin\n")
        client = self.start(capabilities={"general": {"positionEncodings": ["utf-8", "utf-16"]}})
        self.assertEqual(self.capabilities["positionEncoding"], "utf-8")
        client.sync()
        diagnostics = client.diagnostics()[uri(self.home / ".zshenv")]["diagnostics"]
        overwrite = [d for d in diagnostics if d["code"] == "path-overwrite"]
        self.assertEqual(overwrite[0]["range"]["end"], {"line": 1, "character": 24})
        # An incremental change (though rclint asks for whole texts), in UTF-8 columns.
        self.open(client, ".zshenv", "# é\nexport PATH=/opt/gö/bin\n")
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri(self.home / ".zshenv"), "version": 2},
            "contentChanges": [{"range": {"start": {"line": 1, "character": 12},
                                          "end": {"line": 1, "character": 12}},
                                "text": "$PATH:"}]})
        client.sync()
        codes = [d["code"] for d in client.diagnostics()[uri(self.home / ".zshenv")]["diagnostics"]]
        self.assertNotIn("path-overwrite", codes)
        self.stop(client)

    def test_stow_repository_and_options_from_the_client(self):
        self.write("zsh/.zshenv", 'typeset -U path\nexport PATH="/opt/go/bin:$PATH"\n')
        self.write("zsh/.zprofile", "")
        client = self.start(options={"arguments": ["--platform", "macos"]})
        client.sync()
        published = client.diagnostics()
        # macOS's path_helper moves ~/.zshenv's entry: the repository's file is the one named.
        self.assertEqual([d["code"] for d in published[uri(self.home / "zsh/.zshenv")]["diagnostics"]],
                         ["path-reordered-by-path-helper"])
        self.stop(client)

    def test_configuration_problems_are_shown_not_fatal(self):
        self.write(".zshrc", "export PATH=/opt/go/bin\n")
        self.config("select = [\"no-such-rule\"]\n")
        client = self.start(options={"arguments": ["--bogus"]})
        client.sync()
        shown = [m["message"] for m in client.take("window/showMessage")]
        self.assertTrue(any("unknown option '--bogus'" in m for m in shown), shown)
        self.assertTrue(any(".rclint.toml" in m and "no-such-rule" in m for m in shown), shown)
        self.assertEqual(client.diagnostics(), {})
        # Fixing the config in the editor's workspace and saving brings the findings.
        self.config("ignore = [\"env-interactive-only\"]\n")
        client.notify("workspace/didChangeWatchedFiles", {"changes": []})
        client.sync()
        self.assertEqual(self.codes(client.diagnostics(), ".zshrc"), ["path-overwrite"])
        self.stop(client)

    def test_a_document_outside_the_home(self):
        self.write(".zshrc", "")
        other = self.tmp / "elsewhere.sh"
        client = self.start()
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(other), "languageId": "shellscript", "version": 1,
            "text": "export PATH=/x\n"}})
        client.sync()
        logged = [m["message"] for m in client.take("window/logMessage")]
        self.assertTrue(any("is not a startup file of the home" in m for m in logged), logged)
        self.assertEqual(client.diagnostics()[uri(other)]["diagnostics"], [])
        self.stop(client)

    def test_without_a_workspace_the_home_is_HOME(self):
        self.write(".zshrc", "export PATH=/opt/go/bin\n")
        client = self.start(root=None)
        client.sync()
        self.assertIn("path-overwrite", self.codes(client.diagnostics(), ".zshrc"))
        self.stop(client)

    def test_protocol_errors(self):
        client = Client(self, self.home, self.env())
        early = client.request("textDocument/codeAction")
        self.assertEqual(early["error"]["code"], -32002)
        client.send_raw("{not json")
        self.assertEqual(client.response(None)["error"]["code"], -32700)
        client.send_raw('{"id": 7, "method": "initialize"}')  # no "jsonrpc": "2.0"
        self.assertEqual(client.response(7)["error"]["code"], -32600)
        answer = client.request("initialize", {"rootUri": uri(self.home), "capabilities": {}})
        self.assertIn("result", answer)
        self.assertEqual(answer["result"]["serverInfo"]["name"], "rclint")
        self.assertEqual(client.request("initialize", {})["error"]["code"], -32600)
        self.assertEqual(client.request("workspace/symbol")["error"]["code"], -32601)
        # Fields of the wrong type: refused or ignored, never a crash.
        client.notify("textDocument/didOpen", {"textDocument": 5})
        client.notify("textDocument/didChange", {"textDocument": {"uri": 3}, "contentChanges": 1})
        wrong = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri(self.home / ".zshrc")},
            "context": {"diagnostics": [{"data": {"rule": "x", "fix": {"uri": 1, "range": 2}}}]}})
        self.assertIn(wrong.get("error", {}).get("code"), (-32602, None), wrong)
        # A header without Content-Length is skipped; the next message is answered.
        client.process.stdin.write(b"Content-Type: x\r\n\r\n")
        self.assertEqual(client.request("shutdown")["result"], None)
        self.assertEqual(client.request("shutdown")["error"]["code"], -32600)
        client.notify("exit")
        self.assertEqual(client.exit_code(), 0)
        self.assertIn("without a valid Content-Length", client.process.stderr.read().decode())

    def test_exit_without_shutdown_and_end_of_input(self):
        client = self.start()
        client.notify("exit")
        self.assertEqual(client.exit_code(), 1)
        client = self.start()
        client.process.stdin.close()
        self.assertEqual(client.exit_code(), 1)

    def test_bad_command_lines(self):
        self.assertUsageError(self.rclint("lsp", "--format", "json"), "drop --format")
        self.assertUsageError(self.rclint("lsp", ".zshrc"), "rclint lsp takes no FILE")


if __name__ == "__main__":
    sys.exit(cli_test.main(sys.argv))
