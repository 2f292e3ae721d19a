bindkey "^R" history-incremental-search-backward
