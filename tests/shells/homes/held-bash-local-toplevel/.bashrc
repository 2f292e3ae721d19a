[[ $- == *i* ]] || return
local my_tmp="$HOME/tmp"
TMP_AFTER_LOCAL=${my_tmp:-unset}
export TMPDIR=${my_tmp:-/tmp}
set -o noclobber
set -u
echo "${NOT_DEFINED_ANYWHERE}" >/dev/null 2>&1
AFTER_NOUNSET=reached
set +u
