# $ZDOTDIR/.zshrc
HISTFILE="$XDG_STATE_HOME/zsh/history"
HISTSIZE=100000
SAVEHIST=100000
setopt inc_append_history hist_ignore_all_dups

for conf in "$ZDOTDIR"/conf.d/*.zsh; do
  source "$conf"
done
unset conf

autoload -Uz compinit
compinit -d "$XDG_CACHE_HOME/zsh/zcompdump-$ZSH_VERSION"
