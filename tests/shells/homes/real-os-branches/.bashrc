# ~/.bashrc
if [[ "$OSTYPE" == "linux-gnu"* ]]; then
    export PLATFORM=linux
elif [[ "$OSTYPE" == "darwin"* ]]; then
    export PLATFORM=macos
else
    export PLATFORM=other
fi
