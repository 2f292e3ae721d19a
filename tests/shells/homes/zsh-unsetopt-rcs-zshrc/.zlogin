# not read in IL: RCS is off
