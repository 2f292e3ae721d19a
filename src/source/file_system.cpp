#include "source/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/text.h"

namespace rclint::source {

namespace {

FileStatus from_stat(const struct stat& st) {
  FileStatus status;
  if (S_ISREG(st.st_mode)) {
    status.type = FileType::Regular;
  } else if (S_ISDIR(st.st_mode)) {
    status.type = FileType::Directory;
  } else if (S_ISLNK(st.st_mode)) {
    status.type = FileType::Symlink;
  } else {
    status.type = FileType::Other;
  }
  status.size = static_cast<uint64_t>(st.st_size);
  return status;
}

std::string errno_text(int error) { return std::strerror(error); }

}  // namespace

// ---- RealFileSystem -------------------------------------------------------------------------

FileStatus RealFileSystem::status(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    FileStatus missing;
    int error = errno;
    if (error == ELOOP) {
      missing.error = "symlink loop";
    } else if (error == ENOENT || error == ENOTDIR) {
      struct stat lst {};
      if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        auto target = read_link(path);
        missing.error = "dangling symlink to " + target.value_or("?");
      }
    } else {
      missing.error = errno_text(error);
    }
    return missing;
  }
  FileStatus status = from_stat(st);
  status.readable = ::access(path.c_str(), R_OK) == 0;
  status.executable = status.type == FileType::Regular && ::access(path.c_str(), X_OK) == 0;
  return status;
}

FileStatus RealFileSystem::link_status(const std::string& path) const {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return {};
  FileStatus status = from_stat(st);
  status.readable = ::access(path.c_str(), R_OK) == 0;
  return status;
}

std::optional<std::string> RealFileSystem::read_link(const std::string& path) const {
  char buffer[4096];
  ssize_t length = ::readlink(path.c_str(), buffer, sizeof buffer);
  if (length < 0) return std::nullopt;
  return std::string(buffer, static_cast<size_t>(length));
}

Result<std::string> RealFileSystem::read(const std::string& path, uint64_t max_bytes) const {
  FileStatus st = status(path);
  if (!st.exists()) {
    return Error{st.error.empty() ? "no such file" : st.error};
  }
  if (st.type == FileType::Directory) return Error{"is a directory, not a file"};
  // FIFOs, sockets and devices could block forever or never end: never open them.
  if (st.type != FileType::Regular) return Error{"not a regular file"};
  if (st.size > max_bytes) {
    return Error{"file is " + std::to_string(st.size) + " bytes, over the limit of " +
                 std::to_string(max_bytes)};
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Error{errno_text(errno)};
  std::string content;
  content.reserve(static_cast<size_t>(st.size));
  char buffer[65536];
  while (true) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      int error = errno;
      ::close(fd);
      return Error{errno_text(error)};
    }
    if (got == 0) break;
    content.append(buffer, static_cast<size_t>(got));
    if (content.size() > max_bytes) {  // the file grew while we read it
      ::close(fd);
      return Error{"file is over the limit of " + std::to_string(max_bytes) + " bytes"};
    }
  }
  ::close(fd);
  return content;
}

std::vector<std::string> RealFileSystem::list(const std::string& path) const {
  std::vector<std::string> names;
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) return names;
  while (const dirent* entry = ::readdir(dir)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(std::move(name));
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  return names;
}

// ---- MemoryFileSystem -----------------------------------------------------------------------

void MemoryFileSystem::add_file(const std::string& path, std::string content) {
  std::string normal = path::normalize(path);
  for (std::string dir = path::parent(normal); dir != "/"; dir = path::parent(dir)) {
    directories_.insert(dir);
  }
  files_[normal] = std::move(content);
}

void MemoryFileSystem::add_directory(const std::string& path) {
  for (std::string dir = path::normalize(path); dir != "/"; dir = path::parent(dir)) {
    directories_.insert(dir);
  }
}

