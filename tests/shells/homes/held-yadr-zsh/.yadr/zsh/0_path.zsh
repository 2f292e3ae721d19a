export PATH=$PATH:$HOME/.yadr/bin:$HOME/.yadr/bin/yadr
ORDER_A=${ORDER_A}0
