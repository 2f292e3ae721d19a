: zlogin (not in NL: the shell exited)
