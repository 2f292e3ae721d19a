#pragma once

// The values the go command accepts for its settings, checked the way cmd/go checks them
// (Go 1.21–1.23 sources: cmd/go/internal/modfetch/proxy.go proxyList, modload/init.go
// GO111MODULE, toolchain/select.go GOTOOLCHAIN with internal/gover, base/goflags.go
// InitGOFLAGS, golang.org/x/mod/module MatchPrefixPatterns). Only what go itself rejects or
// misreads is a problem: nothing here guesses at intent. The same values may come from the
// shell or from the `go env -w` file, so this lives beside the simulation, not in one rule.

#include <optional>
#include <string>
#include <string_view>

namespace rclint::simulation {

/// Is `name` one of the settings go_env_problem checks (GOPROXY, GO111MODULE, GOTOOLCHAIN,
/// GOFLAGS, GOPRIVATE, GONOPROXY, GONOSUMDB)?
bool is_checked_go_setting(std::string_view name);

/// What is wrong with `value` for the go setting `name`, as a lowercase clause that names the
/// offending part and what go does with it; nullopt when go accepts the value, or `name` is
/// not checked. An empty value is accepted: go reads an empty variable as unset and uses its
/// default (cmd/go/internal/cfg.Getenv).
std::optional<std::string> go_setting_problem(std::string_view name, std::string_view value);

/// Does go accept `name` as a toolchain name (internal/gover.FromToolchain): `go1.22.1`,
/// `go1.21rc1`, `go1`, with an optional suffix after `-` (`go1.21.0-corp`)?
bool is_go_toolchain_name(std::string_view name);

}  // namespace rclint::simulation
