: user zprofile
