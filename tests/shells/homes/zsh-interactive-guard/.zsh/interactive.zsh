alias h=history
