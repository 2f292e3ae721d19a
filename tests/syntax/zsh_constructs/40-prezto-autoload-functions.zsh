# `^(a|b(|c))(N-.:t)`: nested groups and qualifiers, prezto's function loader
# statements: 3
for zfunction ("$zfunction_dir"/^(*~|*.zwc(|.old)|_*|prompt_*_setup)(N-.:t)); do
  autoload -Uz "$zfunction"
done
export PATH="/opt/marker/bin:$PATH"
