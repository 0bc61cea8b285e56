#!/usr/bin/env bash
# Deploys « Hébergement transparent »: builds a release first, switches to it only if everything
# succeeded, and rolls back if the new server does not answer.
#
#   deploy/deploy.sh [--with-tests] <git-ref>    build <git-ref> (branch, tag or commit), serve it
#   deploy/deploy.sh --rollback [<release>]      serve the previous release (or the named one) again
#
# Layout (HEBERGEMENT_ROOT, /srv/hebergement by default):
#   repo.git/                    bare mirror of REPO_URL, fetched at each deployment
#   releases/<date>-<commit>/    one directory per build; the KEEP_RELEASES most recent are kept
#   current -> releases/…        what systemd and nginx serve, switched atomically
#
# Why the site stays up:
# - a build that fails (npm ci, tests, a content error caught by `next build`) stops the script
#   before `current` changes: the running server is never touched;
# - the new release is started once on a spare port before the switch (preflight);
# - during the restart itself (~1 s), nginx answers from its micro-cache:
#   `proxy_cache_use_stale error timeout updating …` in deploy/nginx/hebergement-locations.conf
#   serves the last copy of a page while Node does not answer;
# - if the restarted server does not answer HEALTH_URL, `current` goes back to the previous
#   release and the server is restarted again.
#
# Environment (defaults are the production values; override them to test in a temporary dir):
#   REPO_URL          repository to deploy from; required the first time, then remembered in repo.git
#   HEBERGEMENT_ROOT  /srv/hebergement
#   SITE_URL          public origin, given to `npm run build` and the preflight; by default the
#                     SITE_URL line of ENVIRONMENT_FILE, the file the systemd unit reads, so that
#                     the build and the server agree          (https://hebergement.example)
#   ENVIRONMENT_FILE  /etc/hebergement/environment
#   RESTART_COMMAND   restarts the server                        (systemctl restart hebergement-transparent.service,
#                                                                  through `sudo -n` when not root)
#   HEALTH_URL        checked after the restart                  (http://127.0.0.1:3000/)
#   HEALTH_RETRIES    attempts, one per second                   (30)
#   PREFLIGHT_PORT    loopback port for the preflight; 0 skips it (3001)
#   KEEP_RELEASES     releases kept on disk                      (5)
set -euo pipefail

HEBERGEMENT_ROOT="${HEBERGEMENT_ROOT:-/srv/hebergement}"
ENVIRONMENT_FILE="${ENVIRONMENT_FILE:-/etc/hebergement/environment}"
if [ -z "${SITE_URL:-}" ] && [ -r "$ENVIRONMENT_FILE" ]; then
  # Read the one line, without running the file as shell code.
  SITE_URL="$(sed -n 's/^[[:space:]]*SITE_URL=//p' "$ENVIRONMENT_FILE" | tail -n 1 | tr -d "\"'")"
fi
SITE_URL="${SITE_URL:-https://hebergement.example}"
HEALTH_URL="${HEALTH_URL:-http://127.0.0.1:3000/}"
HEALTH_RETRIES="${HEALTH_RETRIES:-30}"
PREFLIGHT_PORT="${PREFLIGHT_PORT:-3001}"
KEEP_RELEASES="${KEEP_RELEASES:-5}"
if [ -z "${RESTART_COMMAND:-}" ]; then
  RESTART_COMMAND="systemctl restart hebergement-transparent.service"
  [ "$(id -u)" -eq 0 ] || RESTART_COMMAND="sudo -n $RESTART_COMMAND"
fi

mirror="$HEBERGEMENT_ROOT/repo.git"
releases="$HEBERGEMENT_ROOT/releases"
current="$HEBERGEMENT_ROOT/current"

log() { printf '[deploy %s] %s\n' "$(date '+%H:%M:%S')" "$*"; }
die() { log "ERREUR : $*" >&2; exit 1; }

usage() {
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}

# --- releases and the `current` link --------------------------------------------------------

# Release names, oldest first (they start with the UTC date and time of the build).
list_releases() {
  find "$releases" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort
}

# Name of the release `current` points to (empty before the first deployment).
current_release() {
  if [ -L "$current" ]; then basename "$(readlink "$current")"; fi
}

