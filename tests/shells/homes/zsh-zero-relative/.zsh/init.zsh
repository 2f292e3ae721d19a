# in a file run by `source`, $0 is that file
source ${0:A:h}/aliases.zsh
source "${0:h}/env.zsh"
