#include "simulation/file_facts.h"

#include <fmt/format.h>

#include "base/text.h"

namespace rclint::simulation {

namespace path = source::path;
using source::FileType;

FileFacts::FileFacts(const source::FileSystem& fs, source::SourceSet& sources)
    : fs_(fs), sources_(sources) {}

const source::FileStatus& FileFacts::status(const std::string& p) const {
  std::string key = path::normalize(p);
  auto known = status_.find(key);
  if (known != status_.end()) return known->second;
  return status_.emplace(key, fs_.status(key)).first->second;
}

bool FileFacts::is_directory(const std::string& p) const {
  return status(p).type == FileType::Directory;
}

bool FileFacts::is_missing(const std::string& p) const {
  const source::FileStatus& st = status(p);
  if (st.exists()) return false;
  return st.error.empty() || st.error == "symlink loop" || st.error.starts_with("dangling");
}

bool FileFacts::is_executable_file(const std::string& p) const {
  const source::FileStatus& st = status(p);
  return st.type == FileType::Regular && st.executable;
}

std::optional<std::string> FileFacts::real_path(const std::string& p) const {
  if (!status(p).exists()) return std::nullopt;
  return source::resolve_symlinks(
      p, true, [&](const std::string& at) { return fs_.read_link(at); }, nullptr);
}

std::string FileFacts::why_missing(const std::string& p) const {
  const std::string target = path::normalize(p);
  auto shown = [&](const std::string& at) { return sources_.shell_name(at); };
  std::string prefix;
  for (std::string_view part : text::split(target, '/')) {
    if (part.empty()) continue;
    prefix += "/";
    prefix += part;
    const bool last = prefix == target;
    source::FileStatus here = fs_.link_status(prefix);
    if (!here.exists()) {
      return last ? "does not exist" : fmt::format("does not exist, nor does {}", shown(prefix));
    }
    if (here.type == FileType::Symlink) {
      const source::FileStatus& followed = status(prefix);
      if (followed.error == "symlink loop") {
        return last ? "is a symlink loop" : fmt::format("{} is a symlink loop", shown(prefix));
      }
      if (!followed.exists()) {
        std::string link = fs_.read_link(prefix).value_or("?");
        return last ? fmt::format("is a symlink to {}, which does not exist", link)
                    : fmt::format("{} is a symlink to {}, which does not exist", shown(prefix),
                                  link);
      }
      here = followed;
    }
    if (!last && here.type != FileType::Directory) {
      return fmt::format("{} is a file, not a directory", shown(prefix));
    }
  }
  const source::FileStatus& st = status(target);
  return st.error.empty() ? "does not exist" : fmt::format("cannot be looked at ({})", st.error);
}

std::string FileFacts::why_not_directory(const std::string& p) const {
  const source::FileStatus& st = status(p);
  if (st.type == FileType::Regular) return "is a file, not a directory";
  if (st.exists()) return "is not a directory";
  return why_missing(p);
}

std::optional<std::string> FileFacts::first_line(const std::string& p) const {
  Result<std::string> text = fs_.read(p, 4096);
  if (!text) return std::nullopt;
  std::string_view line = text::split(*text, '\n')[0];
  return std::string(text::trim(line));
}

const source::SourceFile* FileFacts::data_file(const std::string& p) const {
  const source::FileStatus& st = status(p);
  if (st.type != FileType::Regular || !st.readable) return nullptr;
  return sources_.load(path::normalize(p));
}

}  // namespace rclint::simulation
