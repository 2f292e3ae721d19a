# turn the system files back on for what follows
setopt GLOBAL_RCS
