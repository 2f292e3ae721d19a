: login done
