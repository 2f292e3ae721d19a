[[ -e ~/.profile ]] && emulate sh -c 'source ~/.profile'
