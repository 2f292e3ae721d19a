#pragma once

#include "lint/rule.h"

namespace rclint::rules {

/// Shared by the rules that report what the source layer saw while reading a file (io-error,
/// binary-file, …): reports each problem of `kind` once per context that reads the file.
void report_read_problems(const lint::Context& ctx, lint::Reporter& out,
                          source::ReadProblemKind kind, std::string_view help);

}  // namespace rclint::rules
