load() {
  . "$HOME/.bash/$1.sh"
}
load git
load docker
unused() { . ~/.bash/unused.sh; }
