#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "output/format.h"

namespace rclint::output {

/// SARIF 2.1.0 for GitHub code scanning: one run whose tool.driver lists `options.rules` as
/// reportingDescriptors, one result per diagnostic. Notes with a location become
/// relatedLocations, a fix becomes `fixes`, contexts and location-less notes go to the
/// result's property bag. Columns are Unicode code points (run.columnKind), converted from
/// rclint's byte columns through `options.sources` where it knows the line (without it, bytes
/// are passed through, which is the same thing for ASCII lines). Validated against the
/// official schema by tests/output/validate_sarif.py.
std::string render_sarif(const std::vector<Diagnostic>& diagnostics, const RenderOptions& options);

/// `path` as a SARIF artifactLocation.uri: a relative URI reference for a relative path
/// ("~/.zshrc", "dir/my%20rc"), a file:// URI for an absolute one. Every byte outside RFC 3986's
/// unreserved set and `/` is percent-encoded, so a `:` cannot be mistaken for a scheme.
std::string path_to_uri(std::string_view path);

}  // namespace rclint::output
