# ~/.zprofile
eval "$(/opt/homebrew/bin/brew shellenv)"

# Java for the Android build
export PATH="$JAVA_HOME/bin:$PATH"
