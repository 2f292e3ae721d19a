# ~/.bashrc
if type go >/dev/null 2>&1; then
    export GOPATH="$HOME/go"
    export PATH="$PATH:$GOPATH/bin"
fi
hash node 2>/dev/null && export NODE_OPTIONS=--max-old-space-size=4096
hash cargo 2>/dev/null && export CARGO_INCREMENTAL=1
test -x /usr/bin/go && export GOTOOLCHAIN=local
[ -x "$(command -v java)" ] && export JAVA_TOOL_OPTIONS=-Xss4m
if which python3 &>/dev/null; then
    export PYTHONDONTWRITEBYTECODE=1
fi
if command -v rg &> /dev/null; then
    export FZF_DEFAULT_COMMAND='rg --files --hidden'
fi
type -P nvim >/dev/null && export EDITOR=nvim || export EDITOR=vi
