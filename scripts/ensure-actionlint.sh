#!/usr/bin/env bash
# Makes actionlint (the GitHub Actions workflow linter) available with no network beyond the Go module
# proxy, the way scripts/ensure-pulumi.sh makes the Pulumi CLI available.
#
# Contract: progress goes to stderr; stdout gets exactly one line, the absolute path of the actionlint
# executable. It is built from scripts/actionlint/go.mod and go.sum (pinned, every module checked) into
# .tools/actionlint/bin (git-ignored) and rebuilt only when the pin changes, which the stamp beside it
# records.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module_dir="$root/scripts/actionlint"
bin_dir="$root/.tools/actionlint/bin"
binary="$bin_dir/actionlint"
stamp_file="$bin_dir/.actionlint.stamp"

log() { printf 'ensure-actionlint: %s\n' "$*" >&2; }

stamp="$(cat "$module_dir/go.mod" "$module_dir/go.sum" | sha256sum | cut -d' ' -f1)"

mkdir -p "$bin_dir"
# Parallel test files may ask at the same time: one builds, the others wait for it.
exec 9>"$bin_dir/.lock"
flock 9
if [ -x "$binary" ] && [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp" ]; then
  printf '%s\n' "$binary"
  exit 0
fi
command -v go >/dev/null 2>&1 || { log "Go is needed to build actionlint, and 'go' is not on PATH."; exit 1; }
log "building actionlint from scripts/actionlint/go.mod into ${bin_dir#"$root"/}"
(cd "$module_dir" && CGO_ENABLED=0 go build -mod=readonly -trimpath -ldflags "-s -w" \
  -o "$binary.tmp" github.com/rhysd/actionlint/cmd/actionlint)
mv -f "$binary.tmp" "$binary"
printf '%s\n' "$stamp" >"$stamp_file"
log "actionlint built"
printf '%s\n' "$binary"
