export CARGO_HOME=~/.cargo
