# prezto module prompt
