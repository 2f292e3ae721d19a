#include "simulation/known_commands.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

#include "base/text.h"
#include "known_commands_data.h"
#include "simulation/go_env_file.h"
#include "syntax/word_lexer.h"

namespace rclint::simulation {

using startup::EvalScope;
using startup::ModelledCode;
using startup::Platform;
using startup::Value;

struct Entry {
  std::vector<std::string> match;  // [[command]]
  std::vector<std::string> paths;  // [[source]] globs; [[stock]] the one path
  std::string locate;
  std::optional<Platform> platform;
  std::optional<std::string> output;
  std::optional<std::string> eval;
  std::optional<std::string> eval_zsh;
  std::optional<std::string> code;
  std::string go_env;  // `go env NAME`: where the environment does not set NAME, the go env file
};

struct Locate {
  std::string bin;  // "bin/brew"
  std::map<Platform, std::vector<std::string>> prefixes;
  std::map<std::string, std::string> repository;  // prefix → repository; default prefix/Homebrew
};

struct KnownCommands::Data {
  std::vector<Entry> commands;
  std::vector<Entry> sources;
  std::vector<Entry> stock;
  std::map<std::string, Locate> locates;
  std::map<Platform, std::vector<std::string>> etc_paths;
  std::map<Platform, std::vector<std::string>> etc_manpaths;
  std::map<Platform, std::map<std::string, std::string>> environment;
  std::vector<std::string> toolchain;
  GoInstalls go_installs;
};

namespace {

std::vector<std::string> strings(const toml::node* node) {
  std::vector<std::string> out;
  if (const toml::array* array = node ? node->as_array() : nullptr) {
    for (const toml::node& element : *array) {
      if (auto s = element.value<std::string>()) out.push_back(*s);
    }
  } else if (node != nullptr) {
    if (auto s = node->value<std::string>()) out.push_back(*s);
  }
  return out;
}

std::optional<std::string> string_at(const toml::table& table, std::string_view key) {
  if (const toml::node* node = table.get(key)) return node->value<std::string>();
  return std::nullopt;
}

Result<Entry> read_entry(const toml::table& table) {
  Entry entry;
  entry.match = strings(table.get("match"));
  entry.paths = strings(table.get("paths"));
  if (auto p = string_at(table, "path")) entry.paths.push_back(*p);
  entry.locate = string_at(table, "locate").value_or("");
  if (auto platform = string_at(table, "platform")) {
    entry.platform = startup::parse_platform(*platform);
    if (!entry.platform) return Error{fmt::format("unknown platform '{}'", *platform)};
  }
  entry.output = string_at(table, "output");
  entry.eval = string_at(table, "eval");
  entry.eval_zsh = string_at(table, "eval_zsh");
  entry.code = string_at(table, "code");
  entry.go_env = string_at(table, "go_env").value_or("");
  return entry;
}

// [[go_install]] tables (see the file's "Go installs").
Result<GoInstalls> read_go_installs(const toml::table& root) {
  std::vector<GoInstall> installs;
  if (const toml::array* array = root.get_as<toml::array>("go_install")) {
    for (const toml::node& node : *array) {
      const toml::table* table = node.as_table();
      if (table == nullptr) return Error{"[[go_install]] must be a table"};
      GoInstall install;
      install.name = string_at(*table, "name").value_or("");
      install.roots = strings(table->get("roots"));
      install.other_roots = strings(table->get("other_roots"));
      install.bins = strings(table->get("bins"));
      install.shared_bins = strings(table->get("shared_bins"));
      if (auto platform = string_at(*table, "platform")) {
        install.platform = startup::parse_platform(*platform);
        if (!install.platform) return Error{fmt::format("unknown platform '{}'", *platform)};
      }
      installs.push_back(std::move(install));
    }
  }
  return GoInstalls::from(std::move(installs));
}

bool applies(const Entry& entry, const EvalScope& scope) {
  return !entry.platform || scope.context == nullptr || *entry.platform == scope.context->platform;
}

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& argv) {
  if (pattern.empty() || argv.empty()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == "...") return true;
    if (i >= argv.size()) return false;
    std::string word = i == 0 ? source::path::base_name(argv[0]) : argv[i];
    if (pattern[i] != "*" && pattern[i] != word) return false;
  }
  return argv.size() == pattern.size();
}

