#!/usr/bin/env bash
# Proves the compose flow of compose.yaml and the README ("Docker") with podman-compose, on a Debian machine
# without a Docker engine or registry access (the recipe of ../shared/research/tooling.md §3, shared with
# check-dockerfile.sh through lib.sh):
#
#   1. installs podman, podman-compose, buildah, debootstrap and runc if missing;
#   2. builds the image that compose.yaml names (both services must name the same one) from the unchanged
#      Dockerfile with buildah, FROM local stand-ins of the .NET images, so that podman-compose finds it
#      and builds nothing itself;
#   3. (a) builds the index from a mounted corpus folder (a copy of ../shared/seeds, else seeds/) with the
#      one-shot indexer service:   CORPUS=DIR podman-compose run --rm indexer
#   4. (b) serves it:              podman-compose up -d api          and checks /health and a search;
#   5. (c) reindexes while serving: a request loop (curl, searches and /health, over kept-alive connections
#      from two workers) runs against the service while the indexer rebuilds the same volume from the corpus
#      folder with one more article; every request must answer 200, /health's indexVersion must change and the new
#      article must be found, with the same container still running (no restart);
#   6. removes the containers, the network, the volume, the image and its whole storage on exit, whatever happens.
#
# podman-compose 1.0.3 (Debian 12) differs from docker compose in three ways the commands below allow for:
# it ignores `profiles`, its `run` starts every service of the file unless given --no-deps (the indexer has no
# dependencies, so --no-deps changes nothing else), and it does not pass on the container's exit status (it
# prints "exit code: N", which is read instead). -T: no TTY, as this script has none.
#
# Usage (as root):  tests/docker/check-compose.sh
# Environment: CORPUS_SOURCE=DIR (the corpus to copy; default ../shared/seeds beside the repository, else
# seeds/), USE_REGISTRY_IMAGES=1, ROOTFS_CACHE=FILE.tar, DEBIAN_MIRROR=URL, KEEP_WORKDIR=1 (see lib.sh).
# Exit status 0 only if every check passed. Not part of CI: it needs root, ~3 GB of temp disk and a few minutes.

set -euo pipefail
# shellcheck source=tests/docker/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

COMPOSE_FILE=$REPO_ROOT/compose.yaml
PROJECT=policysearch-compose-$RUN_ID
LOAD_PIDS=()
# The request loop's bound: it stops by itself after this long even if the script could not stop it.
LOAD_MAX_SECONDS=300
# A word no seed article has: the added article is the only one that matches it.
NEW_TERM=quokkafjord

# The request loop's traffic all comes from one address, which the service's per-client rate limit (20 requests
# a second, bursts of 200) would mostly answer with 429, as configured; the check turns it off for the served
# container, as the benchmark's HTTP modes do, with an override file beside the unchanged compose.yaml.
OVERRIDE_FILE=
compose() { podman-compose --no-ansi -p "$PROJECT" -f "$COMPOSE_FILE" ${OVERRIDE_FILE:+-f "$OVERRIDE_FILE"} "$@" </dev/null; }

cleanup_containers() {
  local pid
  touch "$WORK/stop-load" 2>/dev/null
  for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  compose down -v -t 5 >"$WORK/down.log" 2>&1
  podman ps -aq --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman rm -f >/dev/null 2>&1
  podman volume ls -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman volume rm -f >/dev/null 2>&1
  podman network rm -f "${PROJECT}_default" >/dev/null 2>&1
  [[ -n "${IMAGE:-}" ]] && podman rmi -f "$IMAGE" >/dev/null 2>&1
  remove_cni_chains
}

