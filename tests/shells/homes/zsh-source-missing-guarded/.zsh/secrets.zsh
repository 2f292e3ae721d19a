export TOKEN=xyz
