# $ZDOTDIR/.zprofile
export EDITOR=nvim
export VISUAL=$EDITOR
export PAGER=less
export LESS='-FRXi -j.5 --mouse'
export BROWSER=firefox
