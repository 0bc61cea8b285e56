#!/usr/bin/env bash
# Deploys « Hébergement transparent » with no gap: builds a release, starts it on the idle port
# under the real service, points nginx at it once it answers, then stops the old instance.
#
#   hebergement-deploy [--verbose] [--with-tests] [--apercu] <git-ref>
#       build <git-ref> (branch, tag or commit) and serve it
#   hebergement-deploy [--verbose] [--apercu] --contenu <git-ref>
#       publish only the content of <git-ref> (an incident update) in the serving instance,
#       without a build: falls back to a full deployment when anything outside content/ changed
#   hebergement-deploy [--verbose] --rollback [<release>]
#       serve again the release that served before the current one (or the named one), with the
#       content that last served with it
#
#   --verbose      show the output of npm ci and of the build (always kept in logs/<release>.log)
#   --with-tests   run `npm test` before the build
#   --apercu       skip the publication check (placeholders left in the content): preview only
#
# Layout (HEBERGEMENT_ROOT, /srv/hebergement by default):
#   repo.git/                          bare mirror of REPO_URL, fetched at each deployment
#   releases/<date>-<commit>/          one directory per build
#   instances/<port>/release -> …      the release instance <port> runs (3000 or 3001)
#   current -> releases/…              the release being served (for people and tools)
#   served                             one line per switch or content publication:
#                                      « <UTC time> <release> <port> <content commit> »
#   content/<commit>/                  the content/ directory of a commit, read-only to the server
#   instances/<port>/content -> …      the content instance <port> reads (CONTENT_DIR in the unit)
#   nginx-upstream.conf                `server 127.0.0.1:<port>;`, included by nginx's upstream
#   logs/                              build logs and this script's own journal (deploy.log)
#
# How a deployment goes, and why the site never stops answering:
#   1. build: a new release directory, `npm ci`, `npm run build`, the publication check; each
#      step in its own session, with a time limit, its output in logs/<release>.log;
#   2. trial: the release is linked to the idle instance, which is started by systemd (as the
#      service user, with the environment file) and must answer HEALTH_PATH;
#   3. switch: nginx-upstream.conf names the idle port, `nginx -t`, `nginx -s reload`, and the
#      script waits until the old nginx workers have finished their requests and exited;
#   4. only then is the switch recorded (served, current) and the old instance stopped.
# A failure or an interruption (Ctrl-C, SIGTERM, SIGHUP) before step 4 undoes what was done:
# build processes killed, nginx pointed back, new instance stopped, partial release removed. The
# lock is released with the script's file descriptor.
#
# A content-only publication (--contenu) builds nothing and starts nothing: the commit's content/
# is checked by the serving release's own `npm run check` (and the publication check), installed
# as content/<commit>/, the serving instance's content link is switched to it, and the instance is
# reloaded (`systemctl reload`, SIGHUP: the server re-reads and validates its content, and keeps
# the old one if it refuses the new). The script waits until the instance's X-Contenu-Revision
# header changes; if it does not, the link is put back. The release keeps its node_modules (only
# the serving one) so that the check runs without `npm ci`.
#
# After each publication, when MIRROR_TARGET is set, the static mirror is exported from the
# serving instance and pushed there (push-mirror.sh); a failed push is only a warning.
#
# Environment (defaults are the production values; the test overrides them, tests/deploy/):
#   REPO_URL          repository to deploy from; required the first time, then kept in repo.git
#   HEBERGEMENT_ROOT  /srv/hebergement
#   ENVIRONMENT_FILE  /etc/hebergement/environment (read by the unit; its SITE_URL line is given
#                     to the build, so that the build and the server agree)
#   SITE_URL          overrides the environment file's SITE_URL for the build
#   UPSTREAM_FILE     $HEBERGEMENT_ROOT/nginx-upstream.conf
#   NGINX_PID_FILE    /run/nginx.pid
#   HEALTH_PATH       path asked of a new instance                   (/)
#   HEALTH_TIMEOUT    seconds a new instance has to answer           (60)
#   NPM_CI_TIMEOUT    seconds allowed to `npm ci`                    (900)
#   BUILD_TIMEOUT     seconds allowed to the build, and to the tests (900)
#   RELOAD_TIMEOUT    seconds allowed to old nginx workers to finish (60)
#   KEEP_RELEASES     releases kept on disk, besides the served one and the rollback target (5)
#   PORTS             the two instances' ports                       (3000 3001)
#   CONTENT_RELOAD_TIMEOUT  seconds the instance has to serve new content after a reload (30)
#   MIRROR_TARGET     rsync destination of the static mirror (user@host:/var/www/etat/); also read
#                     from the environment file; unset: no mirror push
#   MIRROR_SCRIPT     the push script     ($HEBERGEMENT_ROOT/current/deploy/push-mirror.sh)
# systemctl, journalctl and nginx are run through `sudo -n` when the script is not run as root.
set -euo pipefail

# A known, readable working directory: run from a home `deploy` cannot read (sudo from root's),
# git, npm and the shell's own file tests would fail in confusing ways.
cd /

