# added by an installer; shadows ~/.profile, so ~/.bashrc is no longer read at login
export PATH="$HOME/.cargo/bin:$PATH"
