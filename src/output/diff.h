#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rclint::output {

/// Every fix of `diagnostics` as one unified diff (`--diff`), file by file in the order the
/// files first appear, for `patch -p0` or `git apply --unsafe-paths -p0` to apply from the
/// directory the names are relative to. rclint writes nothing itself. Fixes that overlap an
/// earlier fix of the same file are left out (applying one changes what the other saw).
/// Needs `sources` for whole-file texts; files it cannot give are skipped.
std::string render_diff(const std::vector<Diagnostic>& diagnostics, const SourceLookup& sources);

}  // namespace rclint::output
