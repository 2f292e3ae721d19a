export PLUGINS=1