HEBERGEMENT_ROOT="${HEBERGEMENT_ROOT:-/srv/hebergement}"
ENVIRONMENT_FILE="${ENVIRONMENT_FILE:-/etc/hebergement/environment}"
if [ -z "${SITE_URL:-}" ] && [ -r "$ENVIRONMENT_FILE" ]; then
  # Read the one line, without running the file as shell code.
  SITE_URL="$(sed -n 's/^[[:space:]]*SITE_URL=//p' "$ENVIRONMENT_FILE" | tail -n 1 | tr -d "\"'")"
fi
SITE_URL="${SITE_URL:-https://hebergement.example}"
if [ -z "${MIRROR_TARGET:-}" ] && [ -r "$ENVIRONMENT_FILE" ]; then
  MIRROR_TARGET="$(sed -n 's/^[[:space:]]*MIRROR_TARGET=//p' "$ENVIRONMENT_FILE" | tail -n 1 | tr -d "\"'")"
fi
MIRROR_TARGET="${MIRROR_TARGET:-}"
MIRROR_SCRIPT="${MIRROR_SCRIPT:-$HEBERGEMENT_ROOT/current/deploy/push-mirror.sh}"
CONTENT_RELOAD_TIMEOUT="${CONTENT_RELOAD_TIMEOUT:-30}"
UPSTREAM_FILE="${UPSTREAM_FILE:-$HEBERGEMENT_ROOT/nginx-upstream.conf}"
NGINX_PID_FILE="${NGINX_PID_FILE:-/run/nginx.pid}"
HEALTH_PATH="${HEALTH_PATH:-/}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-60}"
NPM_CI_TIMEOUT="${NPM_CI_TIMEOUT:-900}"
BUILD_TIMEOUT="${BUILD_TIMEOUT:-900}"
RELOAD_TIMEOUT="${RELOAD_TIMEOUT:-60}"
KEEP_RELEASES="${KEEP_RELEASES:-5}"

readonly unit=hebergement-transparent
# The two instances' ports; the test uses others, so as not to disturb a site running here.
read -r -a ports <<<"${PORTS:-3000 3001}"
mirror="$HEBERGEMENT_ROOT/repo.git"
releases="$HEBERGEMENT_ROOT/releases"
instances="$HEBERGEMENT_ROOT/instances"
contents="$HEBERGEMENT_ROOT/content"
current="$HEBERGEMENT_ROOT/current"
served_file="$HEBERGEMENT_ROOT/served"
logs="$HEBERGEMENT_ROOT/logs"
journal="$logs/deploy.log"

verbose=no
# What the exit handler must undo; see on_exit.
phase=none            # none | build | trial | switch | content | done
release=""            # the release being deployed or put back
release_is_new=no     # yes: built by this run, removed if it never served
idle_port=""
old_port=""
old_upstream=""       # nginx-upstream.conf before the switch
nginx_reloaded=no
step_session=""       # session id of the running build step, killed on interruption
content_commit=""     # the content the release being put in service reads
old_content_link=""   # content publication: the serving instance's link before the switch
content_switched=no
failure=""            # the ERREUR line, printed last
interrupted=""

# --- messages -------------------------------------------------------------------------------

# Every line also goes to logs/deploy.log: after a lost SSH connection (SIGHUP), that is where
# the operator reads how the deployment ended. A closed terminal must not stop the clean-up.
log() {
  local line
  line="[deploy $(date '+%H:%M:%S')] $*"
  printf '%s\n' "$line" 2>/dev/null || true
  if [ -d "$logs" ]; then { printf '%s\n' "$line" >>"$journal"; } 2>/dev/null || true; fi
}
warn() { log "ATTENTION : $*" >&2; }
# Stops the script: on_exit undoes the unfinished steps, then prints this message and the state
# of the site.
fail() {
  failure="$*"
  exit 1
}