std::string dirname(std::string p) {
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.find_last_of('/');
  if (slash == std::string::npos) return ".";
  p.resize(slash);
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p.empty() ? "/" : p;
}

std::string basename(std::string p) {
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.find_last_of('/');
  return slash == std::string::npos || p == "/" ? p : p.substr(slash + 1);
}

// Text inserted into code or a word: literal inside and outside double quotes.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '$' || c == '"' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

std::string command_text(const std::vector<std::string>& argv) {
  std::string out;
  for (const std::string& word : argv) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::string shell_name(const EvalScope& scope) {
  if (scope.context == nullptr) return "sh";
  return std::string(startup::to_string(scope.context->shell));
}

}  // namespace

// Fills one template's placeholders for one use of an entry.
class Filler {
 public:
  Filler(const KnownCommands::Data& data, const source::FileSystem& fs, bool etc_from_fs,
         const EvalScope& scope, std::vector<std::string> argv)
      : data_(data), fs_(fs), etc_from_fs_(etc_from_fs), scope_(scope), argv_(std::move(argv)) {}

  std::string source_path;  // {path}, {dir}

  // nullopt: a placeholder cannot be filled (the install is not on PATH): the entry does not
  // apply, the command stays unknown.
  std::optional<std::string> fill(const std::string& text, const Entry& entry) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '{' || (i > 0 && text[i - 1] == '$') || i + 1 >= text.size() ||
          !std::islower(static_cast<unsigned char>(text[i + 1]))) {
        out += text[i];
        continue;
      }
      size_t depth = 0;
      size_t end = i;
      for (; end < text.size(); ++end) {
        if (text[end] == '{') ++depth;
        if (text[end] == '}' && --depth == 0) break;
      }
      if (end == text.size()) return std::nullopt;
      auto value = placeholder(text.substr(i + 1, end - i - 1), entry);
      if (!value) return std::nullopt;
      out += *value;
      i = end;
    }
    return out;
  }

 private:
  std::string unknown() const { return "$(" + command_text(argv_) + ")"; }

  std::optional<std::string> placeholder(const std::string& name, const Entry& entry) {
    size_t colon = name.find(':');
    std::string head = name.substr(0, colon);
    std::string rest = colon == std::string::npos ? "" : name.substr(colon + 1);
    if (head == "child") return child(rest, entry);
    if (head == "unknown") return unknown();
    if (head == "shell") return shell_name(scope_);
    if (head == "uid") return scope_.uid.empty() ? unknown() : scope_.uid;
    if (head == "uname") {
      return scope_.context && scope_.context->platform == Platform::Macos ? "Darwin" : "Linux";
    }
    if (head == "path") return escaped(source_path);
    if (head == "dir") return escaped(dirname(source_path));
    if (head == "prefix") return prefix(entry);
    if (head == "repository") {
      auto p = prefix(entry);
      if (!p) return std::nullopt;
      const auto& repositories = data_.locates.at(entry.locate).repository;
      auto found = repositories.find(*p);
      return found != repositories.end() ? found->second : *p + "/Homebrew";
    }
    if (head == "etc_paths" || head == "etc_manpaths") return etc_list(head == "etc_paths");
    if (head == "dirname" || head == "basename") {
      auto word = arg(rest);
      if (!word) return std::nullopt;
      return escaped(head == "dirname" ? dirname(*word) : basename(*word));
    }
    if (head == "realpath") {
      // Links are resolved only where rclint may look (the home; the root when it is input).
      auto word = arg(rest);
      if (!word || word->empty()) return std::nullopt;
      std::string absolute = (*word)[0] == '/' ? *word : source::path::join(scope_.home, *word);
      bool allowed = scope_.may_stat != nullptr && scope_.may_stat(absolute, scope_.may_stat_data);
      return allowed ? escaped(startup::resolve_links(absolute, &fs_)) : unknown();
    }
    if (auto word = arg(head)) return escaped(*word);
    return std::nullopt;
  }

  std::optional<std::string> arg(const std::string& name) const {
    if (!name.starts_with("arg")) return std::nullopt;
    size_t n = static_cast<size_t>(std::atoi(name.c_str() + 3));
    if (n == 0 || n >= argv_.size()) return std::nullopt;
    return argv_[n];
  }

  // A word expanded as the command sees it: only exported variables reach a child process.
  std::optional<std::string> child(const std::string& word_template, const Entry& entry) {
    auto word_text = fill(word_template, entry);
    if (!word_text) return std::nullopt;
    EvalScope child_scope = scope_;
    child_scope.exported_only = true;
    syntax::Word word = syntax::make_word(*word_text, 0, scope_.dialect);
    auto value = startup::evaluate_parts(word.parts, child_scope, nullptr);
    return value ? escaped(*value) : unknown();
  }

  std::optional<std::string> prefix(const Entry& entry) {
    auto found = data_.locates.find(entry.locate);
    if (found == data_.locates.end() || scope_.context == nullptr) return std::nullopt;
    const Locate& locate = found->second;
    // An absolute argv[0] names the install: /opt/homebrew/bin/brew.
    if (argv_[0].find('/') != std::string::npos) {
      if (!argv_[0].ends_with("/" + locate.bin)) return std::nullopt;
      return argv_[0].substr(0, argv_[0].size() - locate.bin.size() - 1);
    }
    auto candidates = locate.prefixes.find(scope_.context->platform);
    if (candidates == locate.prefixes.end()) return std::nullopt;
    const startup::Variable* path = scope_.env->find("PATH");
    if (path == nullptr || path->maybe_unset) return std::nullopt;
    std::string bin_dir = dirname(locate.bin);
    for (const Value& entry_value : path->value.split(':')) {
      auto dir = entry_value.text();
      if (!dir) return std::nullopt;  // an unknown entry may hold the command
      for (std::string candidate : candidates->second) {
        if (candidate.starts_with("~/")) candidate = scope_.home + candidate.substr(1);
        if (*dir == candidate + "/" + bin_dir) return candidate;
      }
    }
    return std::nullopt;
  }

  std::optional<std::string> etc_list(bool paths) const {
    Platform platform = scope_.context ? scope_.context->platform : Platform::Debian;
    std::vector<std::string> entries;
    if (etc_from_fs_) {
      std::vector<std::string> files{paths ? "/etc/paths" : "/etc/manpaths"};
      std::string dir = paths ? "/etc/paths.d" : "/etc/manpaths.d";
      std::vector<std::string> names = fs_.list(dir);
      std::sort(names.begin(), names.end());
      for (const std::string& name : names) files.push_back(dir + "/" + name);
      for (const std::string& file : files) {
        auto text = fs_.read(file, 1 << 20);
        if (!text) continue;
        for (std::string_view line : text::split(text.value(), '\n')) {
          std::string entry(text::trim(line));
          if (!entry.empty() && entry[0] != '#') entries.push_back(entry);
        }
      }
    } else {
      const auto& table = paths ? data_.etc_paths : data_.etc_manpaths;
      if (auto found = table.find(platform); found != table.end()) entries = found->second;
    }
    std::string out;
    for (const std::string& entry : entries) out += (out.empty() ? "" : ":") + escaped(entry);
    return out;
  }

  const KnownCommands::Data& data_;
  const source::FileSystem& fs_;
  bool etc_from_fs_;
  const EvalScope& scope_;
  std::vector<std::string> argv_;
};

