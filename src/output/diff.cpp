#include "output/diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

namespace rclint::output {
namespace {

constexpr size_t kContextLines = 3;

// The file's lines, each with its line ending; a last line without one is kept as it is.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// A byte offset from a 1-based line and column; nullopt when out of range. Line count+1,
// column 1 is the end of the file (a fix that appends).
std::optional<size_t> offset_of(const std::vector<size_t>& line_starts, size_t size, uint32_t line,
                                uint32_t column) {
  if (line == 0 || column == 0) return std::nullopt;
  if (line == line_starts.size() + 1 && column == 1) return size;
  if (line > line_starts.size()) return std::nullopt;
  size_t offset = line_starts[line - 1] + column - 1;
  return offset <= size ? std::optional(offset) : std::nullopt;
}

struct Edit {
  size_t begin;
  size_t end;
  std::string replacement;
};

// The hunk header's "start,count" (a count of 0 names the line before, as diff(1) does).
std::string range_text(size_t first, size_t count) {
  if (count == 0) return fmt::format("{},0", first == 0 ? 0 : first - 1);
  return fmt::format("{},{}", first, count);
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

std::string file_diff(const std::string& name, std::string_view text, std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::string changed;
  size_t at = 0;
  for (const Edit& edit : edits) {
    if (edit.begin < at) continue;  // overlaps the previous fix
    changed.append(text.substr(at, edit.begin - at));
    changed += edit.replacement;
    at = edit.end;
  }
  changed.append(text.substr(at));
  if (changed == text) return "";
  std::vector<std::string_view> old_lines = lines_of(text);
  std::vector<std::string_view> new_lines = lines_of(changed);
  // Fixes are local, so the lines differ in one or more runs between a common beginning and
  // end. Walk both files and pair equal lines; a run of changed lines ends where the rest of
  // one file lines up with the rest of the other again.
  struct Change {
    size_t old_begin, old_end, new_begin, new_end;
  };
  std::vector<Change> changes;
  size_t i = 0, j = 0;
  while (i < old_lines.size() || j < new_lines.size()) {
    if (i < old_lines.size() && j < new_lines.size() && old_lines[i] == new_lines[j]) {
      ++i, ++j;
      continue;
    }
    // Find the nearest pair (i2, j2) of equal lines from which both files stay in step.
    size_t best_i = old_lines.size(), best_j = new_lines.size();
    for (size_t span = 1; span <= old_lines.size() + new_lines.size(); ++span) {
      bool found = false;
      for (size_t di = 0; di <= span && !found; ++di) {
        size_t i2 = i + di, j2 = j + (span - di);
        if (i2 > old_lines.size() || j2 > new_lines.size()) continue;
        if (i2 == old_lines.size() && j2 == new_lines.size()) {
          best_i = i2, best_j = j2, found = true;
        } else if (i2 < old_lines.size() && j2 < new_lines.size() &&
                   old_lines[i2] == new_lines[j2]) {
          best_i = i2, best_j = j2, found = true;
        }
      }
      if (found) break;
    }
    changes.push_back({i, best_i, j, best_j});
    i = best_i, j = best_j;
  }
  std::string out = fmt::format("--- {}\n+++ {}\n", name, name);
  for (size_t c = 0; c < changes.size();) {
    // Changes closer than twice the context share one hunk.
    size_t last = c;
    while (last + 1 < changes.size() &&
           changes[last + 1].old_begin - changes[last].old_end <= 2 * kContextLines) {
      ++last;
    }
    size_t old_from = changes[c].old_begin - std::min(kContextLines, changes[c].old_begin);
    size_t old_to = std::min(old_lines.size(), changes[last].old_end + kContextLines);
    size_t new_from = changes[c].new_begin - (changes[c].old_begin - old_from);
    size_t new_to = changes[last].new_end + (old_to - changes[last].old_end);
    out += fmt::format("@@ -{} +{} @@\n", range_text(old_from + 1, old_to - old_from),
                       range_text(new_from + 1, new_to - new_from));
    size_t o = old_from;
    for (size_t k = c; k <= last; ++k) {
      for (; o < changes[k].old_begin; ++o) append_line(out, ' ', old_lines[o]);
      for (size_t d = changes[k].old_begin; d < changes[k].old_end; ++d) {
        append_line(out, '-', old_lines[d]);
      }
      for (size_t a = changes[k].new_begin; a < changes[k].new_end; ++a) {
        append_line(out, '+', new_lines[a]);
      }
      o = changes[k].old_end;
    }
    for (; o < old_to; ++o) append_line(out, ' ', old_lines[o]);
    c = last + 1;
  }
  return out;
}

}  // namespace

std::string render_diff(const std::vector<Diagnostic>& diagnostics, const SourceLookup& sources) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<Edit>> edits;
  std::map<std::string, std::string_view> texts;
  for (const Diagnostic& d : diagnostics) {
    if (!d.fix || !d.fix->range.has_position()) continue;
    const std::string& name = d.fix->range.file.empty() ? d.where.file : d.fix->range.file;
    if (!texts.contains(name)) {
      auto text = sources.file_text(name);
      if (!text) continue;
      texts[name] = *text;
      order.push_back(name);
    }
    std::string_view text = texts[name];
    std::vector<size_t> starts{0};
    for (size_t k = 0; k < text.size(); ++k) {
      if (text[k] == '\n' && k + 1 < text.size()) starts.push_back(k + 1);
    }
    const Location& r = d.fix->range;
    auto begin = offset_of(starts, text.size(), r.line, r.column);
    auto end = offset_of(starts, text.size(), r.end_line, r.end_column);
    if (!begin || !end || *end < *begin) continue;
    edits[name].push_back({*begin, *end, d.fix->replacement});
  }
  std::string out;
  for (const std::string& name : order) out += file_diff(name, texts[name], edits[name]);
  return out;
}

}  // namespace rclint::output
