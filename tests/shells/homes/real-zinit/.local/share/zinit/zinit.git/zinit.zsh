# stub of zinit.zsh: defines the zinit function and its hash
typeset -gA ZINIT
ZINIT[HOME_DIR]="${ZINIT[HOME_DIR]:-${XDG_DATA_HOME:-$HOME/.local/share}/zinit}"
ZINIT[PLUGINS_DIR]="${ZINIT[HOME_DIR]}/plugins"
ZPFX="${ZINIT[HOME_DIR]}/polaris"
path=("$ZPFX/bin" "${path[@]}")
zinit() { :; }
