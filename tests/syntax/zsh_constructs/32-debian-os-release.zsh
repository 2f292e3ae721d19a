# `${${(@f)"$(<file)"}[(I)pat]}`: Debian's /etc/zsh/zshrc compinit test
# statements: 2
if (( ${${(@f)"$(</etc/os-release)"}[(I)ID*=*ubuntu]} )) &&
   [[ -z "$skip_global_compinit" ]]; then
  autoload -U compinit
  compinit
fi
export PATH="/opt/marker/bin:$PATH"
