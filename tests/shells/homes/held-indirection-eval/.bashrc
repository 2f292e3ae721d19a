# set a bunch of vars from a table
for pair in EDITOR=vim PAGER=less BROWSER=firefox; do
    name=${pair%%=*}
    value=${pair#*=}
    eval "export $name=\"\$value\""
done
unset pair name value
var_name=EDITOR
EDITOR_VIA_INDIRECT=${!var_name}
declare -n ref=PAGER
PAGER_VIA_NAMEREF=$ref
set_default() { eval ": \${$1:=$2}"; export "$1"; }
set_default TOOL_HOME "$HOME/opt/tools"
set_default EDITOR nano
printf -v "DYN_$USER" '%s' dynamic
export "GREETING_${TERM}=hello"
eval "$(echo 'export FROM_ECHO_EVAL=42')"
