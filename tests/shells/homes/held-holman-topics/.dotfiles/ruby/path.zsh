if [[ -d $HOME/.rbenv/bin ]]; then
  export PATH="$HOME/.rbenv/bin:$PATH"
fi
export RBENV_VERSION_SET=${RBENV_VERSION:-system}
