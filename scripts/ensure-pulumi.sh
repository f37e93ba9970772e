#!/usr/bin/env bash
# Makes the real Pulumi CLI available without network access beyond the package registries, and prints
# ONE line on stdout: the directory holding `pulumi`, `pulumi-language-nodejs` and
# `pulumi-resource-pulumi-nodejs` (the engine looks for its plugins next to itself). Progress goes to
# stderr.
#
# The CLI is the pinned release built from Go modules (scripts/pulumi-cli/go.mod and go.sum pin and
# verify every module). A `pulumi` already on PATH at the pinned version or newer is used instead of
# building one. The language host and the dynamic-provider plugin are always this project's own (see
# scripts/pulumi-cli/). Everything lands in .tools/pulumi/v<version>/bin (git-ignored) and is rebuilt
# only when the pin or the plugin sources change.
set -euo pipefail

readonly PULUMI_VERSION="3.276.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
this_script="$root/scripts/ensure-pulumi.sh"
module_dir="$root/scripts/pulumi-cli"
bin_dir="$root/.tools/pulumi/v$PULUMI_VERSION/bin"
stamp_file="$bin_dir/.build-stamp"

log() { printf 'ensure-pulumi: %s\n' "$*" >&2; }

# Version of a `pulumi` on PATH, or nothing when there is none or it is older than the pin.
usable_path_pulumi() {
  local candidate version
  candidate="$(command -v pulumi 2>/dev/null)" || return 0
  [ "$(dirname "$candidate")" = "$bin_dir" ] && return 0
  version="$("$candidate" version 2>/dev/null | sed 's/^v//')" || return 0
  if [ -n "$version" ] && [ "$(printf '%s\n%s\n' "$PULUMI_VERSION" "$version" | sort -V | head -n 1)" = "$PULUMI_VERSION" ]; then
    printf '%s\n' "$candidate"
  fi
}

# Changes to any of these mean the binaries in bin_dir are stale.
build_stamp() {
  cat "$module_dir/go.mod" "$module_dir/go.sum" "$module_dir"/language-nodejs/*.go \
    "$module_dir/pulumi-resource-pulumi-nodejs" "$this_script" | sha256sum | cut -d' ' -f1
}

require_go() {
  if ! command -v go >/dev/null 2>&1; then
    log "Go is needed to build the Pulumi CLI from its modules and is not on PATH."
    log "Install Go 1.26 or newer (e.g. from the Go module proxy's toolchain or your OS packages), or put"
    log "a pulumi v$PULUMI_VERSION or newer on PATH together with Node.js, then run this again."
    exit 1
  fi
}

build() {
  local path_pulumi="$1" staging="$bin_dir.staging"
  rm -rf "$staging"
  mkdir -p "$staging"
  require_go
  local started=$SECONDS
  cd "$module_dir"
  if [ -n "$path_pulumi" ]; then
    log "using $path_pulumi ($("$path_pulumi" version))"
    ln -s "$path_pulumi" "$staging/pulumi"
  else
    log "building the Pulumi CLI v$PULUMI_VERSION from Go modules into ${bin_dir#"$root"/}"
    log "the first build downloads a few hundred MB of modules and takes several minutes on two cores..."
    CGO_ENABLED=0 go build -trimpath -tags osusergo,grpcnotrace \
      -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION" \
      -o "$staging/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
    log "pulumi built in $((SECONDS - started))s"
  fi
  log "building the Node.js language host"
  CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$staging/pulumi-language-nodejs" ./language-nodejs
  install -m 0755 "$module_dir/pulumi-resource-pulumi-nodejs" "$staging/pulumi-resource-pulumi-nodejs"
  build_stamp >"$staging/.build-stamp"
  rm -rf "$bin_dir"
  mv "$staging" "$bin_dir"
  log "ready in $((SECONDS - started))s: $("$bin_dir/pulumi" version)"
}

main() {
  mkdir -p "$root/.tools"
  # Tests and the demo may ask at the same time; one builds, the others wait for it.
  exec 9>"$root/.tools/pulumi.lock"
  flock 9
  local path_pulumi
  path_pulumi="$(usable_path_pulumi)"
  if [ ! -x "$bin_dir/pulumi" ] || [ ! -f "$stamp_file" ] || [ "$(cat "$stamp_file")" != "$(build_stamp)" ]; then
    build "$path_pulumi"
  fi
  printf '%s\n' "$bin_dir"
}

main "$@"
