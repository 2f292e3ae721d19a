"""Homes for bench/run.py (issue 9), written the way real people write them, and safe to start
a real shell in (every tool they call is guarded by a test, as in real dotfiles).

- typical_home: ~10 files, ~1,500 lines: Debian's skeleton bash files, an oh-my-zsh-style
  ~/.zshrc with aliases, functions, completion, Homebrew, nvm, pyenv, Go, and shared env.
- large_home: an oh-my-zsh-like tree of `plugins` sourced files (~3.3 KB each) and 20 lib
  files, ~1 MB for 300 plugins; its size grows linearly with `plugins` (the scaling table).
"""
from pathlib import Path

ALIASES = [("ll", "ls -alF"), ("la", "ls -A"), ("l", "ls -CF"), ("gs", "git status"),
           ("gd", "git diff"), ("gc", "git commit -v"), ("gp", "git push"), ("gl", "git pull"),
           ("..", "cd .."), ("...", "cd ../.."), ("grep", "grep --color=auto"),
           ("k", "kubectl"), ("tf", "terraform"), ("dc", "docker compose"), ("py", "python3")]


def write(home, name, text):
    path = Path(home) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def aliases(count, prefix=""):
    lines = []
    for i in range(count):
        name, value = ALIASES[i % len(ALIASES)]
        lines.append(f"alias {prefix}{name}{i // len(ALIASES) or ''}='{value}'")
    return "\n".join(lines) + "\n"


def functions(count, prefix="fn"):
    out = []
    for i in range(count):
        out.append(f"""{prefix}_{i}() {{
  local target="${{1:-$PWD}}"
  if [ -d "$target/.git" ]; then
    git -C "$target" status --short | head -n 20
  else
    printf '%s is not a repository\\n' "$target" >&2
    return 1
  fi
}}
""")
    return "\n".join(out)


