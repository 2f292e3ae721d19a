# ignored: ZDOTDIR is set in the environment
export WRONG=1
