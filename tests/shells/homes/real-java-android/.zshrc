# ~/.zshrc
if [[ -d /usr/lib/jvm/java-17-openjdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi
export ANDROID_HOME=$HOME/Android/Sdk
path+=($ANDROID_HOME/emulator $ANDROID_HOME/platform-tools)
