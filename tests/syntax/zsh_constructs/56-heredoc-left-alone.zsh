# a heredoc whose body looks like zsh: it is data and must stay unmasked
# statements: 2
cat > ~/.zsh_motd <<'EOF'
(( $+commands[go] )) && echo ${(s.:.)PATH}
for f (*.zsh(N)) { echo }
EOF
export PATH="/opt/marker/bin:$PATH"
