#include "simulation/go_env.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace rclint::simulation {
namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Go's strings.TrimSpace, for the ASCII spaces a shell file holds.
std::string_view trim_space(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool has_space(std::string_view text) { return std::any_of(text.begin(), text.end(), is_space); }

// Go's strings.Fields.
std::vector<std::string_view> fields(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

// internal/gover cutInt: a decimal number without a needless leading zero.
bool cut_int(std::string_view& x) {
  size_t i = 0;
  while (i < x.size() && std::isdigit(static_cast<unsigned char>(x[i]))) ++i;
  if (i == 0 || (x[0] == '0' && i != 1)) return false;
  x.remove_prefix(i);
  return true;
}

// internal/gover.IsValid: 1, 1.21, 1.21.3, 1.21rc1, 1.21beta (no prerelease of a patch).
bool is_go_version(std::string_view x) {
  if (!cut_int(x)) return false;
  if (x.empty()) return true;
  if (x[0] != '.') return false;
  x.remove_prefix(1);
  if (!cut_int(x)) return false;
  if (x.empty()) return true;
  if (x[0] == '.') {
    x.remove_prefix(1);
    return cut_int(x) && x.empty();
  }
  size_t kind = 0;
  while (kind < x.size() && !std::isdigit(static_cast<unsigned char>(x[kind]))) {
    if (x[kind] < 'a' || x[kind] > 'z') return false;
    ++kind;
  }
  if (kind == 0) return false;
  x.remove_prefix(kind);
  return x.empty() || (cut_int(x) && x.empty());
}

// net/url getScheme: letters first, then letters, digits, `+-.`, up to a `:`. "" when the
// text does not start with a scheme.
std::string scheme_of(std::string_view url) {
  for (size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    if (std::isalpha(static_cast<unsigned char>(c))) continue;
    if (i > 0 &&
        (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) {
      continue;
    }
    if (c != ':' || i == 0) return "";
    std::string scheme(url.substr(0, i));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return scheme;
  }
  return "";
}

// modfetch.proxyList and newProxyRepo: the list is read up to `direct` or `off`; a word with
// `.`, `:` or `/` but no `:/` that is not an absolute path gets "https://" in front.
std::optional<std::string> goproxy_problem(std::string_view list) {
  while (!list.empty()) {
    size_t cut = list.find_first_of(",|");
    std::string_view element = trim_space(list.substr(0, cut));
    list = cut == std::string_view::npos ? std::string_view() : list.substr(cut + 1);
    if (element.empty()) continue;
    if (element == "off" || element == "direct") return std::nullopt;
    std::string url(element);
    if (element.find_first_of(".:/") != std::string_view::npos &&
        element.find(":/") == std::string_view::npos && element.front() != '/') {
      url = "https://" + url;
    }
    if (has_space(url)) {
      return fmt::format("'{}' is not a URL (go: invalid character \" \" in host name)", element);
    }
    std::string scheme = scheme_of(url);
    if (scheme.empty()) {
      return fmt::format(
          "'{}' has no URL scheme (go: invalid proxy URL missing scheme); only `direct` and "
          "`off` are keywords",
          element);
    }
    if (scheme == "file") {
      std::string_view rest = std::string_view(url).substr(5);
      bool host = rest.starts_with("//") && rest.size() > 2 && rest[2] != '/';
      if (host || rest.find_first_of("?#") != std::string_view::npos) {
        return fmt::format("'{}' is a file:// URL with more than a path (go rejects it)", element);
      }
    } else if (scheme != "http" && scheme != "https") {
      return fmt::format("'{}' has the URL scheme '{}': go accepts only https, http and file",
                         element, scheme);
    }
  }
  return std::nullopt;
}

// toolchain/select.go: `auto`, `path`, or MIN[+auto|+path] with MIN `local` or a toolchain.
std::optional<std::string> gotoolchain_problem(std::string_view value) {
  if (value == "auto" || value == "path") return std::nullopt;
  size_t plus = value.find('+');
  std::string_view min = value.substr(0, plus);
  if (min != "local" && !is_go_toolchain_name(min)) {
    return fmt::format(
        "'{}' is not `local` or a toolchain name like go1.22.1 (go: invalid GOTOOLCHAIN)", min);
  }
  if (plus == std::string_view::npos) return std::nullopt;
  std::string_view suffix = value.substr(plus + 1);
  if (suffix != "auto" && suffix != "path") {
    return fmt::format("the suffix '+{}' is not +auto or +path (go: invalid GOTOOLCHAIN)", suffix);
  }
  return std::nullopt;
}

// base.InitGOFLAGS: every space-separated word is one flag, `-x`, `--x`, `-x=v`, `--x=v`.
// go removes no quotes, so a quoted value with a space is cut in two.
std::optional<std::string> goflags_problem(std::string_view value) {
  char quote = 0;
  for (char c : value) {
    if (quote == 0 && (c == '"' || c == '\'')) {
      quote = c;
    } else if (c == quote) {
      quote = 0;
    } else if (quote != 0 && is_space(c)) {
      return fmt::format(
          "go splits GOFLAGS at every space and removes no quotes, so the quoted value is cut "
          "in two (go: parsing $GOFLAGS: non-flag or unknown flag); a value in GOFLAGS cannot "
          "hold a space");
    }
  }
  for (std::string_view f : fields(value)) {
    if (!f.starts_with("-") || f == "-" || f == "--" || f.starts_with("---") ||
        f.starts_with("-=") || f.starts_with("--=")) {
      return fmt::format(
          "'{}' is not a flag: each space-separated word must be -flag or -flag=value, values "
          "joined with `=` (go: parsing $GOFLAGS: non-flag \"{}\")",
          f, f);
    }
  }
  return std::nullopt;
}

// path.Match's ErrBadPattern, for the mistakes a hand-written pattern makes: an unclosed
// `[`, a trailing `\`.
bool is_bad_glob(std::string_view glob) {
  for (size_t i = 0; i < glob.size(); ++i) {
    if (glob[i] == '\\') {
      if (++i == glob.size()) return true;
    } else if (glob[i] == '[') {
      size_t close = glob.find(']', i + 2);
      if (close == std::string_view::npos) return true;
      i = close;
    }
  }
  return false;
}

// module.MatchPrefixPatterns: comma-separated globs matched against module path prefixes,
// with only a trailing `/` removed (no spaces trimmed) and bad patterns silently skipped.
std::optional<std::string> module_globs_problem(std::string_view list) {
  for (size_t start = 0; start <= list.size();) {
    size_t cut = list.find(',', start);
    if (cut == std::string_view::npos) cut = list.size();
    std::string_view glob = list.substr(start, cut - start);
    start = cut + 1;
    if (glob.ends_with("/")) glob.remove_suffix(1);
    if (glob.empty()) continue;
    if (size_t scheme = glob.find("://"); scheme != std::string_view::npos) {
      return fmt::format(
          "'{}' has a URL scheme: the patterns are module path prefixes ('{}'), so it never "
          "matches",
          glob, glob.substr(scheme + 3));
    }
    if (has_space(glob)) {
      return fmt::format(
          "'{}' contains a space: go does not trim the comma-separated patterns, so it never "
          "matches",
          glob);
    }
    if (is_bad_glob(glob)) {
      return fmt::format("'{}' is not a valid glob pattern: go silently skips it", glob);
    }
  }
  return std::nullopt;
}

}  // namespace

bool is_checked_go_setting(std::string_view name) {
  static constexpr std::array kNames{std::string_view("GO111MODULE"), std::string_view("GOFLAGS"),
                                     std::string_view("GONOPROXY"),   std::string_view("GONOSUMDB"),
                                     std::string_view("GOPRIVATE"),   std::string_view("GOPROXY"),
                                     std::string_view("GOTOOLCHAIN")};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

std::optional<std::string> go_setting_problem(std::string_view name, std::string_view value) {
  if (value.empty()) return std::nullopt;
  if (name == "GO111MODULE") {
    if (value == "on" || value == "off" || value == "auto") return std::nullopt;
    return fmt::format(
        "go accepts only on, off or auto, and stops with \"unknown environment setting "
        "GO111MODULE={}\"",
        value);
  }
  if (name == "GOPROXY") return goproxy_problem(value);
  if (name == "GOTOOLCHAIN") return gotoolchain_problem(value);
  if (name == "GOFLAGS") return goflags_problem(value);
  if (name == "GOPRIVATE" || name == "GONOPROXY" || name == "GONOSUMDB") {
    return module_globs_problem(value);
  }
  return std::nullopt;
}

bool is_go_toolchain_name(std::string_view name) {
  if (name.find_first_of("\\/") != std::string_view::npos) return false;
  if (name.starts_with("go")) {
    name.remove_prefix(2);
  } else if (name.starts_with("gccgo-go")) {
    name.remove_prefix(8);
  } else {
    return false;
  }
  name = name.substr(0, name.find_first_of(" \t-"));
  return is_go_version(name);
}

}  // namespace rclint::simulation
