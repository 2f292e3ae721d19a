# `if [[ c ]] cmd`: SHORT_LOOPS lets a plain command follow the condition
# statements: ?
if [[ -f ~/.fzf.zsh ]] source ~/.fzf.zsh
export PATH="/opt/marker/bin:$PATH"
