#!/usr/bin/env bash
# Makes the real Pulumi CLI available with no network beyond the package registries.
#
#   bash scripts/ensure-pulumi.sh [--with yaml]
#
# Contract: progress goes to stderr; stdout gets exactly one line, the absolute path of a directory
# holding `pulumi`, `pulumi-language-nodejs` and `pulumi-resource-pulumi-nodejs`, and with `--with yaml`
# also `pulumi-language-yaml` (the engine looks for its plugins next to itself, then on PATH, and would
# try to download a missing one).
#
#   pulumi                         the pinned release, built from Go modules (scripts/pulumi-cli/go.mod
#                                  and go.sum pin and verify every module), or a symlink to a `pulumi`
#                                  on PATH that is at least the pinned version
#   pulumi-language-nodejs         this project's own Node.js language host (scripts/pulumi-cli/language-nodejs)
#   pulumi-resource-pulumi-nodejs  this project's own dynamic-provider plugin (a small sh script)
#   pulumi-language-yaml           only with `--with yaml`: Pulumi YAML's language host, built from Go
#                                  modules (scripts/pulumi-yaml/go.mod and go.sum pin and verify them), for
#                                  YAML programs using the provider plugin. Only they need it, and it adds
#                                  a minute or more to a first build, so the demo and TypeScript programs
#                                  go without it.
#
# Everything lands in .tools/pulumi/v<version>/bin (git-ignored). Each file carries a stamp of what it
# was made from, so the CLI and the YAML host are rebuilt only when their pin (version, go.mod, go.sum)
# changes and the Node.js language host only when its sources or the pin change. Go's own module and build caches are used
# (GOMODCACHE, GOCACHE: outside the work tree), so another clone on the same machine, e.g. CI's, rebuilds
# in seconds instead of minutes.
#
# Needs Go (the version go.mod names, or newer) and, to run programs, node on PATH.
set -euo pipefail

readonly PULUMI_VERSION="3.276.0"
readonly PULUMI_YAML_VERSION="1.25.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module_dir="$root/scripts/pulumi-cli"
yaml_module_dir="$root/scripts/pulumi-yaml"
bin_dir="$root/.tools/pulumi/v$PULUMI_VERSION/bin"

# Same flags as Pulumi's release builds. The version stamp matters: the Automation API refuses a CLI
# whose `pulumi version` is empty. The language host reads the same variable for GetPluginInfo.
readonly GO_BUILD_FLAGS=(
  -mod=readonly -buildvcs=false -trimpath -tags osusergo,grpcnotrace
  -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$PULUMI_VERSION"
)
# The YAML host reports its own version to the engine (GetPluginInfo), from its own version package.
readonly YAML_BUILD_FLAGS=(
  -mod=readonly -buildvcs=false -trimpath -tags osusergo,grpcnotrace
  -ldflags "-s -w -X github.com/pulumi/pulumi-yaml/pkg/version.Version=v$PULUMI_YAML_VERSION"
)

# How long each part took to build the first time, in seconds, fastest and slowest of three fresh clones
# with empty Go module and build caches on a two-core machine on 2026-12-06 (the fastest with the machine
# otherwise idle, the slowest beside other test runs; README.md, "Quick start"), in the order this script
# builds them: the language hosts come after the CLI, whose modules and compiled packages they share.
# Printed before building, so that a first run says what it is waiting for.
readonly CLI_FIRST_BUILD_SECONDS=(267 310)
readonly NODEJS_HOST_FIRST_BUILD_SECONDS=(1 2)
readonly YAML_HOST_FIRST_BUILD_SECONDS=(46 77)
# All three again with Go's caches full (another clone on the same machine, or a changed stamp).
readonly WARM_CACHE_BUILD_SECONDS=(7 10)

