# `$commands[(I)name]` without braces: subscripts work on plain `$name` in zsh
# statements: 2
if [[ -n $commands[(I)bat] ]]; then alias cat=bat; fi
export PATH="/opt/marker/bin:$PATH"
