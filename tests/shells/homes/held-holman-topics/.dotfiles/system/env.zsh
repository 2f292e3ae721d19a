export EDITOR='code'
