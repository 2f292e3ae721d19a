# `${${(f)"$(cmd)"}[1]}`: nested expansion with the f flag
# statements: 2
export BREW_PREFIX=${${(f)"$(brew --prefix 2>/dev/null)"}[1]}
export PATH="/opt/marker/bin:$PATH"
