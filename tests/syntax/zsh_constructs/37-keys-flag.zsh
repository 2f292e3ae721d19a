# `${(k)aliases}`: the keys of an associative array
# statements: 2
for name in ${(k)aliases}; do
  [[ $name == g* ]] && print $name
done
export PATH="/opt/marker/bin:$PATH"
