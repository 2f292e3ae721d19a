// Prints the golden diagnostics as SARIF, for validate_sarif.py to check against the official
// schema (meson test `sarif-schema`).
#include <cstdio>

#include "output/format.h"
#include "sample_diagnostics.h"

int main() {
  using namespace rclint::output;
  const testing::MapSources sources = testing::sample_sources();
  const std::string sarif =
      render(testing::sample_diagnostics(), Format::Sarif, testing::sample_options(sources));
  std::fwrite(sarif.data(), 1, sarif.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