# Points `current` at releases/<name> atomically: a new link under a temporary name, renamed over
# the old one (rename(2) replaces it in one step; `ln -sfn` alone unlinks, then creates).
switch_to() {
  local name="$1" temporary="$current.switch-$$"
  if ! { ln -sfn "releases/$name" "$temporary" && mv -T "$temporary" "$current"; }; then
    die "impossible de pointer current vers $name"
  fi
  log "current -> releases/$name"
}

restart_server() {
  log "redémarrage : $RESTART_COMMAND"
  # fd 9 holds the deployment lock: a server started by the command must not inherit it.
  bash -c "$RESTART_COMMAND" 9>&-
}

# Succeeds as soon as $1 answers 2xx, trying HEALTH_RETRIES times one second apart.
wait_healthy() {
  local url="$1" attempt
  for ((attempt = 1; attempt <= HEALTH_RETRIES; attempt++)); do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      log "$url répond (essai $attempt)"
      return 0
    fi
    sleep 1
  done
  log "$url ne répond pas après $HEALTH_RETRIES essais"
  return 1
}

# Restarts on `current` and checks it; on failure, goes back to release $1 (if any).
restart_or_roll_back() {
  local fallback="$1"
  restart_server || log "la commande de redémarrage a échoué"
  if wait_healthy "$HEALTH_URL"; then return 0; fi
  if [ -z "$fallback" ]; then
    log "pas de version précédente vers laquelle revenir"
    return 1
  fi
  log "RETOUR ARRIÈRE vers $fallback"
  switch_to "$fallback"
  restart_server || log "la commande de redémarrage a échoué"
  wait_healthy "$HEALTH_URL" || log "la version précédente ne répond pas non plus : intervention manuelle nécessaire"
  return 1
}

# Keeps the KEEP_RELEASES most recent releases, and always the one being served.
prune_releases() {
  local serving name
  serving="$(current_release)"
  while read -r name; do
    if [ -z "$name" ] || [ "$name" = "$serving" ]; then continue; fi
    log "suppression de l'ancienne version $name"
    rm -rf "${releases:?}/$name"
  done < <(list_releases | sort -r | tail -n "+$((KEEP_RELEASES + 1))")
}

# --- building a release ---------------------------------------------------------------------

fetch_sources() {
  if [ ! -d "$mirror" ]; then
    [ -n "${REPO_URL:-}" ] || die "REPO_URL est requis pour le premier déploiement"
    log "clonage de $REPO_URL"
    git clone --quiet --mirror "$REPO_URL" "$mirror"
  else
    [ -z "${REPO_URL:-}" ] || git -C "$mirror" remote set-url origin "$REPO_URL"
    log "récupération de $(git -C "$mirror" remote get-url origin)"
    git -C "$mirror" fetch --quiet --prune origin
  fi
}

# Copies the files of $1 that $2 lacks. Pages still cached by nginx, or open in a browser, name
# the previous build's hashed assets: they must keep loading after the switch.
copy_missing_files() {
  local from="$1" to="$2" file
  [ -d "$from" ] || return 0
  while IFS= read -r -d '' file; do
    [ -e "$to/$file" ] || install -D -m 0644 "$from/$file" "$to/$file"
  done < <(cd "$from" && find . -type f -print0)
}

# Builds releases/$1 from commit $2, in a subshell: any failure aborts the build only. Call it as
# a background job and `wait` for it: bash ignores `set -e` inside a function called as an `if`
# or `||` condition, even in a subshell, and a failed step would go unnoticed.
build_release() {
  local dir="$releases/$1" commit="$2" previous="$3" with_tests="$4"
  (
    set -euo pipefail
    mkdir -p "$dir"
    git -C "$mirror" archive "$commit" | tar -x -C "$dir"
    printf '%s\n' "$commit" >"$dir/REVISION"
    cd "$dir"
    # Dev dependencies are needed to build: never install with NODE_ENV=production.
    unset NODE_ENV
    export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    if [ "$with_tests" = yes ]; then
      log "npm test"
      npm test
    fi
    log "npm run build (SITE_URL=$SITE_URL)"
    SITE_URL="$SITE_URL" npm run build
    [ -f .next/standalone/server.js ] || { log ".next/standalone/server.js absent après le build"; exit 1; }
    if [ -n "$previous" ]; then
      copy_missing_files "$releases/$previous/.next/static" .next/standalone/.next/static
    fi
    # The standalone server carries its own node_modules: the build's are 10 times larger.
    rm -rf node_modules .next/cache
  )
}

