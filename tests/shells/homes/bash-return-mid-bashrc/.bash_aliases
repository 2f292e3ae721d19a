alias g=git
