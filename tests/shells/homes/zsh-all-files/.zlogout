# ~/.zlogout
clear 2>/dev/null
