# ~/.config/shell/go.sh -- shared by bash, zsh and sh
case "$OSTYPE" in
    darwin*)
        export GOROOT=/opt/homebrew/opt/go/libexec
        ;;
    linux*)
        export GOROOT=/usr/lib/go
        ;;
    *)
        export GOROOT=/usr/local/go
        ;;
esac
export PATH="$GOROOT/bin:$PATH"
