# `== (a*|b*)`: a pattern group in [[ ]], the Arch wiki's terminal-title test
# statements: 2
if [[ "$TERM" == (Eterm*|alacritty*|aterm*|foot*|gnome*|konsole*|kterm*|putty*|rxvt*|screen*|wezterm*|tmux*|xterm*) ]]; then
  add-zsh-hook -Uz precmd xterm_title_precmd
fi
export PATH="/opt/marker/bin:$PATH"
