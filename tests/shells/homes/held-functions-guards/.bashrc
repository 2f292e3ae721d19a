# recursion guard
[ -n "$__BASHRC_SOURCED" ] && return 0 2>/dev/null || true
__BASHRC_SOURCED=1

pathmunge () {
    case ":${PATH}:" in
        *:"$1":*)
            ;;
        *)
            if [ "$2" = "after" ] ; then
                PATH=$PATH:$1
            else
                PATH=$1:$PATH
            fi
    esac
}
pathmunge "$HOME/bin"
pathmunge "$HOME/.local/bin" after
pathmunge /usr/bin
unset -f pathmunge

outer() {
    inner() { export INNER_RAN=$1; }
    inner "$@"
}
outer from-outer
unset -f outer inner

setup_env() {
    local -x TMP_LOCAL=1
    local greeting="hi"
    GREETING_OUT="$greeting $USER"
    export EDITOR=vi
}
setup_env
[ -f ~/.config/shell/local.sh ] && . ~/.config/shell/local.sh extra-arg second
. ~/.config/shell/local.sh
# sourced twice: guard
. ~/.bashrc
