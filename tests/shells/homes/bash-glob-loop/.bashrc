for f in ~/.bashrc.d/*.sh; do
    . "$f"
done
unset f
