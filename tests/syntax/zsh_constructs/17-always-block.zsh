# `{ … } always { … }`: cleanup that runs even when the first block fails
# statements: 3 (zsh sees 2: `} always {` becomes `};      {`: two groups)
{
  source ~/.zshrc.local
} always {
  unset LOCAL_RC
}
export PATH="/opt/marker/bin:$PATH"
