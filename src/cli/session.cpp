#include "cli/session.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/text.h"

namespace rclint::cli {

namespace {

namespace path = source::path;

std::string absolute(const std::string& p, const std::string& cwd) {
  return path::normalize(p.starts_with("/") ? p : path::join(cwd, p));
}

// The config reader: the one place the CLI reads a config file's bytes.
std::optional<std::string> read_text_file(const std::string& p) {
  source::RealFileSystem disk;
  auto content = disk.read(p, 1024 * 1024);
  if (!content) return std::nullopt;
  return *content;
}

// spec §3: "default: every context of every shell the home has files for".
std::vector<startup::Context> default_contexts(const source::FileSystem& fs,
                                               const std::string& home,
                                               startup::Platform platform) {
  auto has = [&](std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* name) {
      return fs.link_status(path::join(home, name)).exists();
    });
  };
  bool zsh = has({".zshenv", ".zprofile", ".zshrc", ".zlogin"});
  bool bash = has({".bash_profile", ".bash_login", ".bashrc", ".profile"});
  bool sh = has({".profile"});
  std::vector<startup::Context> contexts;
  for (const startup::Context& c : startup::all_contexts(platform)) {
    if ((c.shell == startup::Shell::Zsh && zsh) || (c.shell == startup::Shell::Bash && bash) ||
        (c.shell == startup::Shell::Sh && sh)) {
      contexts.push_back(c);
    }
  }
  return contexts;
}

}  // namespace

Result<std::unique_ptr<Session>> Session::open(const Args& args,
                                               const ProcessEnvironment& environment,
                                               const std::vector<std::string_view>& known_rules) {
  std::unique_ptr<Session> session(new Session());
  Result<bool> ok = session->resolve(args, environment, known_rules);
  if (!ok) return ok.error();
  return session;
}

Result<bool> Session::resolve(const Args& args, const ProcessEnvironment& environment,
                              const std::vector<std::string_view>& known_rules) {
  const std::string& cwd = environment.cwd;
  bool audit = !args.home.has_value();
  std::string home;
  if (args.home) {
    home = absolute(*args.home, cwd);
  } else if (environment.home && !environment.home->empty()) {
    home = absolute(*environment.home, cwd);
  } else {
    return Error{"HOME is not set: name the home to analyze with --home DIR"};
  }
  source::FileStatus home_status = disk_.status(home);
  if (home_status.type != source::FileType::Directory) {
    return Error{fmt::format("{}: not a directory{}", args.home.value_or(home),
                             home_status.error.empty() ? "" : " (" + home_status.error + ")")};
  }

  // Config: --config, else .rclint.toml in the home, else $XDG_CONFIG_HOME/rclint/config.toml.
  std::vector<std::string> candidates;
  if (args.config) {
    candidates.push_back(absolute(*args.config, cwd));
    if (!disk_.status(candidates[0]).exists()) {
      return Error{fmt::format("{}: config file not found", *args.config)};
    }
  } else {
    std::string xdg = environment.xdg_config_home.value_or(
        environment.home ? path::join(*environment.home, ".config") : "");
    candidates = config_candidates(home, xdg);
  }
  for (const std::string& candidate : candidates) {
    if (!disk_.status(candidate).exists()) continue;
    Result<Config> loaded = load_config(candidate, known_rules, read_text_file);
    if (!loaded) return loaded.error();
    config_ = std::move(*loaded);
    break;
  }

  std::optional<startup::Platform> platform = config_.platform;
  if (args.platform || !platform) {
    std::string platform_name = args.platform.value_or(environment.host_platform);
    platform = startup::parse_platform(platform_name);
    if (!platform) {
      return Error{fmt::format("--platform must be macos or debian, not '{}'", platform_name)};
    }
  }

  std::string root = "/";
  if (args.root) {
    root = absolute(*args.root, cwd);
    if (disk_.status(root).type != source::FileType::Directory) {
      return Error{fmt::format("--root {}: not a directory", *args.root)};
    }
  }
  source::LayoutKind layout = source::LayoutKind::Plain;
  std::optional<source::LayoutKind> kind =
      config_.layout.value_or(audit ? source::LayoutKind::Plain : source::LayoutKind::Auto);
  if (args.layout) {
    kind = source::parse_layout_kind(*args.layout);
    if (!kind) {
      return Error{fmt::format("--layout must be auto, plain, stow or chezmoi, not '{}'", *args.layout)};
    }
  }
  layout = *kind == source::LayoutKind::Auto ? source::detect_layout(disk_, home) : *kind;

  source::HomeViewOptions view_options;
  view_options.home = home;
  view_options.directory = home;
  view_options.kind = layout;
  view_options.mapping = config_.files;
  view_options.root = root;
  view_ = std::make_unique<source::HomeView>(disk_, view_options);
  for (const source::LayoutNote& note : view_->notes()) {
    messages_ += fmt::format("rclint: note: {}: {}\n", path::relative_to(note.physical_path, cwd),
                             note.message);
  }

  source::SourceSetOptions source_options;
  source_options.home = home;
  source_options.display_base = cwd;
  if (config_.max_file_size) source_options.max_file_bytes = *config_.max_file_size;
  sources_ = std::make_unique<source::SourceSet>(*view_, source_options);

  // FILE arguments: report only findings in them, under the names the user gave.
  for (const std::string& named : args.files) {
    std::string physical = absolute(named, cwd);
    auto logical = view_->logical_path(physical);
    if (!logical) {
      messages_ += fmt::format("rclint: note: {}: not a startup file of the home {} ({} layout); "
                               "nothing to check\n",
                               named, home, source::to_string(layout));
      has_named_files_ = true;
      continue;
    }
    sources_->set_display_name(*logical, named);
    named_files_.insert(named);
    has_named_files_ = true;
  }

  startup::ModelOptions model_options;
  model_options.home = home;
  model_options.system_files_from_fs = audit || args.root.has_value();
  model_options.env = args.env;
  model_options.env.emplace("HOME", home);
  model_ = std::make_unique<startup::StartupModel>(*sources_, parser_, model_options);

  std::vector<std::string> context_names =
      args.contexts.empty() ? config_.contexts.value_or(std::vector<std::string>{}) : args.contexts;
  std::vector<startup::Context> contexts;
  for (const std::string& name : context_names) {
    auto context = startup::parse_context(name, *platform);
    if (!context) {
      std::string_view guess = text::closest(name, startup::context_names());
      return Error{guess.empty() ? fmt::format("unknown context '{}'", name)
                                 : fmt::format("unknown context '{}'; did you mean '{}'?", name, guess)};
    }
    contexts.push_back(*context);
  }
  if (context_names.empty()) contexts = default_contexts(*view_, home, *platform);
  for (const startup::Context& context : contexts) orders_.push_back(model_->order(context));
  return true;
}

std::vector<Diagnostic> Session::only_named_files(std::vector<Diagnostic> diagnostics) const {
  if (!has_named_files_) return diagnostics;
  std::erase_if(diagnostics,
                [&](const Diagnostic& d) { return !named_files_.contains(d.where.file); });
  return diagnostics;
}

}  // namespace rclint::cli
