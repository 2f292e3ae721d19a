#!/usr/bin/env bash
# Quick start, step 2: run every test suite (unit, rule fixtures, CLI, real-shell differential
# tests) in a sanitizer build (address, undefined), warnings as errors; then a bounded
# libFuzzer run (clang) over the whole pipeline.
#   ./check.sh
# .ci/run runs exactly this. It installs what is missing first, so it works in a fresh clone.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --test-deps

# Style (style.md §9): the tree is clang-format clean.
git ls-files 'src/*.cpp' 'src/*.h' 'rules/*.cpp' 'rules/*.h' 'tests/*.cpp' 'tests/*.h' |
  xargs clang-format --dry-run --Werror

BUILD_DIR=${RCLINT_TEST_BUILD_DIR:-build-asan}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  meson setup "$BUILD_DIR" -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=true \
    --buildtype=debugoptimized
fi
ninja -C "$BUILD_DIR"
export RCLINT_REQUIRE_SHELLS=${RCLINT_REQUIRE_SHELLS:-1}
export RCLINT_REQUIRE_TOOLS=${RCLINT_REQUIRE_TOOLS:-1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
meson test -C "$BUILD_DIR" --print-errorlogs --num-processes 2 "$@"

# Fuzzing: clang with libFuzzer's coverage in every object, only the fuzz target built.
# RCLINT_FUZZ_SECONDS (default 90) bounds the run; RCLINT_FUZZ_SECONDS=0 skips it.
if [ "${RCLINT_FUZZ_SECONDS:-90}" != 0 ] && [ $# -eq 0 ]; then
  FUZZ_DIR=${RCLINT_FUZZ_BUILD_DIR:-build-fuzz}
  if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
    CC=clang CXX=clang++ CFLAGS=-fsanitize=fuzzer-no-link CXXFLAGS=-fsanitize=fuzzer-no-link \
      meson setup "$FUZZ_DIR" -Db_sanitize=address,undefined -Db_lundef=false \
      --buildtype=debugoptimized
  fi
  ninja -C "$FUZZ_DIR" tests/fuzz/fuzz_pipeline
  meson test -C "$FUZZ_DIR" --no-rebuild --print-errorlogs --suite fuzz
fi
