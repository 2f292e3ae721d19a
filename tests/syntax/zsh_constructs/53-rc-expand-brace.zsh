# `${^fpath}/_*(N:t)`: distribute a suffix over an array, then take base names
# statements: 2
completions=(${^fpath}/_*(N:t))
export PATH="/opt/marker/bin:$PATH"
