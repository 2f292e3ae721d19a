# ~/.profile
while IFS= read -r dir; do
    case $dir in
        ''|\#*) continue ;;
    esac
    dir=$(eval echo "$dir")
    [ -d "$dir" ] && PATH="$dir:$PATH"
done < "$HOME/.config/shell/paths"
unset dir
export PATH
export GOPATH="$HOME/go"
