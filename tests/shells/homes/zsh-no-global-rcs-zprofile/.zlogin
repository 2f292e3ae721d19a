: zlogin
