export FZF_DEFAULT_OPTS=--height=40%
