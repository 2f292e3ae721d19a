alias gst="git status"
