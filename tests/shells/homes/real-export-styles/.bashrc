declare -gx BASH_DECLARED=yes
typeset -x BASH_TYPESET=yes
export {http,https,ftp}_proxy=http://proxy:8080
