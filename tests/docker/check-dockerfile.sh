#!/usr/bin/env bash
# Proves that the repository's Dockerfile builds and serves, on a Debian machine without a Docker
# engine or registry access (the recipe of ../shared/research/tooling.md §3):
#
#   1. installs podman, buildah, debootstrap and runc if missing;
#   2. makes local stand-ins for mcr.microsoft.com/dotnet/{sdk,aspnet}:10.0 from a debootstrapped
#      Debian bookworm and the host's /usr/share/dotnet (the host's extra CA certificates go into the
#      stand-in images only, so NuGet restore works behind this machine's TLS-inspecting proxy);
#   3. builds the unchanged Dockerfile with buildah (chroot isolation, vfs storage in a temp folder),
#      passing the stand-ins as SDK_IMAGE / RUNTIME_IMAGE;
#   4. runs the image with podman on 127.0.0.1 and checks /health, search with <mark> highlights and
#      facets, a problem+json error, the web page and its modules, /openapi/v1.json, the non-root user,
#      the read-only index and the image's HEALTHCHECK;
#   5. removes everything it started and its whole storage on exit, whatever happens.
#
# Usage (as root):  tests/docker/check-dockerfile.sh
# Environment:
#   USE_REGISTRY_IMAGES=1   build FROM the Dockerfile's default images instead of local stand-ins
#   ROOTFS_CACHE=FILE.tar   keep/reuse the debootstrapped rootfs there (saves ~50 s on a rerun)
#   DEBIAN_MIRROR=URL       mirror for debootstrap (default: debootstrap's own)
#   KEEP_WORKDIR=1          do not delete the temp folder (container storage, logs) on exit
# Exit status 0 only if every check passed. Not part of CI: it needs root, ~3 GB of temp disk and
# a few minutes.

set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/policysearch-docker.XXXXXX")
RUN_ID=$$
IMAGE=localhost/policysearch:check-$RUN_ID
CONTAINER=policysearch-check-$RUN_ID
SDK_STANDIN=localhost/policysearch-standin-sdk:10.0
RUNTIME_STANDIN=localhost/policysearch-standin-aspnet:10.0

SCRIPT_START=$SECONDS
STEP_START=$SECONDS
TIMINGS=()
PASSED=0
FAILED=0

log() { printf '\n== %s\n' "$*"; }
step() { STEP_NAME=$1; STEP_START=$SECONDS; log "$1"; }
step_done() { TIMINGS+=("$(printf '%-46s %4d s' "$STEP_NAME" $((SECONDS - STEP_START)))"); }
pass() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- cleanup (always runs)

cleanup() {
  local status=$?
  set +e
  log "cleanup"
  if command -v podman >/dev/null; then
    podman rm -f --time 5 "$CONTAINER" >/dev/null 2>&1
    podman rmi -f "$IMAGE" "$SDK_STANDIN" "$RUNTIME_STANDIN" >/dev/null 2>&1
  fi
  if command -v buildah >/dev/null; then
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
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ $EUID -eq 0 ]] || die "run as root: debootstrap, chroot builds and rootful podman need it"
[[ -f "$REPO_ROOT/Dockerfile" ]] || die "no Dockerfile in $REPO_ROOT"

# ---------------------------------------------------------------- 1. tools

