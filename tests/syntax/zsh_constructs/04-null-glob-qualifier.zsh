# `*.zsh(N)`: source a directory of snippets, no error when it is empty
# statements: 2
for f in ~/.zsh/*.zsh(N); do
  source "$f"
done
export PATH="/opt/marker/bin:$PATH"
