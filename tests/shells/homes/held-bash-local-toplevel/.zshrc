local my_tmp="$HOME/tmp"
export TMPDIR=${my_tmp:-/tmp}
setopt nounset
echo $NOT_DEFINED_ANYWHERE >/dev/null 2>&1
ZSH_AFTER_NOUNSET=reached
