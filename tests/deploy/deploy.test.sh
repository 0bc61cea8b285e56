#!/usr/bin/env bash
# npm run test:deploy — deploy/deploy.sh end to end, as the operator runs it, on this machine.
#
# What is real: deploy.sh itself, git (a local bare repository stands for REPO_URL), npm, nginx
# (the shipped upstream block, cache zone and locations, on a loopback port), the unit file
# deploy/systemd/hebergement-transparent@.service, the `hebergement` service user.
# What stands in: `systemctl` and `journalctl` (tests/deploy/bin/: there is no systemd here; the
# stand-in reads the unit and starts the instance as its User, in its WorkingDirectory, with its
# Environment and EnvironmentFile), and, in most scenarios, the site: tests/deploy/fake-site
# builds in a second, and knobs make it fail where a scenario needs it. The last scenario deploys
# the real site (this repository's HEAD); DEPLOY_TEST_REAL_SITE=0 skips it.
#
# Runs as root (it creates the users `hebergement` and `deploy` if missing). Ports on 127.0.0.1:
# 3410 and 3411 (the two instances), 8410 (nginx). Everything it starts is stopped at the end,
# and its directory (/tmp/deploy-test.*) removed, unless DEPLOY_TEST_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
project="$PWD"
here="$project/tests/deploy"

[ "$(id -u)" -eq 0 ] || { echo "test:deploy: run as root (it creates users and switches to them)" >&2; exit 1; }
for tool in nginx git curl setpriv flock node npm; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "test:deploy: $tool missing (.ci/run installs nginx)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/deploy-test.XXXXXX)"
chmod 0755 "$work"
export HEBERGEMENT_ROOT="$work/srv"
export ENVIRONMENT_FILE="$work/etc/environment"
export UPSTREAM_FILE="$HEBERGEMENT_ROOT/nginx-upstream.conf"
export STANDIN_STATE="$work/standin"
export STANDIN_UNIT_DIR="$project/deploy/systemd"
export NGINX_TEST_PREFIX="$work/nginx"
export NGINX_PID_FILE="$NGINX_TEST_PREFIX/nginx.pid"
export DEPLOY_TEST_MARKERS="$work/markers"
export PORTS="3410 3411"
export HEALTH_TIMEOUT=20 RELOAD_TIMEOUT=20
export PATH="$here/bin:$PATH"
unset SITE_URL REPO_URL KEEP_RELEASES
nginx_port=8410
origin="$work/origin.git"
source_dir="$work/source"
output="$work/output.log"
figures="$work/figures"

# --- clean-up -------------------------------------------------------------------------------

