# ~/.zshrc
export LITERAL_DOLLAR="price: \$5"
export SINGLE='$HOME stays'
export ANSI=$'tab\there'
export TILDE_BARE=~/expanded
export COLON_TILDE=/x:~/y
export GLOB_CHARS='*.go'
export HASH_IN_VALUE=a#b
export BRACED="${HOME}/projects"
export CONCAT=abc"def"'ghi'$USER
