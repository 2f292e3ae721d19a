#pragma once

#include <string>
#include <vector>

#include "source/source_set.h"
#include "startup/load_order.h"

namespace rclint::output {

/// `rclint order` as text: per context, the numbered files with why, then the sources rclint
/// could not resolve, missing sourced files, loops, and the files not read.
std::string render_order_text(const std::vector<startup::LoadOrder>& orders,
                              const source::SourceSet& sources);

/// `rclint order --format json`: an array, one object per context:
/// {"context","platform","files":[{"path","reason","builtin","conditional","depth",
///  "sourced_from":"file:line"|null}],"unresolved":[{"at","why"}],"missing":[…],
///  "cycles":[…],"not_read":[{"path","why"}]}
std::string render_order_json(const std::vector<startup::LoadOrder>& orders,
                              const source::SourceSet& sources);

}  // namespace rclint::output
