# `foreach x (list) … end`: the csh-style loop zsh still accepts
# statements: ?
foreach dir (/usr/local/bin /opt/homebrew/bin)
  [[ -d $dir ]] && path=($dir $path)
end
export PATH="/opt/marker/bin:$PATH"
