#include "cli/language_server.h"

#include <fmt/format.h>

#include <csignal>
#include <cstdio>
#include <map>
#include <set>

#include "cli/lsp_protocol.h"
#include "cli/lsp_transport.h"
#include "cli/session.h"
#include "registry.h"

#ifndef RCLINT_VERSION
#define RCLINT_VERSION "0.0.0"
#endif

namespace rclint::cli {

namespace {

using lsp::Json;
namespace path = source::path;

// JSON-RPC 2.0 and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kServerNotInitialized = -32002;

// LSP MessageType.
constexpr int kMessageError = 1;
constexpr int kMessageInfo = 3;

struct Document {
  std::string uri;  // as the client spelled it: publish under the same string
  std::string text;
  int64_t version = 0;
};

std::string string_member(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}

const Json& member(const Json& object, const char* key) {
  static const Json kNull;
  if (!object.is_object()) return kNull;
  auto found = object.find(key);
  return found == object.end() ? kNull : *found;
}

// The byte offset of LSP `position` in `text` (clamped to the text).
size_t offset_of(const std::string& text, const Json& position, lsp::PositionEncoding encoding) {
  auto line =
      member(position, "line").is_number_unsigned() ? member(position, "line").get<uint64_t>() : 0;
  auto character = member(position, "character").is_number_unsigned()
                       ? member(position, "character").get<uint64_t>()
                       : 0;
  size_t start = 0;
  for (uint64_t i = 0; i < line; ++i) {
    size_t newline = text.find('\n', start);
    if (newline == std::string::npos) return text.size();
    start = newline + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view line_text(text.data() + start,
                             (end == std::string::npos ? text.size() : end) - start);
  uint32_t column = lsp::column_of(
      line_text, static_cast<uint32_t>(std::min<uint64_t>(character, UINT32_MAX)), encoding);
  return start + column - 1;
}

class LanguageServer {
 public:
  LanguageServer(Args args, const ProcessEnvironment& environment,
                 std::function<void(const Json&)> send)
      : args_(std::move(args)), environment_(environment), send_(std::move(send)) {}

  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

  void handle(const Json& message) {
    if (!message.is_object() || string_member(message, "jsonrpc") != "2.0") {
      return reply_error(member(message, "id"), kInvalidRequest, "not a JSON-RPC 2.0 message");
    }
    const Json& id = member(message, "id");
    std::string method = string_member(message, "method");
    bool is_request = message.contains("id");
    if (method.empty()) return;  // a response to a request we never send
    try {
      if (is_request) {
        // A request sees the findings of every change sent before it: the diagnostics are
        // published before its answer (a code action needs them; a test syncs on it).
        publish_if_stale();
        request(id, method, member(message, "params"));
      } else {
        notification(method, member(message, "params"));
      }
    } catch (const Json::exception& e) {
      // A field of the wrong type: the message is refused, the session goes on.
      if (is_request) reply_error(id, kInvalidParams, e.what());
      log(fmt::format("{}: {}", method, e.what()));
    }
  }

  void reply_error(const Json& id, int code, const std::string& message) {
    send_({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }

  /// Lints the home again and publishes what changed, if a document or the disk changed.
  void publish_if_stale() {
    if (!stale_ || !initialized_ || shutdown_) return;
    stale_ = false;
    std::map<std::string, std::string> buffers;
    for (const auto& [file, document] : documents_) buffers[file] = document.text;
    std::vector<std::string_view> names;
    for (const lint::Rule* rule : rules::all()) names.push_back(rule->name);
    Result<std::unique_ptr<Session>> opened = Session::open(args_, environment_, names, buffers);
    if (!opened) {
      if (opened.error().message != last_error_) {
        last_error_ = opened.error().message;
        show(kMessageError, "rclint: " + last_error_);
      }
      return;
    }
    last_error_.clear();
    Session& session = **opened;
    for (const std::string& outside : session.unmapped_buffers()) {
      if (outside_home_.insert(outside).second) {
        log(fmt::format("{} is not a startup file of the home: nothing is reported in it",
                        outside));
      }
    }
    CheckOptions check{args_.select, args_.ignore};
    std::vector<Diagnostic> findings = session.check(rules::all(), check);
    lsp::UriOfFile uri_of = [&](std::string_view display) -> std::optional<std::string> {
      std::optional<std::string> physical = session.physical_path(display);
      std::string file = physical
                             ? *physical
                             : path::normalize(path::join(environment_.cwd, std::string(display)));
      auto open = documents_.find(file);
      return open != documents_.end() ? open->second.uri : lsp::uri_of_path(file);
    };
    std::map<std::string, Json> next;  // uri → diagnostics
    for (const Diagnostic& finding : findings) {
      std::optional<std::string> uri = uri_of(finding.where.file);
      if (!uri) continue;
      auto [slot, added] = next.try_emplace(*uri, Json::array());
      slot->second.push_back(lsp::diagnostic_json(finding, session.sources(), encoding_, uri_of));
    }
    for (const auto& [file, document] : documents_) next.try_emplace(document.uri, Json::array());
    for (const auto& [uri, diagnostics] : published_) next.try_emplace(uri, Json::array());
    for (const auto& [uri, diagnostics] : next) {
      auto before = published_.find(uri);
      if (before != published_.end() && before->second == diagnostics) continue;
      Json params{{"uri", uri}, {"diagnostics", diagnostics}};
      for (const auto& [file, document] : documents_) {
        if (document.uri == uri) params["version"] = document.version;
      }
      send_(
          {{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", params}});
    }
    published_ = std::move(next);
  }

 private:
  void request(const Json& id, const std::string& method, const Json& params) {
    if (method == "initialize") {
      if (initialized_) return reply_error(id, kInvalidRequest, "initialize was already sent");
      initialized_ = true;
      return reply(id, initialize(params));
    }
    if (!initialized_) return reply_error(id, kServerNotInitialized, "send initialize first");
    if (shutdown_) return reply_error(id, kInvalidRequest, "the server is shutting down");
    if (method == "shutdown") {
      shutdown_ = true;
      return reply(id, nullptr);
    }
    if (method == "textDocument/codeAction") {
      std::string uri = string_member(member(params, "textDocument"), "uri");
      return reply(id, lsp::code_actions(uri, member(member(params, "context"), "diagnostics")));
    }
    reply_error(id, kMethodNotFound, fmt::format("rclint does not handle '{}'", method));
  }

  void notification(const std::string& method, const Json& params) {
    if (method == "exit") {
      exited_ = true;
      return;
    }
    if (!initialized_ || shutdown_) return;  // LSP: notifications before initialize are dropped
    const Json& document = member(params, "textDocument");
    std::string uri = string_member(document, "uri");
    if (method == "initialized" || method == "textDocument/didSave" ||
        method == "workspace/didChangeWatchedFiles") {
      stale_ = true;  // the disk may have changed: every analysis reads it afresh
    } else if (method == "workspace/didChangeConfiguration") {
      set_arguments(member(member(member(params, "settings"), "rclint"), "arguments"));
      stale_ = true;
    } else if (method == "textDocument/didOpen") {
      std::optional<std::string> file = lsp::path_of_uri(uri);
      if (!file) return log(fmt::format("{}: not a file: URI, not linted", uri));
      Document& open = documents_[path::normalize(*file)];
      open.uri = uri;
      open.text = string_member(document, "text");
      open.version = member(document, "version").is_number_integer()
                         ? member(document, "version").get<int64_t>()
                         : 0;
      stale_ = true;
    } else if (method == "textDocument/didChange") {
      std::optional<std::string> file = lsp::path_of_uri(uri);
      auto open = file ? documents_.find(path::normalize(*file)) : documents_.end();
      if (open == documents_.end()) return log(fmt::format("{}: changed but never opened", uri));
      for (const Json& change : member(params, "contentChanges")) apply(open->second.text, change);
      if (member(document, "version").is_number_integer()) {
        open->second.version = member(document, "version").get<int64_t>();
      }
      stale_ = true;
    } else if (method == "textDocument/didClose") {
      std::optional<std::string> file = lsp::path_of_uri(uri);
      if (file) documents_.erase(path::normalize(*file));
      stale_ = true;  // its findings are now the saved file's
    }
  }

  Json initialize(const Json& params) {
    for (const Json& name :
         member(member(member(params, "capabilities"), "general"), "positionEncodings")) {
      if (name == "utf-8") encoding_ = lsp::PositionEncoding::Utf8;
    }
    set_arguments(member(member(params, "initializationOptions"), "arguments"));
    if (!args_.home) {
      std::string root_uri = string_member(params, "rootUri");
      const Json& folders = member(params, "workspaceFolders");
      if (root_uri.empty() && folders.is_array() && !folders.empty()) {
        root_uri = string_member(folders[0], "uri");
      }
      std::optional<std::string> root = lsp::path_of_uri(root_uri);
      if (!root && !string_member(params, "rootPath").empty())
        root = string_member(params, "rootPath");
      // The workspace is the home unless it is $HOME itself: then the machine is audited,
      // as `rclint` with no --home does.
      bool is_home = root && environment_.home &&
                     path::normalize(*root) == path::normalize(*environment_.home);
      if (root && !is_home) args_.home = *root;
    }
    Json capabilities{
        {"positionEncoding", encoding_ == lsp::PositionEncoding::Utf8 ? "utf-8" : "utf-16"},
        {"textDocumentSync",
         {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
        {"codeActionProvider", {{"codeActionKinds", Json::array({"quickfix"})}}}};
    return {{"capabilities", capabilities},
            {"serverInfo", {{"name", "rclint"}, {"version", RCLINT_VERSION}}}};
  }

  // Options from the client (initializationOptions or settings), over the command line's.
  void set_arguments(const Json& arguments) {
    if (arguments.is_null()) return;
    std::vector<std::string> argv{"lsp"};
    bool valid = arguments.is_array();
    for (const Json& argument : valid ? arguments : Json::array()) {
      if (!argument.is_string()) valid = false;
      if (valid) argv.push_back(argument.get<std::string>());
    }
    Result<Args> parsed = valid ? parse_args(argv) : Error{"arguments must be a list of strings"};
    if (!parsed) return show(kMessageError, "rclint: arguments: " + parsed.error().message);
    Args merged = parsed.value();
    if (!merged.home) merged.home = args_.home;
    if (!merged.root) merged.root = args_.root;
    if (!merged.platform) merged.platform = args_.platform;
    if (!merged.layout) merged.layout = args_.layout;
    if (!merged.config) merged.config = args_.config;
    merged.fs = merged.fs || args_.fs;
    if (merged.contexts.empty()) merged.contexts = args_.contexts;
    if (merged.select.empty()) merged.select = args_.select;
    if (merged.ignore.empty()) merged.ignore = args_.ignore;
    for (const auto& [name, value] : args_.env) merged.env.emplace(name, value);
    args_ = std::move(merged);
  }

  // Applies one TextDocumentContentChangeEvent: a range replaced, or (no range) the whole text.
  void apply(std::string& text, const Json& change) {
    std::string replacement = string_member(change, "text");
    const Json& range = member(change, "range");
    if (!range.is_object()) {
      text = std::move(replacement);
      return;
    }
    size_t start = offset_of(text, member(range, "start"), encoding_);
    size_t end = std::max(start, offset_of(text, member(range, "end"), encoding_));
    text.replace(start, end - start, replacement);
  }

  void reply(const Json& id, Json result) {
    send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }

  void show(int type, const std::string& message) {
    send_({{"jsonrpc", "2.0"},
           {"method", "window/showMessage"},
           {"params", {{"type", type}, {"message", message}}}});
  }

  void log(const std::string& message) {
    send_({{"jsonrpc", "2.0"},
           {"method", "window/logMessage"},
           {"params", {{"type", kMessageInfo}, {"message", message}}}});
  }

  Args args_;
  const ProcessEnvironment& environment_;
  std::function<void(const Json&)> send_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool stale_ = false;
  lsp::PositionEncoding encoding_ = lsp::PositionEncoding::Utf16;
  std::map<std::string, Document> documents_;  // by absolute path
  std::map<std::string, Json> published_;      // uri → its diagnostics, as last sent
  std::string last_error_;                     // shown once, until the analysis works again
  std::set<std::string> outside_home_;         // open documents already logged as outside
};

}  // namespace

int serve_language_server(const Args& args, const ProcessEnvironment& environment, int in_fd,
                          int out_fd) {
  // A client that goes away must end the session, not kill it with SIGPIPE mid-write.
  std::signal(SIGPIPE, SIG_IGN);
  MessageReader reader(in_fd);
  bool client_gone = false;
  LanguageServer server(args, environment, [&](const Json& message) {
    std::string body = message.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (!write_message(out_fd, body)) client_gone = true;
  });
  while (!server.exited() && !client_gone) {
    MessageReader::Read read = reader.next();
    if (read.status == MessageReader::Status::End) break;
    if (read.status == MessageReader::Status::BadHeader) {
      std::fprintf(stderr, "rclint lsp: %s\n", read.error.c_str());
      continue;
    }
    Json message = Json::parse(read.body, nullptr, false);
    if (message.is_discarded()) {
      server.reply_error(nullptr, kParseError, "the message is not JSON");
      continue;
    }
    server.handle(message);
    // Typing sends a change per keystroke: lint once the client has paused.
    if (!reader.has_pending_input()) server.publish_if_stale();
  }
  return server.exit_code();
}

}  // namespace rclint::cli
