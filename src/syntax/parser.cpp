#include "syntax/parser.h"

#include <fmt/format.h>
#include <tree_sitter/api.h>

#include "base/assert.h"
#include "syntax/extract.h"
#include "syntax/grammar_gaps.h"
#include "syntax/zsh_mask.h"

extern "C" const TSLanguage* tree_sitter_bash();

namespace rclint::syntax {

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
  mask_grammar_gaps(masked.text, dialect, true);
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
  mask_grammar_gaps(text, dialect, false);
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
