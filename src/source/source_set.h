#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "source/file_system.h"
#include "source/source_file.h"

namespace rclint::source {

/// Why a file could not be analyzed, or was analyzed with a caveat.
enum class ReadProblemKind {
  Unreadable,       // missing, a directory, a symlink loop, a dangling symlink, no permission
  TooLarge,         // over the size limit: skipped
  Binary,           // NUL bytes: skipped
  InvalidUtf8,      // analyzed anyway
  CrlfLineEndings,  // analyzed; the shells see a trailing \r in every word that ends a line
};

struct ReadProblem {
  ReadProblemKind kind;
  std::string path;  // absolute, as the shell sees it
  Location where;    // the file itself; line/column of the first offending byte when known
  std::string shell_name;
  std::string message;
};

struct SourceSetOptions {
  uint64_t max_file_bytes = 2 * 1024 * 1024;
  std::string home;          // absolute; files under it are user files, others system files
  std::string display_base;  // findings name files relative to this directory (the cwd)
};

/// Owns the bytes of every file the run reads. Files are loaded on demand (a startup
/// file, then what it sources) through one FileSystem, each at most once.
class SourceSet final : public SourceLookup {
 public:
  SourceSet(const FileSystem& fs, SourceSetOptions options);

  /// Loads the file at absolute `path` (as the shell sees it). Returns nullptr when it cannot
  /// be analyzed; the problem is recorded once, however often the file is asked for.
  const SourceFile* load(const std::string& path);
  /// Reads the file at `path` ahead of need, for parsing it on another thread while the run
  /// goes on (syntax/parse_ahead.h). The file is not part of the run until load() asks for it:
  /// it has no id yet, no problem is recorded, files() does not list it, and load() then
  /// takes these bytes instead of reading them again. Returns nullptr where load() would not
  /// give a file (unreadable, binary), and the loaded file once load() has run. Call it from
  /// the thread that calls load(); the returned file's text never changes.
  const SourceFile* preload(const std::string& path);
  /// A file loaded earlier, or nullptr.
  const SourceFile* find(const std::string& path) const;
  const SourceFile& file(FileId id) const { return *files_.at(id); }
  const std::vector<std::unique_ptr<SourceFile>>& files() const { return files_; }
  const std::vector<ReadProblem>& problems() const { return problems_; }
  const FileSystem& file_system() const { return fs_; }
  const SourceSetOptions& options() const { return options_; }

  /// "~/.zshrc" for a file in the home, the absolute path otherwise.
  std::string shell_name(const std::string& path) const;
  /// The name findings use for `path` (see SourceFile::display).
  std::string display_name(const std::string& path) const;
  /// Registers the name the user gave on the command line for a file, so that findings use it.
  void set_display_name(const std::string& path, std::string name);

  std::optional<std::string_view> line_text(std::string_view file, uint32_t line) const override;
  std::optional<std::string_view> file_text(std::string_view file) const override;

 private:
  void check_text(const SourceFile& file);
  void record(ReadProblemKind kind, const std::string& path, uint32_t line, uint32_t column,
              std::string message);
  const FileSystem& fs_;
  SourceSetOptions options_;
  std::vector<std::unique_ptr<SourceFile>> files_;
  std::map<std::string, FileId> by_path_;
  std::map<std::string, bool> failed_;
  std::map<std::string, std::unique_ptr<SourceFile>> preloaded_;
  std::map<std::string, std::string> named_;
  std::vector<ReadProblem> problems_;
};

}  // namespace rclint::source
