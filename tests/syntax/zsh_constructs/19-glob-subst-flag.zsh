# `${~var}`: expand a glob stored in a variable
# statements: 3
ZSH_CUSTOM_GLOB='~/.zsh/custom/*.zsh'
for f in ${~ZSH_CUSTOM_GLOB}(N); do source $f; done
export PATH="/opt/marker/bin:$PATH"