step "install podman, buildah, debootstrap, runc"
needed=()
for pkg in podman buildah debootstrap runc slirp4netns uidmap curl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done
if ((${#needed[@]} > 0)); then
  echo "  installing: ${needed[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >"$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log"; die "apt-get install failed"; }
else
  echo "  all present"
fi
echo "  $(podman --version), $(buildah --version | cut -d' ' -f1-3), runc $(runc --version | head -1 | awk '{print $3}')"
step_done

# ---------------------------------------------------------------- 2. configuration

# Everything podman/buildah store lives in $WORK: vfs needs no overlay mounts, and deleting the folder
# removes every layer. runc instead of crun: crun rejects this machine's hybrid cgroup layout. Pinned
# ulimits: podman's defaults exceed what a sandbox without CAP_SYS_RESOURCE may set.
nofile=$(ulimit -Hn)
[[ "$nofile" == unlimited || "$nofile" -gt 20000 ]] && nofile=20000
cat >"$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=4096:4096"]
[engine]
runtime = "runc"
EOF
cat >"$WORK/storage.conf" <<EOF
[storage]
driver = "vfs"
runroot = "$WORK/run"
graphroot = "$WORK/storage"
EOF
export CONTAINERS_CONF=$WORK/containers.conf CONTAINERS_STORAGE_CONF=$WORK/storage.conf

# ---------------------------------------------------------------- 3. base images

if [[ "${USE_REGISTRY_IMAGES:-0}" == 1 ]]; then
  BUILD_ARGS=()
  echo "  using the Dockerfile's default base images from their registry"
else
  step "stand-in base images: debootstrap bookworm"
  ROOTFS=$WORK/rootfs
  if [[ -n "${ROOTFS_CACHE:-}" && -f "$ROOTFS_CACHE" ]]; then
    mkdir -p "$ROOTFS" && tar -xf "$ROOTFS_CACHE" -C "$ROOTFS"
    echo "  reused $ROOTFS_CACHE"
  else
    debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,zlib1g \
      bookworm "$ROOTFS" ${DEBIAN_MIRROR:+"$DEBIAN_MIRROR"} >"$WORK/debootstrap.log" 2>&1 \
      || { tail -20 "$WORK/debootstrap.log"; die "debootstrap failed"; }
    rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/*
    if [[ -n "${ROOTFS_CACHE:-}" ]]; then tar -cf "$ROOTFS_CACHE" -C "$ROOTFS" . && echo "  cached in $ROOTFS_CACHE"; fi
  fi
  # This machine reaches NuGet through a TLS-inspecting proxy whose CA only the host trusts. Real MCR
  # images would need the same; it belongs to the stand-ins, never to the project's Dockerfile.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$ROOTFS/usr/local/share/ca-certificates/"
    chroot "$ROOTFS" update-ca-certificates >/dev/null 2>&1
  fi
  step_done

  step "stand-in base images: import host .NET"
  [[ -x /usr/share/dotnet/dotnet ]] || die "no .NET at /usr/share/dotnet to build the stand-in images from"
  tar -c -C "$ROOTFS" . -C / usr/share/dotnet usr/bin/dotnet | podman import \
    --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' --change 'ENV DOTNET_NOLOGO=1' \
    --change 'ENV NUGET_CERT_REVOCATION_MODE=offline' --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    - "$SDK_STANDIN" >>"$WORK/import.log" 2>&1
  tar -c -C "$ROOTFS" . -C / --exclude=usr/share/dotnet/sdk --exclude=usr/share/dotnet/packs \
    --exclude=usr/share/dotnet/sdk-manifests --exclude=usr/share/dotnet/templates --exclude=usr/share/dotnet/dnx \
    usr/share/dotnet usr/bin/dotnet | podman import \
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'ENV ASPNETCORE_HTTP_PORTS=8080' \
    - "$RUNTIME_STANDIN" >>"$WORK/import.log" 2>&1
  rm -rf "$ROOTFS"
  echo "  $SDK_STANDIN ($(podman image inspect -f '{{.Size}}' "$SDK_STANDIN" | numfmt --to=iec)), $RUNTIME_STANDIN ($(podman image inspect -f '{{.Size}}' "$RUNTIME_STANDIN" | numfmt --to=iec)), .NET $(/usr/share/dotnet/dotnet --version)"
  BUILD_ARGS=(--build-arg "SDK_IMAGE=$SDK_STANDIN" --build-arg "RUNTIME_IMAGE=$RUNTIME_STANDIN")
  step_done
fi

# ---------------------------------------------------------------- 4. build

step "buildah bud (the unchanged Dockerfile)"
# --format docker: the OCI image format has no HEALTHCHECK, buildah would drop it.
if ! buildah bud --format docker --isolation chroot --network host "${BUILD_ARGS[@]}" \
  -f "$REPO_ROOT/Dockerfile" -t "$IMAGE" "$REPO_ROOT" >"$WORK/build.log" 2>&1; then
  tail -40 "$WORK/build.log"
  die "image build failed (log above)"
fi
# The indexer's own summary (articles and paragraphs indexed) from the RUN step that builds the index.
awk '/STEP [0-9]+\/[0-9]+: RUN .*Indexer\.dll/ { on = 1; next } /STEP [0-9]+\/[0-9]+:/ { on = 0 } on' "$WORK/build.log" \
  | tail -15 | sed 's/^/  indexer: /'
echo "  image $IMAGE: $(podman image inspect -f '{{.Size}}' "$IMAGE" | numfmt --to=iec)"
step_done

# ---------------------------------------------------------------- 5. run and probe

step "run the container on 127.0.0.1"
port=
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[[ -n "$port" ]] || die "no free loopback port found"
BASE=http://127.0.0.1:$port
# slirp4netns: user-space networking, no host firewall rules to add or remove. Podman schedules
# periodic health checks with systemd timers, which this machine lacks (it logs an error and goes on);
# the image's check is run by hand below instead.
podman run -d --name "$CONTAINER" --network slirp4netns -p "127.0.0.1:$port:8080" \
  --health-interval disable "$IMAGE" >/dev/null 2>"$WORK/run.log" \
  || { cat "$WORK/run.log"; die "podman run failed"; }
grep -q "systemd" "$WORK/run.log" && echo "  (no systemd: periodic health checks not scheduled; checked by hand below)"
healthy=0
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then healthy=1; break; fi
  [[ "$(podman inspect -f '{{.State.Running}}' "$CONTAINER")" == true ]] || break
  sleep 0.5
done
echo "  listening on $BASE after $((SECONDS - STEP_START)) s"
if ((healthy == 0)); then
  podman logs "$CONTAINER" 2>&1 | tail -30
  die "the container never answered /health with 200"
fi
step_done

step "HTTP checks"
# fetch PATH -> sets STATUS, TYPE, BODY
fetch() {
  local out
  out=$(curl -sS -o "$WORK/body" -w '%{http_code} %{content_type}' "$BASE$1") || { STATUS=000; TYPE=; BODY=; return; }
  STATUS=${out%% *}; TYPE=${out#* }; BODY=$(cat "$WORK/body")
}
check() { if eval "$2"; then pass "$1"; else fail "$1 (status $STATUS, type $TYPE, body: ${BODY:0:200})"; fi; }
# System.Text.Json may write < and > as \u003C and \u003E; both spell a <mark> element.
MARK_RE='(<|\\u003[cC])mark(>|\\u003[eE])'

fetch /health
check "GET /health -> 200" '[[ $STATUS == 200 ]]'

fetch '/api/search?q=detainer'
check "GET /api/search?q=detainer -> 200 JSON" '[[ $STATUS == 200 && $TYPE == application/json* ]]'
check "  hits carry <mark> highlights" '[[ $BODY =~ $MARK_RE ]]'
check "  total > 0" '[[ $BODY =~ \"total\":[1-9] ]]'
check "  facets outlet, year, speaker, stance" '[[ $BODY == *\"outlet\":\[* && $BODY == *\"year\":\[* && $BODY == *\"speaker\":\[* && $BODY == *\"stance\":\[* ]]'

fetch '/api/search?q=%22unclosed'
check "GET /api/search?q=\"unclosed -> 400 problem+json" '[[ $STATUS == 400 && $TYPE == application/problem+json* && $BODY == *\"detail\"* ]]'

fetch /
check "GET / -> 200 HTML page" '[[ $STATUS == 200 && $TYPE == text/html* && $BODY == *PolicySearch* && $BODY == *js/app.js* ]]'
for asset in js/app.js js/state.js js/escape.js css/app.css; do
  fetch "/$asset"
  check "GET /$asset -> 200" '[[ $STATUS == 200 ]]'
done

fetch /openapi/v1.json
check "GET /openapi/v1.json -> 200 OpenAPI document" '[[ $STATUS == 200 && $BODY == *\"openapi\"* && $BODY == */api/search* ]]'

