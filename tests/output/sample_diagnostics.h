#pragma once
// The fixed findings behind tests/golden/output/, shared by tests/unit/output_test.cpp (which
// compares every format with its golden file) and sarif_sample.cpp (whose SARIF is checked
// against the official schema). They cover what a format can trip on: a file-level finding,
// a multi-line range, a tab before the range, a non-ASCII character before the range (byte
// and code-point columns differ), notes with and without a location, an absolute path, help,
// a fix, contexts, and every severity.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "output/format.h"

namespace rclint::output::testing {

/// Source lines from strings, for the text snippets and SARIF's column conversion.
class MapSources : public SourceLookup {
 public:
  void add(std::string file, std::string_view text) {
    texts_[file] = std::string(text);
    std::vector<std::string>& lines = files_[std::move(file)];
    size_t start = 0;
    while (start <= text.size()) {
      const size_t end = text.find('\n', start);
      if (end == std::string_view::npos) {
        if (start < text.size()) lines.emplace_back(text.substr(start));
        break;
      }
      lines.emplace_back(text.substr(start, end - start));
      start = end + 1;
    }
  }

  std::optional<std::string_view> line_text(std::string_view file, uint32_t line) const override {
    const auto it = files_.find(file);
    if (it == files_.end() || line == 0 || line > it->second.size()) return std::nullopt;
    return it->second[line - 1];
  }
  std::optional<std::string_view> file_text(std::string_view file) const override {
    const auto it = texts_.find(file);
    if (it == texts_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> files_;
  std::map<std::string, std::string, std::less<>> texts_;
};

inline Location at(std::string file, uint32_t line, uint32_t column, uint32_t end_line,
                   uint32_t end_column) {
  return Location{std::move(file), line, column, end_line, end_column};
}

inline MapSources sample_sources() {
  MapSources sources;
  sources.add("~/.zprofile",
              "# Homebrew's Go\n"
              "export GOPATH=$HOME/go\n"
              "export PATH=/opt/go/bin\n");
  sources.add("~/.zshrc",
              "if [[ -o interactive ]]; then\n"
              "  export PATH=\"$HOME/bin:$PATH\"\n"
              "fi\n"
              "\tGOROOT=/usr/local/Cellar/go/1.21.0/libexec\n"
              "echo \"café\"; GOPATH=~/gö\n");
  return sources;
}

inline std::vector<Diagnostic> sample_diagnostics() {
  std::vector<Diagnostic> out;

  Diagnostic crlf;
  crlf.rule = "crlf-line-endings";
  crlf.severity = Severity::Warning;
  crlf.where = at("~/.zprofile", 0, 0, 0, 0);
  crlf.message = "file has CRLF line endings; zsh reads each \\r as part of the command";
  crlf.help = "convert it: sed -i 's/\\r$//' ~/.zprofile";
  out.push_back(crlf);

  Diagnostic overwrite;
  overwrite.rule = "path-overwrite";
  overwrite.severity = Severity::Error;
  overwrite.where = at("~/.zprofile", 3, 8, 3, 24);
  overwrite.message = "PATH is replaced by '/opt/go/bin'; what earlier files put in it is lost";
  overwrite.contexts = {"zsh:login", "zsh:login-interactive"};
  overwrite.notes = {
      {at("/etc/zprofile", 5, 3, 5, 23), "PATH gets /usr/local/bin here, before ~/.zprofile"},
      {std::nullopt, "in zsh:login, /etc/zprofile runs before ~/.zprofile"},
  };
  overwrite.help = "prepend instead: PATH=\"/opt/go/bin:$PATH\"";
  overwrite.fix = Fix{at("~/.zprofile", 3, 8, 3, 24), "PATH=\"/opt/go/bin:$PATH\""};
  out.push_back(overwrite);

  Diagnostic branch;
  branch.rule = "interactive-only-path";
  branch.severity = Severity::Info;
  branch.where = at("~/.zshrc", 1, 1, 3, 3);
  branch.message = "PATH is extended only in interactive shells";
  branch.contexts = {"zsh:non-interactive"};
  out.push_back(branch);

  Diagnostic cellar;
  cellar.rule = "goroot-pinned-to-cellar";
  cellar.severity = Severity::Warning;
  cellar.where = at("~/.zshrc", 4, 2, 4, 44);
  cellar.message = "GOROOT points into Homebrew's Cellar (go 1.21.0); `brew upgrade` removes it";
  cellar.help = "use the stable link: GOROOT=/usr/local/opt/go/libexec";
  out.push_back(cellar);

  Diagnostic twice;
  twice.rule = "gopath-set-twice";
  twice.severity = Severity::Warning;
  twice.where = at("~/.zshrc", 5, 15, 5, 27);
  twice.message = "GOPATH is set to \"~/gö\", overriding \"$HOME/go\" from ~/.zprofile";
  twice.notes = {{at("~/.zprofile", 2, 8, 2, 23), "GOPATH is first set here"}};
  twice.contexts = {"zsh:login-interactive"};
  out.push_back(twice);
  return out;
}

inline std::vector<RuleInfo> sample_rules() {
  return {
      {"crlf-line-endings", Severity::Warning, "file has CRLF line endings",
       "Shells keep the `\\r` as part of each word.\n\nIgnore it never."},
      {"goroot-pinned-to-cellar", Severity::Warning, "GOROOT names a versioned Cellar path",
       "`brew upgrade go` deletes the old version's folder."},
      {"gopath-set-twice", Severity::Warning, "GOPATH is assigned two different values", ""},
      {"interactive-only-path", Severity::Info, "PATH is changed only in interactive shells",
       "Scripts and `ssh host cmd` do not see it."},
      {"path-overwrite", Severity::Error, "assignment replaces PATH instead of extending it",
       "Every command lookup searches `PATH`."},
  };
}

/// Options as the CLI would pass them, with a fixed version so goldens survive releases.
inline RenderOptions sample_options(const SourceLookup& sources) {
  RenderOptions options;
  options.sources = &sources;
  options.tool_version = "0.0.0-test";
  options.rules = sample_rules();
  return options;
}

}  // namespace rclint::output::testing
