# ~/.zshrc
SHORT_HOST=${HOST%%.*}
local_conf=~/.zsh/hosts/${SHORT_HOST}.zsh
[[ -r $local_conf ]] && source $local_conf
unset local_conf

# prompt: user@host, red when root
if [[ $UID -eq 0 ]]; then
  PROMPT_COLOR=red
else
  PROMPT_COLOR=green
fi
PROMPT="%F{$PROMPT_COLOR}%n@%m%f:%~%# "
export GOPATH=$HOME/go
HIST_DEFAULT_SIZE=$HISTSIZE
HISTSIZE=5000
SAVEHIST=$HISTSIZE
local ZSHRC_TOPLEVEL_LOCAL=yes
typeset -A TOOL_VERSIONS
TOOL_VERSIONS=(go 1.22 node 20)
GO_VERSION_PIN=$TOOL_VERSIONS[go]
[[ $- == *l* ]] && ZSH_IS_LOGIN=1
ARCH_DIR=$HOME/opt/$CPUTYPE
