# `{ … } always { … }`: cleanup that runs even when the first block fails
# statements: ?
{
  source ~/.zshrc.local
} always {
  unset LOCAL_RC
}
export PATH="/opt/marker/bin:$PATH"
