#include "output/order_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace rclint::output {

namespace {

std::string site_text(const startup::SourceSite& site) {
  if (site.file == nullptr) return "(startup)";
  return fmt::format("{}:{}", site.file->shell_name(), site.file->position(site.range.begin).line);
}

}  // namespace

std::string render_order_text(const std::vector<startup::LoadOrder>& orders,
                              const source::SourceSet& sources) {
  std::string out;
  for (const startup::LoadOrder& order : orders) {
    if (!out.empty()) out += '\n';
    out +=
        fmt::format("{} ({})\n", order.context.name(), startup::to_string(order.context.platform));
    if (order.files.empty()) out += "  reads no startup file\n";
    int n = 0;
    for (const startup::LoadedFile& file : order.files) {
      std::string indent(static_cast<size_t>(2 + 2 * file.depth), ' ');
      out += fmt::format("{}{:>2}. {}{}  ({})\n", indent, ++n, sources.shell_name(file.path),
                         file.conditional ? " [conditional]" : "", file.reason);
    }
    for (const auto& unresolved : order.unresolved) {
      out += fmt::format("  ? source at {} not followed: {}\n", site_text(unresolved.site),
                         unresolved.why);
    }
    for (const auto& missing : order.missing) {
      out +=
          fmt::format("  ! {} sources {}, which does not exist{}\n", site_text(missing.site),
                      sources.shell_name(missing.path), missing.guarded ? " (behind a test)" : "");
    }
    for (const auto& cycle : order.cycles) {
      out += fmt::format("  ! loop: {} sources {} again\n",
                         cycle.chain.empty() ? "?" : site_text(cycle.chain.back()),
                         sources.shell_name(cycle.reentered));
    }
    for (const auto& skipped : order.not_read) {
      out += fmt::format("  - not read: {}: {}\n", sources.shell_name(skipped.path), skipped.why);
    }
  }
  return out;
}

std::string render_order_json(const std::vector<startup::LoadOrder>& orders,
                              const source::SourceSet& sources) {
  nlohmann::json all = nlohmann::json::array();
  for (const startup::LoadOrder& order : orders) {
    nlohmann::json files = nlohmann::json::array();
    for (const startup::LoadedFile& file : order.files) {
      files.push_back(
          {{"path", file.path},
           {"reason", file.reason},
           {"builtin", file.builtin},
           {"conditional", file.conditional},
           {"depth", file.depth},
           {"sourced_from", file.sourced_from ? nlohmann::json(site_text(*file.sourced_from))
                                              : nlohmann::json(nullptr)}});
    }
    nlohmann::json unresolved = nlohmann::json::array();
    for (const auto& u : order.unresolved)
      unresolved.push_back({{"at", site_text(u.site)}, {"why", u.why}});
    nlohmann::json missing = nlohmann::json::array();
    for (const auto& m : order.missing) {
      missing.push_back({{"at", site_text(m.site)}, {"path", m.path}, {"guarded", m.guarded}});
    }
    nlohmann::json cycles = nlohmann::json::array();
    for (const auto& c : order.cycles) {
      nlohmann::json chain = nlohmann::json::array();
      for (const auto& site : c.chain) chain.push_back(site_text(site));
      cycles.push_back({{"reentered", c.reentered}, {"chain", chain}});
    }
    nlohmann::json not_read = nlohmann::json::array();
    for (const auto& s : order.not_read) not_read.push_back({{"path", s.path}, {"why", s.why}});
    all.push_back({{"context", order.context.name()},
                   {"platform", startup::to_string(order.context.platform)},
                   {"files", files},
                   {"unresolved", unresolved},
                   {"missing", missing},
                   {"cycles", cycles},
                   {"not_read", not_read}});
  }
  (void)sources;
  return all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rclint::output
