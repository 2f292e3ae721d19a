#include "diagnostics/suppression.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/text.h"

namespace rclint::diagnostics {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// bash(1) "COMMENTS": a word beginning with # starts a comment. Words begin after blanks and
// after the operators ; & | ( ). `$#`, `${#x}`, `${x#y}` and `a#b` are not comments.
bool starts_word(std::string_view line, size_t at) {
  if (at == 0) return true;
  char before = line[at - 1];
  return is_blank(before) || std::string_view(";&|()").find(before) != std::string_view::npos;
}

// The offset of the `#` that starts this line's comment, if any, skipping quoted text.
std::optional<size_t> comment_start(std::string_view line) {
  enum class Quote { None, Single, AnsiC, Double } quote = Quote::None;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    switch (quote) {
      case Quote::Single:
        if (c == '\'') quote = Quote::None;
        break;
      case Quote::AnsiC:  // $'…' honours \' inside, '…' does not
      case Quote::Double:
        if (c == '\\') {
          ++i;
        } else if (c == (quote == Quote::Double ? '"' : '\'')) {
          quote = Quote::None;
        }
        break;
      case Quote::None:
        if (c == '\\') {
          ++i;
        } else if (c == '\'') {
          quote = i > 0 && line[i - 1] == '$' ? Quote::AnsiC : Quote::Single;
        } else if (c == '"') {
          quote = Quote::Double;
        } else if (c == '#' && starts_word(line, i)) {
          return i;
        }
        break;
    }
  }
  return std::nullopt;
}

size_t skip_blanks(std::string_view line, size_t at) {
  while (at < line.size() && is_blank(line[at])) ++at;
  return at;
}

class Scanner {
 public:
  Scanner(std::string_view file, const std::vector<std::string_view>& known_rules)
      : file_(file), rules_(known_rules) {
    rules_and_all_ = known_rules;
    rules_and_all_.push_back("all");
  }

  // Reads one line. `pending_` holds rules from directives alone on earlier lines, waiting for
  // the next line with code.
  void line(std::string_view line, uint32_t number) {
    std::optional<size_t> comment = comment_start(line);
    bool has_code = !text::trim(line.substr(0, comment.value_or(line.size()))).empty();
    std::vector<std::string> here;
    if (comment) {
      // A directive may follow other comment text: try each `#` that starts a word in it.
      for (size_t at = *comment; at < line.size(); ++at) {
        if (line[at] == '#' && starts_word(line, at)) directive(line, number, at, here);
      }
    }
    if (has_code) {
      here.insert(here.end(), pending_.begin(), pending_.end());
      pending_.clear();
      if (!here.empty()) add(out_.lines[number], here);
    } else {
      pending_.insert(pending_.end(), here.begin(), here.end());
    }
  }

  Suppressions take() { return std::move(out_); }

 private:
  // Parses `# rclint WORD = NAME[, NAME]…` at `hash`; appends disable= names to `here`.
  void directive(std::string_view line, uint32_t number, size_t hash,
                 std::vector<std::string>& here) {
    size_t at = skip_blanks(line, hash + 1);
    if (line.substr(at, 6) != "rclint") return;
    at += 6;
    if (at >= line.size() || !is_blank(line[at])) return;
    at = skip_blanks(line, at);
    size_t word_start = at;
    while (at < line.size() && (std::isalnum(static_cast<unsigned char>(line[at])) ||
                                line[at] == '-' || line[at] == '_')) {
      ++at;
    }
    std::string_view word = line.substr(word_start, at - word_start);
    at = skip_blanks(line, at);
    if (word.empty() || at >= line.size() || line[at] != '=') return;  // prose, not a directive
    if (word != "disable" && word != "disable-file") {
      const std::vector<std::string_view> words{"disable", "disable-file"};
      std::string_view guess = text::closest(word, words);
      problem(number, word_start, word.size(), fmt::format("unknown rclint directive '{}'", word),
              guess.empty() ? "use `# rclint disable=RULE` or `# rclint disable-file=RULE`"
                            : fmt::format("did you mean '{}'?", guess),
              guess);
      return;
    }
    std::vector<std::string> names = read_names(line, number, skip_blanks(line, at + 1), hash);
    if (word == "disable-file") {
      add(out_.whole_file, names);
    } else {
      here.insert(here.end(), names.begin(), names.end());
    }
  }

  // NAME[ , NAME]… up to the first blank not next to a comma; unknown names become problems
  // and are left out.
  std::vector<std::string> read_names(std::string_view line, uint32_t number, size_t at,
                                      size_t hash) {
    std::vector<std::string> names;
    while (true) {
      size_t start = at;
      while (at < line.size() && !is_blank(line[at]) && line[at] != ',' && line[at] != '#') ++at;
      std::string_view name = line.substr(start, at - start);
      if (name.empty()) {
        problem(number, hash, start + 1 - hash, "suppression comment names no rule",
                "write `# rclint disable=RULE[,RULE]`; `rclint rules` lists the names", {});
      } else if (name == "all" || std::find(rules_.begin(), rules_.end(), name) != rules_.end()) {
        names.emplace_back(name);
      } else {
        std::string_view guess = text::closest(name, rules_and_all_);
        problem(number, start, name.size(),
                fmt::format("suppression comment names unknown rule '{}'", name),
                guess.empty() ? std::string("`rclint rules` lists the rule names")
                              : fmt::format("did you mean '{}'?", guess),
                guess);
      }
      size_t next = skip_blanks(line, at);
      if (next >= line.size() || line[next] != ',') return names;
      at = skip_blanks(line, next + 1);
    }
  }

  // A bad-suppression finding over `length` bytes at 0-based `at`; `replacement` (a close
  // name), when given, becomes the fix.
  void problem(uint32_t line, size_t at, size_t length, std::string message, std::string help,
               std::string_view replacement) {
    Diagnostic d;
    d.rule = "bad-suppression";
    d.severity = Severity::Warning;
    d.where = {std::string(file_), line, static_cast<uint32_t>(at + 1), line,
               static_cast<uint32_t>(at + 1 + std::max<size_t>(length, 1))};
    d.message = std::move(message);
    d.help = std::move(help);
    if (!replacement.empty()) d.fix = Fix{d.where, std::string(replacement)};
    out_.problems.push_back(std::move(d));
  }

  static void add(std::vector<std::string>& into, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      if (std::find(into.begin(), into.end(), name) == into.end()) into.push_back(name);
    }
  }

  std::string_view file_;
  const std::vector<std::string_view>& rules_;
  std::vector<std::string_view> rules_and_all_;
  std::vector<std::string> pending_;
  Suppressions out_;
};

bool names_rule(const std::vector<std::string>& names, std::string_view rule) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return name == rule || name == "all"; });
}

}  // namespace

bool Suppressions::suppresses(std::string_view rule, uint32_t line) const {
  if (names_rule(whole_file, rule)) return true;
  auto it = lines.find(line);
  return line != 0 && it != lines.end() && names_rule(it->second, rule);
}

Suppressions find_suppressions(std::string_view text, std::string_view file,
                               const std::vector<std::string_view>& known_rules) {
  Scanner scanner(file, known_rules);
  uint32_t number = 0;
  for (std::string_view line : text::split(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    scanner.line(line, number);
  }
  return scanner.take();
}

}  // namespace rclint::diagnostics
