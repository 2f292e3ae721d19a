alias update='sudo apt update && sudo apt upgrade'
