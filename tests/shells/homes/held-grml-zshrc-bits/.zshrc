# grml-like bits
function is4 () { [[ $ZSH_VERSION == <4->* ]] && return 0; return 1 }
function is5 () { [[ $ZSH_VERSION == <5->* ]] && return 0; return 1 }
function isdarwin () { [[ $OSTYPE == darwin* ]] && return 0; return 1 }
function islinux () { [[ $OSTYPE == linux* ]] && return 0; return 1 }
function xsource () {
    if (( ${#argv} < 1 )) ; then
        printf 'usage: xsource FILE(s)...\n' >&2
        return 1
    fi
    while (( ${#argv} > 0 )) ; do
        [[ -r "$1" ]] && source "$1"
        shift
    done
    return 0
}
autoload -Uz is-at-least
if is-at-least 5.0; then
  IS_AT_LEAST_5=yes
else
  IS_AT_LEAST_5=no
fi
is4 && IS4=yes
islinux && export OSNAME=linux
isdarwin && export OSNAME=darwin
xsource ~/.zsh/local.zsh ~/.zsh/missing.zsh ~/.zsh/local2.zsh
[[ -o interactive ]] && ZINTERACTIVE=yes || ZINTERACTIVE=no
[[ -o login ]] && ZLOGIN=yes || ZLOGIN=no
if [[ $options[zle] == on ]]; then ZLE_ON=1; else ZLE_ON=0; fi
ZVMAJOR=${ZSH_VERSION%%.*}
(( ZVMAJOR >= 5 )) && ZV5=1
