# `${+_comps}`: zinit's installer registers its completion
# statements: 3
autoload -Uz _zinit
(( ${+_comps} )) && _comps[zinit]=_zinit
export PATH="/opt/marker/bin:$PATH"
