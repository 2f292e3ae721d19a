# `;|`: go on testing the next case patterns
# statements: 2
case $OSTYPE in
  darwin*) export CLICOLOR=1 ;|
  *) alias ll='ls -l' ;;
esac
export PATH="/opt/marker/bin:$PATH"
