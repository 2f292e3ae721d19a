#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "source/file_system.h"
#include "source/layout.h"

namespace rclint::source {

/// The names of the home startup files rclint looks for, in the order the shells meet them:
/// zsh's (zshall(1) STARTUP/SHUTDOWN FILES), then bash's login, rc and logout files (bash(1)
/// INVOCATION) with ~/.profile, which sh reads too, and ~/.bash_aliases, which Debian's skeleton
/// ~/.bashrc sources. A $ZDOTDIR elsewhere is not guessed here: the startup model follows it.
std::span<const std::string_view> home_startup_names();

/// The absolute paths `home`/NAME of home_startup_names() that exist in any form, in that order.
/// Broken ones (a dangling symlink, a symlink loop, a directory named .zshrc, an unreadable file)
/// are included, so that the caller can report each of them.
std::vector<std::string> home_startup_files(const FileSystem& fs, const std::string& home);

/// The system startup files of `platform` ("debian" or "macos"; any other name gives none)
/// that exist in `fs`, as absolute logical paths, broken ones included:
///   debian: /etc/zsh/{zshenv,zprofile,zshrc,zlogin,zlogout}, /etc/profile, /etc/profile.d/*.sh,
///           /etc/bash.bashrc, /etc/bash.bash_logout (compiled into Debian's bash, rarely present)
///   macos:  /etc/{zshenv,zprofile,zshrc,zlogin,zlogout}, /etc/profile, /etc/bashrc, /etc/paths,
///           /etc/paths.d/*
/// Glob matches are in bytewise order and skip names starting with '.', as the shells' globs
/// do in the C locale (bash sorts by the locale's collation, dash by bytes). path_helper's own
/// order for /etc/paths.d is for the simulation to apply, not discovery.
std::vector<std::string> system_startup_files(const FileSystem& fs, std::string_view platform);

/// Layout auto-detection (README, "Dotfiles layouts"):
///
///   `--layout auto` (the default) looks only at the top level of the directory given to `--home`:
///   1. chezmoi, if it holds any `.chezmoi*` entry (`.chezmoiroot`, `.chezmoiignore`,
///      `.chezmoi.toml.tmpl`, `.chezmoidata.yaml`, `.chezmoiexternal.toml`, ...) or an entry named
///      in chezmoi's source-state style: `dot_zshrc`, `private_dot_config`, `exact_dot_zsh`;
///   2. otherwise plain, if a startup file the shells read is right there (`.zshrc`, `.zshenv`,
///      `.bashrc`, `.profile`, ...; a symlink counts, so a home set up by stow is plain);
///   3. otherwise stow, if it holds a `.stowrc`, or a directory not starting with `.` (a stow
///      package) holds such a startup file, as `zsh/.zshrc` or in `--dotfiles` form
///      `zsh/dot-zshrc`;
///   4. otherwise plain.
///   `--layout plain|stow|chezmoi` skips detection. Entries of the `[files]` table in
///   `.rclint.toml` (`"shell/zshrc" = ".zshrc"`) apply on top of any layout and win over it.
///
/// Callers should use Plain, not detection, for the real `$HOME` (rclint without `--home`).
LayoutKind detect_layout(const FileSystem& fs, const std::string& dir);

}  // namespace rclint::source
