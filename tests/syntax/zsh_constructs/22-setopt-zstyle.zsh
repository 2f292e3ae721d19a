# `setopt` / `zstyle` / `bindkey`: zsh builtins with ordinary command syntax
# statements: 4
setopt auto_cd extended_glob hist_ignore_all_dups share_history
zstyle ':completion:*' matcher-list 'm:{a-z}={A-Za-z}'
bindkey '^[[A' up-line-or-search
export PATH="/opt/marker/bin:$PATH"
