// rules/path_tilde_in_quotes.cpp: a quoted `~` in PATH, GOROOT or GOBIN stays a literal `~`.
#include <algorithm>
#include <set>

#include "lint/rule.h"

namespace rclint::rules {
namespace {

// GOPATH's quoted `~` is gopath-relative's finding (go rejects the relative entry).
constexpr std::string_view kVariables[] = {"PATH", "GOROOT", "GOBIN"};

// A `~` that the shell left as text at the start of an entry of a word.
struct LiteralTilde {
  uint32_t offset = 0;  // of the `~` in the file
  std::string entry;    // "~/go/bin": the literal text from `~` to the next ':'
};

std::optional<LiteralTilde> literal_tilde(const syntax::Word& word, std::string_view text) {
  bool entry_start = true;
  for (const syntax::WordPart& part : word.parts) {
    if (part.kind != syntax::PartKind::Literal) {
      entry_start = false;
      continue;
    }
    int tildes = 0;  // the `~`s of the part before this one: to find it in the source
    for (size_t k = 0; k < part.text.size(); ++k) {
      char c = part.text[k];
      if (c == '~' && entry_start && part.range.end <= text.size()) {
        std::string_view source = text.substr(part.range.begin, part.range.end - part.range.begin);
        size_t at = source.find('~');
        for (int n = 0; n < tildes && at != std::string_view::npos; ++n) {
          at = source.find('~', at + 1);
        }
        if (at == std::string_view::npos) return std::nullopt;
        size_t end = part.text.find(':', k);
        return LiteralTilde{part.range.begin + static_cast<uint32_t>(at),
                            part.text.substr(k, end == std::string::npos ? end : end - k)};
      }
      if (c == '~') ++tildes;
      entry_start = c == ':';
    }
  }
  return std::nullopt;
}

// Whether `offset` of the file is inside "…" of `word` (and nothing harder to read before it).
bool in_double_quotes(const syntax::Word& word, uint32_t offset) {
  char quote = 0;
  for (uint32_t i = word.range.begin; i < offset && i - word.range.begin < word.raw.size(); ++i) {
    char c = word.raw[i - word.range.begin];
    if (c == '`' || (c == '$' && i + 1 < offset && word.raw[i + 1 - word.range.begin] == '(')) {
      return false;
    }
    if (quote == '\'') {
      if (c == '\'') quote = 0;
    } else if (c == '\\') {
      ++i;
    } else if (c == '"' || (c == '\'' && quote == 0)) {
      quote = quote == c ? 0 : c;
    }
  }
  return quote == '"';
}

// The entry of the value that starts with `prefix` (a literal `~…`), as far as it is known.
std::optional<std::string> literal_tilde_entry(const startup::Variable& variable,
                                               std::string_view prefix) {
  for (const startup::Value& entry : variable.value.split(':')) {
    std::string known;
    for (const startup::Piece& piece : entry.pieces()) {
      if (!piece.known) break;
      known += piece.text;
    }
    if (!known.empty() && known.starts_with(prefix)) return known;
  }
  return std::nullopt;
}

void check(const lint::Context& ctx, lint::Reporter& out) {
  std::set<uint32_t> reported;
  for (const startup::AssignmentStep& step : ctx.order.trace.assignments) {
    const syntax::Assignment* a = step.syntax;
    if (a == nullptr || !a->has_value || a->is_command_prefix || !step.after) continue;
    if (std::find(std::begin(kVariables), std::end(kVariables), step.name) ==
        std::end(kVariables)) {
      continue;
    }
    if (!ctx.is_user_file(step.at.file)) continue;
    const source::SourceFile& file = *step.at.file;
    std::vector<const syntax::Word*> words;
    if (a->is_array) {
      for (const syntax::Word& element : a->elements) words.push_back(&element);
    } else {
      words.push_back(&a->value);
    }
    for (const syntax::Word* word : words) {
      std::optional<LiteralTilde> tilde = literal_tilde(*word, file.text());
      if (!tilde) continue;
      // The simulation agrees that the `~` stayed (zsh expands some forms bash keeps).
      std::optional<std::string> entry = literal_tilde_entry(*step.after, tilde->entry);
      if (!entry || !reported.insert(tilde->offset).second) continue;
      std::string rest = entry->substr(1);
      auto finding = out.report(file, step.range,
                                "'~' stays a literal character in '{}': {} gets the directory '{}'",
                                word->raw, step.name, *entry);
      finding.note(
          "a `~` is replaced by your home only unquoted at the start of a word or after ':' in "
          "an assignment; zsh, exec(3), go, which and IDEs then look for a directory named '~'");
      if (in_double_quotes(*word, tilde->offset)) {
        finding.help("use $HOME, which expands inside double quotes: \"$HOME{}\"", rest)
            .fix(file, {tilde->offset, tilde->offset + 1}, "$HOME");
      } else {
        finding.help("use \"$HOME{}\" (or leave `~` unquoted)", rest);
      }
    }
  }
}

}  // namespace

extern constinit const lint::Rule path_tilde_in_quotes{
    .name = "path-tilde-in-quotes",
    .severity = Severity::Warning,
    .summary = "a quoted '~' in PATH, GOROOT or GOBIN stays a literal '~'",
    .rationale = R"md(The shell replaces `~` by the home directory only when it is unquoted, at
the start of a word or right after `:` or `=` in an assignment. In
`export PATH="~/go/bin:$PATH"` the entry is the four characters `~/go/bin`: bash's own command
lookup happens to expand it, but zsh, sh, exec(3), `go`, `which`, `env` and every IDE look for a
directory called `~` in the current directory, so the tools are "command not found" there. The
same holds for GOROOT and GOBIN (a quoted `~` in GOPATH is `gopath-relative`). Use `$HOME`,
which expands inside double quotes. Ignore it only if you really have a directory named `~`.)md",
    .bad_example = "export PATH=\"~/go/bin:$PATH\"\n",
    .good_example = "export PATH=\"$HOME/go/bin:$PATH\"\n",
    .example_file = ".zprofile",
    .check = check,
};

}  // namespace rclint::rules