KnownCommands::KnownCommands(std::unique_ptr<Data> data, const source::FileSystem& fs,
                             bool etc_from_fs)
    : data_(std::move(data)), fs_(fs), etc_from_fs_(etc_from_fs) {}

KnownCommands::~KnownCommands() = default;

Result<std::unique_ptr<KnownCommands>> KnownCommands::parse(std::string_view text,
                                                            const source::FileSystem& fs,
                                                            bool etc_from_fs) {
  auto parsed = toml::parse(text, std::string_view("known_commands.toml"));
  if (!parsed) {
    return Error{fmt::format("known_commands.toml:{}: {}", parsed.error().source().begin.line,
                             parsed.error().description())};
  }
  const toml::table& root = parsed.table();
  auto data = std::make_unique<Data>();
  struct Section {
    const char* key;
    std::vector<Entry>* into;
  };
  for (Section section : {Section{"command", &data->commands}, Section{"source", &data->sources},
                          Section{"stock", &data->stock}}) {
    const toml::array* array = root.get(section.key) ? root.get(section.key)->as_array() : nullptr;
    if (array == nullptr) continue;
    for (const toml::node& node : *array) {
      const toml::table* table = node.as_table();
      if (table == nullptr) return Error{fmt::format("[[{}]] must be a table", section.key)};
      Result<Entry> entry = read_entry(*table);
      if (!entry) return entry.error();
      section.into->push_back(std::move(entry).value());
    }
  }
  for (Platform platform : {Platform::Debian, Platform::Macos}) {
    std::string name(startup::to_string(platform));
    if (const toml::node* node = root.at_path("etc_paths." + name).node()) {
      const toml::table& table = *node->as_table();
      data->etc_paths[platform] = strings(table.get("paths"));
      data->etc_manpaths[platform] = strings(table.get("manpaths"));
    }
    if (const toml::table* table = root.at_path("environment." + name).as_table()) {
      for (const auto& [key, value] : *table) {
        if (auto s = value.value<std::string>()) data->environment[platform][std::string(key)] = *s;
      }
    }
  }
  data->toolchain = strings(root.at_path("toolchain.variables").node());
  Result<GoInstalls> go_installs = read_go_installs(root);
  if (!go_installs)
    return Error{fmt::format("known_commands.toml: {}", go_installs.error().message)};
  data->go_installs = std::move(go_installs).value();
  if (const toml::table* locates = root.get_as<toml::table>("locate")) {
    for (const auto& [key, node] : *locates) {
      const toml::table* table = node.as_table();
      if (table == nullptr) continue;
      Locate locate;
      locate.bin = string_at(*table, "bin").value_or("");
      locate.prefixes[Platform::Macos] = strings(table->get("macos"));
      locate.prefixes[Platform::Debian] = strings(table->get("debian"));
      if (const toml::table* repos = table->get_as<toml::table>("repository")) {
        for (const auto& [prefix, repo] : *repos) {
          if (auto s = repo.value<std::string>()) locate.repository[std::string(prefix)] = *s;
        }
      }
      data->locates[std::string(key)] = std::move(locate);
    }
  }
  for (const Entry& entry : data->commands) {
    if (!entry.locate.empty() && !data->locates.contains(entry.locate)) {
      return Error{fmt::format("unknown locate '{}'", entry.locate)};
    }
  }
  return std::unique_ptr<KnownCommands>(new KnownCommands(std::move(data), fs, etc_from_fs));
}

