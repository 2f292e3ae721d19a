APP_ENV=$(< ~/.config/myapp/env)
export APP_ENV
APP_ENV_CAT="$(cat "$HOME/.config/myapp/env")"
GO_WANT=$(cat ~/.go-version 2>/dev/null || echo 1.20)
GO_MINOR=$(echo "$GO_WANT" | cut -d. -f2)
export GO_WANT
HOME_NAME=$(basename "$HOME")
HOME_DIR=$(dirname "$HOME")
USER_UP=$(echo "$USER" | tr '[:lower:]' '[:upper:]')
PRINTF_SUB=$(printf '%s-%03d' "$USER" 7)
while IFS='=' read -r k v; do
    [ -n "$k" ] && export "$k=$v"
done < ~/.config/go/env.list
PATH=$(echo "$PATH" | sed -e 's#/usr/local/bin:##')
PATH="$HOME/bin:$PATH"
DEDUPED=$(printf %s "$PATH" | awk -v RS=: '!a[$0]++' | paste -sd:)
ECHO_N=$(echo -n abc)
