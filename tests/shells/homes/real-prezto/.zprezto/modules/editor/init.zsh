# prezto module editor
