#pragma once

#include <tree_sitter/api.h>

#include <string_view>

#include "syntax/parser.h"

namespace rclint::syntax {

/// Walks a tree-sitter-bash tree and fills `out.statements` and `out.errors`. `text` is the
/// original file text (the tree may come from a masked copy of the same length). ERROR nodes
/// are walked into, not skipped, so that statements after a construct the grammar does not
/// know are still seen.
void extract_statements(TSNode root, std::string_view text, Dialect dialect, ParsedFile& out);

}  // namespace rclint::syntax
