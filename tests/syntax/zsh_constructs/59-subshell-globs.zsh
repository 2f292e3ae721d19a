# `(cd dir && print -l *(N))`: qualifiers inside a subshell and a command substitution
# statements: 3
(cd ~/.zsh && print -l *.zsh(N))
count=$(print -l ~/.zsh/*(N.) | wc -l)
export PATH="/opt/marker/bin:$PATH"
