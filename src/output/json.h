#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rclint::output {

/// Spec §4's JSON: a pretty-printed array (2-space indent, trailing newline) of
/// `{"rule","severity","file","line","column","end_line","end_column","message","contexts",
/// "notes","help","fix"}`, keys in that order. Positions are 1-based, columns in bytes; a
/// file-level finding (line 0) has null positions. `help` is null when there is none, `fix`
/// null or `{"replacement","line","column","end_line","end_column"}`, and each note
/// `{"message","file","line","column"}` with nulls when it has no location. `[]` when empty.
/// Bytes that are not UTF-8 (quoted from a broken file) come out as U+FFFD.
std::string render_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace rclint::output
