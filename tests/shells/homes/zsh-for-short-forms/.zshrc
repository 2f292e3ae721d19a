# SHORT_LOOPS forms: no do/done
for f (~/.zsh/env/*.zsh) { source $f }
for f in ~/.zsh/aliases/*.zsh; source $f
