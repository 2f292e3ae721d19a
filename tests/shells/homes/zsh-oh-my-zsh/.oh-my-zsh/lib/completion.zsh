zstyle ":completion:*" menu select
