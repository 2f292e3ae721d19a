# `{ export X=1 }` and `{ X=1 }`: a closing brace after an assignment
# statements: 3
command -v bat >/dev/null && { export BAT_THEME=Nord }
[[ -n $SSH_TTY ]] && { PROMPT_HOST=1 }
export PATH="/opt/marker/bin:$PATH"
