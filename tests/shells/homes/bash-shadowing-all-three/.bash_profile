export FROM=bash_profile