log() { printf 'ensure-pulumi: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

hash_of() { sha256sum | cut -d' ' -f1; }

cli_stamp() {
  { printf '%s\n' "$PULUMI_VERSION" "${GO_BUILD_FLAGS[@]}"; cat "$module_dir/go.mod" "$module_dir/go.sum"; } | hash_of
}

host_stamp() {
  { printf '%s\n' "$PULUMI_VERSION" "${GO_BUILD_FLAGS[@]}"
    cat "$module_dir/go.mod" "$module_dir/go.sum" "$module_dir"/language-nodejs/*.go; } | hash_of
}

yaml_host_stamp() {
  { printf '%s\n' "$PULUMI_YAML_VERSION" "${YAML_BUILD_FLAGS[@]}"
    cat "$yaml_module_dir/go.mod" "$yaml_module_dir/go.sum"; } | hash_of
}

# True when $1 exists, is executable, and its stamp file holds $2.
up_to_date() { [ -x "$bin_dir/$1" ] && [ -f "$bin_dir/.$1.stamp" ] && [ "$(cat "$bin_dir/.$1.stamp")" = "$2" ]; }

# A `pulumi` on PATH (other than ours) whose version is at least the pinned one, or nothing.
usable_path_pulumi() {
  local candidate version
  candidate="$(command -v pulumi 2>/dev/null)" || return 0
  case "$(cd "$(dirname "$candidate")" && pwd -P)" in "$(cd "$bin_dir" && pwd -P)") return 0 ;; esac
  version="$(PULUMI_SKIP_UPDATE_CHECK=true "$candidate" version 2>/dev/null | head -n 1)" || return 0
  version="${version#v}"
  [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || return 0
  if [ "$(printf '%s\n%s\n' "$PULUMI_VERSION" "$version" | sort -V | head -n 1)" = "$PULUMI_VERSION" ]; then
    printf '%s\n' "$candidate"
  fi
}

require_go() {
  command -v go >/dev/null 2>&1 ||
    die "Go is needed to build the Pulumi CLI and the language host, and 'go' is not on PATH."
  local need have
  need="$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$module_dir/go.mod")"
  have="$(go env GOVERSION)"
  have="${have#go}"
  if [ "$(printf '%s\n%s\n' "$need" "${have%%[!0-9.]*}" | sort -V | head -n 1)" != "$need" ] &&
    [ "${GOTOOLCHAIN:-$(go env GOTOOLCHAIN)}" = local ]; then
    die "scripts/pulumi-cli/go.mod needs Go $need or newer; this is Go $have (GOTOOLCHAIN=local)."
  fi
}

# Runs `go build` in the wrapper module $1 with the flags and arguments that follow, printing a line every
# 30 s so a long first build (module downloads, compiling a few thousand packages on two cores) does not
# look stuck.
go_build() {
  local started=$SECONDS ticker status=0
  # The ticker kills its own sleep when stopped: a leftover sleep would hold stdout/stderr open and
  # make a caller that reads them to the end wait for it.
  (
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    while :; do
      sleep 30 &
      sleeper=$!
      wait "$sleeper"
      log "  still building... ($((SECONDS - started))s)"
    done
  ) >&2 9>&- &
  ticker=$!
  local dir="$1"
  shift
  (cd "$dir" && CGO_ENABLED=0 go build "$@") || status=$?
  kill "$ticker" 2>/dev/null || true
  wait "$ticker" 2>/dev/null || true
  return "$status"
}

# A build's length from its fastest and slowest measured seconds: "a few seconds" (under 5 s), "about
# 50–80 s" (to the nearest 10 s, under 90 s), or "about 4–5 min" (to the nearest minute).
about() {
  local fastest=$1 slowest=$2 unit
  if ((slowest < 5)); then
    printf 'a few seconds'
    return
  elif ((slowest < 90)); then
    fastest=$(((fastest + 5) / 10 * 10)) slowest=$(((slowest + 5) / 10 * 10)) unit=s
  else
    fastest=$(((fastest + 30) / 60)) slowest=$(((slowest + 30) / 60)) unit=min
  fi
  if ((fastest == slowest)); then
    printf 'about %d %s' "$fastest" "$unit"
  else
    printf 'about %d–%d %s' "$fastest" "$slowest" "$unit"
  fi
}

# A `pulumi` on PATH that ensure_cli links instead of building ours, when ours is stale: announce_builds
# looks once, because both need to know and asking that `pulumi` for its version takes a moment.
path_pulumi=""

ensure_cli() {
  local stamp started=$SECONDS
  stamp="$(cli_stamp)"
  up_to_date pulumi "$stamp" && return 0
  rm -f "$bin_dir/.pulumi.stamp"
  if [ -n "$path_pulumi" ]; then
    log "using $path_pulumi ($(PULUMI_SKIP_UPDATE_CHECK=true "$path_pulumi" version | head -n 1)), found on PATH"
    ln -sfn "$path_pulumi" "$bin_dir/pulumi"
  else
    log "building the Pulumi CLI v$PULUMI_VERSION from Go modules ($(about "${CLI_FIRST_BUILD_SECONDS[@]}") with" \
      "empty Go caches: it fills 1.4 GB of Go's module cache and compiles a few thousand packages)..."
    go_build "$module_dir" "${GO_BUILD_FLAGS[@]}" -o "$bin_dir/pulumi.tmp" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
    mv -f "$bin_dir/pulumi.tmp" "$bin_dir/pulumi"
    log "pulumi built in $((SECONDS - started))s"
  fi
  printf '%s\n' "$stamp" >"$bin_dir/.pulumi.stamp"
}

ensure_language_host() {
  local stamp started=$SECONDS
  stamp="$(host_stamp)"
  up_to_date pulumi-language-nodejs "$stamp" && return 0
  log "building the Node.js language host (scripts/pulumi-cli/language-nodejs;" \
    "$(about "${NODEJS_HOST_FIRST_BUILD_SECONDS[@]}") after the CLI)..."
  go_build "$module_dir" "${GO_BUILD_FLAGS[@]}" -o "$bin_dir/pulumi-language-nodejs.tmp" ./language-nodejs
  mv -f "$bin_dir/pulumi-language-nodejs.tmp" "$bin_dir/pulumi-language-nodejs"
  printf '%s\n' "$stamp" >"$bin_dir/.pulumi-language-nodejs.stamp"
  log "language host built in $((SECONDS - started))s"
}

ensure_yaml_host() {
  local stamp started=$SECONDS
  stamp="$(yaml_host_stamp)"
  up_to_date pulumi-language-yaml "$stamp" && return 0
  log "building the Pulumi YAML language host v$PULUMI_YAML_VERSION from Go modules" \
    "($(about "${YAML_HOST_FIRST_BUILD_SECONDS[@]}") after the CLI with empty Go caches: its own modules to download)..."
  go_build "$yaml_module_dir" "${YAML_BUILD_FLAGS[@]}" -o "$bin_dir/pulumi-language-yaml.tmp" \
    github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml
  mv -f "$bin_dir/pulumi-language-yaml.tmp" "$bin_dir/pulumi-language-yaml"
  printf '%s\n' "$stamp" >"$bin_dir/.pulumi-language-yaml.stamp"
  log "YAML language host built in $((SECONDS - started))s"
}

ensure_dynamic_provider_plugin() {
  local source="$module_dir/pulumi-resource-pulumi-nodejs" target="$bin_dir/pulumi-resource-pulumi-nodejs"
  if ! cmp -s "$source" "$target" || [ ! -x "$target" ]; then
    install -m 0755 "$source" "$target.tmp"
    mv -f "$target.tmp" "$target"
  fi
}

usage() {
  printf 'usage: bash scripts/ensure-pulumi.sh [--with yaml]\n' >&2
  printf '  --with yaml  also build the Pulumi YAML language host, for programs with `runtime: yaml`\n' >&2
}

# Optional parts asked for with --with; "yaml" is the only one.
with_yaml=false

parse_args() {
  while (($# > 0)); do
    case "$1" in
      --with)
        (($# >= 2)) || { usage; die "--with needs a part to build: yaml"; }
        case "$2" in
          yaml) with_yaml=true ;;
          *) usage; die "unknown part \"$2\" after --with: the only optional part is yaml" ;;
        esac
        shift 2
        ;;
      -h | --help) usage; exit 0 ;;
      *) usage; die "unknown argument \"$1\"" ;;
    esac
  done
}

# Says, before anything is built, what will be and how long it takes the first time, and names what is
# left out. Needs Go when it builds anything.
announce_builds() {
  local parts=() fastest=0 slowest=0
  if ! up_to_date pulumi "$(cli_stamp)"; then
    path_pulumi="$(usable_path_pulumi)"
    if [ -z "$path_pulumi" ]; then
      parts+=("the Pulumi CLI v$PULUMI_VERSION")
      fastest=$((fastest + CLI_FIRST_BUILD_SECONDS[0])) slowest=$((slowest + CLI_FIRST_BUILD_SECONDS[1]))
    fi
  fi
  if ! up_to_date pulumi-language-nodejs "$(host_stamp)"; then
    parts+=("the Node.js language host")
    fastest=$((fastest + NODEJS_HOST_FIRST_BUILD_SECONDS[0]))
    slowest=$((slowest + NODEJS_HOST_FIRST_BUILD_SECONDS[1]))
  fi
  if $with_yaml && ! up_to_date pulumi-language-yaml "$(yaml_host_stamp)"; then
    parts+=("the Pulumi YAML language host v$PULUMI_YAML_VERSION")
    fastest=$((fastest + YAML_HOST_FIRST_BUILD_SECONDS[0])) slowest=$((slowest + YAML_HOST_FIRST_BUILD_SECONDS[1]))
  fi
  ((${#parts[@]} > 0)) || return 0
  require_go
  local list="${parts[0]}" i
  for ((i = 1; i < ${#parts[@]}; i++)); do
    if ((i == ${#parts[@]} - 1)); then list+=" and ${parts[i]}"; else list+=", ${parts[i]}"; fi
  done
  log "building $list into ${bin_dir#"$root"/}:"
  log "  $(about "$fastest" "$slowest") the first time with empty Go caches on two cores," \
    "$(about "${WARM_CACHE_BUILD_SECONDS[@]}") when Go's module and build caches hold them; later runs reuse the build"
  $with_yaml || log "  (not the Pulumi YAML language host, which only YAML programs need: --with yaml adds it)"
}

main() {
  parse_args "$@"
  mkdir -p "$bin_dir"
  # Tests and the demo may ask at the same time: one builds, the others wait for it.
  exec 9>"$root/.tools/pulumi.lock"
  if ! flock -n 9; then
    log "another ensure-pulumi.sh is preparing the CLI; waiting for it"
    flock 9
  fi
  announce_builds
  ensure_cli
  ensure_language_host
  if $with_yaml; then ensure_yaml_host; fi
  ensure_dynamic_provider_plugin
  rm -f "$bin_dir/.build-stamp" # written by an earlier version of this script
  printf '%s\n' "$bin_dir"
}

main "$@"
