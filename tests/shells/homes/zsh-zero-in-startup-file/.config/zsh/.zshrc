# $0 is the shell's name (zsh, -zsh) in a startup file, not the file:
# ${0:a:h} is the current directory here
source "${0:a:h}/plugins.zsh"
# the idiom that does name the file
source "${${(%):-%x}:a:h}/aliases.zsh"
