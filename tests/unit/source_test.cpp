// Tests of src/source/file_system: the overlay that stands an editor's unsaved buffers in
// for the files on disk.
#include <doctest/doctest.h>

#include "source/file_system.h"

using namespace rclint::source;

namespace {

std::string read_or_error(const FileSystem& fs, const std::string& path) {
  auto content = fs.read(path, 1 << 20);
  return content ? *content : "error: " + content.error().message;
}

}  // namespace

// A language client has several documents open at once; each one replaces its file.
TEST_CASE("an overlay replaces some files, adds others, and leaves the rest") {
  MemoryFileSystem disk;
  disk.add_file("/home/u/.zshrc", "on disk\n");
  disk.add_file("/home/u/.zprofile", "untouched\n");
  disk.add_symlink("/home/u/.zshenv", ".zshrc");
  OverlayFileSystem overlay(
      disk, {{"/home/u/.zshrc", "unsaved\n"}, {"/home/u/./new/../.zlogin", "new file\n"}});

  CHECK(read_or_error(overlay, "/home/u/.zshrc") == "unsaved\n");
  CHECK(read_or_error(overlay, "/home/u/.zlogin") == "new file\n");
  CHECK(read_or_error(overlay, "/home/u/.zprofile") == "untouched\n");
  CHECK(overlay.status("/home/u/.zlogin").type == FileType::Regular);
  CHECK(overlay.status("/home/u/.zlogin").size == 9);
  // The buffer is the file itself, not the link the disk has there.
  CHECK(overlay.link_status("/home/u/.zshenv").type == FileType::Symlink);
  CHECK(!overlay.read_link("/home/u/.zshrc").has_value());
  // A directory listing shows the new file, sorted, and each name once.
  CHECK(overlay.list("/home/u") ==
        std::vector<std::string>{".zlogin", ".zprofile", ".zshenv", ".zshrc"});
  // The size limit holds for buffers as for files.
  CHECK(overlay.read("/home/u/.zlogin", 4).error().message.find("over the limit") !=
        std::string::npos);
}