step_done
step "container checks"
uid=$(podman exec "$CONTAINER" id -u)
check "runs as non-root (uid $uid)" '[[ $uid != 0 ]]'
check "image USER is set ($(podman image inspect -f '{{.Config.User}}' "$IMAGE"))" '[[ -n $(podman image inspect -f "{{.Config.User}}" "$IMAGE") ]]'
check "the service cannot write its index" '! podman exec "$CONTAINER" sh -c "touch /app/index/.probe" 2>/dev/null'
healthcmd=$(podman image inspect -f '{{json .Config.Healthcheck}}' "$IMAGE")
check "image has a HEALTHCHECK" '[[ $healthcmd == *dev/tcp* ]]'
# podman runs the image's HEALTHCHECK command inside the container: exit 0 = healthy.
if podman healthcheck run "$CONTAINER" >"$WORK/health.out" 2>&1; then
  pass "podman healthcheck run: exit 0 (healthy)"
else
  fail "podman healthcheck run: $(tr -d '\n' <"$WORK/health.out")"
fi
check "exposes 8080" '[[ $(podman image inspect -f "{{json .Config.ExposedPorts}}" "$IMAGE") == *8080* ]]'
step_done

# ---------------------------------------------------------------- summary

log "timings"
printf '  %s\n' "${TIMINGS[@]}"
printf '  %-46s %4d s\n' "total" $((SECONDS - SCRIPT_START))
log "result: $PASSED passed, $FAILED failed"
((FAILED == 0))
