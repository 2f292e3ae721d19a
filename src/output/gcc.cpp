#include "output/gcc.h"

#include <fmt/format.h>

#include <algorithm>

#include "output/format.h"
#include "output/text.h"

namespace rclint::output {
namespace {}  // namespace

std::string render_gcc(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    const uint32_t line = std::max<uint32_t>(d.where.line, 1);
    const uint32_t column = d.where.has_position() ? std::max<uint32_t>(d.where.column, 1) : 1;
    // printable(): a newline in a message would split the finding in two for every matcher.
    out += fmt::format("{}:{}:{}: {}: {} [{}]\n", printable(d.where.file), line, column,
                       severity_word(d.severity, "note"), printable(d.message), d.rule);
  }
  return out;
}

}  // namespace rclint::output
