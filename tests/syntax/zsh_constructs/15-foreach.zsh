# `foreach x (list) … end`: the csh-style loop zsh still accepts
# statements: 3 (zsh sees 2: the loop head becomes `dir=(…)` and the body lines stay statements)
foreach dir (/usr/local/bin /opt/homebrew/bin)
  [[ -d $dir ]] && path=($dir $path)
end
export PATH="/opt/marker/bin:$PATH"