usage() {
  trap - EXIT
  cat <<'EOF'
Utilisation :
  hebergement-deploy [--verbose] [--with-tests] [--apercu] <référence-git>
      construit <référence-git> (branche, étiquette ou commit) et la met en service
  hebergement-deploy [--verbose] [--apercu] --contenu <référence-git>
      publie seulement le contenu (content/) de <référence-git>, sans build ni redémarrage ;
      si le commit change autre chose que content/, fait un déploiement complet
  hebergement-deploy [--verbose] --rollback [<version>]
      remet en service la version qui servait avant l'actuelle (ou la version nommée),
      avec le contenu qui servait avec elle

  --verbose      affiche la sortie de npm ci et du build (toujours gardée dans logs/<version>.log)
  --with-tests   lance `npm test` avant le build
  --apercu       saute la vérification avant publication (textes à compléter) : aperçu seulement
EOF
  exit "${1:-2}"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

# --- state: which release serves, on which port, and what served before ----------------------

# « <release> <port> » of the last switch. Before the first deployment with this script, a
# `current` link left by the previous one is taken as serving on port 3000.
serving() {
  if [ -s "$served_file" ]; then
    tail -n 1 "$served_file" | awk '{ print $2, $3 }'
  elif [ -L "$current" ]; then
    printf '%s %s\n' "$(basename "$(readlink "$current")")" "${ports[0]}"
  fi
}
serving_release() { serving | awk '{ print $1 }'; }
serving_port() { serving | awk '{ print $2 }'; }

# The last release that served before the one serving now, and still on disk.
rollback_target() {
  local now name
  now="$(serving_release)"
  [ -s "$served_file" ] || return 0
  # Newest first; a process substitution, so that stopping early breaks no pipeline.
  while read -r name; do
    if [ "$name" != "$now" ] && [ -d "$releases/$name" ]; then
      printf '%s\n' "$name"
      return 0
    fi
  done < <(tac "$served_file" | awk '{ print $2 }')
}

# The commit whose content/ the serving instance reads: the last line's fourth field, or, for a
# line written before content publications existed, the release's own commit.
serving_content() {
  local name commit=""
  name="$(serving_release)"
  [ -n "$name" ] || return 0
  [ -s "$served_file" ] && commit="$(tail -n 1 "$served_file" | awk '{ print $4 }')"
  printf '%s\n' "${commit:-$(release_commit "$name")}"
}

release_commit() { cat "$releases/$1/REVISION" 2>/dev/null || true; }

# The content that last served with release $1 (what a rollback restores), else its own commit.
content_of_release() {
  local commit
  commit="$(awk -v r="$1" '$2 == r && $4 != "" { c = $4 } END { print c }' "$served_file" 2>/dev/null || true)"
  printf '%s\n' "${commit:-$(release_commit "$1")}"
}

# Records that $1 serves on port $2 with the content of commit $3: a line in `served`, and
# `current` switched atomically (a new link renamed over the old one; `ln -sfn` alone unlinks,
# then creates).
record_served() {
  local name="$1" port="$2" content="${3:-}"
  printf '%s %s %s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$port" "$content" >>"$served_file"
  ln -sfn "releases/$name" "$current.new"
  mv -T "$current.new" "$current"
}

# A release name as this script writes them, and a release that exists: refuses `..`, paths,
# and anything else.
is_release() {
  [[ "$1" =~ ^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{4,40}$ ]] && [ -f "$releases/$1/.next/standalone/server.js" ]
}

list_releases() {
  local dir
  for dir in "$releases"/*/; do
    [ -d "$dir" ] && basename "$dir"
  done
  return 0
}

# Keeps the served release, the rollback target and the KEEP_RELEASES most recent ones.
prune_releases() {
  local now target name
  now="$(serving_release)"
  target="$(rollback_target)"
  list_releases | sort -r | tail -n "+$((KEEP_RELEASES + 1))" | while read -r name; do
    if [ "$name" = "$now" ] || [ "$name" = "$target" ]; then continue; fi
    log "suppression de l'ancienne version $name"
    rm -rf "${releases:?}/$name"
  done
  # node_modules (750 Mo for the real site) is kept in the serving release only, for the content
  # check of a content publication; a rollback target gets it back with `npm ci` if needed.
  list_releases | while read -r name; do
    if [ "$name" != "$now" ] && [ -d "$releases/$name/node_modules" ]; then rm -rf "${releases:?}/$name/node_modules"; fi
  done
  prune_contents
  # Build logs: the 20 most recent.
  # shellcheck disable=SC2012 # names are ours: date-commit.log
  { ls -1t "$logs" | grep -v '^deploy\.log$' || true; } | tail -n +21 | while read -r name; do rm -f "${logs:?}/$name"; done
}

# Content directories: kept if an instance links to one, or if it is the last content of a
# release still on disk (a rollback restores it), or its release's own commit.
prune_contents() {
  local keep name dir
  [ -d "$contents" ] || return 0
  keep="$(
    for dir in "$instances"/*/content; do [ -L "$dir" ] && basename "$(readlink "$dir")"; done
    list_releases | while read -r name; do content_of_release "$name"; release_commit "$name"; done
  )"
  for dir in "$contents"/*/; do
    [ -d "$dir" ] || continue
    name="$(basename "$dir")"
    grep -qxF -- "$name" <<<"$keep" || rm -rf "${contents:?}/$name"
  done
  rm -rf "$contents"/.*.partial 2>/dev/null || true
}

# Installs content/<commit>/ from the repository: extracted aside, then renamed into place, so
# that a directory under its final name is always complete. Files are created by `deploy` with
# mode 0644 (directories 0755): the server, another user, can read them and write nothing.
install_content() {
  local commit="$1" partial
  [ -d "$contents/$commit" ] && return 0
  mkdir -p "$contents"
  partial="$contents/.$commit.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  (umask 022 && git -C "$mirror" archive "$commit" content | tar -x --no-same-permissions -C "$partial" --strip-components=1) ||
    fail "impossible d'extraire content/ du commit $commit"
  chmod -R u+rwX,go+rX,go-w "$partial"
  mv -T "$partial" "$contents/$commit"
}

# Points instance $1's content link at content/<commit $2>, atomically.
link_instance_content() {
  mkdir -p "$instances/$1"
  ln -sfn "../../content/$2" "$instances/$1/content.new"
  mv -T "$instances/$1/content.new" "$instances/$1/content"
}

# --- building -------------------------------------------------------------------------------

fetch_sources() {
  if [ ! -d "$mirror" ]; then
    [ -n "${REPO_URL:-}" ] || fail "REPO_URL est requis pour le premier déploiement (REPO_URL=… hebergement-deploy main)"
    log "clonage de $REPO_URL"
    git clone --quiet --mirror "$REPO_URL" "$mirror" || fail "impossible de cloner $REPO_URL (voir le message de git ci-dessus)"
  else
    [ -z "${REPO_URL:-}" ] || git -C "$mirror" remote set-url origin "$REPO_URL"
    log "récupération de $(git -C "$mirror" remote get-url origin)"
    git -C "$mirror" fetch --quiet --prune origin || fail "impossible de récupérer le dépôt (voir le message de git ci-dessus)"
  fi
}

# Runs a command in release $release, in a session of its own (so that an interruption kills
# every process it started, npm's children included), under a time limit. Output goes to
# $step_log, and to the terminal too with --verbose.
run_step() {
  local limit="$1" status=0
  shift
  if [ "$verbose" = yes ]; then
    setsid timeout --kill-after=10 "$limit" bash -c 'set -o pipefail; "$@" 2>&1 | tee -a "$0"' "$step_log" "$@" </dev/null 9>&- &
  else
    setsid timeout --kill-after=10 "$limit" "$@" </dev/null >>"$step_log" 2>&1 9>&- &
  fi
  step_session=$!
  wait "$step_session" || status=$?
  step_session=""
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then log "délai dépassé ($limit s)"; fi
  return "$status"
}

# The content errors of a log (lines « content/…:line — champ : message »), at most 30.
content_errors() {
  grep -E '^[[:space:]]*content/[^[:space:]]+ — ' "$1" | sed 's/^[[:space:]]*//' | awk '!seen[$0]++' | head -n 30 || true
}

