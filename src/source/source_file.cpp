#include "source/source_file.h"

#include <algorithm>

namespace rclint::source {

SourceFile::SourceFile(FileId id, std::string path, std::string shell_name, std::string display,
                       std::string text, bool is_system)
    : id_(id),
      path_(std::move(path)),
      shell_name_(std::move(shell_name)),
      display_(std::move(display)),
      text_(std::move(text)),
      is_system_(is_system) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

LineColumn SourceFile::position(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<uint32_t>(after - line_starts_.begin());
  return {line, offset - line_starts_[line - 1] + 1};
}

Location SourceFile::location(Range range) const {
  LineColumn begin = position(range.begin);
  LineColumn end = position(std::max(range.end, range.begin));
  return {display_, begin.line, begin.column, end.line, end.column};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end =
      line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  std::string_view text = std::string_view(text_).substr(begin, end - begin);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

uint32_t SourceFile::line_start(uint32_t line) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return static_cast<uint32_t>(text_.size());
  return line_starts_[line - 1];
}

}  // namespace rclint::source
