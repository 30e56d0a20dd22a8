# Shared by check-dockerfile.sh and check-compose.sh (sourced, not run): the recipe of
# ../shared/research/tooling.md §3 for building and running the project's image on a Debian machine without
# a Docker engine or registry access — podman/buildah with vfs storage in a temp folder, runc, pinned
# ulimits, local stand-ins for the .NET base images — plus step timings, pass/fail counting and a cleanup
# that removes everything a run started and its whole storage, whatever happens.
#
# The sourcing script sets `set -euo pipefail` first, may define cleanup_containers (called first on exit,
# with podman still usable) and calls docker_check_start once before anything else.
# Environment understood here:
#   USE_REGISTRY_IMAGES=1   build FROM the Dockerfile's default images instead of local stand-ins
#   ROOTFS_CACHE=FILE.tar   keep/reuse the debootstrapped rootfs there (saves ~50 s on a rerun)
#   DEBIAN_MIRROR=URL       mirror for debootstrap (default: debootstrap's own)
#   KEEP_WORKDIR=1          do not delete the temp folder (container storage, logs) on exit

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_ID=$$
SDK_STANDIN=localhost/policysearch-standin-sdk:10.0
RUNTIME_STANDIN=localhost/policysearch-standin-aspnet:10.0
WORK=
BUILD_ARGS=()

SCRIPT_START=$SECONDS
STEP_START=$SECONDS
STEP_NAME=
TIMINGS=()
PASSED=0
FAILED=0

