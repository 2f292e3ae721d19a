export FOO=1
