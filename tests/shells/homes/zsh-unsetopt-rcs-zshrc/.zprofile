: zprofile
