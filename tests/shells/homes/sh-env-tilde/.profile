: profile