std::unique_ptr<KnownCommands> KnownCommands::builtin(const source::FileSystem& fs,
                                                      bool etc_from_fs) {
  auto parsed = parse(kKnownCommandsToml, fs, etc_from_fs);
  RCLINT_ASSERT(parsed.has_value(), "the built-in known_commands.toml must parse");
  return std::move(parsed).value();
}

std::optional<Value> KnownCommands::output(const std::vector<std::string>& argv,
                                           const EvalScope& scope) const {
  if (std::find(active_.begin(), active_.end(), argv) != active_.end()) return std::nullopt;
  // A command that is not installed prints nothing (and an error on stderr); where rclint may
  // not look, the command is taken to be installed: the user wrote it for a reason.
  startup::Found found = startup::find_command(argv[0], scope);
  if (found == startup::Found::Unknown) return std::nullopt;
  bool known = std::any_of(data_->commands.begin(), data_->commands.end(), [&](const Entry& e) {
    return e.output && applies(e, scope) && matches(e.match, argv);
  });
  if (known && found == startup::Found::No) return Value();
  for (const Entry& entry : data_->commands) {
    if (!entry.output || !applies(entry, scope) || !matches(entry.match, argv)) continue;
    active_.push_back(argv);
    Filler filler(*data_, fs_, etc_from_fs_, scope, argv);
    std::optional<Value> result;
    bool unknown = false;
    if (!entry.go_env.empty()) {
      // `go env NAME` prints the environment's NAME, else the go env file's, else the
      // default: the file is read here, as go reads it (go_env_file.h).
      std::optional<std::string> from_file = go_env_file_value(entry.go_env, scope, fs_, unknown);
      if (from_file) result = Value::of(*from_file);
    }
    if (!unknown && !result) {
      if (auto word_text = filler.fill(*entry.output, entry)) {
        syntax::Word word = syntax::make_word(*word_text, 0, scope.dialect);
        result = startup::evaluate_value(word.parts, scope);
      }
    }
    active_.pop_back();
    if (unknown) return std::nullopt;
    if (result) return result;
  }
  return std::nullopt;
}

