// Tests of src/cli/lsp_protocol and lsp_transport: URIs, columns in UTF-16 and UTF-8, the
// LSP form of a finding, and the Content-Length framing. The session itself is tested with a
// scripted client in tests/cli/lsp_test.py.
#include <doctest/doctest.h>
#include <unistd.h>

#include "cli/lsp_protocol.h"
#include "cli/lsp_transport.h"

using namespace rclint;
using namespace rclint::cli;

namespace {

class OneFile final : public SourceLookup {
 public:
  explicit OneFile(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  std::optional<std::string_view> line_text(std::string_view, uint32_t line) const override {
    if (line == 0 || line > lines_.size()) return std::nullopt;
    return lines_[line - 1];
  }

 private:
  std::vector<std::string> lines_;
};

// Writes `bytes` into a pipe and closes its writing end: what a client sent, then hung up.
int pipe_with(const std::string& bytes) {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  REQUIRE(::write(ends[1], bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  ::close(ends[1]);
  return ends[0];
}

}  // namespace

TEST_CASE("file URIs and paths, percent-encoded both ways") {
  CHECK(lsp::path_of_uri("file:///home/u/.zshrc") == "/home/u/.zshrc");
  CHECK(lsp::path_of_uri("file:///home/u/my%20dotfiles/zsh/.zshrc") ==
        "/home/u/my dotfiles/zsh/.zshrc");
  CHECK(lsp::path_of_uri("FILE://localhost/etc/profile") == "/etc/profile");
  CHECK(!lsp::path_of_uri("untitled:Untitled-1"));
  CHECK(!lsp::path_of_uri("file://server/share/x"));  // a remote file: not on this disk
  CHECK(!lsp::path_of_uri("file:///a%00b"));
  CHECK(lsp::uri_of_path("/home/u/my dotfiles/.zshrc") == "file:///home/u/my%20dotfiles/.zshrc");
  CHECK(lsp::uri_of_path("/home/u/.config/zsh/plugins@2.zsh") ==
        "file:///home/u/.config/zsh/plugins%402.zsh");
  CHECK(lsp::path_of_uri(lsp::uri_of_path("/tmp/é #?%")) == "/tmp/é #?%");
}

TEST_CASE("columns: bytes for rclint, UTF-16 units (or bytes) for the client") {
  using lsp::PositionEncoding;
  std::string line = "export A=é😀x";  // é: 2 bytes, 1 unit; 😀: 4 bytes, 2 units
  CHECK(lsp::character_of(line, 1, PositionEncoding::Utf16) == 0);
  CHECK(lsp::character_of(line, 12, PositionEncoding::Utf16) == 10);  // after é
  CHECK(lsp::character_of(line, 16, PositionEncoding::Utf16) == 12);  // after 😀
  CHECK(lsp::character_of(line, 16, PositionEncoding::Utf8) == 15);
  CHECK(lsp::character_of(line, 18, PositionEncoding::Utf16) == 14);      // past the end: bytes
  CHECK(lsp::character_of("\xff\xfe", 3, PositionEncoding::Utf16) == 2);  // invalid: 1 each
  CHECK(lsp::column_of(line, 12, PositionEncoding::Utf16) == 16);
  CHECK(lsp::column_of(line, 10, PositionEncoding::Utf16) == 12);
  CHECK(lsp::column_of(line, 99, PositionEncoding::Utf16) == line.size() + 1);
  CHECK(lsp::column_of(line, 99, PositionEncoding::Utf8) == line.size() + 1);
}

TEST_CASE("a finding as an LSP diagnostic") {
  OneFile file({"export PATH=\"~/bin:$PATH\"", "x"});
  Diagnostic finding;
  finding.rule = "path-tilde-in-quotes";
  finding.severity = Severity::Warning;
  finding.where = {".zshenv", 1, 1, 1, 26};
  finding.message = "'~' stays literal";
  finding.notes = {{Location{".zshrc", 2, 1, 2, 2}, "set here"}, {std::nullopt, "in zsh:login"}};
  finding.help = "use $HOME";
  finding.fix = Fix{{".zshenv", 1, 14, 1, 15}, "$HOME"};
  auto uri_of = [](std::string_view name) -> std::optional<std::string> {
    return "file:///h/" + std::string(name);
  };
  lsp::Json out = lsp::diagnostic_json(finding, file, lsp::PositionEncoding::Utf16, uri_of);
  CHECK(out["code"] == "path-tilde-in-quotes");
  CHECK(out["severity"] == 2);
  CHECK(out["message"] == "'~' stays literal\nin zsh:login\nhelp: use $HOME");
  CHECK(out["range"]["end"]["character"] == 25);
  CHECK(out["relatedInformation"][0]["location"]["uri"] == "file:///h/.zshrc");
  CHECK(out["data"]["fix"]["newText"] == "$HOME");
  CHECK(out["data"]["line_end"]["character"] == 25);

  lsp::Json actions = lsp::code_actions("file:///h/.zshenv", lsp::Json::array({out}));
  REQUIRE(actions.size() == 2);
  CHECK(actions[0]["edit"]["changes"]["file:///h/.zshenv"][0]["newText"] == "$HOME");
  CHECK(actions[1]["title"] == "disable path-tilde-in-quotes on this line");

  // A line continued by `\`: a comment at its end would end the command.
  OneFile continued({"export PATH=/x:\\", "$PATH"});
  lsp::Json no_disable =
      lsp::diagnostic_json(finding, continued, lsp::PositionEncoding::Utf16, uri_of);
  CHECK(!no_disable["data"].contains("line_end"));
  // A whole-file finding (line 0) sits at the file's start.
  finding.where = {".zshenv", 0, 0, 0, 0};
  CHECK(lsp::diagnostic_json(finding, file, lsp::PositionEncoding::Utf16, uri_of)["range"]["end"] ==
        lsp::Json{{"line", 0}, {"character", 0}});
}

TEST_CASE("Content-Length framing: messages, bad headers, end of input") {
  std::string first = R"({"a":1})";
  std::string second = R"({"b":"é"})";
  int fd = pipe_with("Content-Length: " + std::to_string(first.size()) + "\r\n\r\n" + first +
                     "content-length:" + std::to_string(second.size()) +
                     "\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" +
                     second + "Content-Type: x\r\n\r\n" + "Content-Length: 99\r\n\r\n{}");
  MessageReader reader(fd);
  CHECK(reader.next().body == first);
  CHECK(reader.has_pending_input());
  CHECK(reader.next().body == second);
  MessageReader::Read bad = reader.next();
  CHECK(bad.status == MessageReader::Status::BadHeader);
  CHECK(bad.error == "a header without a valid Content-Length");
  CHECK(reader.next().error == "input ended inside a message");
  CHECK(reader.next().status == MessageReader::Status::End);
  ::close(fd);

  int huge = pipe_with("Content-Length: 99999999999\r\n\r\n");
  MessageReader refuses(huge);
  CHECK(refuses.next().error.find("over the limit") != std::string::npos);
  CHECK(refuses.next().status == MessageReader::Status::End);
  ::close(huge);
}
