# remove /bin and /usr/local/bin, then add them to the end
PATH=":${PATH}:"
PATH="${PATH//:\/bin:/:}"
PATH="${PATH//:\/usr\/local\/bin:/:}"
PATH="${PATH#:}"; PATH="${PATH%:}"
PATH="${PATH:+${PATH}:}/usr/local/bin"
export PATH="$HOME/bin${PATH:+:${PATH}}"
MANPATH="${MANPATH:+${MANPATH}:}/opt/man"
export MANPATH
INFOPATH="/opt/info${INFOPATH:+:$INFOPATH}"
export INFOPATH
printf -v PRETTY_PATH '%s\n' "${PATH//:/ }"
printf -v NOW_FMT '%s-%s' "$USER" "$TERM"
export NOW_FMT
read -r FIRST_WORD REST <<< "alpha beta gamma"
IFS=: read -ra PATH_ARR <<< "$PATH"
NPATH=${#PATH_ARR[@]}
