path=(~/bin $path)
export PATHS_FILE=${0:t:r}