# CNI's port-forwarding and firewall plugins leave their (by then empty) chains and the rules that jump to them
# behind when the last container goes. Removed only if this run created them and no other container's rule is in them.
CNI_CHAINS_BEFORE=$( (iptables -t nat -S CNI-HOSTPORT-DNAT; iptables -S CNI-FORWARD) 2>/dev/null | head -1 || true)
remove_cni_chains() {
  [[ -z "$CNI_CHAINS_BEFORE" ]] && command -v iptables >/dev/null || return 0
  local chain
  if [[ $(iptables -t nat -S CNI-HOSTPORT-DNAT 2>/dev/null | wc -l) == 1 ]]; then
    iptables -t nat -D PREROUTING -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT 2>/dev/null
    iptables -t nat -D OUTPUT -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT 2>/dev/null
    iptables -t nat -D POSTROUTING -m comment --comment "CNI portfwd requiring masquerade" -j CNI-HOSTPORT-MASQ 2>/dev/null
    for chain in CNI-HOSTPORT-DNAT CNI-HOSTPORT-MASQ CNI-HOSTPORT-SETMARK; do iptables -t nat -F "$chain" 2>/dev/null; done
    for chain in CNI-HOSTPORT-DNAT CNI-HOSTPORT-MASQ CNI-HOSTPORT-SETMARK; do iptables -t nat -X "$chain" 2>/dev/null; done
    echo "  removed the CNI port-forwarding chains this run created"
  fi
  # CNI-FORWARD holds only its jump to CNI-ADMIN once no container is left.
  if [[ $(iptables -S CNI-FORWARD 2>/dev/null | wc -l) == 2 && $(iptables -S CNI-ADMIN 2>/dev/null | wc -l) == 1 ]]; then
    iptables -D FORWARD -m comment --comment "CNI firewall plugin rules" -j CNI-FORWARD 2>/dev/null
    for chain in CNI-FORWARD CNI-ADMIN; do iptables -F "$chain" 2>/dev/null; done
    for chain in CNI-FORWARD CNI-ADMIN; do iptables -X "$chain" 2>/dev/null; done
    echo "  removed the CNI firewall chains this run created"
  fi
}

docker_check_start
[[ -f "$COMPOSE_FILE" ]] || die "no compose.yaml in $REPO_ROOT"
OVERRIDE_FILE=$WORK/compose.check.yaml
cat >"$OVERRIDE_FILE" <<EOF
services:
  api:
    environment:
      PolicySearch__Limits__Api__TokenLimit: "0"
EOF

# ---------------------------------------------------------------- 1. tools

step "install podman, podman-compose, buildah, debootstrap, runc"
install_tools podman podman-compose buildah debootstrap runc slirp4netns uidmap curl
echo "  $(podman-compose --version 2>/dev/null | grep -i 'podman-compose.* version' | head -1 | tr -s ' ')"
step_done
configure_containers

# ---------------------------------------------------------------- 2. the image compose.yaml names

