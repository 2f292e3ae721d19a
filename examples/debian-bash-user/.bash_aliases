alias ll='ls -alF'
alias la='ls -A'
alias gt='go test ./...'
if [ -d "$HOME/.local/bin" ] ; then
    PATH="$HOME/.local/bin:$PATH"