# Says why step $1 failed: the content errors when there are some, else the end of the log.
explain_build_failure() {
  local what="$1" errors others
  errors="$(content_errors "$step_log")"
  if [ -n "$errors" ]; then
    # The first error on the ERREUR line itself, the others (if any) below it.
    others="$(tail -n +2 <<<"$errors" | sed 's/^/  /')"
    fail "contenu invalide ($what) : $(head -n 1 <<<"$errors")${others:+
$others}
Corrigez, publiez (git push), puis relancez le déploiement ; npm run check liste toutes les erreurs."
  fi
  if [ "$verbose" = no ]; then
    log "fin du journal de construction ($step_log) :"
    tail -n 25 "$step_log" >&2 || true
  fi
  fail "échec de $what ; journal complet : $step_log"
}

# Builds releases/$release from commit $1, next to the serving release $2.
build_release() {
  local commit="$1" previous="$2" with_tests="$3" apercu="$4"
  local dir="$releases/$release"
  local env=(env -C "$dir" -u NODE_ENV NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1)
  step_log="$logs/$release.log"
  mkdir -p "$dir"
  git -C "$mirror" archive "$commit" | tar -x -C "$dir"
  printf '%s\n' "$commit" >"$dir/REVISION"

  # Dev dependencies are needed to build: never install with NODE_ENV=production.
  log "npm ci (au plus $NPM_CI_TIMEOUT s)"
  run_step "$NPM_CI_TIMEOUT" "${env[@]}" npm ci --no-audit --no-fund || explain_build_failure "npm ci"
  if [ "$with_tests" = yes ]; then
    log "npm test (au plus $BUILD_TIMEOUT s)"
    run_step "$BUILD_TIMEOUT" "${env[@]}" npm test || explain_build_failure "npm test"
  fi
  log "npm run build (SITE_URL=$SITE_URL, au plus $BUILD_TIMEOUT s)"
  run_step "$BUILD_TIMEOUT" "${env[@]}" SITE_URL="$SITE_URL" npm run build || explain_build_failure "npm run build"
  [ -f "$dir/.next/standalone/server.js" ] || fail ".next/standalone/server.js absent après le build ; journal : $step_log"

  # Publication gate: the operator's placeholders must be filled in before the public sees them.
  if [ "$apercu" = yes ]; then
    warn "--apercu : la vérification avant publication est SAUTÉE ; les textes à compléter seront visibles du public"
  else
    log "vérification avant publication (npm run check -- --publication)"
    step_log="$logs/$release.publication.log"
    if ! run_step 300 "${env[@]}" SITE_URL="$SITE_URL" npm run --silent check -- --publication; then
      log "résultat de la vérification :"
      sed 's/^/  /' "$step_log" >&2
      fail "publication refusée : le contenu n'est pas prêt (voir ci-dessus). Complétez-le, ou déployez un aperçu avec --apercu."
    fi
    step_log="$logs/$release.log"
  fi

  # Pages still cached by nginx, or open in a browser, name the previous build's hashed assets:
  # they must keep loading after the switch.
  if [ -n "$previous" ] && [ -d "$releases/$previous/.next/standalone/.next/static" ]; then
    cp -R -n "$releases/$previous/.next/standalone/.next/static/." "$dir/.next/standalone/.next/static/" 2>>"$step_log" ||
      warn "fichiers statiques de $previous non copiés (journal : $step_log)"
  fi
  # The standalone server carries its own node_modules; the build's (10 times larger) stay for
  # the content check of later content publications, in the serving release only (prune_releases).
  rm -rf "$dir/.next/cache"
}

