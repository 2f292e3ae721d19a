#include "cli/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <limits>
#include <tuple>
#include <utility>

#include "base/text.h"

namespace rclint::cli {
namespace {

// A chain of distinct files is finite on disk, but `extend = "../c.toml"` repeated through
// relative paths never normalizes to a path seen before, so depth is bounded as well.
constexpr size_t kMaxExtendDepth = 16;

const std::vector<std::string_view> kTopKeys{
    "select",   "ignore",   "extend",   "max-file-size",    "layout",
    "platform", "contexts", "severity", "per-file-ignores", "files",
};
const std::vector<std::string_view> kSeverities{"error", "warning", "info"};
const std::vector<std::string_view> kLayouts{"auto", "plain", "stow", "chezmoi"};
const std::vector<std::string_view> kPlatforms{"debian", "macos"};

// "must be a string, not an integer"; indexed by toml::node_type, whose order is fixed by toml++.
std::string_view type_name(const toml::node& node) {
  constexpr std::string_view kNames[] = {"nothing",    "a table",    "an array",  "a string",
                                         "an integer", "a float",    "a boolean", "a date",
                                         "a time",     "a date-time"};
  auto index = static_cast<size_t>(node.type());
  return index < std::size(kNames) ? kNames[index] : "nothing";
}

// "a, b or c", for the list of accepted values in a message.
std::string one_of(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

// "unknown layout 'stwo'; did you mean 'stow'?", falling back to the list of accepted values
// when it is short enough to print and nothing is close.
std::string unknown(std::string_view what, std::string_view value,
                    const std::vector<std::string_view>& candidates, bool list_them) {
  std::string message = fmt::format("unknown {} '{}'", what, value);
  std::string_view guess = text::closest(value, candidates);
  if (!guess.empty()) return message + fmt::format("; did you mean '{}'?", guess);
  if (list_them) return message + "; expected " + one_of(candidates);
  return message;
}

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string normal_path(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().string();
}

// `extend` is relative to the directory of the file that names it, as in Ruff's `extend`.
std::string resolve_extend(const std::string& from, const std::string& target) {
  std::filesystem::path path(target);
  if (path.is_absolute()) return path.lexically_normal().string();
  return (std::filesystem::path(from).parent_path() / path).lexically_normal().string();
}

struct Problem {
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
};

// Reads one file's table into a Config, collecting every problem rather than stopping at the
// first, so that a user fixes a broken config in one round.
class FileReader {
 public:
  FileReader(const std::string& path, const std::vector<std::string_view>& known_rules)
      : path_(path), rules_(known_rules) {
    rules_and_all_ = known_rules;
    rules_and_all_.push_back("all");
  }

  void problem(const toml::source_region& where, std::string message) {
    problems_.push_back({where.begin.line, where.begin.column, std::move(message)});
  }

  // Formatted `path:line:col: message` lines, in the order they appear in the file (toml++
  // tables iterate by key, not by position).
  std::vector<std::string> take_problems() {
    std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    std::vector<std::string> lines;
    for (const Problem& p : problems_) {
      lines.push_back(fmt::format("{}:{}:{}: {}", path_, p.line, p.column, p.message));
    }
    problems_.clear();
    return lines;
  }

  std::optional<std::string> string_value(const toml::node& node, std::string_view what) {
    if (const auto* s = node.as_string()) return s->get();
    problem(node.source(), fmt::format("{} must be a string, not {}", what, type_name(node)));
    return std::nullopt;
  }

  std::optional<std::vector<std::string>> string_list(const toml::node& node,
                                                      std::string_view what) {
    const auto* array = node.as_array();
    if (array == nullptr) {
      problem(node.source(), fmt::format("{} must be an array, not {}", what, type_name(node)));
      return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const toml::node& element : *array) {
      auto value = string_value(element, fmt::format("each entry of {}", what));
      if (value) out.push_back(*value);
      ok = ok && value.has_value();
    }
    if (!ok) return std::nullopt;
    return out;
  }

  bool check_rule(const toml::source_region& where, std::string_view name, bool allow_all) {
    if (contains(rules_, name) || (allow_all && name == "all")) return true;
    problem(where, unknown("rule", name, allow_all ? rules_and_all_ : rules_, false));
    return false;
  }

  // An array of rule names (or "all"); nullopt after reporting a problem.
  std::optional<std::vector<std::string>> rule_list(const toml::node& node, std::string_view what) {
    const auto* array = node.as_array();
    auto names = string_list(node, what);
    if (!names) return std::nullopt;
    bool ok = true;
    for (size_t i = 0; i < names->size(); ++i) {
      ok = check_rule((*array)[i].source(), (*names)[i], true) && ok;
    }
    if (!ok) return std::nullopt;
    return names;
  }

  const toml::table* table_value(const toml::node& node, std::string_view key) {
    if (const auto* table = node.as_table()) return table;
    problem(node.source(), fmt::format("'{}' must be a table, not {}", key, type_name(node)));
    return nullptr;
  }

  void read_severity(const toml::table& table, Config& config) {
    for (auto&& [key, node] : table) {
      auto value = string_value(node, fmt::format("the severity of '{}'", key.str()));
      bool rule_ok = check_rule(key.source(), key.str(), false);
      if (!value) continue;
      std::optional<Severity> severity;
      if (contains(kSeverities, *value)) severity = parse_severity(*value);
      if (!severity) {
        problem(node.source(), unknown("severity", *value, kSeverities, true));
      } else if (rule_ok) {
        config.severity[std::string(key.str())] = *severity;
      }
    }
  }

  void read_per_file_ignores(const toml::table& table, Config& config) {
    for (auto&& [key, node] : table) {
      if (key.str().empty()) problem(key.source(), "a per-file-ignores glob must not be empty");
      auto rules = rule_list(node, fmt::format("per-file-ignores '{}'", key.str()));
      if (rules && !key.str().empty()) config.per_file_ignores[std::string(key.str())] = *rules;
    }
  }

  void read_files(const toml::table& table, Config& config) {
    for (auto&& [key, node] : table) {
      auto target = string_value(node, fmt::format("files '{}'", key.str()));
      if (key.str().empty()) problem(key.source(), "a [files] path must not be empty");
      if (target && target->empty()) problem(node.source(), "a [files] target must not be empty");
      if (target && !target->empty() && !key.str().empty()) {
        config.files[std::string(key.str())] = *target;
      }
    }
  }

  void read_size(const toml::node& node, Config& config) {
    if (const auto* integer = node.as_integer()) {
      if (integer->get() > 0) {
        config.max_file_size = static_cast<uint64_t>(integer->get());
      } else {
        problem(node.source(), "'max-file-size' must be at least 1 byte");
      }
      return;
    }
    if (!node.is_string()) {
      problem(node.source(),
              fmt::format("'max-file-size' must be a size like \"2MB\" or a number of bytes, "
                          "not {}",
                          type_name(node)));
      return;
    }
    const std::string& value = node.as_string()->get();
    if (auto size = parse_size(value)) {
      config.max_file_size = *size;
    } else {
      problem(node.source(), fmt::format("invalid size '{}'; expected a number of bytes with an "
                                         "optional unit B, KB, MB or GB, as in \"2MB\"",
                                         value));
    }
  }

  void read_contexts(const toml::node& node, Config& config) {
    auto names = string_list(node, "'contexts'");
    if (!names) return;
    const std::vector<std::string_view> known = startup::context_names();
    bool ok = true;
    for (size_t i = 0; i < names->size(); ++i) {
      if (contains(known, (*names)[i])) continue;
      problem((*node.as_array())[i].source(), unknown("context", (*names)[i], known, true));
      ok = false;
    }
    if (ok) config.contexts = std::move(names);
  }

  // Every key but `extend`, which the Loader reads first; values land in `config`, overriding
  // what an extended file put there.
  void read_key(std::string_view key, const toml::node& node, Config& config) {
    if (key == "select") {
      if (auto rules = rule_list(node, "'select'")) config.select = std::move(rules);
    } else if (key == "ignore") {
      if (auto rules = rule_list(node, "'ignore'")) config.ignore = std::move(rules);
    } else if (key == "max-file-size") {
      read_size(node, config);
    } else if (key == "layout") {
      auto value = string_value(node, "'layout'");
      if (!value) return;
      if (auto kind = source::parse_layout_kind(*value)) {
        config.layout = kind;
      } else {
        problem(node.source(), unknown("layout", *value, kLayouts, true));
      }
    } else if (key == "platform") {
      auto value = string_value(node, "'platform'");
      if (!value) return;
      // parse_platform also takes "linux" and "darwin", as --platform does.
      if (auto platform = startup::parse_platform(*value)) {
        config.platform = platform;
      } else {
        problem(node.source(), unknown("platform", *value, kPlatforms, true));
      }
    } else if (key == "contexts") {
      read_contexts(node, config);
    } else if (key == "severity") {
      if (const auto* table = table_value(node, key)) read_severity(*table, config);
    } else if (key == "per-file-ignores") {
      if (const auto* table = table_value(node, key)) read_per_file_ignores(*table, config);
    } else if (key == "files") {
      if (const auto* table = table_value(node, key)) read_files(*table, config);
    }
  }

 private:
  std::string path_;
  const std::vector<std::string_view>& rules_;
  std::vector<std::string_view> rules_and_all_;
  std::vector<Problem> problems_;
};

// Follows `extend` chains; `chain_` holds the files being read, outermost first, so that a
// file met again is a cycle rather than an endless recursion.
class Loader {
 public:
  Loader(const std::vector<std::string_view>& known_rules, const ConfigReader& read_file)
      : rules_(known_rules), read_file_(read_file) {}

  Config load(std::string_view text, const std::string& path) {
    Config config;
    auto parsed = toml::parse(text, std::string_view(path));
    if (!parsed) {
      const toml::source_position at = parsed.error().source().begin;
      errors_.push_back(fmt::format("{}:{}:{}: invalid TOML: {}", path, at.line, at.column,
                                    parsed.error().description()));
      return config;
    }
    const toml::table& table = parsed.table();
    FileReader reader(path, rules_);
    chain_.push_back(normal_path(path));
    if (const toml::node* extend = table.get("extend"))
      config = load_extended(*extend, path, reader);
    for (auto&& [key, node] : table) {
      if (key.str() == "extend") continue;
      if (!contains(kTopKeys, key.str())) {
        reader.problem(key.source(), unknown("key", key.str(), kTopKeys, false));
        continue;
      }
      reader.read_key(key.str(), node, config);
    }
    chain_.pop_back();
    for (std::string& line : reader.take_problems()) errors_.push_back(std::move(line));
    config.sources.push_back(path);
    return config;
  }

  std::vector<std::string>& errors() { return errors_; }

 private:
  Config load_extended(const toml::node& node, const std::string& path, FileReader& reader) {
    auto target = reader.string_value(node, "'extend'");
    if (!target) return {};
    if (target->empty()) {
      reader.problem(node.source(), "'extend' must name a config file");
      return {};
    }
    std::string resolved = resolve_extend(path, *target);
    auto seen = std::find(chain_.begin(), chain_.end(), normal_path(resolved));
    if (seen != chain_.end()) {
      std::string cycle;
      for (auto it = seen; it != chain_.end(); ++it) cycle += *it + " -> ";
      reader.problem(node.source(), fmt::format("extend cycle: {}{}", cycle, *seen));
      return {};
    }
    if (chain_.size() >= kMaxExtendDepth) {
      reader.problem(node.source(),
                     fmt::format("'extend' chain is deeper than {} files", kMaxExtendDepth));
      return {};
    }
    std::optional<std::string> content = read_file_(resolved);
    if (!content) {
      reader.problem(node.source(), fmt::format("cannot read extended config '{}'", resolved));
      return {};
    }
    return load(*content, resolved);
  }

  const std::vector<std::string_view>& rules_;
  const ConfigReader& read_file_;
  std::vector<std::string> chain_;
  std::vector<std::string> errors_;
};

Result<Config> finish(Loader& loader, Config config) {
  if (loader.errors().empty()) return config;
  std::string message;
  for (const std::string& line : loader.errors()) message += (message.empty() ? "" : "\n") + line;
  return Error{std::move(message)};
}

}  // namespace

Result<Config> parse_config(std::string_view text, const std::string& path,
                            const std::vector<std::string_view>& known_rules,
                            const ConfigReader& read_file) {
  Loader loader(known_rules, read_file);
  Config config = loader.load(text, path);
  return finish(loader, std::move(config));
}

Result<Config> load_config(const std::string& path,
                           const std::vector<std::string_view>& known_rules,
                           const ConfigReader& read_file) {
  std::optional<std::string> content = read_file(path);
  if (!content) return Error{fmt::format("cannot read config file '{}'", path)};
  return parse_config(*content, path, known_rules, read_file);
}

std::optional<uint64_t> parse_size(std::string_view text) {
  text = text::trim(text);
  size_t digits = 0;
  uint64_t number = 0;
  constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
    uint64_t digit = static_cast<uint64_t>(text[digits] - '0');
    if (number > (kMax - digit) / 10) return std::nullopt;
    number = number * 10 + digit;
    ++digits;
  }
  if (digits == 0 || number == 0) return std::nullopt;
  std::string unit(text::trim(text.substr(digits)));
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int shift = 0;
  if (unit == "kb") {
    shift = 10;
  } else if (unit == "mb") {
    shift = 20;
  } else if (unit == "gb") {
    shift = 30;
  } else if (!unit.empty() && unit != "b") {
    return std::nullopt;
  }
  if (number > (kMax >> shift)) return std::nullopt;
  return number << shift;
}

std::vector<std::string> config_candidates(const std::string& home,
                                           const std::string& xdg_config_home) {
  std::vector<std::string> candidates;
  candidates.push_back((std::filesystem::path(home) / ".rclint.toml").string());
  if (!xdg_config_home.empty() && xdg_config_home.front() == '/') {
    candidates.push_back(
        (std::filesystem::path(xdg_config_home) / "rclint" / "config.toml").string());
  }
  return candidates;
}

}  // namespace rclint::cli
