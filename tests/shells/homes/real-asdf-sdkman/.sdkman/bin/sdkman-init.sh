# stub sdkman-init.sh
export SDKMAN_CANDIDATES_DIR="${SDKMAN_DIR}/candidates"
export SDKMAN_PLATFORM=linuxx64
for candidate_dir in "${SDKMAN_CANDIDATES_DIR}"/*; do
    if [ -h "${candidate_dir}/current" ] || [ -d "${candidate_dir}/current" ]; then
        candidate_name=$(basename "$candidate_dir")
        export "$(echo "$candidate_name" | tr '[:lower:]' '[:upper:]')_HOME"="${candidate_dir}/current"
        PATH="${candidate_dir}/current/bin:${PATH}"
    fi
done
unset candidate_dir candidate_name
