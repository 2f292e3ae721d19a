for f in ~/.bashrc.d/*.sh; do . "$f"; done
alias after=true
