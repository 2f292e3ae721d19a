# mistake: sources ~/.bashrc back
. ~/.bashrc
