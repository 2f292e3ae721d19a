# ~/.zshrc -- copied from a blog post
export GOPATH="~/go"
export PATH="~/go/bin:$PATH"
