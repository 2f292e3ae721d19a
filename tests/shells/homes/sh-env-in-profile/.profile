PATH="$HOME/bin:$PATH"
ENV=$HOME/.shrc; export ENV
