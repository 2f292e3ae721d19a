#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace rclint::source {

using FileId = uint32_t;

/// A byte range [begin, end) in one file's text.
struct Range {
  uint32_t begin = 0;
  uint32_t end = 0;
  friend bool operator==(const Range&, const Range&) = default;
};

/// A 1-based line and byte column.
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 1;
};

/// One startup file's bytes, read once and kept for the whole run so that string_views and
/// Ranges into `text` stay valid.
class SourceFile {
 public:
  SourceFile(FileId id, std::string path, std::string shell_name, std::string display,
             std::string text, bool is_system);

  FileId id() const { return id_; }
  /// Absolute path as the shell sees it ("/home/u/.zshrc", "/etc/profile").
  const std::string& path() const { return path_; }
  /// Short name for messages: "~/.zshrc", "/etc/profile".
  const std::string& shell_name() const { return shell_name_; }
  /// Where the bytes are, as shown in findings (openable from the current directory).
  const std::string& display() const { return display_; }
  std::string_view text() const { return text_; }
  /// From the root (/etc …) rather than the home.
  bool is_system() const { return is_system_; }

  LineColumn position(uint32_t offset) const;
  /// The Location of a byte range, for diagnostics.
  Location location(Range range) const;
  /// Number of lines (a final line without a newline counts).
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  /// Text of 1-based `line` without its "\n" or "\r\n".
  std::string_view line_text(uint32_t line) const;
  /// Byte offset where 1-based `line` starts.
  uint32_t line_start(uint32_t line) const;

 private:
  friend class SourceSet;  // gives a preloaded file its id when the run reaches it
  FileId id_;
  std::string path_;
  std::string shell_name_;
  std::string display_;
  std::string text_;
  bool is_system_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace rclint::source
