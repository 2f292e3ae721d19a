PROMPT="%# "