std::optional<ModelledCode> KnownCommands::eval_code(const std::vector<std::string>& argv,
                                                     const EvalScope& scope) const {
  for (const Entry& entry : data_->commands) {
    if (!entry.eval || !applies(entry, scope) || !matches(entry.match, argv)) continue;
    startup::Found found = startup::find_command(argv[0], scope);
    if (found == startup::Found::Unknown) return std::nullopt;
    // Not installed: `eval "$(tool init)"` evaluates nothing.
    if (found == startup::Found::No) return ModelledCode{"", command_text(argv)};
    const std::string& code =
        scope.dialect == syntax::Dialect::Zsh && entry.eval_zsh ? *entry.eval_zsh : *entry.eval;
    Filler filler(*data_, fs_, etc_from_fs_, scope, argv);
    if (auto filled = filler.fill(code, entry)) return ModelledCode{*filled, command_text(argv)};
  }
  return std::nullopt;
}

std::optional<ModelledCode> KnownCommands::source_code(const std::string& path,
                                                       const EvalScope& scope) const {
  for (const Entry& entry : data_->sources) {
    if (!entry.code || !applies(entry, scope)) continue;
    bool hit = std::any_of(entry.paths.begin(), entry.paths.end(), [&](const std::string& glob) {
      return startup::glob_match(glob, path);
    });
    if (!hit) continue;
    Filler filler(*data_, fs_, etc_from_fs_, scope, {". " + path});
    filler.source_path = path;
    if (auto filled = filler.fill(*entry.code, entry)) {
      return ModelledCode{*filled, ". " + path};
    }
  }
  return std::nullopt;
}

std::optional<ModelledCode> KnownCommands::stock_code(const startup::Context& context,
                                                      const std::string& path) const {
  for (const Entry& entry : data_->stock) {
    if (!entry.code || (entry.platform && *entry.platform != context.platform)) continue;
    if (std::find(entry.paths.begin(), entry.paths.end(), path) == entry.paths.end()) continue;
    return ModelledCode{*entry.code, path};
  }
  return std::nullopt;
}

std::map<std::string, std::string> KnownCommands::login_environment(Platform platform) const {
  auto found = data_->environment.find(platform);
  return found == data_->environment.end() ? std::map<std::string, std::string>{} : found->second;
}

const std::vector<std::string>& KnownCommands::toolchain_variables() const {
  return data_->toolchain;
}

const GoInstalls& KnownCommands::go_installs() const { return data_->go_installs; }

}  // namespace rclint::simulation
