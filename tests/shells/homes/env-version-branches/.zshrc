# ~/.zshrc
emulate sh -c '. ~/.shrc'
