export BEFORE=1
. "$HOME/.cargo/env"
export AFTER_PROFILE=1
if [ -n "$BASH_VERSION" ] && [ -f "$HOME/.bashrc" ]; then
  . "$HOME/.bashrc"
fi
