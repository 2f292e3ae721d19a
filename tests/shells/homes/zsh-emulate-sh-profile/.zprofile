# share the login environment with bash
emulate sh -c '. ~/.profile'
