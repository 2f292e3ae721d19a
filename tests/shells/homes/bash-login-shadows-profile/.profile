export FROM=profile
