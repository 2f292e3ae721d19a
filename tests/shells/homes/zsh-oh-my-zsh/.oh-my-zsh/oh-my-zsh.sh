# small-scale copy of oh-my-zsh.sh
[[ -z "$ZSH_CUSTOM" ]] && ZSH_CUSTOM="$ZSH/custom"
fpath=("$ZSH/functions" $fpath)
for config_file ("$ZSH"/lib/*.zsh(N)); do
  source "$config_file"
done
unset config_file
for plugin ($plugins); do
  if [[ -f "$ZSH/plugins/$plugin/$plugin.plugin.zsh" ]]; then
    source "$ZSH/plugins/$plugin/$plugin.plugin.zsh"
  fi
done
unset plugin
for config_file ("$ZSH_CUSTOM"/*.zsh(N)); do
  source "$config_file"
done
source "$ZSH/themes/$ZSH_THEME.zsh-theme"
