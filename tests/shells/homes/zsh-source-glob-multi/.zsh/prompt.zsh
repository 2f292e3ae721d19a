PROMPT="> "
