# `${0:A:h}`: the directory of this file, resolved
# statements: 3
export DOTFILES="${0:A:h:h}"
source ${0:a:h}/aliases.zsh
export PATH="/opt/marker/bin:$PATH"
