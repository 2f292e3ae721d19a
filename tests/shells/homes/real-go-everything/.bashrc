# ~/.bashrc
case $- in
    *i*) ;;
      *) return;;
esac
alias gt='go test ./...'
alias gob='go build -o "$GOBIN"'
