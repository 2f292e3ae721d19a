#include "source/source_set.h"

#include <fmt/format.h>

#include "base/text.h"

namespace rclint::source {

SourceSet::SourceSet(const FileSystem& fs, SourceSetOptions options)
    : fs_(fs), options_(std::move(options)) {}

std::string SourceSet::shell_name(const std::string& p) const {
  if (!options_.home.empty() && path::is_within(p, options_.home) && p != options_.home) {
    return "~/" + path::relative_to(p, options_.home);
  }
  return p;
}

std::string SourceSet::display_name(const std::string& p) const {
  if (auto named = named_.find(p); named != named_.end()) return named->second;
  std::string physical = fs_.physical_path(p);
  if (!options_.display_base.empty() && path::is_within(physical, options_.display_base) &&
      physical != options_.display_base) {
    return path::relative_to(physical, options_.display_base);
  }
  return physical;
}

void SourceSet::set_display_name(const std::string& p, std::string name) {
  named_[p] = std::move(name);
}

void SourceSet::record(ReadProblemKind kind, const std::string& p, uint32_t line, uint32_t column,
                       std::string message) {
  Location where{display_name(p), line, column, line, column == 0 ? 0 : column + 1};
  problems_.push_back({kind, p, std::move(where), shell_name(p), std::move(message)});
}

const SourceFile* SourceSet::find(const std::string& p) const {
  auto found = by_path_.find(p);
  return found == by_path_.end() ? nullptr : files_[found->second].get();
}

namespace {
constexpr FileId kNotYetLoaded = 0xffffffffu;
}

const SourceFile* SourceSet::preload(const std::string& p) {
  if (const SourceFile* loaded = find(p)) return loaded;
  if (failed_.contains(p)) return nullptr;
  if (auto found = preloaded_.find(p); found != preloaded_.end()) return found->second.get();
  Result<std::string> content = fs_.read(p, options_.max_file_bytes);
  // Files load() would refuse are left to it, to record why (a null entry: not read twice).
  if (!content || content.value().find('\0') != std::string::npos) {
    preloaded_[p] = nullptr;
    return nullptr;
  }
  bool is_system = options_.home.empty() || !path::is_within(p, options_.home);
  auto file = std::make_unique<SourceFile>(kNotYetLoaded, p, shell_name(p), display_name(p),
                                           std::move(content.value()), is_system);
  return preloaded_.emplace(p, std::move(file)).first->second.get();
}

const SourceFile* SourceSet::load(const std::string& p) {
  if (const SourceFile* loaded = find(p)) return loaded;
  if (failed_.contains(p)) return nullptr;
  if (auto found = preloaded_.find(p); found != preloaded_.end() && found->second == nullptr) {
    preloaded_.erase(found);  // read again below, to say why it cannot be analyzed
  } else if (found != preloaded_.end()) {
    std::unique_ptr<SourceFile> file = std::move(found->second);
    preloaded_.erase(found);
    file->id_ = static_cast<FileId>(files_.size());
    by_path_[p] = file->id_;
    files_.push_back(std::move(file));
    check_text(*files_.back());
    return files_.back().get();
  }
  Result<std::string> content = fs_.read(p, options_.max_file_bytes);
  if (!content) {
    failed_[p] = true;
    FileStatus st = fs_.status(p);
    bool too_large = st.type == FileType::Regular && st.size > options_.max_file_bytes;
    record(too_large ? ReadProblemKind::TooLarge : ReadProblemKind::Unreadable, p, 1, 1,
           too_large ? fmt::format("skipped: {} (raise `max-file-size` in .rclint.toml to read it)",
                                   content.error().message)
                     : fmt::format("cannot read {}: {}", shell_name(p), content.error().message));
    return nullptr;
  }
  std::string& text_bytes = content.value();
  if (size_t nul = text_bytes.find('\0'); nul != std::string::npos) {
    failed_[p] = true;
    SourceFile probe(0, p, "", "", text_bytes.substr(0, nul + 1), false);
    LineColumn at = probe.position(static_cast<uint32_t>(nul));
    record(ReadProblemKind::Binary, p, at.line, at.column,
           fmt::format("{} holds a NUL byte: it is binary, not a shell script, and was skipped",
                       shell_name(p)));
    return nullptr;
  }
  auto id = static_cast<FileId>(files_.size());
  bool is_system = options_.home.empty() || !path::is_within(p, options_.home);
  files_.push_back(std::make_unique<SourceFile>(id, p, shell_name(p), display_name(p),
                                                std::move(text_bytes), is_system));
  by_path_[p] = id;
  check_text(*files_.back());
  return files_.back().get();
}

// What a readable file's text may still be wrong in: recorded, and the file analyzed anyway.
void SourceSet::check_text(const SourceFile& file) {
  const std::string& p = file.path();
  size_t bad = 0;
  if (!text::is_valid_utf8(file.text(), &bad)) {
    LineColumn at = file.position(static_cast<uint32_t>(bad));
    record(ReadProblemKind::InvalidUtf8, p, at.line, at.column,
           fmt::format("invalid UTF-8 at byte {}: the file was analyzed, but names and messages "
                       "may be garbled",
                       bad));
  }
  if (size_t cr = file.text().find("\r\n"); cr != std::string_view::npos) {
    size_t count = 0;
    for (size_t at = cr; at != std::string_view::npos; at = file.text().find("\r\n", at + 2)) {
      ++count;
    }
    LineColumn at = file.position(static_cast<uint32_t>(cr));
    record(ReadProblemKind::CrlfLineEndings, p, at.line, at.column,
           fmt::format("{} has Windows (CRLF) line endings on {} line{}: the shell keeps the "
                       "\\r, so `export PATH=/x` puts \"/x\\r\" in PATH",
                       shell_name(p), count, count == 1 ? "" : "s"));
  }
}

std::optional<std::string_view> SourceSet::line_text(std::string_view file_name,
                                                     uint32_t line) const {
  for (const auto& file : files_) {
    if (file->display() == file_name) {
      if (line == 0 || line > file->line_count()) return std::nullopt;
      return file->line_text(line);
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> SourceSet::file_text(std::string_view file_name) const {
  for (const auto& file : files_) {
    if (file->display() == file_name) return file->text();
  }
  return std::nullopt;
}

}  // namespace rclint::source
