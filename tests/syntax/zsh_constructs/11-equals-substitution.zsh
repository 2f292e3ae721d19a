# `=(cmd)`: process substitution through a temporary file, sourceable in old zsh
# statements: 2
source =(kubectl completion zsh)
export PATH="/opt/marker/bin:$PATH"
