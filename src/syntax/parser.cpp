#include "syntax/parser.h"

#include <fmt/format.h>
#include <tree_sitter/api.h>

#include "base/assert.h"
#include "syntax/extract.h"
#include "syntax/zsh_mask.h"

extern "C" const TSLanguage* tree_sitter_bash();

namespace rclint::syntax {

namespace {

// tree-sitter-bash reads `[[ $x = a* && … ]]` (a single `=` before a glob) as a regex and loses
// the `]]`, though bash accepts it; `==a*` parses right. Inside `[[ … ]]`, outside quotes,
// ` = ` becomes ` ==` (same length: offsets stay valid; words are read from the original).
void mask_test_equals(std::string& text) {
  size_t at = 0;
  while ((at = text.find("[[", at)) != std::string::npos) {
    size_t i = at + 2;
    char quote = 0;
    for (; i + 1 < text.size(); ++i) {
      char c = text[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '\\') {
        ++i;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\n' || (c == ']' && text[i + 1] == ']')) {
        break;
      } else if (c == '=' && text[i - 1] == ' ' && text[i + 1] == ' ') {
        text[i + 1] = '=';
      }
    }
    at = i;
  }
}

// tree-sitter-bash 0.25 misreads an unquoted `$NAME` that follows punctuation after another
// expansion: `PATH=$PATH:$GOPATH/bin` becomes an assignment of `$PATH:$` and a command
// `GOPATH/bin` (upstream issue #315). Turning that `$` into `_` keeps one word of the same
// length; words are lexed from the original text, so the value is read correctly.
void mask_punctuated_expansions(std::string& text) {
  static constexpr std::string_view kPunctuation = "/.:?-,@%+~";
  char quote = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (c == '\\') {
      ++i;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '$' && i > 0 && kPunctuation.find(text[i - 1]) != std::string_view::npos &&
               (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) {
      text[i] = '_';
    }
  }
}

// tree-sitter-bash 0.25 does not know POSIX's `for NAME do …` (no `in`, no `;`), which bash,
// dash and zsh accept: it loops over "$@". `for d do` becomes `for d;do` (same length; the
// loop is then read as `for d; do`, which the grammar knows).
void mask_for_without_in(std::string& text) {
  auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t at = text.find("for "); at != std::string::npos; at = text.find("for ", at + 4)) {
    if (at > 0 && std::string_view(" \t\n;&|(").find(text[at - 1]) == std::string_view::npos) {
      continue;
    }
    size_t i = at + 4;
    while (i < text.size() && text[i] == ' ') ++i;
    size_t name = i;
    while (i < text.size() && is_name(text[i])) ++i;
    if (i == name || i >= text.size() || text[i] != ' ') continue;
    size_t space = i;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.compare(i, 2, "do") == 0 && i + 2 < text.size() &&
        std::string_view(" \t\n;").find(text[i + 2]) != std::string_view::npos) {
      text[space] = ';';
    }
  }
}

}  // namespace

Parser::Parser() : parser_(ts_parser_new(), ts_parser_delete) {
  bool ok = ts_parser_set_language(parser_.get(), tree_sitter_bash());
  RCLINT_ASSERT(ok, "the bash grammar's ABI does not match the tree-sitter runtime");
}

Parser::~Parser() = default;

ParsedFile Parser::parse(const source::SourceFile& file, Dialect dialect) {
  ParsedFile parsed;
  parsed.file = &file;
  parsed.dialect = dialect;
  std::string_view original = file.text();
  // tree-sitter offsets are 32-bit; SourceSet's size limit keeps files far below that.
  MaskedText masked;
  if (dialect == Dialect::Zsh) {
    masked = mask_zsh(original);
    RCLINT_ASSERT(masked.text.size() == original.size(), "the zsh mask must keep every offset");
  } else {
    masked.text = std::string(original);
  }
  mask_test_equals(masked.text);
  mask_punctuated_expansions(masked.text);
  mask_for_without_in(masked.text);
  std::string_view parse_text = masked.text;
  ts_parser_reset(parser_.get());
  std::unique_ptr<TSTree, void (*)(TSTree*)> tree(
      ts_parser_parse_string(parser_.get(), nullptr, parse_text.data(),
                             static_cast<uint32_t>(parse_text.size())),
      ts_tree_delete);
  if (!tree) {
    parsed.errors.push_back({{0, 0}, "the parser gave up on this file"});
    return parsed;
  }
  extract_statements(ts_tree_root_node(tree.get()), original, dialect, parsed);
  return parsed;
}

ParsedFile Parser::parse_fragment(const source::SourceFile& file, Range range, Dialect dialect) {
  std::string text(file.text());
  for (size_t i = 0; i < text.size(); ++i) {
    if ((i < range.begin || i >= range.end) && text[i] != '\n') text[i] = ' ';
  }
  mask_test_equals(text);
  mask_punctuated_expansions(text);
  ParsedFile parsed;
  parsed.file = &file;
  parsed.dialect = dialect;
  ts_parser_reset(parser_.get());
  std::unique_ptr<TSTree, void (*)(TSTree*)> tree(
      ts_parser_parse_string(parser_.get(), nullptr, text.data(),
                             static_cast<uint32_t>(text.size())),
      ts_tree_delete);
  if (!tree) return parsed;
  // Words are read from the file itself: inside the range its bytes are the blanked text's.
  extract_statements(ts_tree_root_node(tree.get()), file.text(), dialect, parsed);
  return parsed;
}

}  // namespace rclint::syntax
