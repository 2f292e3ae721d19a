# `;|`: go on testing the next case patterns
# statements: ?
case $OSTYPE in
  darwin*) export CLICOLOR=1 ;|
  *) alias ll='ls -l' ;;
esac
export PATH="/opt/marker/bin:$PATH"
