# relative name: PATH is searched first (sourcepath), then the cwd
. .bash_aliases
