#include "cli/session.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/text.h"
#include "diagnostics/filter.h"
#include "lint/runner.h"
#include "startup/system_files.h"

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
                                               const std::vector<std::string_view>& known_rules,
                                               const std::map<std::string, std::string>& buffers) {
  std::unique_ptr<Session> session(new Session());
  Result<bool> ok = session->resolve(args, environment, known_rules, buffers);
  if (!ok) return ok.error();
  return session;
}

Result<bool> Session::resolve(const Args& args, const ProcessEnvironment& environment,
                              const std::vector<std::string_view>& known_rules,
                              const std::map<std::string, std::string>& buffers) {
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
    if (!disk_.link_status(candidate).exists()) continue;
    // There, but not a file rclint can read (a symlink loop, a dangling link, a directory):
    // a config the user meant to apply must not be skipped in silence.
    if (source::FileStatus st = disk_.status(candidate); st.type != source::FileType::Regular) {
      return Error{fmt::format("{}: cannot read the config: {}", candidate,
                               st.error.empty() ? "not a regular file" : st.error)};
    }
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
      return Error{
          fmt::format("--layout must be auto, plain, stow or chezmoi, not '{}'", *args.layout)};
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

  SessionOptions options;
  options.home = home;
  options.display_base = cwd;
  options.platform = *platform;
  options.system_files_from_fs = audit || args.root.has_value();
  options.stat_outside_home = args.fs;
  options.filesystem_checks = audit || args.fs;
  options.env = args.env;
  // UID is no environment variable: bash and zsh set it, `id -u` prints it. --env UID=0
  // models root; auditing this machine uses the real one.
  if (auto uid = options.env.find("UID"); uid != options.env.end()) {
    options.uid = uid->second;
    options.env.erase(uid);
  } else if (audit) {
    options.uid = environment.uid;
  }
  if (config_.max_file_size) options.max_file_bytes = *config_.max_file_size;
  options.threads = args.threads.value_or(syntax::ParseAhead::default_workers() + 1);

  // FILE arguments: report only findings in them, under the names the user gave.
  for (const std::string& named : args.files) {
    std::string physical = absolute(named, cwd);
    if (!disk_.link_status(physical).exists()) {
      // A typo in a pre-commit or editor call must not pass silently.
      return Error{fmt::format("{}: no such file", named)};
    }
    auto logical = view_->logical_path(physical);
    has_named_files_ = true;
    if (!logical) {
      messages_ += fmt::format(
          "rclint: note: {}: not a startup file of the home {} ({} layout); "
          "nothing to check\n",
          named, home, source::to_string(layout));
      continue;
    }
    options.named_files.push_back(named);
    options.named_logical.push_back(*logical);
  }

  std::vector<std::string> context_names =
      args.contexts.empty() ? config_.contexts.value_or(std::vector<std::string>{}) : args.contexts;
  for (const std::string& name : context_names) {
    auto context = startup::parse_context(name, *platform);
    if (!context) {
      std::string_view guess = text::closest(name, startup::context_names());
      return Error{guess.empty()
                       ? fmt::format("unknown context '{}'", name)
                       : fmt::format("unknown context '{}'; did you mean '{}'?", name, guess)};
    }
    options.contexts.push_back(*context);
  }
  // Editor buffers replace the disk's content of the files they will be saved as.
  std::map<std::string, std::string> overlaid;  // logical path → content
  for (const auto& [physical, content] : buffers) {
    auto logical = view_->logical_path(physical);
    if (!logical || !path::is_within(*logical, home)) {
      unmapped_buffers_.push_back(physical);
      continue;
    }
    overlaid[*logical] = content;
  }
  if (args.stdin_filename) {
    // An unsaved buffer on stdin: the home as on disk, but this file as in the editor.
    std::string physical = absolute(*args.stdin_filename, cwd);
    auto logical = view_->logical_path(physical);
    if (!logical || !path::is_within(*logical, home)) {
      return Error{fmt::format("--stdin-filename {}: not a startup file of the home {} ({} layout)",
                               *args.stdin_filename, home, source::to_string(layout))};
    }
    std::optional<std::string> content =
        environment.read_stdin ? environment.read_stdin() : std::nullopt;
    if (!content) return Error{"--stdin-filename: cannot read stdin"};
    overlaid[*logical] = std::move(*content);
    has_named_files_ = true;
    options.named_files.push_back(*args.stdin_filename);
    options.named_logical.push_back(*logical);
  }
  if (overlaid.empty()) {
    analyze(*view_, options);
  } else {
    overlay_ = std::make_unique<source::OverlayFileSystem>(*view_, overlaid);
    analyze(*overlay_, options);
  }
  return true;
}