# --- instances and nginx --------------------------------------------------------------------

answers() {
  curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1$HEALTH_PATH" 2>/dev/null
}

# Waits until instance $1 answers, HEALTH_TIMEOUT seconds at most; gives up at once if systemd
# no longer counts it as running (it exited: waiting longer would only delay the message).
wait_healthy() {
  local port="$1" deadline=$((SECONDS + HEALTH_TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if answers "$port"; then return 0; fi
    systemctl_unit is-active "$port" >/dev/null || return 1
    sleep 0.5
  done
  return 1
}

systemctl_unit() {
  local verb="$1" port="$2"
  # fd 9 holds the lock: nothing started from here may keep it.
  as_root systemctl --quiet "$verb" "$unit@$port.service" 9>&-
}

show_service_journal() {
  log "fin du journal de $unit@$1 :"
  as_root journalctl --no-pager -n 20 -u "$unit@$1.service" >&2 9>&- || true
}

write_upstream() {
  printf '# Written by hebergement-deploy on %s: the instance nginx sends requests to.\nserver 127.0.0.1:%s;\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$1" >"$UPSTREAM_FILE.new"
  mv -f "$UPSTREAM_FILE.new" "$UPSTREAM_FILE"
}

nginx_master() {
  local pid
  pid="$(cat "$NGINX_PID_FILE" 2>/dev/null)" || return 1
  # /proc rather than `kill -0`: `deploy` may not signal root's nginx, but may see it.
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  printf '%s\n' "$pid"
}

# `nginx -s reload`, then waits until the workers that may still talk to the old instance have
# finished their requests and exited: only then may the old instance stop. Fails if nginx did
# not start new workers (configuration refused at reload).
reload_nginx() {
  local master old new started remaining deadline=$((SECONDS + RELOAD_TIMEOUT))
  if ! master="$(nginx_master)"; then
    warn "nginx ne tourne pas ($NGINX_PID_FILE) : démarrez-le (systemctl start nginx) ; il lira $UPSTREAM_FILE"
    return 0
  fi
  old="$(pgrep -P "$master" | sort || true)"
  # Set first: if the reload is interrupted, the clean-up reloads again, which is harmless.
  nginx_reloaded=yes
  as_root nginx -s reload 9>&- || return 1
  while :; do
    new="$(pgrep -P "$master" | sort || true)"
    # Children of the master: the old generation still running, and the new one.
    remaining="$(comm -12 <(printf '%s\n' "$old") <(printf '%s\n' "$new") | grep -c . || true)"
    started="$(comm -13 <(printf '%s\n' "$old") <(printf '%s\n' "$new") | grep -c . || true)"
    if [ "$started" -gt 0 ] && [ "$remaining" -eq 0 ]; then return 0; fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      if [ "$started" -eq 0 ]; then
        log "nginx n'a pas chargé la nouvelle configuration (voir son error.log)"
        return 1
      fi
      warn "$remaining ancien(s) processus nginx encore occupé(s) après $RELOAD_TIMEOUT s ; l'ancienne instance est arrêtée quand même"
      return 0
    fi
    sleep 0.2
  done
}

# Starts release $release on the idle port, under systemd, and waits for it to answer.
trial() {
  phase=trial
  mkdir -p "$instances/$idle_port"
  ln -sfn "../../releases/$release" "$instances/$idle_port/release.new"
  mv -T "$instances/$idle_port/release.new" "$instances/$idle_port/release"
  # The unit gives the server CONTENT_DIR=…/instances/<port>/content: its content, per instance,
  # so that a content publication never touches the other instance.
  install_content "$content_commit"
  link_instance_content "$idle_port" "$content_commit"
  # A leftover of an interrupted deployment may still hold the idle port; nginx does not use it.
  systemctl_unit stop "$idle_port" || true
  if answers "$idle_port"; then
    fail "le port $idle_port répond alors que $unit@$idle_port est arrêté : un autre programme l'occupe ; arrêtez-le, puis relancez"
  fi
  log "essai de $release : $unit@$idle_port (utilisateur du service, $ENVIRONMENT_FILE)"
  systemctl_unit start "$idle_port" || {
    show_service_journal "$idle_port"
    fail "$unit@$idle_port ne démarre pas"
  }
  if ! wait_healthy "$idle_port"; then
    show_service_journal "$idle_port"
    fail "$release ne répond pas sur le port $idle_port (s'est arrêtée, ou pas de réponse en $HEALTH_TIMEOUT s ; voir le journal ci-dessus)"
  fi
  log "$release répond sur le port $idle_port"
}

# Points nginx at the idle port, waits for the old workers, records the switch, stops the old
# instance.
switch() {
  local nginx_errors
  phase=switch
  old_upstream="$(cat "$UPSTREAM_FILE" 2>/dev/null || true)"
  write_upstream "$idle_port"
  if ! nginx_errors="$(as_root nginx -t -q 2>&1 9>&-)"; then
    printf '%s\n' "$nginx_errors" >&2
    fail "nginx refuse sa configuration (nginx -t) ; rien n'a changé"
  fi
  log "bascule de nginx vers le port $idle_port (nginx -s reload)"
  reload_nginx || fail "le rechargement de nginx a échoué"

  record_served "$release" "$idle_port" "$content_commit"
  phase=done
  log "en service : $release (port $idle_port)"
  if [ -n "$old_port" ]; then
    systemctl_unit stop "$old_port" || warn "$unit@$old_port ne s'arrête pas ; nginx ne l'utilise plus"
    systemctl_unit disable "$old_port" || warn "impossible de désactiver $unit@$old_port au démarrage"
  fi
  # The instance that serves is the one systemd starts at boot; nginx-upstream.conf agrees.
  systemctl_unit enable "$idle_port" || warn "impossible d'activer $unit@$idle_port au démarrage"
}

# --- interruption and failure ---------------------------------------------------------------

# Undoes what the current phase did. Runs once, with signals ignored.
undo() {
  case "$phase" in
    build | trial | switch) ;;
    content)
      # The server kept its old content (it refused the new, or was never reloaded): the link
      # goes back to it too, so that a restart reads what is served.
      if [ "$content_switched" = yes ] && [ -n "$old_content_link" ]; then
        log "le lien du contenu de l'instance $(serving_port) est remis sur l'ancien contenu"
        ln -sfn "$old_content_link" "$instances/$(serving_port)/content.new"
        mv -T "$instances/$(serving_port)/content.new" "$instances/$(serving_port)/content"
      fi
      [ -z "$step_session" ] || pkill -KILL -s "$step_session" 2>/dev/null || true
      return 0
      ;;
    *) return 0 ;;
  esac
  if [ -n "$step_session" ]; then
    log "arrêt de la construction en cours"
    pkill -TERM -s "$step_session" 2>/dev/null || true
    sleep 1
    pkill -KILL -s "$step_session" 2>/dev/null || true
  fi
  if [ "$phase" = switch ]; then
    log "nginx est remis sur l'ancienne instance"
    if [ -n "$old_upstream" ]; then printf '%s\n' "$old_upstream" >"$UPSTREAM_FILE"; fi
    if [ "$nginx_reloaded" = yes ]; then reload_nginx || warn "le rechargement de nginx a échoué"; fi
  fi
  if [ "$phase" = trial ] || [ "$phase" = switch ]; then
    log "arrêt de $unit@$idle_port"
    systemctl_unit stop "$idle_port" || warn "$unit@$idle_port ne s'arrête pas"
  fi
  if [ "$release_is_new" = yes ] && [ -n "$release" ]; then
    log "suppression de la version inachevée $release"
    rm -rf "${releases:?}/$release"
  fi
}