log() { printf '\n== %s\n' "$*"; }
step() { STEP_NAME=$1; STEP_START=$SECONDS; log "$1"; }
step_done() { TIMINGS+=("$(printf '%-64s %4d s' "$STEP_NAME" $((SECONDS - STEP_START)))"); }
pass() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# fetch PATH -> sets STATUS, TYPE, BODY (from $BASE)
fetch() {
  local out
  out=$(curl -sS -o "$WORK/body" -w '%{http_code} %{content_type}' "$BASE$1") || { STATUS=000; TYPE=; BODY=; return; }
  STATUS=${out%% *}; TYPE=${out#* }; BODY=$(cat "$WORK/body")
}
# check DESCRIPTION CONDITION: the condition is evaluated; on failure the last fetch is shown.
check() { if eval "$2"; then pass "$1"; else fail "$1 (status ${STATUS:-}, type ${TYPE:-}, body: ${BODY:0:200})"; fi; }

# Overridden by the sourcing script: remove its containers, networks and volumes (podman still works here).
cleanup_containers() { :; }

docker_check_cleanup() {
  local status=$?
  set +e
  log "cleanup"
  if [[ -n "$WORK" && -d "$WORK" ]]; then
    if command -v podman >/dev/null && [[ -f "$WORK/storage.conf" ]]; then
      cleanup_containers
      podman rmi -f "$SDK_STANDIN" "$RUNTIME_STANDIN" >/dev/null 2>&1
    fi
    if command -v buildah >/dev/null && [[ -f "$WORK/storage.conf" ]]; then
      buildah rm --all >/dev/null 2>&1
    fi
    # Only processes whose root or working directory lies in this run's storage were started by this
    # run (a build step that left a server behind); end exactly those, by PID.
    local pid target
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
      for target in "/proc/$pid/root" "/proc/$pid/cwd"; do
        if [[ "$(readlink "$target" 2>/dev/null)" == "$WORK"* ]]; then
          echo "  ending leftover process $pid: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-100)"
          kill "$pid" 2>/dev/null
          break
        fi
      done
    done
    # podman keeps tmpfs/shm mounts under its run root while containers exist; none may block removal.
    grep -F " $WORK/" /proc/mounts | awk '{print $2}' | sort -r | while read -r mountpoint; do
      umount -l "$mountpoint" 2>/dev/null
    done
    if [[ "${KEEP_WORKDIR:-0}" == 1 ]]; then
      echo "  kept $WORK"
    else
      rm -rf "$WORK"
      echo "  removed $WORK"
    fi
  fi
  exit "$status"
}

# docker_check_start: root and Dockerfile checks, the temp folder, the exit trap.
docker_check_start() {
  [[ $EUID -eq 0 ]] || die "run as root: debootstrap, chroot builds and rootful podman need it"
  [[ -f "$REPO_ROOT/Dockerfile" ]] || die "no Dockerfile in $REPO_ROOT"
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/policysearch-docker.XXXXXX")
  trap docker_check_cleanup EXIT
  trap 'exit 130' INT TERM
}

# install_tools PACKAGE...: Debian packages, installed only when missing.
install_tools() {
  local needed=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
  done
  if ((${#needed[@]} > 0)); then
    echo "  installing: ${needed[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
      "${needed[@]}" >"$WORK/apt.log" 2>&1 \
      || { tail -20 "$WORK/apt.log"; die "apt-get install failed"; }
  else
    echo "  all present"
  fi
  echo "  $(podman --version), $(buildah --version | cut -d' ' -f1-3), runc $(runc --version | head -1 | awk '{print $3}')"
}

# configure_containers: everything podman/buildah store lives in $WORK: vfs needs no overlay mounts, and
# deleting the folder removes every layer and volume (networks' definitions are kept there too, so none is left
# in /etc). runc instead of crun: crun rejects this machine's
# hybrid cgroup layout. Pinned ulimits: podman's defaults exceed what a sandbox without CAP_SYS_RESOURCE may set.
configure_containers() {
  local nofile
  nofile=$(ulimit -Hn)
  [[ "$nofile" == unlimited || "$nofile" -gt 20000 ]] && nofile=20000
  cat >"$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=4096:4096"]
[engine]
runtime = "runc"
[network]
network_config_dir = "$WORK/networks"
EOF
  cat >"$WORK/storage.conf" <<EOF
[storage]
driver = "vfs"
runroot = "$WORK/run"
graphroot = "$WORK/storage"
EOF
  export CONTAINERS_CONF=$WORK/containers.conf CONTAINERS_STORAGE_CONF=$WORK/storage.conf
}

# make_base_images: local stand-ins for mcr.microsoft.com/dotnet/{sdk,aspnet}:10.0 (two timed steps), or
# nothing with USE_REGISTRY_IMAGES=1. Sets BUILD_ARGS for build_image.
make_base_images() {
  if [[ "${USE_REGISTRY_IMAGES:-0}" == 1 ]]; then
    BUILD_ARGS=()
    echo "  using the Dockerfile's default base images from their registry"
    return
  fi
  step "stand-in base images: debootstrap bookworm"
  local rootfs=$WORK/rootfs
  if [[ -n "${ROOTFS_CACHE:-}" && -f "$ROOTFS_CACHE" ]]; then
    mkdir -p "$rootfs" && tar -xf "$ROOTFS_CACHE" -C "$rootfs"
    echo "  reused $ROOTFS_CACHE"
  else
    debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,zlib1g \
      bookworm "$rootfs" ${DEBIAN_MIRROR:+"$DEBIAN_MIRROR"} >"$WORK/debootstrap.log" 2>&1 \
      || { tail -20 "$WORK/debootstrap.log"; die "debootstrap failed"; }
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    if [[ -n "${ROOTFS_CACHE:-}" ]]; then tar -cf "$ROOTFS_CACHE" -C "$rootfs" . && echo "  cached in $ROOTFS_CACHE"; fi
  fi
  # This machine reaches NuGet through a TLS-inspecting proxy whose CA only the host trusts. Real MCR
  # images would need the same; it belongs to the stand-ins, never to the project's Dockerfile.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates >/dev/null 2>&1
  fi
  step_done

  step "stand-in base images: import host .NET"
  [[ -x /usr/share/dotnet/dotnet ]] || die "no .NET at /usr/share/dotnet to build the stand-in images from"
  tar -c -C "$rootfs" . -C / usr/share/dotnet usr/bin/dotnet | podman import \
    --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' --change 'ENV DOTNET_NOLOGO=1' \
    --change 'ENV NUGET_CERT_REVOCATION_MODE=offline' --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    - "$SDK_STANDIN" >>"$WORK/import.log" 2>&1
  tar -c -C "$rootfs" . -C / --exclude=usr/share/dotnet/sdk --exclude=usr/share/dotnet/packs \
    --exclude=usr/share/dotnet/sdk-manifests --exclude=usr/share/dotnet/templates --exclude=usr/share/dotnet/dnx \
    usr/share/dotnet usr/bin/dotnet | podman import \
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'ENV ASPNETCORE_HTTP_PORTS=8080' \
    - "$RUNTIME_STANDIN" >>"$WORK/import.log" 2>&1
  rm -rf "$rootfs"
  echo "  $SDK_STANDIN ($(podman image inspect -f '{{.Size}}' "$SDK_STANDIN" | numfmt --to=iec)), $RUNTIME_STANDIN ($(podman image inspect -f '{{.Size}}' "$RUNTIME_STANDIN" | numfmt --to=iec)), .NET $(/usr/share/dotnet/dotnet --version)"
  BUILD_ARGS=(--build-arg "SDK_IMAGE=$SDK_STANDIN" --build-arg "RUNTIME_IMAGE=$RUNTIME_STANDIN")
  step_done
}

# build_image TAG: the unchanged Dockerfile with buildah (one timed step).
build_image() {
  local tag=$1
  step "buildah bud (the unchanged Dockerfile)"
  # --format docker: the OCI image format has no HEALTHCHECK, buildah would drop it.
  if ! buildah bud --format docker --isolation chroot --network host "${BUILD_ARGS[@]}" \
    -f "$REPO_ROOT/Dockerfile" -t "$tag" "$REPO_ROOT" >"$WORK/build.log" 2>&1; then
    tail -40 "$WORK/build.log"
    die "image build failed (log above)"
  fi
  # The indexer's own summary (articles and paragraphs indexed) from the RUN step that builds the index.
  awk '/STEP [0-9]+\/[0-9]+: RUN .*Indexer\.dll/ { on = 1; next } /STEP [0-9]+\/[0-9]+:/ { on = 0 } on' "$WORK/build.log" \
    | tail -15 | sed 's/^/  indexer: /'
  echo "  image $tag: $(podman image inspect -f '{{.Size}}' "$tag" | numfmt --to=iec)"
  step_done
}

# free_port: prints a loopback port nothing listens on.
free_port() {
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
  done
  die "no free loopback port found"
}

# finish: the timings and the result line; exit status 0 only if every check passed.
finish() {
  log "timings"
  printf '  %s\n' "${TIMINGS[@]}"
  printf '  %-64s %4d s\n' "total" $((SECONDS - SCRIPT_START))
  log "result: $PASSED passed, $FAILED failed"
  ((FAILED == 0))
}