read -r API_IMAGE INDEXER_IMAGE < <(python3 -c '
import sys, yaml
services = yaml.safe_load(open(sys.argv[1]))["services"]
print(services["api"].get("image", "-"), services["indexer"].get("image", "-"))' "$COMPOSE_FILE")
check "compose.yaml: api and indexer run the same image ($API_IMAGE)" '[[ $API_IMAGE == "$INDEXER_IMAGE" && $API_IMAGE != - ]]'
[[ $API_IMAGE == */* ]] && IMAGE=$API_IMAGE || IMAGE=localhost/$API_IMAGE
make_base_images
build_image "$IMAGE"

# ---------------------------------------------------------------- 3. (a) build the index from a mounted folder

CORPUS_SOURCE=${CORPUS_SOURCE:-}
if [[ -z "$CORPUS_SOURCE" ]]; then
  if [[ -d "$REPO_ROOT/../shared/seeds" ]]; then CORPUS_SOURCE=$REPO_ROOT/../shared/seeds; else CORPUS_SOURCE=$REPO_ROOT/seeds; fi
fi
CORPUS_SOURCE=$(realpath "$CORPUS_SOURCE")
CORPUS=$WORK/corpus
cp -r "$CORPUS_SOURCE" "$CORPUS"
# The indexer runs as the image's unprivileged user: the mounted folder must be readable by anyone.
chmod -R a+rX "$CORPUS"
articles=$(find "$CORPUS" -maxdepth 1 -name '*.txt' | wc -l)
export CORPUS

# run_indexer LOG: the README's command; sets INDEXER_EXIT from podman-compose's "exit code:" line.
run_indexer() {
  compose run --rm --no-deps -T indexer >"$1" 2>&1 || true
  INDEXER_EXIT=$(grep -Eo '^exit code: [0-9]+' "$1" | tail -1 | awk '{print $3}')
  grep -E '^(Articles|Paragraphs|Rejected|Index): ' "$1" | sed 's/^/  indexer: /'
}

step "(a) CORPUS=DIR podman-compose run --rm indexer ($articles articles)"
echo "  corpus: copy of $CORPUS_SOURCE"
run_indexer "$WORK/indexer-1.log"
if [[ "${INDEXER_EXIT:-}" == 0 ]]; then pass "indexer exit code 0"; else tail -30 "$WORK/indexer-1.log"; fail "indexer exit code ${INDEXER_EXIT:-none}"; fi
check "indexer indexed all $articles articles" 'grep -q "^Articles: .* $articles indexed, 0 rejected" "$WORK/indexer-1.log"'
VOLUME=$(podman volume ls -q --filter "label=io.podman.compose.project=$PROJECT" | head -1)
volume_dir=$(podman volume inspect -f '{{.Mountpoint}}' "$VOLUME" 2>/dev/null || true)
check "named volume $VOLUME holds the index (database + lucene/)" '[[ -n $volume_dir && -f $volume_dir/index/policysearch.db && -d $volume_dir/index/lucene ]]'
step_done
((FAILED == 0)) || die "the index build failed; nothing to serve"

# ---------------------------------------------------------------- 4. (b) serve it

step "(b) podman-compose up -d api (per-client rate limit off)"
port=$(free_port)
BASE=http://127.0.0.1:$port
export POLICYSEARCH_PORT=127.0.0.1:$port
compose up -d api >"$WORK/up.log" 2>&1 || true
API_CONTAINER=$(podman ps -q --filter "label=io.podman.compose.project=$PROJECT" --filter "label=com.docker.compose.service=api" | head -1)
[[ -n "$API_CONTAINER" ]] || { cat "$WORK/up.log"; die "podman-compose up started no api container"; }
healthy=0
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then healthy=1; break; fi
  [[ "$(podman inspect -f '{{.State.Running}}' "$API_CONTAINER")" == true ]] || break
  sleep 0.5
done
echo "  $(podman ps --filter "id=$API_CONTAINER" --format '{{.Names}} {{.Status}} {{.Ports}}')"
echo "  /health 200 after $((SECONDS - STEP_START)) s"
if ((healthy == 0)); then
  cat "$WORK/up.log"; podman logs "$API_CONTAINER" 2>&1 | tail -30
  die "the api service never answered /health with 200"
fi
grep -qi 'systemd' "$WORK/up.log" && echo "  (no systemd: podman could not schedule the image's periodic health check; /health is checked directly)"

health_field() { sed -nE "s/.*\"$1\":\"?([^\",}]*).*/\1/p" <<<"$BODY"; }
fetch /health
check "GET /health -> 200" '[[ $STATUS == 200 ]]'
BUILD_1=$(health_field indexVersion)
check "  serves the volume's build: $(health_field articles) articles = the corpus's $articles, build $BUILD_1" '[[ $(health_field articles) == "$articles" && -n $BUILD_1 ]]'
fetch '/api/search?q=detainer'
check "GET /api/search?q=detainer -> 200 with hits" '[[ $STATUS == 200 && $BODY =~ \"total\":[1-9] ]]'
fetch "/api/search?q=$NEW_TERM"
check "GET /api/search?q=$NEW_TERM -> 200, 0 hits (not in the corpus yet)" '[[ $STATUS == 200 && $BODY =~ \"total\":0 ]]'
check "the service mounts the volume read-only" '[[ $(podman inspect -f "{{range .Mounts}}{{if eq .Destination \"/data\"}}{{.RW}}{{end}}{{end}}" "$API_CONTAINER") == false ]]'
STARTED_AT=$(podman inspect -f '{{.State.StartedAt}}' "$API_CONTAINER")
API_PID=$(podman inspect -f '{{.State.Pid}}' "$API_CONTAINER")
step_done

# ---------------------------------------------------------------- 5. (c) reindex while serving

# load_worker N: batches of 20 requests per curl (one kept-alive connection), searches and /health, each
# line "status index-version seconds"; status 000 is a connection error or timeout.
load_worker() {
  local n=$1 until=$((SECONDS + LOAD_MAX_SECONDS)) args=() path
  for path in /health "/api/search?q=detainer" "/api/search?q=sanctuary&stance=opposes" \
              "/api/search?q=$NEW_TERM" "/api/search?q=Rauner&sort=newest"; do
    for _ in 1 2 3 4; do args+=(-o /dev/null "$BASE$path"); done
  done
  while [[ ! -f "$WORK/stop-load" ]] && ((SECONDS < until)); do
    curl -s --max-time 10 -w '%{http_code} %header{x-policysearch-index-version} %{time_total}\n' "${args[@]}" \
      >>"$WORK/load-$n.txt" 2>>"$WORK/load-$n.err" || true
  done
}

step "(c) reindex while serving: request loop + podman-compose run --rm indexer"
rm -f "$WORK/stop-load"
for n in 1 2; do load_worker "$n" & LOAD_PIDS+=($!); done
sleep 3
cat >"$CORPUS/999_compose_check.txt" <<EOF
A reindexing check added this article to the corpus folder while the service was serving.

"The $NEW_TERM is the one word no other article has," the operator said.
EOF
chmod a+r "$CORPUS/999_compose_check.txt"
indexer_start=$SECONDS
run_indexer "$WORK/indexer-2.log"
indexer_seconds=$((SECONDS - indexer_start))
if [[ "${INDEXER_EXIT:-}" == 0 ]]; then pass "indexer exit code 0 after $indexer_seconds s (serving meanwhile)"; else tail -30 "$WORK/indexer-2.log"; fail "indexer exit code ${INDEXER_EXIT:-none}"; fi
switch_start=$SECONDS
BUILD_2=$BUILD_1
for _ in $(seq 1 120); do
  fetch /health
  [[ $STATUS == 200 ]] && BUILD_2=$(health_field indexVersion)
  [[ "$BUILD_2" != "$BUILD_1" ]] && break
  sleep 0.5
done
switch_seconds=$((SECONDS - switch_start))
check "/health's indexVersion changed without a restart: $BUILD_1 -> $BUILD_2 ($switch_seconds s after the indexer ended)" '[[ $BUILD_2 != "$BUILD_1" ]]'
check "  /health: $(health_field articles) articles = $articles + 1" '[[ $(health_field articles) == $((articles + 1)) ]]'
sleep 3
touch "$WORK/stop-load"
for pid in "${LOAD_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
LOAD_PIDS=()
cat "$WORK"/load-*.txt >"$WORK/load.txt"
requests=$(wc -l <"$WORK/load.txt")
failed=$(awk '$1 != 200' "$WORK/load.txt" | wc -l)
old=$(awk -v b="$BUILD_1" '$2 == b' "$WORK/load.txt" | wc -l)
new=$(awk -v b="$BUILD_2" '$2 == b' "$WORK/load.txt" | wc -l)
read -r p50 p99 max < <(awk '{print $3}' "$WORK/load.txt" | sort -n | awk '{v[NR] = $1} END {
  if (NR == 0) { print "- - -"; exit }
  printf "%.1f %.1f %.1f\n", v[int((NR - 1) * 0.5) + 1] * 1000, v[int((NR - 1) * 0.99) + 1] * 1000, v[NR] * 1000 }')
echo "  request loop: $requests requests in $((SECONDS - STEP_START)) s, answered by the old build $old, by the new build $new; latency p50 $p50 ms, p99 $p99 ms, max $max ms"
awk '$1 != 200 {print $1, $2}' "$WORK/load.txt" | sort | uniq -c | sort -rn | sed 's/^/  not 200: /' | head -5 || true
check "request loop: $failed of $requests requests failed" '[[ $requests -gt 0 && $failed == 0 ]]'
check "  every response named the old or the new build" '[[ $((old + new)) == "$requests" && $old -gt 0 && $new -gt 0 ]]'
fetch "/api/search?q=$NEW_TERM"
check "GET /api/search?q=$NEW_TERM -> 200, 1 hit (the new article)" '[[ $STATUS == 200 && $BODY =~ \"total\":1[,}] ]]'
check "same api container, not restarted (started $STARTED_AT, pid $API_PID)" \
  '[[ $(podman inspect -f "{{.State.StartedAt}} {{.State.Pid}} {{.RestartCount}}" "$API_CONTAINER") == "$STARTED_AT $API_PID 0" ]]'
podman logs "$API_CONTAINER" 2>&1 | grep -E 'Switched from index build|not served' | sed 's/^/  api log: /' | tail -5
step_done

# ---------------------------------------------------------------- summary

finish
