#pragma once

#include <memory>
#include <string>
#include <vector>

#include "source/source_file.h"
#include "syntax/dialect.h"
#include "syntax/statement.h"

struct TSParser;

namespace rclint::syntax {

/// A place where the grammar could not make sense of the text.
struct SyntaxError {
  Range range;
  std::string message;  // "unexpected `fi`", "missing `}`"
  /// Not the shell's error but rclint's own limit (nesting deeper than it walks): the shells
  /// may accept the file, so parse-error does not report it.
  bool analysis_limit = false;
};

/// One file read with one dialect: its statements in source order, and its syntax errors.
/// Statements keep pointing into the SourceFile's text, which must outlive this.
struct ParsedFile {
  const source::SourceFile* file = nullptr;
  Dialect dialect = Dialect::Bash;
  Block statements;
  std::vector<SyntaxError> errors;
};

/// Wraps a tree-sitter parser for the bash grammar. Not thread-safe; one per thread.
class Parser {
 public:
  Parser();
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  /// Parses `file` as `dialect` reads it. zsh text is first masked (zsh_mask.h) so that
  /// tree-sitter-bash keeps the statement structure; words are always read from the
  /// original text.
  ParsedFile parse(const source::SourceFile& file, Dialect dialect);

  /// Parses only `range` of `file` (the inside of `emulate sh -c '…'` or `eval '…'`): the rest
  /// of the text is blanked to spaces, so positions stay those of the file.
  ParsedFile parse_fragment(const source::SourceFile& file, Range range, Dialect dialect);

 private:
  std::unique_ptr<TSParser, void (*)(TSParser*)> parser_;
};

}  // namespace rclint::syntax