# What serves now, said plainly, with what to do when nothing does.
report_site_state() {
  local name port
  name="$(serving_release)"
  port="$(serving_port)"
  if [ -z "$name" ]; then
    log "Aucune version n'est en service : le site ne répond pas encore. Corrigez la cause ci-dessus, puis relancez le déploiement."
  elif answers "$port"; then
    log "Rien n'a changé : $name reste en service (port $port)."
  else
    log "ATTENTION : LE SITE NE RÉPOND PAS. $name devrait être servie sur le port $port, mais ce port ne répond pas."
    log "À faire : sudo systemctl restart $unit@$port ; journalctl -u $unit@$port -n 50 ; ou hebergement-deploy --rollback."
  fi
}

on_exit() {
  local status=$?
  set +e
  trap '' INT TERM HUP
  trap - EXIT
  undo
  if [ -n "$interrupted" ]; then
    if [ "$phase" = done ]; then
      log "Interrompu ($interrupted) après la bascule : $release est en service."
    else
      log "ERREUR : interrompu ($interrupted)${failure:+ : $failure}"
      report_site_state
    fi
  elif [ "$status" -ne 0 ]; then
    log "ERREUR : ${failure:-échec inattendu (code $status)}"
    [ "$phase" = none ] || report_site_state
  fi
  exit "$status"
}

on_signal() {
  interrupted="$1"
  case "$1" in INT) exit 130 ;; HUP) exit 129 ;; *) exit 143 ;; esac
}

# --- commands -------------------------------------------------------------------------------

choose_ports() {
  old_port="$(serving_port)"
  idle_port="${ports[0]}"
  if [ "$old_port" = "${ports[0]}" ]; then idle_port="${ports[1]}"; fi
}

