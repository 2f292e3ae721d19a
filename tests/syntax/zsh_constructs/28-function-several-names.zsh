# `function a b { … }`: one body for two ZLE widgets (vi-mode cursor)
# statements: 4
function zle-line-init zle-keymap-select {
  case $KEYMAP in
    vicmd) print -n '\e[1 q' ;;
    viins|main) print -n '\e[5 q' ;;
  esac
}
zle -N zle-line-init
zle -N zle-keymap-select
export PATH="/opt/marker/bin:$PATH"
