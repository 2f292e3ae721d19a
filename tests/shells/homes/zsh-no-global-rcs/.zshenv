unsetopt GLOBAL_RCS
export EDITOR=nvim
