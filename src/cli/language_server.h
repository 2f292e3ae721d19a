#pragma once

#include "cli/app.h"
#include "cli/args.h"

namespace rclint::cli {

/// `rclint lsp`: a language server (LSP 3.17) on `in_fd`/`out_fd`. Every open document is
/// linted as the unsaved buffer of its file, inside the whole home: a change to ~/.zshrc
/// re-publishes ~/.zprofile's findings too. The home is `--home`, else the workspace root the
/// client names, else $HOME (then, as `rclint` with no --home, the machine is audited); the
/// command line's options and the client's `initializationOptions.arguments` choose the rest.
/// Returns the exit status LSP specifies: 0 after `shutdown` then `exit`, 1 otherwise.
int serve_language_server(const Args& args, const ProcessEnvironment& environment, int in_fd,
                          int out_fd);

}  // namespace rclint::cli
