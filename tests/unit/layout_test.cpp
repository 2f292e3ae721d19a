// Tests of src/source/layout and src/source/discovery: dotfiles layouts seen as a home, and the
// startup files found in a home and a root.
#include "source/layout.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "source/discovery.h"

using namespace rclint::source;

namespace {

using Names = std::vector<std::string>;

std::string read_or_error(const FileSystem& fs, const std::string& path) {
  auto content = fs.read(path, 1 << 20);
  return content ? *content : "error: " + content.error().message;
}

// The usual shape: the dotfiles directory is the home. (Designated initializers that skip
// `mapping` trip g++ 12's -Wmissing-field-initializers, so options are built by assignment.)
HomeViewOptions layout(const std::string& dir, LayoutKind kind = LayoutKind::Plain) {
  HomeViewOptions options;
  options.home = dir;
  options.directory = dir;
  options.kind = kind;
  return options;
}

bool has_note(const HomeView& view, const std::string& physical, const std::string& words) {
  for (const LayoutNote& note : view.notes()) {
    if (note.physical_path == physical && note.message.find(words) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("layout kinds parse and print") {
  for (LayoutKind kind :
       {LayoutKind::Auto, LayoutKind::Plain, LayoutKind::Stow, LayoutKind::Chezmoi}) {
    CHECK(parse_layout_kind(to_string(kind)) == kind);
  }
  CHECK_FALSE(parse_layout_kind("yadm").has_value());
}

// The everyday case: --home DIR with .zshrc at the top is DIR itself, read in place.
TEST_CASE("plain layout is the directory itself, read lazily") {
  MemoryFileSystem fs;
  fs.add_file("/h/.zshrc", "export A=1\n");
  fs.add_file("/h/.config/zsh/aliases.zsh", "alias l=ls\n");
  // A zero entry budget proves plain never walks the directory (the real $HOME can be huge).
  HomeViewOptions options = layout("/h");
  options.limits.max_entries = 0;
  HomeView view(fs, options);
  CHECK(read_or_error(view, "/h/.zshrc") == "export A=1\n");
  CHECK(view.list("/h") == Names{".config", ".zshrc"});
  CHECK(view.status("/h/.config/zsh").type == FileType::Directory);
  CHECK(view.physical_path("/h/./.config/zsh/aliases.zsh") == "/h/.config/zsh/aliases.zsh");
  CHECK(view.logical_path("/h/.zshrc") == "/h/.zshrc");
  CHECK_FALSE(view.status("/h/.bashrc").exists());
  CHECK(view.notes().empty());
}

// --root: a fixture's system files live in a directory, not in the real /etc.
TEST_CASE("paths outside the home are read under the root") {
  MemoryFileSystem fs;
  fs.add_file("/h/.profile", ". /etc/profile.local\n");
  fs.add_file("/fixture/root/etc/profile", "PATH=/usr/bin\n");
  fs.add_file("/etc/profile", "the real one\n");
  HomeViewOptions options = layout("/h");
  options.root = "/fixture/root";
  HomeView view(fs, options);
  CHECK(read_or_error(view, "/etc/profile") == "PATH=/usr/bin\n");
  CHECK(view.physical_path("/etc/profile") == "/fixture/root/etc/profile");
  CHECK(view.list("/etc") == Names{"profile"});
  CHECK_FALSE(view.status("/etc/profile.local").exists());
  CHECK(view.logical_path("/fixture/root/etc/profile") == "/etc/profile");
  // The home itself is never under the root: it is the input.
  CHECK(read_or_error(view, "/h/.profile") == ". /etc/profile.local\n");
}

TEST_CASE("stow packages are merged into the home") {
  MemoryFileSystem fs;
  fs.add_file("/dots/README.md", "# my dotfiles\n");
  fs.add_file("/dots/zsh/.zshrc", "zshrc\n");
  fs.add_file("/dots/zsh/.config/zsh/aliases.zsh", "alias l=ls\n");
  fs.add_file("/dots/zsh/README.md", "ignored by stow at a package's top\n");
  fs.add_file("/dots/zsh/.zshrc~", "an editor backup stow ignores\n");
  fs.add_file("/dots/bash/dot-bashrc", "bashrc\n");
  fs.add_file("/dots/bash/dot-config/bash/env.sh", "env\n");
  fs.add_file("/dots/.git/config", "not a package\n");
  HomeView view(fs, layout("/dots", LayoutKind::Stow));
  CHECK(view.list("/dots") == Names{".bashrc", ".config", ".zshrc"});
  CHECK(view.list("/dots/.config") == Names{"bash", "zsh"});
  CHECK(read_or_error(view, "/dots/.zshrc") == "zshrc\n");
  CHECK(read_or_error(view, "/dots/.bashrc") == "bashrc\n");
  CHECK(read_or_error(view, "/dots/.config/bash/env.sh") == "env\n");
  CHECK(view.physical_path("/dots/.config/zsh/aliases.zsh") == "/dots/zsh/.config/zsh/aliases.zsh");
  CHECK(view.physical_path("/dots/.config") == "/dots/bash/dot-config");
  // The packages themselves are not in the home once stowed.
  CHECK_FALSE(view.status("/dots/zsh/.zshrc").exists());
  CHECK_FALSE(view.status("/dots/README.md").exists());
  CHECK_FALSE(view.status("/dots/.zshrc~").exists());
  CHECK(view.logical_path("/dots/zsh/.zshrc") == "/dots/.zshrc");
  CHECK_FALSE(view.logical_path("/dots/README.md").has_value());
  CHECK(view.notes().empty());
}

// stow's adjust_dotfile: s/^dot-([^.])/.$1/.
TEST_CASE("stow's dot- prefix needs a name after it") {
  MemoryFileSystem fs;
  fs.add_file("/dots/misc/dot-", "");
  fs.add_file("/dots/misc/dot-.odd", "");
  fs.add_file("/dots/misc/dot-zshenv", "");
  HomeView view(fs, layout("/dots", LayoutKind::Stow));
  CHECK(view.list("/dots") == Names{".zshenv", "dot-", "dot-.odd"});
}

// Two packages providing ~/.zshrc cannot both be stowed; the first in sorted order is kept.
TEST_CASE("stow conflicts keep the first package and say so") {
  MemoryFileSystem fs;
  fs.add_file("/dots/zsh-work/.zshrc", "work\n");
  fs.add_file("/dots/zsh/.zshrc", "home\n");
  HomeView view(fs, layout("/dots", LayoutKind::Stow));
  CHECK(read_or_error(view, "/dots/.zshrc") == "home\n");
  REQUIRE(view.notes().size() == 1);
  CHECK(view.notes()[0].physical_path == "/dots/zsh-work/.zshrc");
  CHECK(view.notes()[0].logical_path == "/dots/.zshrc");
  CHECK(view.notes()[0].message == "ignored: ~/.zshrc already comes from /dots/zsh/.zshrc");
}

TEST_CASE("chezmoi source names map to target names") {
  MemoryFileSystem fs;
  fs.add_file("/cz/dot_zshrc", "zshrc\n");
  fs.add_file("/cz/private_dot_zprofile", "zprofile\n");
  fs.add_file("/cz/readonly_executable_dot_bashrc", "bashrc\n");
  fs.add_file("/cz/empty_dot_zlogin", "");
  fs.add_file("/cz/dot_zlogout", "");  // empty without empty_: chezmoi removes the target
  fs.add_file("/cz/create_private_dot_profile", "profile\n");
  fs.add_file("/cz/exact_private_dot_config/zsh/dot_aliases", "aliases\n");
  fs.add_file("/cz/dot_local/bin/executable_tool", "#!/bin/sh\n");
  fs.add_file("/cz/literal_dot_kept", "x\n");
  fs.add_file("/cz/dot_notes.tmpl.literal", "not a template\n");
  fs.add_file("/cz/external_dot_vendor/dot_raw", "children of external_ are literal\n");
  fs.add_file("/cz/run_once_install.sh", "script\n");
  fs.add_file("/cz/remove_dot_old", "");
  fs.add_directory("/cz/remove_dot_olddir");
  fs.add_file("/cz/.chezmoiignore", "README.md\n");
  fs.add_file("/cz/.chezmoiscripts/run_x.sh", "script\n");
  HomeView view(fs, layout("/cz", LayoutKind::Chezmoi));
  CHECK(view.list("/cz") == Names{".bashrc", ".config", ".local", ".notes.tmpl", ".profile",
                                  ".vendor", ".zlogin", ".zprofile", ".zshrc", "dot_kept"});
  CHECK(read_or_error(view, "/cz/.bashrc") == "bashrc\n");
  CHECK(read_or_error(view, "/cz/.config/zsh/.aliases") == "aliases\n");
  CHECK(view.list("/cz/.local/bin") == Names{"tool"});
  CHECK(view.list("/cz/.vendor") == Names{"dot_raw"});
  CHECK(view.status("/cz/.zlogin").type == FileType::Regular);
  CHECK(view.physical_path("/cz/.zprofile") == "/cz/private_dot_zprofile");
  CHECK(view.logical_path("/cz/readonly_executable_dot_bashrc") == "/cz/.bashrc");
  CHECK(view.notes().empty());
}

// Files chezmoi computes at apply time cannot be read as they will be; each gets a note.
TEST_CASE("chezmoi templates and computed files are skipped with a note") {
  MemoryFileSystem fs;
  fs.add_file("/cz/dot_zshenv.tmpl", "export A={{ .a }}\n");
  fs.add_file("/cz/modify_dot_bash_profile", "#!/bin/sh\n");
  fs.add_file("/cz/symlink_dot_bash_login", ".profile\n");
  fs.add_file("/cz/encrypted_private_dot_secrets.age", "age...\n");
  HomeView view(fs, layout("/cz", LayoutKind::Chezmoi));
  CHECK(view.list("/cz").empty());
  CHECK_FALSE(view.status("/cz/.zshenv").exists());
  CHECK(has_note(view, "/cz/dot_zshenv.tmpl",
                 "template, not analyzed: rclint does not render chezmoi templates"));
  CHECK(has_note(view, "/cz/modify_dot_bash_profile", "modify script"));
  CHECK(has_note(view, "/cz/symlink_dot_bash_login", "symlink"));
  CHECK(has_note(view, "/cz/encrypted_private_dot_secrets.age", "encrypted"));
  REQUIRE(view.notes().size() == 4);
  CHECK(view.notes()[0].logical_path == "/cz/.zshenv");  // notes follow the sorted walk
  CHECK_FALSE(view.logical_path("/cz/dot_zshenv.tmpl").has_value());
}

TEST_CASE(".chezmoiroot moves the source state into a subdirectory") {
  MemoryFileSystem fs;
  fs.add_file("/repo/.chezmoiroot", "home\n");
  fs.add_file("/repo/home/dot_zshrc", "zshrc\n");
  fs.add_file("/repo/dot_bashrc", "outside the source state\n");
  fs.add_file("/repo/install.sh", "script\n");
  HomeView view(fs, layout("/repo", LayoutKind::Chezmoi));
  CHECK(view.list("/repo") == Names{".zshrc"});
  CHECK(view.physical_path("/repo") == "/repo/home");
  CHECK(view.notes().empty());

  // A .chezmoiroot that names nothing usable is reported, and the top is read instead.
  MemoryFileSystem bad;
  bad.add_file("/repo/.chezmoiroot", "../elsewhere\n");
  bad.add_file("/repo/dot_zshrc", "zshrc\n");
  HomeView fallback(bad, layout("/repo", LayoutKind::Chezmoi));
  CHECK(fallback.list("/repo") == Names{".zshrc"});
  CHECK(has_note(fallback, "/repo/.chezmoiroot", "not a directory inside /repo"));
}

// [files] entries win over what the layout would provide, without a conflict note.
TEST_CASE("the [files] mapping wins over every layout") {
  MemoryFileSystem fs;
  fs.add_file("/d/.zshrc", "plain\n");
  fs.add_file("/d/shell/zshrc", "mapped\n");
  fs.add_file("/d/zsh/.zshrc", "stowed\n");
  fs.add_file("/d/zsh/.zshenv", "stowed env\n");
  fs.add_file("/d/shell/zsh.d/path.zsh", "path\n");
  std::map<std::string, std::string> mapping{
      {"shell/zshrc", "~/.zshrc"},
      {"shell/zsh.d", ".config/zsh"},
      {"shell/missing", ".zlogin"},
      {"shell/escape", "../.zshrc"},
  };
  HomeViewOptions options = layout("/d");
  options.mapping = mapping;
  HomeView plain(fs, options);
  CHECK(read_or_error(plain, "/d/.zshrc") == "mapped\n");
  CHECK(read_or_error(plain, "/d/.config/zsh/path.zsh") == "path\n");
  CHECK(plain.status("/d/.config").type == FileType::Directory);
  CHECK(plain.list("/d/.config") == Names{"zsh"});
  CHECK(plain.logical_path("/d/shell/zshrc") == "/d/.zshrc");
  CHECK(has_note(plain, "/d/shell/missing", "but shell/missing does not exist"));
  CHECK(has_note(plain, "/d/shell/escape", "not a file in the home"));

  options.kind = LayoutKind::Stow;
  HomeView stow(fs, options);
  CHECK(read_or_error(stow, "/d/.zshrc") == "mapped\n");
  CHECK(read_or_error(stow, "/d/.zshenv") == "stowed env\n");
  CHECK(stow.list("/d") == Names{".config", ".zshenv", ".zshrc"});
  CHECK(stow.notes().size() == 2);  // the missing and the escaping entry, no conflict
}

TEST_CASE("auto-detection picks each layout") {
  MemoryFileSystem fs;
  fs.add_file("/plain/.bashrc", "");
  fs.add_symlink("/installed/.zshrc", "/dots/zsh/.zshrc");  // a home set up by stow
  fs.add_file("/installed/dots/zsh/.zshrc", "");
  fs.add_file("/stow/zsh/.zshrc", "");
  fs.add_file("/stow-dashed/bash/dot-bashrc", "");
  fs.add_file("/stow-rc/.stowrc", "--dotfiles\n");
  fs.add_file("/stow-rc/nvim/.config/nvim/init.lua", "");
  fs.add_file("/cz1/dot_zshrc", "");
  fs.add_file("/cz2/.chezmoiroot", "home\n");
  fs.add_file("/cz3/private_dot_config/zsh/dot_zshrc", "");
  fs.add_file("/cz4/.chezmoi.toml.tmpl", "");
  fs.add_file("/cz4/.zshrc", "chezmoi wins: it is checked first\n");
  fs.add_file("/nothing/notes.txt", "");
  CHECK(detect_layout(fs, "/plain") == LayoutKind::Plain);
  CHECK(detect_layout(fs, "/installed") == LayoutKind::Plain);
  CHECK(detect_layout(fs, "/stow") == LayoutKind::Stow);
  CHECK(detect_layout(fs, "/stow-dashed") == LayoutKind::Stow);
  CHECK(detect_layout(fs, "/stow-rc") == LayoutKind::Stow);
  CHECK(detect_layout(fs, "/cz1") == LayoutKind::Chezmoi);
  CHECK(detect_layout(fs, "/cz2") == LayoutKind::Chezmoi);
  CHECK(detect_layout(fs, "/cz3") == LayoutKind::Chezmoi);
  CHECK(detect_layout(fs, "/cz4") == LayoutKind::Chezmoi);
  CHECK(detect_layout(fs, "/nothing") == LayoutKind::Plain);
  CHECK(detect_layout(fs, "/does-not-exist") == LayoutKind::Plain);
}

// A dotfiles repository with a vendored tree must not stall the run: the walk is bounded.
TEST_CASE("the walk stops at its bounds and says so") {
  MemoryFileSystem fs;
  for (char c = 'a'; c <= 'f'; ++c) fs.add_file(std::string("/dots/pkg/.f") + c, "");
  fs.add_file("/dots/pkg/node_modules/x/.zshrc", "never walked\n");
  HomeViewOptions options = layout("/dots", LayoutKind::Stow);
  options.limits.max_entries = 4;
  HomeView few(fs, options);
  CHECK(few.list("/dots").size() == 3);  // the package directory is the first entry
  CHECK(has_note(few, "/dots/pkg/.fd", "after 4 entries"));

  MemoryFileSystem deep;
  deep.add_file("/cz/dot_a/b/c/d/file", "");
  deep.add_file("/cz/dot_zshrc", "zshrc\n");
  options = layout("/cz", LayoutKind::Chezmoi);
  options.limits.max_depth = 2;
  HomeView shallow(deep, options);
  CHECK(shallow.status("/cz/.a/b").type == FileType::Directory);
  CHECK_FALSE(shallow.status("/cz/.a/b/c").exists());
  CHECK(shallow.status("/cz/.zshrc").exists());
  CHECK(has_note(shallow, "/cz/dot_a/b/c", "deeper than 2 directories"));
}

// Broken startup files are still found, so that each gets its own message later.
TEST_CASE("home discovery includes dangling symlinks and directories") {
  MemoryFileSystem fs;
  fs.add_file("/h/.zshenv", "");
  fs.add_directory("/h/.zshrc");
  fs.add_symlink("/h/.bashrc", "/h/dots/bashrc");
  fs.add_symlink("/h/.profile", ".profile");  // a loop
  fs.add_file("/h/.kshrc", "not a file rclint models\n");
  CHECK(home_startup_files(fs, "/h") ==
        Names{"/h/.zshenv", "/h/.zshrc", "/h/.profile", "/h/.bashrc"});
  CHECK(fs.status("/h/.bashrc").error == "dangling symlink to /h/dots/bashrc");

  // Through a stow layout, the symlink inside the package is what the home shows.
  MemoryFileSystem dots;
  dots.add_symlink("/dots/zsh/.zshrc", "../shared/zshrc");
  HomeView view(dots, layout("/dots", LayoutKind::Stow));
  CHECK(home_startup_files(view, "/dots") == Names{"/dots/.zshrc"});
  CHECK(view.link_status("/dots/.zshrc").type == FileType::Symlink);
  CHECK(view.read_link("/dots/.zshrc") == "../shared/zshrc");
  CHECK_FALSE(view.status("/dots/.zshrc").exists());
}

TEST_CASE("system discovery per platform, with globs in shell order") {
  MemoryFileSystem fs;
  fs.add_file("/r/etc/zsh/zshenv", "");
  fs.add_file("/r/etc/profile", "");
  fs.add_file("/r/etc/profile.d/vte.sh", "");
  fs.add_file("/r/etc/profile.d/Z.sh", "");
  fs.add_file("/r/etc/profile.d/bash_completion.sh", "");
  fs.add_file("/r/etc/profile.d/.hidden.sh", "");
  fs.add_file("/r/etc/profile.d/readme.txt", "");
  fs.add_file("/r/etc/bash.bashrc", "");
  fs.add_file("/r/etc/zshrc", "");
  fs.add_file("/r/etc/paths", "/usr/bin\n");
  fs.add_file("/r/etc/paths.d/go", "/usr/local/go/bin\n");
  fs.add_file("/r/etc/paths.d/10-tex", "/Library/TeX/texbin\n");
  HomeViewOptions options = layout("/h");
  options.root = "/r";
  HomeView view(fs, options);
  CHECK(system_startup_files(view, "debian") ==
        Names{"/etc/zsh/zshenv", "/etc/profile", "/etc/profile.d/Z.sh",
              "/etc/profile.d/bash_completion.sh", "/etc/profile.d/vte.sh", "/etc/bash.bashrc"});
  CHECK(system_startup_files(view, "macos") == Names{"/etc/zshrc", "/etc/profile", "/etc/paths",
                                                     "/etc/paths.d/10-tex", "/etc/paths.d/go"});
  CHECK(system_startup_files(view, "plan9").empty());
}

// The real disk, through RealFileSystem: what `rclint --home ~/dotfiles` does with stow.
TEST_CASE("a stow directory on disk") {
  std::string pattern = (std::filesystem::temp_directory_path() / "rclint-layout-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  const std::string dir = pattern;
  std::error_code ec;
  std::filesystem::create_directories(dir + "/zsh/.config/zsh", ec);
  std::filesystem::create_directories(dir + "/bash", ec);
  std::ofstream(dir + "/zsh/.zshrc") << "source ~/.config/zsh/aliases.zsh\n";
  std::ofstream(dir + "/zsh/.config/zsh/aliases.zsh") << "alias l=ls\n";
  std::ofstream(dir + "/bash/dot-bashrc") << "export A=1\n";
  std::filesystem::create_symlink("missing-target", dir + "/bash/dot-profile", ec);

  RealFileSystem disk;
  CHECK(detect_layout(disk, dir) == LayoutKind::Stow);
  HomeView view(disk, layout(dir, LayoutKind::Stow));
  CHECK(view.list(dir) == Names{".bashrc", ".config", ".profile", ".zshrc"});
  CHECK(read_or_error(view, dir + "/.config/zsh/aliases.zsh") == "alias l=ls\n");
  CHECK(view.physical_path(dir + "/.bashrc") == dir + "/bash/dot-bashrc");
  CHECK(home_startup_files(view, dir) ==
        Names{dir + "/.zshrc", dir + "/.profile", dir + "/.bashrc"});
  CHECK(view.status(dir + "/.profile").error == "dangling symlink to missing-target");
  CHECK(view.notes().empty());

  std::filesystem::remove_all(dir, ec);
  CHECK_FALSE(ec);
}
