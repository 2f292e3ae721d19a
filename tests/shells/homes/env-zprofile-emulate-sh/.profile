# ~/.profile
export GOPATH="$HOME/go"
export GOBIN="$GOPATH/bin"
case ":$PATH:" in
    *":$GOBIN:"*) ;;
    *) PATH="$GOBIN:$PATH" ;;
esac
export PATH
