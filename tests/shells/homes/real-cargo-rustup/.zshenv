. "$HOME/.cargo/env"
export RUSTUP_TOOLCHAIN=stable
