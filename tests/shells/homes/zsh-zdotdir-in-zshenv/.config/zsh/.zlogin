: zlogin from ZDOTDIR
