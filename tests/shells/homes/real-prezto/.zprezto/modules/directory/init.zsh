# prezto module directory
