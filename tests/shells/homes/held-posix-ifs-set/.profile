# ~/.profile (POSIX) — dedupe PATH by hand
old_ifs=$IFS
IFS=:
set -- $PATH
IFS=$old_ifs
newpath=
for d; do
    case ":$newpath:" in
        *":$d:"*) ;;
        *) newpath=${newpath:+$newpath:}$d ;;
    esac
done
PATH=$newpath
NARGS=$#
set -- "$HOME/bin" "$HOME/.local/bin" "$HOME/missing/bin"
for d do
    [ -d "$d" ] && PATH="$d:$PATH"
done
shift
SECOND=$1
shift 2 2>/dev/null || true
unset d newpath old_ifs
export PATH
ENV=$HOME/.shrc; export ENV
