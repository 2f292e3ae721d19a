# ~/.profile
umask 027
export LANG=en_US.UTF-8
export LC_ALL="en_US.UTF-8"
export LANGUAGE=en_US:en
export LC_COLLATE=C
export TZ='Europe/Berlin'

if command -v nvim >/dev/null 2>&1; then
    EDITOR=nvim
elif command -v vim >/dev/null 2>&1; then
    EDITOR=vim
else
    EDITOR=vi
fi
VISUAL=$EDITOR
export EDITOR VISUAL
export PAGER=less
export LESS="-iMRSx4 -FX"
export LESSCHARSET=utf-8
export MANPAGER="sh -c 'col -bx | bat -l man -p'"
export SYSTEMD_EDITOR=$EDITOR
export SUDO_EDITOR="$EDITOR"
export GIT_EDITOR="$EDITOR"

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi
