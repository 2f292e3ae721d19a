# ~/.bashrc
[ -z "$PS1" ] && return

export LITERAL_DOLLAR="price: \$5"
export SINGLE='$HOME stays'
export MIXED="it's $USER's"
export ANSI=$'tab\there'
export BACKSLASH="C:\\Users\\me"
export NESTED="outer \"inner\" end"
export BRACED="${HOME}/projects"
export CONCAT=abc"def"'ghi'$USER
export SPACEY="a  b   c"
export EMPTY=""
export TILDE_IN_QUOTES="~/notexpanded"
export TILDE_BARE=~/expanded
export COLON_TILDE=/x:~/y
export GLOB_CHARS='*.go'
export HASH_IN_VALUE=a#b
export URL='https://example.com/?q=1&r=2'
LONG_LINE="first \
second"
export LONG_LINE
export MULTI="line1
line2"
export DQ_BACKTICK="`echo hi`"
export ESC_BACKTICK="\`not run\`"
export PROMPT_LIKE='\u@\h:\w\$ '
