# `${=var}`: split a scalar into words (SH_WORD_SPLIT is off in zsh)
# statements: 3
MY_DIRS="$HOME/bin $HOME/.local/bin"
for d in ${=MY_DIRS}; do path=($d $path); done
export PATH="/opt/marker/bin:$PATH"