void MemoryFileSystem::add_symlink(const std::string& path, std::string target) {
  std::string normal = path::normalize(path);
  add_directory(path::parent(normal));
  links_[normal] = std::move(target);
}

void MemoryFileSystem::make_unreadable(const std::string& path) {
  unreadable_.insert(path::normalize(path));
}

void MemoryFileSystem::make_executable(const std::string& path) {
  executable_.insert(path::normalize(path));
}

std::optional<std::string> MemoryFileSystem::resolve(const std::string& path, bool follow_last,
                                                     std::string* error) const {
  return resolve_symlinks(
      path, follow_last,
      [&](const std::string& p) -> std::optional<std::string> {
        auto link = links_.find(p);
        if (link == links_.end()) return std::nullopt;
        return link->second;
      },
      error);
}

FileStatus MemoryFileSystem::status(const std::string& path) const {
  std::string error;
  auto resolved = resolve(path, true, &error);
  FileStatus status;
  if (!resolved) {
    status.error = error;
    return status;
  }
  if (auto file = files_.find(*resolved); file != files_.end()) {
    status.type = FileType::Regular;
    status.size = file->second.size();
    status.readable = !unreadable_.contains(*resolved);
    status.executable = executable_.contains(*resolved);
  } else if (directories_.contains(*resolved)) {
    status.type = FileType::Directory;
    status.readable = !unreadable_.contains(*resolved);
  } else if (auto target = read_link(path)) {
    status.error = "dangling symlink to " + *target;
  }
  return status;
}

FileStatus MemoryFileSystem::link_status(const std::string& path) const {
  auto resolved = resolve(path, false, nullptr);
  if (!resolved) return {};
  if (links_.contains(*resolved)) {
    FileStatus status;
    status.type = FileType::Symlink;
    status.readable = true;
    return status;
  }
  return status(*resolved);
}

std::optional<std::string> MemoryFileSystem::read_link(const std::string& path) const {
  auto resolved = resolve(path, false, nullptr);
  if (!resolved) return std::nullopt;
  auto link = links_.find(*resolved);
  if (link == links_.end()) return std::nullopt;
  return link->second;
}

Result<std::string> MemoryFileSystem::read(const std::string& path, uint64_t max_bytes) const {
  FileStatus st = status(path);
  if (!st.exists()) return Error{st.error.empty() ? "no such file" : st.error};
  if (st.type == FileType::Directory) return Error{"is a directory, not a file"};
  if (!st.readable) return Error{"Permission denied"};
  if (st.size > max_bytes) {
    return Error{"file is " + std::to_string(st.size) + " bytes, over the limit of " +
                 std::to_string(max_bytes)};
  }
  return files_.at(*resolve(path, true, nullptr));
}

