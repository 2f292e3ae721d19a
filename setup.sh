#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build rclint, and run it on a bundled example.
#   ./setup.sh              (Debian 12; uses sudo when not root)
#   ./setup.sh --no-demo    (install what building needs and build; what CI jobs using rclint run)
#   ./setup.sh --test-deps  (install what building and every test suite need; what check.sh runs)
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

# What building needs: compilers, meson, the libraries (npm for the pinned tree-sitter sources).
APT_PACKAGES=(
  g++ meson ninja-build pkg-config python3
  libfmt-dev libtomlplusplus-dev doctest-dev nlohmann-json3-dev
)
# What the test suites drive: the real shells the differential tests run and strace to watch
# them; golang-go (the shell homes run `go env GOPATH`); patch (the examples' --diff must
# apply); python3-jsonschema (SARIF schema) and python3-yaml (the README's workflow); clang-format (style); pre-commit and git (the hook
# in real commits); man-db and bash-completion (what `meson install` installs); the editors the
# README's snippets run in: vim, vim-ale, neovim, emacs-nox; clang and its libFuzzer runtime
# (the bounded fuzzing run).
if [ "${1:-}" = "--test-deps" ]; then
  APT_PACKAGES+=(
    python3-jsonschema clang-format bash zsh dash strace util-linux golang-go patch
    pre-commit git python3-yaml man-db bash-completion vim vim-ale neovim emacs-nox
    clang libclang-rt-14-dev
  )
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm may come from Debian (nodejs + npm) or from NodeSource's nodejs, which bundles npm and
# conflicts with Debian's npm package: install Debian's only when there is no npm at all.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The pinned tree-sitter runtime and bash grammar (C sources) and the SARIF schema.
# .npmrc sets ignore-scripts: nothing from npm runs.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi

# check.sh needs only the dependencies: it builds its own sanitizer build.
[ "${1:-}" = "--test-deps" ] && exit 0

BUILD_DIR=${RCLINT_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  meson setup "$BUILD_DIR" --buildtype=release
fi
ninja -C "$BUILD_DIR"

if [ "${1:-}" != "--no-demo" ]; then
  echo
  echo "== rclint on examples/macos-go-developer (a macOS zsh home with Homebrew and Go) =="
  "$BUILD_DIR/rclint" --home examples/macos-go-developer --platform macos || true
fi
