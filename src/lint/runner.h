#pragma once

#include <span>
#include <vector>

#include "lint/rule.h"

namespace rclint::lint {

/// Runs every rule once per context's load order. Findings are returned unmerged: the same
/// finding seen in two contexts appears twice, each with its context (diagnostics/ merges).
std::vector<Diagnostic> run_rules(std::span<const Rule* const> rules,
                                  const std::vector<startup::LoadOrder>& orders,
                                  const source::SourceSet& sources, startup::StartupModel& model,
                                  const simulation::KnownCommands& known,
                                  const simulation::FileFacts* disk);

}  // namespace rclint::lint
