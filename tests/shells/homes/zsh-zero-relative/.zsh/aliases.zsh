alias md=mkdir
