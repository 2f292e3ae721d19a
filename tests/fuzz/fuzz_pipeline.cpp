// libFuzzer target (issue 9): the whole pipeline, source → syntax → startup model →
// simulation → rules → diagnostics → every output format, on a home made from the input.
//
// The input is a flags byte, then up to eight files separated by "\n#%%\n". Flags: bit 0
// macOS (else Debian), bit 1 filesystem checks (the audit rules, on the in-memory disk), bits
// 2-4 rotate which startup file each piece becomes, so that a seed taken whole from a fixture
// is read as a zsh file, a bash file or ~/.profile. The last name is sourced by nothing
// unless a piece sources it. Any bytes are a valid input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cli/session.h"
#include "output/env_report.h"
#include "output/format.h"
#include "output/order_report.h"
#include "registry.h"
#include "simulation/environment_report.h"
#include "source/file_system.h"

namespace {

using namespace rclint;

constexpr std::string_view kNames[] = {".zshenv", ".zprofile", ".zshrc",        ".zlogin",
                                       ".bashrc", ".profile",  ".bash_profile", ".config/x.sh"};
constexpr std::string_view kSeparator = "\n#%%\n";

void run(std::string_view input) {
  if (input.empty()) return;
  auto flags = static_cast<unsigned char>(input[0]);
  input.remove_prefix(1);
  source::MemoryFileSystem fs;
  fs.add_directory("/home/u/.config");
  size_t rotation = (flags >> 2) & 7;
  for (size_t k = 0; k < 8 && !input.empty(); ++k) {
    size_t cut = input.find(kSeparator);
    std::string_view piece = input.substr(0, cut);
    fs.add_file("/home/u/" + std::string(kNames[(k + rotation) % 8]), std::string(piece));
    input =
        cut == std::string_view::npos ? std::string_view() : input.substr(cut + kSeparator.size());
  }
  cli::SessionOptions options;
  options.home = "/home/u";
  options.display_base = "/home/u";
  options.platform = (flags & 1) != 0 ? startup::Platform::Macos : startup::Platform::Debian;
  options.filesystem_checks = (flags & 2) != 0;
  std::unique_ptr<cli::Session> session = cli::Session::build(fs, options);
  std::vector<Diagnostic> found = session->check(rules::all(), {});

  output::RenderOptions render;
  render.sources = &session->sources();
  render.tool_version = "fuzz";
  for (const lint::Rule* rule : rules::all()) {
    render.rules.push_back({std::string(rule->name), rule->severity, std::string(rule->summary),
                            std::string(rule->rationale)});
  }
  for (output::Format format : {output::Format::Text, output::Format::Gcc, output::Format::Json,
                                output::Format::Sarif, output::Format::Github}) {
    render.color = format == output::Format::Text && (flags & 0x20) != 0;
    (void)output::render(found, format, render);
  }
  (void)output::render_order_text(session->orders(), session->sources());
  (void)output::render_order_json(session->orders(), session->sources());
  simulation::GoLookup go{session->file_facts(), &session->known_commands().go_installs(),
                          "/home/u"};
  auto reports = simulation::environment_report(
      session->orders(), {}, session->known_commands().toolchain_variables(), go);
  (void)output::render_env_text(reports, true);
  (void)output::render_env_json(reports);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
