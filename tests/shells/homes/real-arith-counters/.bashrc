# ~/.bashrc
case $- in *i*) ;; *) return ;; esac

HISTSIZE=$((1 << 14))
HISTFILESIZE=$(( HISTSIZE * 2 ))
declare -i JOBS_MAX=4*2
let "RETRIES = 3 + 2"
COUNT=0
for d in /usr/bin /bin /nonexistent; do
    COUNT=$((COUNT + 1))
done
(( COUNT++ ))
TIMEOUT=$(( 60 * 5 ))
export TMOUT=$(( 60 * 60 * 8 ))
HALF=$(( TIMEOUT / 2 ))
MOD=$(( 17 % 5 ))
HEX=$(( 0x10 ))
NEG=$(( -3 + 1 ))
