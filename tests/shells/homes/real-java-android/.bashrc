# ~/.bashrc
export JAVA_HOME=$(dirname $(dirname $(readlink -f $(which javac || which java))))
export ANDROID_HOME=$HOME/Android/Sdk
export ANDROID_SDK_ROOT=$ANDROID_HOME
export PATH=$PATH:$ANDROID_HOME/emulator
export PATH=$PATH:$ANDROID_HOME/platform-tools
export PATH=$PATH:$ANDROID_HOME/cmdline-tools/latest/bin
export GRADLE_USER_HOME="$HOME/.gradle"
export MAVEN_OPTS="-Xmx2g"
