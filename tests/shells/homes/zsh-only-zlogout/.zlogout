# clear the screen on logout
clear 2>/dev/null