# Starts the new release on a spare port and asks for `/`, before anything is switched.
preflight() {
  local dir="$releases/$1/.next/standalone" pid status=0
  [ "$PREFLIGHT_PORT" != 0 ] || return 0
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PREFLIGHT_PORT/"; then
    log "le port $PREFLIGHT_PORT est déjà utilisé : essai impossible"
    return 1
  fi
  log "essai de la nouvelle version sur le port $PREFLIGHT_PORT"
  (cd "$dir" && NODE_ENV=production HOSTNAME=127.0.0.1 PORT="$PREFLIGHT_PORT" SITE_URL="$SITE_URL" NEXT_TELEMETRY_DISABLED=1 \
    exec node server.js >"$dir/../preflight.log" 2>&1 9>&-) &
  pid=$!
  wait_healthy "http://127.0.0.1:$PREFLIGHT_PORT/" || status=1
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    log "la nouvelle version ne démarre pas ; fin de son journal :"
    tail -n 20 "$dir/../preflight.log" >&2 || true
  fi
  return "$status"
}

# --- commands -------------------------------------------------------------------------------

deploy() {
  local ref="$1" with_tests="$2" commit short name previous
  fetch_sources
  commit="$(git -C "$mirror" rev-parse --verify --quiet "$ref^{commit}")" || die "référence git inconnue : $ref"
  short="$(git -C "$mirror" rev-parse --short "$commit")"
  name="$(date -u +%Y%m%dT%H%M%SZ)-$short"
  previous="$(current_release)"
  log "version $name ($ref = $commit) ; servie actuellement : ${previous:-aucune}"

  # An interrupted build must not leave a half-built release behind (expanded now on purpose).
  # shellcheck disable=SC2064
  trap "rm -rf '$releases/$name'" EXIT
  build_release "$name" "$commit" "$previous" "$with_tests" &
  if ! wait "$!"; then
    die "échec de la construction de $name : rien n'a changé, ${previous:-aucune version} reste en service"
  fi
  if ! preflight "$name"; then
    die "$name ne répond pas à l'essai : rien n'a changé, ${previous:-aucune version} reste en service"
  fi
  trap - EXIT

  switch_to "$name"
  if ! restart_or_roll_back "$previous"; then
    rm -rf "${releases:?}/$name"
    die "$name ne répond pas après le redémarrage ; ${previous:-aucune version} est de nouveau en service"
  fi
  prune_releases
  log "déployé : $name"
}

roll_back() {
  local target="${1:-}" serving
  serving="$(current_release)"
  if [ -z "$target" ]; then
    # The most recent release older than the one being served.
    target="$(list_releases | awk -v serving="$serving" '$0 < serving' | tail -n 1)"
  fi
  if [ -z "$target" ] || [ ! -d "$releases/$target" ]; then
    die "aucune version à remettre en service (${target:-aucune antérieure à $serving})"
  fi
  log "remise en service de $target (servie actuellement : ${serving:-aucune})"
  switch_to "$target"
  restart_or_roll_back "$serving" || die "$target ne répond pas ; $serving est de nouveau en service"
  log "en service : $target"
}

main() {
  local with_tests=no rollback=no
  while [ $# -gt 0 ]; do
    case "$1" in
      --with-tests) with_tests=yes ;;
      --rollback) rollback=yes ;;
      -h | --help) usage 0 ;;
      -*) usage ;;
      *) break ;;
    esac
    shift
  done
  if [ "$rollback" = yes ]; then
    [ $# -le 1 ] || usage
    [ -d "$releases" ] || die "aucune version dans $releases"
  else
    [ $# -eq 1 ] || usage
    mkdir -p "$releases"
  fi
  # One deployment at a time.
  exec 9>"$HEBERGEMENT_ROOT/.deploy.lock"
  flock -n 9 || die "un autre déploiement est en cours"
  if [ "$rollback" = yes ]; then
    roll_back "${1:-}"
  else
    deploy "$1" "$with_tests"
  fi
}

main "$@"
