# stub of nvm.sh (the real one defines nvm() and runs `nvm use default`)
nvm() { :; }
