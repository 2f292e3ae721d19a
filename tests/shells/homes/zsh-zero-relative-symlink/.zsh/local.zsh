export LOCAL=1
