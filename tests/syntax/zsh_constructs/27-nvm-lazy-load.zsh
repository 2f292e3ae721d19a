# `nvm() { …; nvm "$@" }`: the lazy-loading wrapper, closing brace without `;`
# statements: 2
nvm() { unset -f nvm; source "$NVM_DIR/nvm.sh"; nvm "$@" }
export PATH="/opt/marker/bin:$PATH"