cleanup() {
  local status=$? pid
  set +e
  for port in $PORTS; do systemctl stop "hebergement-transparent@$port.service" 2>/dev/null; done
  for pid in $(cat "$DEPLOY_TEST_MARKERS"/*.pid "$DEPLOY_TEST_MARKERS/build-started" "$DEPLOY_TEST_MARKERS/server-starting" 2>/dev/null); do
    kill -KILL "$pid" 2>/dev/null
  done
  if [ -s "$NGINX_PID_FILE" ]; then
    pid="$(cat "$NGINX_PID_FILE")"
    kill -QUIT "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ "${DEPLOY_TEST_KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# --- reporting ------------------------------------------------------------------------------

failures=0
scenario() { printf '\n%s\n' "$*"; }
# expect <sentence> <command…>: the command must succeed.
expect() {
  local sentence="$1"
  shift
  if "$@"; then
    printf '  ✓ %s\n' "$sentence"
  else
    printf '  ✗ %s\n' "$sentence"
    printf '    deploy.sh said:\n'
    sed 's/^/      | /' "$output"
    failures=$((failures + 1))
  fi
}
figure() { printf '%s\n' "$*" >>"$figures"; }

# --- fixtures -------------------------------------------------------------------------------

ensure_users() {
  id hebergement >/dev/null 2>&1 ||
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin hebergement
  id deploy >/dev/null 2>&1 || useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /bin/bash deploy
}

# The fake site in a bare repository, as REPO_URL.
make_origin() {
  git init --quiet --bare --initial-branch=main "$origin"
  cp -R "$here/fake-site" "$source_dir"
  git -C "$source_dir" init --quiet --initial-branch=main
  git -C "$source_dir" remote add origin "$origin"
}

# commit_site <version> [knob…]: a new commit of the fake site, pushed to main.
commit_site() {
  local version="$1" knob
  shift
  rm -rf "$source_dir/knobs"
  for knob in "$@"; do mkdir -p "$source_dir/knobs" && touch "$source_dir/knobs/$knob"; done
  printf '%s\n' "$version" >"$source_dir/version.txt"
  git -C "$source_dir" add -A
  git -C "$source_dir" -c user.name=test -c user.email=test@example.invalid commit --quiet -m "$version"
  git -C "$source_dir" push --quiet origin HEAD:main
}

# As in deploy/README.md: the environment file, the first upstream file, nginx running.
install_machine() {
  mkdir -p "$HEBERGEMENT_ROOT" "$(dirname "$ENVIRONMENT_FILE")" "$STANDIN_STATE" "$NGINX_TEST_PREFIX"/{logs,temp,cache}
  install -d -m 1777 "$DEPLOY_TEST_MARKERS"
  printf 'SITE_URL=https://hebergement.test\nDEPLOY_TEST_MARKERS=%s\n' "$DEPLOY_TEST_MARKERS" >"$ENVIRONMENT_FILE"
  install -m 0644 "$project/deploy/nginx/hebergement-upstream.conf" "$UPSTREAM_FILE"
  write_nginx_config
  nginx
}

# The shipped upstream block and cache zone (from deploy/nginx/hebergement.conf, paths replaced)
# and the shipped locations and gzip includes, in a plain-HTTP server on a loopback port.
write_nginx_config() {
  local site="$project/deploy/nginx/hebergement.conf" upstream cache
  upstream="$(sed -n '/^upstream hebergement_app {/,/^}/p' "$site")"
  cache="$(sed -n '/^proxy_cache_path/,/;$/p' "$site")"
  grep -q 'include /srv/hebergement/nginx-upstream.conf;' <<<"$upstream" || { echo "upstream include not found in $site" >&2; exit 1; }
  grep -q '/var/cache/nginx/hebergement' <<<"$cache" || { echo "proxy_cache_path not found in $site" >&2; exit 1; }
  cat >"$NGINX_TEST_PREFIX/nginx.conf" <<EOF
user root;
worker_processes 2;
pid $NGINX_PID_FILE;
error_log $NGINX_TEST_PREFIX/logs/error.log warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $NGINX_TEST_PREFIX/logs/access.log;
    client_body_temp_path $NGINX_TEST_PREFIX/temp/client;
    proxy_temp_path $NGINX_TEST_PREFIX/temp/proxy;
    fastcgi_temp_path $NGINX_TEST_PREFIX/temp/fastcgi;
    uwsgi_temp_path $NGINX_TEST_PREFIX/temp/uwsgi;
    scgi_temp_path $NGINX_TEST_PREFIX/temp/scgi;
${upstream//\/srv\/hebergement\/nginx-upstream.conf/$UPSTREAM_FILE}
${cache//\/var\/cache\/nginx\/hebergement/$NGINX_TEST_PREFIX/cache}
    server {
        listen 127.0.0.1:$nginx_port;
        server_name hebergement.test;
        include $project/deploy/nginx/hebergement-gzip.conf;
        include $project/deploy/nginx/hebergement-locations.conf;
    }
}
EOF
}

# --- observing the site ---------------------------------------------------------------------

# deploy [args…]: runs deploy.sh as the operator would; output in $output, exit status in $status.
deploy() {
  local started
  started="$(date +%s%N)"
  set +e
  bash "$project/deploy/deploy.sh" "$@" >"$output" 2>&1
  status=$?
  set -e
  elapsed="$(awk -v ns="$(($(date +%s%N) - started))" 'BEGIN { printf "%.1f", ns / 1e9 }')"
}

# deploy_interrupted_at <marker> [args…]: starts deploy.sh in its own process group, as a
# terminal's foreground job, and sends SIGINT to the group (Ctrl-C) once <marker> exists.
deploy_interrupted_at() {
  local marker="$1" pid waited=0
  shift
  rm -f "$marker"
  set -m
  bash "$project/deploy/deploy.sh" "$@" >"$output" 2>&1 &
  pid=$!
  set +m
  while [ ! -e "$marker" ] && [ "$waited" -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
  kill -INT -- "-$pid"
  set +e
  wait "$pid"
  status=$?
  set -e
}

# A header of a fresh answer through nginx (a query string nginx has not cached).
through_nginx() {
  curl -fsS -o /dev/null -D - "http://127.0.0.1:$nginx_port/?probe=$RANDOM$RANDOM" | tr -d '\r' | sed -n "s/^$1: //Ip"
}
serving_version() { [ "$(through_nginx x-release)" = "$1" ]; }
port_answers() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; }
port_silent() { ! port_answers "$1"; }
served_release() { tail -n 1 "$HEBERGEMENT_ROOT/served" | awk '{ print $2 }'; }
served_port() { tail -n 1 "$HEBERGEMENT_ROOT/served" | awk '{ print $3 }'; }
idle_port() { if [ "$(served_port)" = 3410 ]; then echo 3411; else echo 3410; fi; }
lock_is_free() { flock -n "$HEBERGEMENT_ROOT/.deploy.lock" true; }
succeeded() { [ "$status" -eq 0 ]; }
failed() { [ "$status" -ne 0 ]; }
said() { grep -qF -- "$1" "$output"; }
did_not_say() { ! grep -qF -- "$1" "$output"; }
release_count() { find "$HEBERGEMENT_ROOT/releases" -mindepth 1 -maxdepth 1 -type d | wc -l; }
no_release_of() { ! compgen -G "$HEBERGEMENT_ROOT/releases/*-$(git -C "$source_dir" rev-parse --short HEAD)" >/dev/null; }
# Gone, or a zombie: in CI, process 1 may not reap orphans, as systemd would.
process_gone() { ! ps -o stat= -p "$(cat "$1")" | grep -qv '^Z'; }
final_error_names() { grep 'ERREUR' "$output" | grep -qF -- "$1"; }

# --- scenarios ------------------------------------------------------------------------------

ensure_users
make_origin
install_machine

scenario "A first deployment"
commit_site v1
REPO_URL="$origin" deploy main
expect "succeeds" succeeded
expect "serves the release through nginx" serving_version v1
expect "runs it as the service user" test "$(through_nginx x-user)" = hebergement
expect "with the environment file's SITE_URL" test "$(through_nginx x-site-url)" = https://hebergement.test
expect "records it as serving on the first port" test "$(served_port)" = 3410
expect "keeps the build's warnings out of the terminal" did_not_say build-noise
expect "keeps them in the build log" grep -q build-noise "$HEBERGEMENT_ROOT/logs/$(served_release).log"
figure "first deployment (fake site): $elapsed s"

scenario "A deployment under load"
commit_site v2
rm -f "$work/stop-load"
node "$here/load.mjs" "http://127.0.0.1:$nginx_port/" "$work/stop-load" 120 8 >"$work/load.json" &
load_pid=$!
sleep 2
deploy main
sleep 2
touch "$work/stop-load"
wait "$load_pid"
load_failed="$(node -p "require('$work/load.json').failed")"
expect "succeeds" succeeded
expect "loses no request through nginx (0 failed)" test "$load_failed" -eq 0
expect "served both versions during the load, so the switch happened under it" \
  node -e "const r = require('$work/load.json').releases; process.exit(r.v1 > 0 && r.v2 > 0 ? 0 : 1)"
expect "now serves the new version on the other port" serving_version v2
expect "has stopped the old instance" port_silent 3410
expect "enables the serving instance at boot, not the old one" \
  test -e "$STANDIN_STATE/hebergement-transparent@3411.enabled" -a ! -e "$STANDIN_STATE/hebergement-transparent@3410.enabled"
figure "deployment under load (fake site): $elapsed s; load: $(cat "$work/load.json")"

scenario "A content error"
commit_site v3 content-error
deploy main
expect "fails" failed
expect "names the file and line in the final ERREUR line" final_error_names "content/interventions/2026-01-01-panne.mdx:3"
expect "shows no build noise" did_not_say build-noise
expect "says the old version still serves" said "reste en service"
expect "leaves the old version serving" serving_version v2
expect "removes the failed release" no_release_of
deploy --verbose main
expect "shows the build's output with --verbose" said build-noise

scenario "The publication check"
commit_site v4 placeholders
deploy main
expect "refuses to switch while placeholders remain" failed
expect "shows what is left to fill in" said "content/data/identite.yaml:4 — siret"
expect "leaves the old version serving" serving_version v2
deploy --apercu main
expect "is skipped with --apercu" succeeded
expect "with a loud warning" said "ATTENTION : --apercu"
expect "and the preview serves" serving_version v4

scenario "A server that fails only as the service user"
commit_site v5 writes-own-directory
deploy main
expect "fails its trial, before any switch" failed
expect "shows the service's journal (permission denied)" said "EACCES"
expect "leaves the old version serving" serving_version v4
expect "stops the failed instance" port_silent "$(idle_port)"
expect "removes the failed release" no_release_of

scenario "Ctrl-C during the build"
commit_site v6 build-hangs
deploy_interrupted_at "$DEPLOY_TEST_MARKERS/build-started" main
expect "stops the deployment" failed
expect "says it was interrupted" said "interrompu (INT)"
expect "kills the build's whole process tree" process_gone "$DEPLOY_TEST_MARKERS/build-child.pid"
expect "removes the partial release" no_release_of
expect "releases the lock" lock_is_free
expect "leaves the old version serving" serving_version v4
commit_site v7
deploy main
expect "is followed by a deployment that succeeds" serving_version v7

scenario "Ctrl-C during the trial"
commit_site v8 slow-start
deploy_interrupted_at "$DEPLOY_TEST_MARKERS/server-starting" main
expect "stops the deployment" failed
expect "stops the instance on trial" process_gone "$DEPLOY_TEST_MARKERS/server-starting"
expect "removes the partial release" no_release_of
expect "releases the lock" lock_is_free
expect "leaves the old version serving" serving_version v7
commit_site v9
deploy main
expect "is followed by a deployment that succeeds" serving_version v9

scenario "Ctrl-C during the switch (after nginx was reloaded)"
commit_site v10
port_before="$(served_port)"
touch "$STANDIN_STATE/slow-reload"
deploy_interrupted_at "$STANDIN_STATE/reloading" main
rm -f "$STANDIN_STATE/slow-reload"
expect "stops the deployment" failed
expect "points nginx back at the old instance" grep -q "127.0.0.1:$port_before;" "$UPSTREAM_FILE"
expect "which serves" serving_version v9
expect "stops the new instance" port_silent "$(idle_port)"
expect "removes the partial release" no_release_of
expect "releases the lock" lock_is_free
deploy main
expect "is followed by a deployment that succeeds" serving_version v10
v10_release="$(served_release)"

scenario "A rollback after a deployment that followed a rollback"
commit_site v11
deploy main
deploy --rollback
expect "the first rollback serves the previous release again" serving_version v10
figure "rollback: $elapsed s"
commit_site v12
KEEP_RELEASES=1 deploy main
expect "a deployment after it succeeds" serving_version v12
expect "pruning (1 release kept) still keeps what last served before" test -d "$HEBERGEMENT_ROOT/releases/$v10_release"
deploy --rollback
expect "the second rollback goes back to what served before (v10), not to the release rolled away from (v11)" serving_version v10
expect "releases kept: the serving one and the rollback target" test "$(release_count)" -eq 2

scenario "A rollback to something that is not a release"
before="$(served_release)"
for name in .. ../releases "$before/.." nonexistent "/$before"; do
  deploy --rollback "$name"
  expect "refuses « $name »" failed
done
expect "leaves the site as it was" serving_version v10
# From a directory `deploy` cannot read (root's home), as `deploy`: a clear refusal, no noise.
set +e
# A copy deploy can read: the checkout itself may sit in a directory only root can enter.
readable_script="$(mktemp /tmp/hebergement-deploy-XXXXXX.sh)"
install -m 0755 "$project/deploy/deploy.sh" "$readable_script"
(cd /root && runuser -u deploy -- bash "$readable_script" --rollback ..) >"$output" 2>&1
rm -f "$readable_script"
status=$?
set -e
expect "run by deploy from an unreadable directory, refuses with an ERREUR line" said "ERREUR : « .. » n'est pas une version"
expect "and prints nothing else (no find or permission noise)" test "$(wc -l <"$output")" -eq 1


# --- content-only publication and the static mirror ------------------------------------------

# commit_content <message>: commits what changed under $source_dir/content only, pushed to main.
commit_content() {
  git -C "$source_dir" add -A content
  git -C "$source_dir" -c user.name=test -c user.email=test@example.invalid commit --quiet -m "$1"
  git -C "$source_dir" push --quiet origin HEAD:main
}
# A header straight from the serving instance (no nginx cache).
instance_header() {
  curl -fsS -o /dev/null -D - "http://127.0.0.1:$(served_port)/" | tr -d '\r' | sed -n "s/^$1: //Ip"
}
content_served_is() { [ "$(tail -n 1 "$HEBERGEMENT_ROOT/served" | awk '{ print $4 }')" = "$1" ]; }
lists_file() { tr ',' '\n' <<<"$(instance_header x-contenu)" | grep -qxF -- "$1"; }
not_writable_by_service_user() { ! runuser -u hebergement -- test -w "$1"; }

scenario "A content-only publication (--contenu), under load, with the mirror pushed"
commit_site v13
deploy main
expect "a full deployment first" serving_version v13
pid_before="$(instance_header x-pid)"
revision_before="$(instance_header x-contenu-revision)"
releases_before="$(release_count)"
export MIRROR_TARGET="$work/mirror-target/" MIRROR_SCRIPT="$project/deploy/push-mirror.sh"
mkdir -p "$source_dir/content/interventions"
printf -- '---\ntitle: Maintenance\nstart: 2026-02-01T08:00:00Z\n---\nRedémarrage.\n' >"$source_dir/content/interventions/2026-02-01-maintenance.mdx"
future="$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:00Z)"
printf '%s\n' "$future" >"$source_dir/content/echeance.txt"
commit_content "Maintenance du 1er février"
content_commit="$(git -C "$source_dir" rev-parse HEAD)"
rm -f "$work/stop-load"
node "$here/load.mjs" "http://127.0.0.1:$nginx_port/" "$work/stop-load" 120 8 >"$work/load.json" &
load_pid=$!
sleep 1
deploy --contenu main
sleep 1
touch "$work/stop-load"
wait "$load_pid"
expect "succeeds" succeeded
expect "as a content-only publication (no build)" said "publication du contenu seul"
expect "builds no release" test "$(release_count)" -eq "$releases_before"
expect "reloads the serving instance without restarting it (same pid)" test "$(instance_header x-pid)" = "$pid_before"
expect "which serves the new file" lists_file interventions/2026-02-01-maintenance.mdx
expect "under a new content revision" test "$(instance_header x-contenu-revision)" != "$revision_before"
expect "loses no request through nginx (0 failed)" test "$(node -p "require('$work/load.json').failed")" -eq 0
expect "records the new content commit in served" content_served_is "$content_commit"
expect "the instance's content link names that commit" \
  test "$(readlink "$HEBERGEMENT_ROOT/instances/$(served_port)/content")" = "../../content/$content_commit"
expect "the content is not writable by the service user" \
  not_writable_by_service_user "$HEBERGEMENT_ROOT/content/$content_commit/interventions/2026-02-01-maintenance.mdx"
expect "nor is the release" not_writable_by_service_user "$HEBERGEMENT_ROOT/releases/$(served_release)/.next/standalone"
figure "content-only publication (fake site): $elapsed s in all, of which $(sed -n 's/.*contenu publié en \([0-9.]*\) s.*/\1/p' "$output") s from start to new content served (the rest: mirror export and push); load: $(cat "$work/load.json")"
expect "pushes the mirror to the local target" grep -q "2026-02-01-maintenance.mdx" "$work/mirror-target/index.html"
expect "with the copy time" grep -q "Copie de secours du" "$work/mirror-target/index.html"
expect "writes the next state change for the timer" test "$(cat "$HEBERGEMENT_ROOT/miroir-prochaine-echeance")" = "$future"
# --planifier, with a systemd-run stand-in that records its arguments.
mkdir -p "$work/fakebin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"%s/systemd-run.args"\n' "$work" >"$work/fakebin/systemd-run"
chmod +x "$work/fakebin/systemd-run"
PATH="$work/fakebin:$PATH" bash "$project/deploy/push-mirror.sh" --planifier >"$output" 2>&1 || true
expect "--planifier schedules a transient timer 2 s after that change" \
  grep -qxF -- "--on-calendar=$(date -u -d "@$(($(date -u -d "$future" +%s) + 2))" '+%Y-%m-%d %H:%M:%S UTC')" "$work/systemd-run.args"
expect "which starts the mirror service" grep -qx "hebergement-miroir.service" "$work/systemd-run.args"

scenario "A broken content file, published with --contenu"
revision_before="$(instance_header x-contenu-revision)"
printf -- '---\ntitle: Cassé\nstart: demain\n---\n' >"$source_dir/content/interventions/2026-03-01-casse.mdx"
commit_content "Fichier cassé"
deploy --contenu main
expect "is refused" failed
expect "names the file, line and field in the ERREUR line" final_error_names "content/interventions/2026-03-01-casse.mdx:3 — start"
expect "the old content is still served" test "$(instance_header x-contenu-revision)" = "$revision_before"
expect "served still names the previous content" content_served_is "$content_commit"
expect "says the old version still serves" said "reste en service"
git -C "$source_dir" rm --quiet "content/interventions/2026-03-01-casse.mdx"
commit_content "Fichier réparé"
touch "$DEPLOY_TEST_MARKERS/miroir-fails"
deploy --contenu main
rm -f "$DEPLOY_TEST_MARKERS/miroir-fails"
expect "the repaired commit is published" succeeded
expect "a mirror push that fails is only a warning" said "ATTENTION : le miroir n'a pas pu être mis à jour"
content_after_fix="$(git -C "$source_dir" rev-parse HEAD)"
release_with_content="$(served_release)"

scenario "A commit that touches code, published with --contenu"
port_before="$(served_port)"
printf 'Mise à jour.\n' >>"$source_dir/content/interventions/2026-02-01-maintenance.mdx"
commit_site v14
deploy --contenu main
expect "falls back to a full deployment, saying so" said "déploiement complet"
expect "names the file outside content/" said "version.txt"
expect "succeeds" succeeded
expect "serves the new code" serving_version v14
expect "on the other port" test "$(served_port)" != "$port_before"
figure "--contenu falling back to a full deployment (fake site): $elapsed s"

scenario "A rollback after content-only publications"
deploy --rollback
expect "serves the previous release again" test "$(served_release)" = "$release_with_content"
expect "with the content that last served with it, not its build's" content_served_is "$content_after_fix"
expect "which the instance reads" lists_file interventions/2026-02-01-maintenance.mdx
unset MIRROR_TARGET MIRROR_SCRIPT

if [ "${DEPLOY_TEST_REAL_SITE:-1}" = 1 ]; then
  scenario "Deploying the real site (this repository's HEAD): refused while placeholders remain"
  git clone --quiet --bare "$project" "$work/real.git"
  # Last on purpose: the deployment's mirror now follows this repository, not the fake site's.
  serving_before="$(served_release)"
  REPO_URL="$work/real.git" deploy "$(git -C "$project" rev-parse HEAD)"
  expect "is refused by the publication check" failed
  expect "lists what the operator must fill in, page by page" said "Publication impossible"
  expect "names the file and field of a placeholder" said "content/data/identite.yaml:12 — siret : à compléter"
  expect "and leaves the fake site serving" test "$(served_release)" = "$serving_before"

  scenario "Deploying the real site (this repository's HEAD) as a preview, under load"
  rm -f "$work/stop-load"
  node "$here/load.mjs" "http://127.0.0.1:$nginx_port/" "$work/stop-load" 600 4 >"$work/load.json" &
  load_pid=$!
  REPO_URL="$work/real.git" deploy --apercu "$(git -C "$project" rev-parse HEAD)"
  sleep 2
  touch "$work/stop-load"
  wait "$load_pid"
  expect "succeeds" succeeded
  expect "loses no request through nginx (0 failed)" test "$(node -p "require('$work/load.json').failed")" -eq 0
  expect "serves the real site through nginx" \
    grep -q '<html' <<<"$(curl -fsS "http://127.0.0.1:$nginx_port/?probe=real")"
  figure "deployment of the real site (npm ci + build + trial + switch): $elapsed s; load: $(cat "$work/load.json")"
  deploy --rollback
  expect "and rolls back to the fake site" test "$(served_release)" = "$serving_before"
  figure "rollback from the real site: $elapsed s"
fi

printf '\nMeasured:\n'
sed 's/^/  /' "$figures"
if [ "$failures" -gt 0 ]; then
  printf '\n%s expectation(s) failed\n' "$failures"
  exit 1
fi
printf '\nAll expectations met.\n'
