# not read: ZDOTDIR was moved by ~/.zshrc
: home zlogin