def typical_home(home):
    write(home, ".config/shell/env.sh", """# Shared by ~/.zshenv and ~/.profile: the environment every shell and tool needs.
export EDITOR=vim
export VISUAL="$EDITOR"
export PAGER=less
export LESS='-R -F -X'
export LANG=en_US.UTF-8
export GOPATH="$HOME/go"
export GOBIN="$GOPATH/bin"
export CARGO_HOME="$HOME/.cargo"
export RUSTUP_HOME="$HOME/.rustup"
export PYENV_ROOT="$HOME/.pyenv"
export NVM_DIR="$HOME/.nvm"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_DATA_HOME="$HOME/.local/share"
case ":$PATH:" in
  *":$HOME/.local/bin:"*) ;;
  *) PATH="$HOME/.local/bin:$PATH" ;;
esac
case ":$PATH:" in
  *":$GOBIN:"*) ;;
  *) PATH="$PATH:$GOBIN" ;;
esac
if [ -d "$CARGO_HOME/bin" ]; then
  case ":$PATH:" in
    *":$CARGO_HOME/bin:"*) ;;
    *) PATH="$CARGO_HOME/bin:$PATH" ;;
  esac
fi
export PATH
""" + "".join(f"export TOOL_{i}_HOME=\"$HOME/.local/share/tool{i}\"\n" for i in range(25)))
    write(home, ".zshenv", """# Every zsh reads this first: keep it to the environment.
typeset -U path fpath
[ -r "$HOME/.config/shell/env.sh" ] && . "$HOME/.config/shell/env.sh"
skip_global_compinit=1
""")
    write(home, ".zprofile", """# Login shells: Homebrew first, then the user's own directories before it.
if [[ -x /opt/homebrew/bin/brew ]]; then
  eval "$(/opt/homebrew/bin/brew shellenv)"
elif [[ -x /usr/local/bin/brew ]]; then
  eval "$(/usr/local/bin/brew shellenv)"
fi
if [[ -d "$PYENV_ROOT/bin" ]]; then
  path=("$PYENV_ROOT/bin" $path)
fi
if command -v pyenv >/dev/null 2>&1; then
  eval "$(pyenv init --path)"
fi
path=("$HOME/bin" $path)
export PATH
""")
    zshrc = ["""# ~/.zshrc: interactive zsh.
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git golang docker kubectl fzf)
[[ -r "$ZSH/oh-my-zsh.sh" ]] && source "$ZSH/oh-my-zsh.sh"

HISTFILE="$HOME/.zsh_history"
HISTSIZE=50000
SAVEHIST=50000
setopt extended_history hist_ignore_dups hist_ignore_space share_history
setopt auto_cd auto_pushd pushd_ignore_dups interactive_comments
bindkey -e
bindkey '^R' history-incremental-search-backward
zstyle ':completion:*' menu select
zstyle ':completion:*' matcher-list 'm:{a-z}={A-Za-z}'
autoload -Uz compinit
compinit -C -d "$HOME/.zcompdump"

case "$OSTYPE" in
  darwin*) alias ls='ls -G' ;;
  linux*) alias ls='ls --color=auto' ;;
esac

[ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
[ -s "$NVM_DIR/bash_completion" ] && . "$NVM_DIR/bash_completion"
if command -v pyenv >/dev/null 2>&1; then
  eval "$(pyenv init -)"
fi
if command -v direnv >/dev/null 2>&1; then
  eval "$(direnv hook zsh)"
fi
[ -f "$HOME/.fzf.zsh" ] && source "$HOME/.fzf.zsh"

for file in "$HOME"/.zsh/*.zsh; do
  [ -r "$file" ] && source "$file"
done
unset file
""", aliases(120), functions(25, "z")]
    write(home, ".zshrc", "\n".join(zshrc))
    write(home, ".zsh/aliases.zsh", "# aliases shared by every interactive zsh\n" + aliases(140, "a"))
    write(home, ".zsh/functions.zsh", "# helpers\n" + functions(30, "h"))
    write(home, ".profile", """# ~/.profile: executed by the command interpreter for login shells.
if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
        . "$HOME/.bashrc"
    fi
fi
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
[ -r "$HOME/.config/shell/env.sh" ] && . "$HOME/.config/shell/env.sh"
""")
    write(home, ".bash_profile", """# ~/.bash_profile: login bash reads only this file.
[ -f "$HOME/.profile" ] && . "$HOME/.profile"
""")
    bashrc = ["""# ~/.bashrc: executed by bash(1) for non-login shells.
case $- in
    *i*) ;;
      *) return;;
esac
HISTCONTROL=ignoreboth
shopt -s histappend
HISTSIZE=1000
HISTFILESIZE=2000
shopt -s checkwinsize
if [ -z "${debian_chroot:-}" ] && [ -r /etc/debian_chroot ]; then
    debian_chroot=$(cat /etc/debian_chroot)
fi
case "$TERM" in
    xterm-color|*-256color) color_prompt=yes;;
esac
if [ "$color_prompt" = yes ]; then
    PS1='${debian_chroot:+($debian_chroot)}\\[\\033[01;32m\\]\\u@\\h\\[\\033[00m\\]:\\[\\033[01;34m\\]\\w\\[\\033[00m\\]\\$ '
else
    PS1='${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '
fi
unset color_prompt
if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi
if ! shopt -oq posix; then
  if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
  elif [ -f /etc/bash_completion ]; then
    . /etc/bash_completion
  fi
fi
[ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
""", functions(20, "b")]
    write(home, ".bashrc", "\n".join(bashrc))
    write(home, ".bash_aliases", "# aliases for bash\n" + aliases(100, "b"))


def plugin(i):
    name = f"plugin{i:03}"
    body = [f"# {name}: an oh-my-zsh-style plugin",
            f"(( $+commands[{name}] )) || return 0" if i % 7 == 0 else f"# requires {name}",
            f"export {name.upper()}_HOME=\"${{{name.upper()}_HOME:-$HOME/.{name}}}\"",
            f"zstyle ':omz:plugins:{name}' autoload yes",
            f"[[ -d \"${name.upper()}_HOME/bin\" ]] && path+=(\"${name.upper()}_HOME/bin\")"]
    body += [f"alias {name}_{j}='{name} sub{j} --verbose'" for j in range(30)]
    body.append(functions(6, f"_{name}"))
    return "\n".join(body) + "\n"


def large_home(home, plugins=300):
    write(home, ".zshrc", f"""export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="agnoster"
plugins=({' '.join(f'plugin{i:03}' for i in range(plugins))})
source "$ZSH/oh-my-zsh.sh"
""")
    write(home, ".oh-my-zsh/oh-my-zsh.sh", """# the framework's loader, as oh-my-zsh's
for config_file ("$ZSH"/lib/*.zsh); do
  source "$config_file"
done
unset config_file
for plugin ($plugins); do
  if [[ -f "$ZSH/plugins/$plugin/$plugin.plugin.zsh" ]]; then
    source "$ZSH/plugins/$plugin/$plugin.plugin.zsh"
  fi
done
""")
    for i in range(20):
        write(home, f".oh-my-zsh/lib/lib{i:02}.zsh", f"# lib {i}\n" + aliases(20, f"l{i}_")
              + functions(4, f"lib{i}"))
    for i in range(plugins):
        write(home, f".oh-my-zsh/plugins/plugin{i:03}/plugin{i:03}.plugin.zsh", plugin(i))
