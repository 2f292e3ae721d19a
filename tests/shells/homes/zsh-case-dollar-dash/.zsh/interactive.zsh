setopt correct