deploy() {
  local ref="$1" with_tests="$2" apercu="$3" commit short previous started=$SECONDS
  fetch_sources
  commit="$(git -C "$mirror" rev-parse --verify --quiet "$ref^{commit}")" || fail "référence git inconnue : $ref"
  short="$(git -C "$mirror" rev-parse --short "$commit")"
  previous="$(serving_release)"
  choose_ports
  release="$(date -u +%Y%m%dT%H%M%SZ)-$short"
  release_is_new=yes
  content_commit="$commit"
  log "version $release ($ref = $commit) ; en service : ${previous:-aucune}"
  phase=build
  build_release "$commit" "$previous" "$with_tests" "$apercu"
  trial
  switch
  prune_releases
  log "déployé en $((SECONDS - started)) s : $release"
  push_mirror
}

# The X-Contenu-Revision header of instance $1 (empty if absent or no answer).
content_revision() {
  curl -fsS -o /dev/null -D - --max-time 5 "http://127.0.0.1:$1$HEALTH_PATH" 2>/dev/null |
    tr -d '\r' | sed -n 's/^x-contenu-revision:[[:space:]]*//Ip' | head -n 1
}

# Why a content-only publication cannot be done, or nothing: then deploy_content falls back to
# a full deployment.
content_only_refusal() {
  local base="$1" commit="$2" port="$3" others
  [ -n "$base" ] || { echo "aucune version en service"; return; }
  git -C "$mirror" cat-file -e "$base^{commit}" 2>/dev/null || { echo "le commit en service ($base) est inconnu du dépôt"; return; }
  others="$(git -C "$mirror" diff --name-only "$base" "$commit" | grep -v '^content/' | head -n 5 || true)"
  if [ -n "$others" ]; then
    echo "le commit change aussi autre chose que content/ : $(paste -sd ' ' - <<<"$others")"
    return
  fi
  [ -L "$instances/$port/content" ] || { echo "l'instance $port ne lit pas encore son contenu depuis instances/$port/content"; return; }
  [ -n "$(content_revision "$port")" ] || { echo "la version en service n'envoie pas X-Contenu-Revision (elle ne sait pas recharger son contenu)"; return; }
}

# Publishes only the content of <ref> in the serving instance: see the header of this file.
deploy_content() {
  local ref="$1" apercu="$2" commit base refusal port short dir old_revision new_revision deadline
  local started_ns env
  started_ns="$(date +%s%N)"
  fetch_sources
  commit="$(git -C "$mirror" rev-parse --verify --quiet "$ref^{commit}")" || fail "référence git inconnue : $ref"
  short="$(git -C "$mirror" rev-parse --short "$commit")"
  release="$(serving_release)"
  port="$(serving_port)"
  base="$(serving_content)"
  if [ "$commit" = "$base" ]; then
    log "le contenu de $ref ($short) est déjà en service : rien à publier"
    push_mirror
    return 0
  fi
  refusal="$(content_only_refusal "$base" "$commit" "$port")"
  if [ -n "$refusal" ]; then
    log "publication du contenu seul impossible : $refusal"
    log "=> déploiement complet (build, essai, bascule)"
    deploy "$ref" no "$apercu"
    return 0
  fi
  log "publication du contenu seul : $ref ($short), dans $release (port $port) ; contenu en service : ${base:0:12}"
  if [ "$(git -C "$mirror" rev-parse "$base:content")" = "$(git -C "$mirror" rev-parse "$commit:content")" ]; then
    # Same files as what serves (a fix that undoes a refused change, say): nothing to reload.
    log "content/ est identique à celui en service : rien à recharger"
    install_content "$commit"
    link_instance_content "$port" "$commit"
    record_served "$release" "$port" "$commit"
    phase=done
    prune_contents
    push_mirror
    return 0
  fi
  git -C "$mirror" diff --stat "$base" "$commit" -- content/ | sed 's/^/  /' || true
  phase=content
  dir="$releases/$release"
  step_log="$logs/$release.contenu-$short.log"
  env=(env -C "$dir" -u NODE_ENV NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CONTENT_DIR="$contents/$commit" SITE_URL="$SITE_URL")
  install_content "$commit"
  if [ ! -d "$dir/node_modules" ] && grep -q '"node_modules/' "$dir/package-lock.json" 2>/dev/null; then
    # After a rollback: the release lost its node_modules to pruning. Once, then kept.
    log "npm ci dans $release, pour la vérification du contenu (au plus $NPM_CI_TIMEOUT s)"
    run_step "$NPM_CI_TIMEOUT" env -C "$dir" -u NODE_ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund || explain_build_failure "npm ci"
  fi
  log "vérification du contenu (npm run check)"
  run_step 300 "${env[@]}" npm run --silent check || explain_build_failure "la vérification du contenu"
  if [ "$apercu" = yes ]; then
    warn "--apercu : la vérification avant publication est SAUTÉE ; les textes à compléter seront visibles du public"
  else
    log "vérification avant publication (npm run check -- --publication)"
    if ! run_step 300 "${env[@]}" npm run --silent check -- --publication; then
      log "résultat de la vérification :"
      sed 's/^/  /' "$step_log" >&2
      fail "publication refusée : le contenu n'est pas prêt (voir ci-dessus). Complétez-le, ou publiez un aperçu avec --apercu."
    fi
  fi

  old_revision="$(content_revision "$port")"
  old_content_link="$(readlink "$instances/$port/content")"
  content_switched=yes
  link_instance_content "$port" "$commit"
  log "rechargement du contenu : $unit@$port (systemctl reload, sans redémarrage)"
  systemctl_unit reload "$port" || fail "systemctl reload $unit@$port a échoué"
  deadline=$((SECONDS + CONTENT_RELOAD_TIMEOUT))
  while :; do
    new_revision="$(content_revision "$port")"
    if [ -n "$new_revision" ] && [ "$new_revision" != "$old_revision" ]; then break; fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      show_service_journal "$port"
      fail "l'instance $port sert toujours l'ancien contenu après $CONTENT_RELOAD_TIMEOUT s : elle a refusé le nouveau (voir son journal ci-dessus : fichier:ligne — champ : message)"
    fi
    sleep 0.2
  done
  record_served "$release" "$port" "$commit"
  phase=done
  log "contenu publié en $(awk -v ns="$(($(date +%s%N) - started_ns))" 'BEGIN { printf "%.1f", ns / 1e9 }') s : révision $new_revision servie par $unit@$port (nginx : 10 s de cache au plus)"
  prune_contents
  push_mirror
}

