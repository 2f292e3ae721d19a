source ~/.zsh/lib/env.zsh one two three
ENV_ARGS_AFTER=$#
source "${${(%):-%x}:A:h}/.zsh/lib/paths.zsh"
. ~/.zsh/lib/noargs.zsh
