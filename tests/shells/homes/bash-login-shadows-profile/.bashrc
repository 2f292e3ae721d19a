alias l=ls
