. ~/.bashrc
PROFILE_TAIL=reached
