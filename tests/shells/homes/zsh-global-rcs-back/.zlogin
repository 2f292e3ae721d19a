: user zlogin
