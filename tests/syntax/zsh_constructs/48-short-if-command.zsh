# `if [[ c ]] cmd`: SHORT_LOOPS lets a plain command follow the condition
# statements: 3 (zsh sees 2: the condition and the command are statements of their own)
if [[ -f ~/.fzf.zsh ]] source ~/.fzf.zsh
export PATH="/opt/marker/bin:$PATH"