# Exports the static mirror from the serving instance and pushes it to MIRROR_TARGET. A failure
# is a warning: the site itself is published.
push_mirror() {
  [ -n "$MIRROR_TARGET" ] || return 0
  if [ ! -r "$MIRROR_SCRIPT" ]; then
    warn "miroir non poussé : $MIRROR_SCRIPT introuvable"
    return 0
  fi
  log "miroir statique : export depuis le port $(serving_port) et envoi vers $MIRROR_TARGET"
  if HEBERGEMENT_ROOT="$HEBERGEMENT_ROOT" MIRROR_TARGET="$MIRROR_TARGET" bash "$MIRROR_SCRIPT" 9>&- 2>&1 | sed 's/^/  /'; then
    log "miroir à jour"
  else
    warn "le miroir n'a pas pu être mis à jour (voir ci-dessus) ; le site, lui, est publié. Relancez : systemctl start hebergement-miroir.service"
  fi
}

roll_back() {
  local started=$SECONDS
  release="${1:-}"
  if [ -z "$release" ]; then
    release="$(rollback_target)"
    [ -n "$release" ] || fail "aucune version précédente à remettre en service (voir $served_file)"
  fi
  [ "$release" != "$(serving_release)" ] || fail "$release est déjà en service"
  choose_ports
  # The content that last served with this release: a code rollback also restores its content.
  content_commit="$(content_of_release "$release")"
  [ -n "$content_commit" ] || fail "contenu de $release inconnu (ni served ni REVISION)"
  if [ ! -d "$contents/$content_commit" ]; then
    [ -d "$mirror" ] || fail "content/$content_commit absent et pas de dépôt pour l'extraire"
    git -C "$mirror" cat-file -e "$content_commit^{commit}" 2>/dev/null || fetch_sources
  fi
  log "remise en service de $release (contenu ${content_commit:0:12}) ; en service : $(serving_release)"
  trial
  switch
  log "retour arrière fait en $((SECONDS - started)) s : $release"
  push_mirror
}

main() {
  local with_tests=no rollback=no apercu=no content_only=no arguments="$*"
  while [ $# -gt 0 ]; do
    case "$1" in
      --with-tests) with_tests=yes ;;
      --rollback) rollback=yes ;;
      --contenu) content_only=yes ;;
      --apercu | --aperçu) apercu=yes ;;
      -v | --verbose) verbose=yes ;;
      -h | --help) usage 0 ;;
      -*) usage ;;
      *) break ;;
    esac
    shift
  done
  trap on_exit EXIT
  trap 'on_signal INT' INT
  trap 'on_signal TERM' TERM
  trap 'on_signal HUP' HUP

  if [ "$rollback" = yes ]; then
    [ $# -le 1 ] || usage
    if [ $# -eq 1 ] && ! is_release "$1"; then
      fail "« $1 » n'est pas une version disponible ; les versions sont : $(list_releases | paste -sd ' ' -)"
    fi
  else
    [ $# -eq 1 ] || usage
  fi
  [ -w "$HEBERGEMENT_ROOT" ] || fail "$HEBERGEMENT_ROOT n'existe pas ou n'est pas modifiable par $(id -un) (voir deploy/README.md, étape 2)"
  mkdir -p "$releases" "$instances" "$logs"
  # One deployment at a time. The lock goes with this process: nothing it starts keeps fd 9.
  exec 9>"$HEBERGEMENT_ROOT/.deploy.lock"
  flock -n 9 || fail "un autre déploiement est en cours (ou un processus lancé par lui tient encore $HEBERGEMENT_ROOT/.deploy.lock)"
  log "$(id -un) : hebergement-deploy $arguments"
  if [ "$rollback" = yes ]; then
    roll_back "${1:-}"
  elif [ "$content_only" = yes ]; then
    deploy_content "$1" "$apercu"
  else
    deploy "$1" "$with_tests" "$apercu"
  fi
}

main "$@"
