#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace rclint::cli::lsp {

using Json = nlohmann::json;

/// The absolute path of a `file:` URI ("file:///home/u/.zshrc", percent-decoded); nullopt for
/// other schemes and for a remote authority.
std::optional<std::string> path_of_uri(std::string_view uri);

/// The `file:` URI of an absolute path, percent-encoding what RFC 3986 does not allow in a path.
std::string uri_of_path(std::string_view path);

/// How LSP counts columns: UTF-16 code units unless client and server agreed on UTF-8 bytes
/// (`general.positionEncodings`, LSP 3.17).
enum class PositionEncoding { Utf16, Utf8 };

/// The 0-based LSP character offset of 1-based byte `column` in `line`. Invalid UTF-8 bytes
/// count one unit each; a column past the end of the line counts on in bytes.
uint32_t character_of(std::string_view line, uint32_t column, PositionEncoding encoding);

/// The 1-based byte column of 0-based LSP `character` in `line` (the reverse of character_of);
/// past the end of the line, the column just after it.
uint32_t column_of(std::string_view line, uint32_t character, PositionEncoding encoding);

/// An LSP Range for `where` (1-based bytes, end exclusive; line 0: the start of the file).
/// `lines` gives each line's text, for the conversion of columns.
Json range_of(const Location& where, const SourceLookup& lines, PositionEncoding encoding);

/// Finds the URI to publish for a file name as findings show it.
using UriOfFile = std::function<std::optional<std::string>(std::string_view display)>;

/// An LSP Diagnostic: the rule as `code`, `source` "rclint", notes without a place and the help
/// appended to the message, notes with one as relatedInformation, and the fix (when there is one)
/// kept in `data` for a quick-fix code action.
Json diagnostic_json(const Diagnostic& finding, const SourceLookup& lines,
                     PositionEncoding encoding, const UriOfFile& uri_of);

/// The quick fixes (apply the fix, disable the rule on the line) for the diagnostics a client
/// sends back in a textDocument/codeAction request on `uri`.
Json code_actions(std::string_view uri, const Json& diagnostics);

}  // namespace rclint::cli::lsp
