# ~/.zprofile
emulate sh -c '. ~/.profile'
