alias dk=docker
