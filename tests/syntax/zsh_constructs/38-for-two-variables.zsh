# `for k v in ${(kv)map}`: a loop over key/value pairs
# statements: 3
typeset -A abbrevs=(gco 'git checkout' gst 'git status')
for key value in ${(kv)abbrevs}; do
  alias $key=$value
done
export PATH="/opt/marker/bin:$PATH"
