# Make sure to get back to zsh
for config_file ($HOME/.yadr/zsh/*.zsh) source $config_file

if [[ -d $HOME/.zsh.after/ ]]; then
  for config_file ($HOME/.zsh.after/*.zsh) source $config_file
fi
# Load any custom zsh config before any other config
if [ -d $HOME/.zsh.before/ ]; then
  if [ "$(ls -A $HOME/.zsh.before/)" ]; then
    for config_file ($HOME/.zsh.before/*.zsh) source $config_file
  fi
fi
[ -f ~/.localrc ] && . ~/.localrc