std::unique_ptr<Session> Session::build(const source::FileSystem& fs, SessionOptions options,
                                        Config config) {
  std::unique_ptr<Session> session(new Session());
  session->config_ = std::move(config);
  session->analyze(fs, options);
  return session;
}

void Session::analyze(const source::FileSystem& fs, const SessionOptions& options) {
  ahead_.reset();  // its workers may still be reading the files of a previous analysis
  source::SourceSetOptions source_options;
  source_options.home = options.home;
  source_options.display_base = options.display_base;
  source_options.max_file_bytes = options.max_file_bytes;
  sources_ = std::make_unique<source::SourceSet>(fs, source_options);
  for (size_t i = 0; i < options.named_files.size(); ++i) {
    sources_->set_display_name(options.named_logical[i], options.named_files[i]);
    named_files_.insert(options.named_files[i]);
    has_named_files_ = true;
  }
  std::vector<startup::Context> contexts = options.contexts;
  if (contexts.empty()) contexts = default_contexts(fs, options.home, options.platform);
  // The startup files go to the parsing threads first, so that they work while the known
  // commands are read and the first walk begins.
  ahead_ = std::make_unique<syntax::ParseAhead>(options.threads > 0 ? options.threads - 1 : 0);
  if (ahead_->takes_requests()) {
    for (const auto& [path, dialect] : startup::startup_files_ahead(
             contexts, options.home, options.env, options.system_files_from_fs, fs)) {
      if (const source::SourceFile* file = sources_->preload(path)) ahead_->request(*file, dialect);
    }
  }
  commands_ = simulation::KnownCommands::builtin(fs, options.system_files_from_fs);
  startup::ModelOptions model_options;
  model_options.home = options.home;
  model_options.system_files_from_fs = options.system_files_from_fs;
  model_options.stat_outside_home = options.stat_outside_home;
  model_options.env = commands_->login_environment(options.platform);
  for (const auto& [name, value] : options.env) model_options.env[name] = value;
  model_options.env.emplace("HOME", options.home);
  // The first regular user: 1000 on Debian (adduser), 501 on macOS.
  model_options.uid =
      options.uid.value_or(options.platform == startup::Platform::Macos ? "501" : "1000");
  model_options.commands = commands_.get();
  model_ = std::make_unique<startup::StartupModel>(*sources_, parser_, model_options, ahead_.get());
  if (options.filesystem_checks) facts_ = std::make_unique<simulation::FileFacts>(fs, *sources_);
  for (const startup::Context& context : contexts) orders_.push_back(model_->order(context));
}

std::vector<Diagnostic> Session::check(std::span<const lint::Rule* const> rules,
                                       const CheckOptions& options) {
  std::vector<Diagnostic> found =
      lint::run_rules(rules, orders_, *sources_, *model_, *commands_, facts_.get());
  std::vector<std::string_view> known;
  for (const lint::Rule* rule : rules) known.push_back(rule->name);
  diagnostics::FilterOptions filter;
  filter.config = &config_;
  filter.select = options.select;
  filter.ignore = options.ignore;
  filter.known_rules = known;
  filter.file_text = [this](std::string_view display) -> std::optional<std::string_view> {
    for (const auto& file : sources_->files()) {
      if (file->display() == display) return file->text();
    }
    return std::nullopt;
  };
  for (const auto& file : sources_->files()) {
    if (!file->is_system()) filter.files.push_back(file->display());
  }
  return only_named_files(diagnostics::apply(std::move(found), filter));
}

std::optional<std::string> Session::physical_path(std::string_view display) const {
  for (const auto& file : sources_->files()) {
    if (file->display() != display) continue;
    return view_ ? view_->physical_path(file->path()) : file->path();
  }
  return std::nullopt;
}

std::vector<Diagnostic> Session::only_named_files(std::vector<Diagnostic> diagnostics) const {
  if (!has_named_files_) return diagnostics;
  std::erase_if(diagnostics,
                [&](const Diagnostic& d) { return !named_files_.contains(d.where.file); });
  return diagnostics;
}

}  // namespace rclint::cli
