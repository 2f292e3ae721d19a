# `>!`: zsh's spelling of `>|` (overwrite despite NO_CLOBBER), as antidote users write it
# statements: 2
antidote bundle <${ZDOTDIR:-~}/.zsh_plugins.txt >! ${ZDOTDIR:-~}/.zsh_plugins.zsh
export PATH="/opt/marker/bin:$PATH"
