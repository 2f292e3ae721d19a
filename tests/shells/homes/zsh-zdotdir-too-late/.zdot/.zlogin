: zlogin from the late ZDOTDIR
