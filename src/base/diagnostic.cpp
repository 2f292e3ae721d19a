#include "base/diagnostic.h"

#include <tuple>

namespace rclint {

bool report_order(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.where.file, a.where.line, a.where.column, a.rule, a.message) <
         std::tie(b.where.file, b.where.line, b.where.column, b.rule, b.message);
}

}  // namespace rclint
