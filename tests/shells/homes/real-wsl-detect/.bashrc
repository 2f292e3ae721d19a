# ~/.bashrc
if grep -qi microsoft /proc/version 2>/dev/null; then
    export BROWSER=wslview
    export IS_WSL=1
    export DISPLAY=$(awk '/nameserver / {print $2; exit}' /etc/resolv.conf 2>/dev/null):0
else
    export IS_WSL=0
fi
if [ -f /.dockerenv ]; then
    export IN_DOCKER=1
fi
if [ -r /etc/os-release ]; then
    . /etc/os-release
    export DISTRO_ID=$ID
fi
