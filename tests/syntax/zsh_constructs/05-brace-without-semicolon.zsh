# `{ vcs_info }`: a closing brace without `;`, from zsh's vcs_info docs
# statements: 5
autoload -Uz vcs_info
precmd_vcs_info() { vcs_info }
precmd_functions+=( precmd_vcs_info )
setopt prompt_subst
export PATH="/opt/marker/bin:$PATH"
