# `{ … } 2>/dev/null` with the closing brace after a command
# statements: 2
{ command -v brew >/dev/null && eval "$(brew shellenv)" } 2>/dev/null
export PATH="/opt/marker/bin:$PATH"
