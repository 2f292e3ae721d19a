# ~/.profile -- shared between my Mac and Linux boxes
case "$(uname -s)" in
    Darwin)
        export JAVA_HOME="$(/usr/libexec/java_home 2>/dev/null)"
        PATH="/opt/homebrew/bin:/opt/homebrew/sbin:$PATH"
        export CLICOLOR=1
        ;;
    Linux)
        export JAVA_HOME=/usr/lib/jvm/default-java
        alias open='xdg-open'
        ;;
    *)
        echo "unknown OS" >&2
        ;;
esac

OS="`uname`"
if [ "$OS" = "Linux" ]; then
    export BROWSER=firefox
fi
export PATH="$HOME/.local/bin:$PATH"
[ -n "$BASH_VERSION" ] && . "$HOME/.bashrc"
