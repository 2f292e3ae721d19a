# .bashrc

# Source global definitions
if [ -f /etc/bashrc ]; then
    . /etc/bashrc
fi

# User specific environment
if ! [[ "$PATH" =~ "$HOME/.local/bin:$HOME/bin:" ]]; then
    PATH="$HOME/.local/bin:$HOME/bin:$PATH"
fi
export PATH

# Uncomment the following line if you don't like systemctl's auto-paging feature:
# export SYSTEMD_PAGER=

# User specific aliases and functions
if [ -d ~/.bashrc.d ]; then
    for rc in ~/.bashrc.d/*; do
        if [ -f "$rc" ]; then
            . "$rc"
        fi
    done
fi
unset rc
if [[ $HOME =~ ^/tmp/([^/]+)/ ]]; then
    TMP_PART=${BASH_REMATCH[1]}
    MATCHED=yes
fi
shopt -s extglob
case $TERM in
  @(dumb|vt100)) EXT_TERM=simple ;;
  *) EXT_TERM=fancy ;;
esac
