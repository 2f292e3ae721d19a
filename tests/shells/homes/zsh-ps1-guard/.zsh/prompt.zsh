PROMPT="%F{green}%~%f %# "