std::vector<std::string> MemoryFileSystem::list(const std::string& path) const {
  std::vector<std::string> names;
  auto resolved = resolve(path, true, nullptr);
  if (!resolved || !directories_.contains(*resolved)) return names;
  std::string prefix = *resolved == "/" ? "/" : *resolved + "/";
  auto collect = [&](const std::string& entry) {
    if (entry.size() > prefix.size() && text::starts_with(entry, prefix) &&
        entry.find('/', prefix.size()) == std::string::npos) {
      names.push_back(entry.substr(prefix.size()));
    }
  };
  for (const auto& [name, content] : files_) collect(name);
  for (const auto& [name, target] : links_) collect(name);
  for (const auto& name : directories_) collect(name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::optional<std::string> resolve_symlinks(
    const std::string& path, bool follow_last,
    const std::function<std::optional<std::string>(const std::string&)>& target_of,
    std::string* error) {
  std::string pending = path::normalize(path);
  // Bounded like the kernel's ELOOP limit, so a cycle ends.
  for (int hops = 0; hops < 40; ++hops) {
    std::string resolved = "/";
    bool restarted = false;
    std::vector<std::string_view> parts = text::split(pending, '/');
    for (size_t i = 0; i < parts.size(); ++i) {
      if (parts[i].empty()) continue;
      std::string next = path::join(resolved, std::string(parts[i]));
      bool last = i + 1 == parts.size();
      std::optional<std::string> link;
      if (!last || follow_last) link = target_of(next);
      if (link) {
        std::string target = path::join(resolved, *link);
        for (size_t k = i + 1; k < parts.size(); ++k) target += "/" + std::string(parts[k]);
        pending = path::normalize(target);
        restarted = true;
        break;
      }
      resolved = next;
    }
    if (!restarted) return resolved;
  }
  if (error != nullptr) *error = "symlink loop";
  return std::nullopt;
}

// ---- OverlayFileSystem ----------------------------------------------------------------------

OverlayFileSystem::OverlayFileSystem(const FileSystem& base,
                                     const std::map<std::string, std::string>& files)
    : base_(base) {
  for (const auto& [p, content] : files) files_[path::normalize(p)] = content;
}

const std::string* OverlayFileSystem::overlaid(const std::string& p) const {
  auto found = files_.find(path::normalize(p));
  return found == files_.end() ? nullptr : &found->second;
}

FileStatus OverlayFileSystem::status(const std::string& p) const {
  const std::string* content = overlaid(p);
  if (content == nullptr) return base_.status(p);
  FileStatus st;
  st.type = FileType::Regular;
  st.size = content->size();
  st.readable = true;
  return st;
}

FileStatus OverlayFileSystem::link_status(const std::string& p) const {
  return overlaid(p) != nullptr ? status(p) : base_.link_status(p);
}

std::optional<std::string> OverlayFileSystem::read_link(const std::string& p) const {
  return overlaid(p) != nullptr ? std::nullopt : base_.read_link(p);
}

Result<std::string> OverlayFileSystem::read(const std::string& p, uint64_t max_bytes) const {
  const std::string* content = overlaid(p);
  if (content == nullptr) return base_.read(p, max_bytes);
  if (content->size() > max_bytes) {
    return Error{"file is " + std::to_string(content->size()) + " bytes, over the limit of " +
                 std::to_string(max_bytes)};
  }
  return *content;
}

std::vector<std::string> OverlayFileSystem::list(const std::string& p) const {
  std::vector<std::string> names = base_.list(p);
  std::string directory = path::normalize(p);
  for (const auto& [file, content] : files_) {
    if (path::parent(file) != directory) continue;
    std::string name = path::base_name(file);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      names.insert(std::lower_bound(names.begin(), names.end(), name), name);
    }
  }
  return names;
}

std::string OverlayFileSystem::physical_path(const std::string& p) const {
  return base_.physical_path(p);
}

// ---- path -----------------------------------------------------------------------------------

namespace path {

std::string normalize(const std::string& input) {
  std::vector<std::string_view> kept;
  for (std::string_view part : text::split(input, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!kept.empty()) kept.pop_back();
      continue;
    }
    kept.push_back(part);
  }
  std::string out;
  for (std::string_view part : kept) {
    out += '/';
    out += part;
  }
  return out.empty() ? "/" : out;
}

std::string join(const std::string& base, const std::string& relative) {
  if (!relative.empty() && relative[0] == '/') return relative;
  if (base.empty() || base.back() == '/') return base + relative;
  return base + "/" + relative;
}

std::string parent(const std::string& p) {
  size_t slash = p.find_last_of('/');
  if (slash == std::string::npos || slash == 0) return "/";
  return p.substr(0, slash);
}

std::string base_name(const std::string& p) {
  size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

bool is_within(const std::string& p, const std::string& dir) {
  if (dir == "/") return !p.empty() && p[0] == '/';
  return p == dir || (text::starts_with(p, dir) && p.size() > dir.size() && p[dir.size()] == '/');
}

std::string relative_to(const std::string& p, const std::string& dir) {
  if (!is_within(p, dir) || p == dir) return p;
  return p.substr(dir == "/" ? 1 : dir.size() + 1);
}

}  // namespace path

}  // namespace rclint::source
