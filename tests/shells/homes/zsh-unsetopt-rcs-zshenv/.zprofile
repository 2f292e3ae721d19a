# never read
