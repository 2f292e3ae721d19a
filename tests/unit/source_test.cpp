// Tests of src/source/file_system: the overlay that stands an editor's unsaved buffers in
// for the files on disk.
#include <doctest/doctest.h>

#include "source/file_system.h"
#include "source/source_set.h"

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

// Parsing ahead reads files before the run reaches them (syntax/parse_ahead.h). Until load()
// asks, the run must not know: a file read ahead but never sourced would otherwise have its
// problems reported, its suppressions checked, and take an id before the files the run reads.
TEST_CASE("a preloaded file joins the run only when load() reaches it") {
  MemoryFileSystem disk;
  disk.add_file("/home/u/.zshrc", "export A=1\r\n");
  disk.add_file("/home/u/.zshenv", "export B=1\n");
  disk.add_file("/home/u/bin.zsh", std::string("x\0y", 3));
  SourceSetOptions options;
  options.home = "/home/u";
  SourceSet sources(disk, options);
  const SourceFile* ahead = sources.preload("/home/u/.zshrc");
  REQUIRE(ahead != nullptr);
  CHECK(ahead->text() == "export A=1\r\n");
  CHECK(sources.preload("/home/u/.zshrc") == ahead);  // read once
  CHECK(sources.preload("/home/u/missing") == nullptr);
  CHECK(sources.preload("/home/u/bin.zsh") == nullptr);  // binary: load() says why
  CHECK(sources.files().empty());
  CHECK(sources.problems().empty());
  CHECK(sources.find("/home/u/.zshrc") == nullptr);

  const SourceFile* first = sources.load("/home/u/.zshenv");
  const SourceFile* second = sources.load("/home/u/.zshrc");
  CHECK(second == ahead);  // the same bytes: a parse made ahead stays valid
  CHECK(first->id() == 0);
  CHECK(second->id() == 1);
  CHECK(sources.files().size() == 2);
  REQUIRE(sources.problems().size() == 1);  // the CRLF, recorded when the run reads it
  CHECK(sources.problems()[0].kind == ReadProblemKind::CrlfLineEndings);
  CHECK(sources.load("/home/u/bin.zsh") == nullptr);
  CHECK(sources.problems().size() == 2);
  CHECK(sources.preload("/home/u/.zshrc") == second);
}
