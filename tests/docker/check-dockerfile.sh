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
# Steps 1-3 and the cleanup are shared with check-compose.sh (lib.sh beside this file).
#
# Usage (as root):  tests/docker/check-dockerfile.sh
# Environment: USE_REGISTRY_IMAGES=1, ROOTFS_CACHE=FILE.tar, DEBIAN_MIRROR=URL, KEEP_WORKDIR=1 (see lib.sh)
# Exit status 0 only if every check passed. Not part of CI: it needs root, ~3 GB of temp disk and
# a few minutes.

set -euo pipefail
# shellcheck source=tests/docker/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

IMAGE=localhost/policysearch:check-$RUN_ID
CONTAINER=policysearch-check-$RUN_ID

cleanup_containers() {
  podman rm -f --time 5 "$CONTAINER" >/dev/null 2>&1
  podman rmi -f "$IMAGE" >/dev/null 2>&1
}

docker_check_start

# ---------------------------------------------------------------- 1.-3. tools, base images, build

step "install podman, buildah, debootstrap, runc"
install_tools podman buildah debootstrap runc slirp4netns uidmap curl
step_done
configure_containers
make_base_images
build_image "$IMAGE"

# ---------------------------------------------------------------- 4. run and probe

step "run the container on 127.0.0.1"
port=$(free_port)
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

finish
