#!/usr/bin/env bash
# Static mirror of « Hébergement transparent »: exports it from the serving instance and pushes it
# to a second machine, so that the interventions page stays readable when this server is down.
#
#   push-mirror.sh               export (npm run miroir, in the serving release, from the instance
#                                itself: no nginx cache) into a temporary directory, then
#                                `rsync -a --delete` to MIRROR_TARGET; then asks the site for the
#                                next instant an intervention changes state and writes it to
#                                $HEBERGEMENT_ROOT/miroir-prochaine-echeance
#   push-mirror.sh --planifier   (as root: ExecStopPost=+ of hebergement-miroir.service) schedules
#                                one run of hebergement-miroir.service at that instant, with a
#                                transient timer (systemd-run), so that « à venir » → « en cours »
#                                reaches the mirror within seconds, not at the next hourly run
#
# Run by deploy/deploy.sh after each publication, and by deploy/systemd/hebergement-miroir.timer
# (hourly, and at each state change), as `deploy`, whose SSH key the mirror host accepts.
#
# Environment: HEBERGEMENT_ROOT (/srv/hebergement), MIRROR_TARGET (rsync destination,
# user@host:/var/www/etat/ or a local directory; also read from ENVIRONMENT_FILE,
# /etc/hebergement/environment), RSYNC_RSH (ssh -o BatchMode=yes -o ConnectTimeout=10),
# MIRROR_TIMEOUT (seconds for the export, 300).
set -euo pipefail
cd /

HEBERGEMENT_ROOT="${HEBERGEMENT_ROOT:-/srv/hebergement}"
ENVIRONMENT_FILE="${ENVIRONMENT_FILE:-/etc/hebergement/environment}"
if [ -z "${MIRROR_TARGET:-}" ] && [ -r "$ENVIRONMENT_FILE" ]; then
  MIRROR_TARGET="$(sed -n 's/^[[:space:]]*MIRROR_TARGET=//p' "$ENVIRONMENT_FILE" | tail -n 1 | tr -d "\"'")"
fi
MIRROR_TARGET="${MIRROR_TARGET:-}"
MIRROR_TIMEOUT="${MIRROR_TIMEOUT:-300}"
# Never wait for a password prompt: the timer has no terminal.
export RSYNC_RSH="${RSYNC_RSH:-ssh -o BatchMode=yes -o ConnectTimeout=10}"
next_file="$HEBERGEMENT_ROOT/miroir-prochaine-echeance"
readonly transient=hebergement-miroir-echeance

say() { printf '[miroir %s] %s\n' "$(date '+%H:%M:%S')" "$*"; }
fail() { say "ERREUR : $*" >&2; exit 1; }

# « <release> <port> » of what serves (deploy.sh's `served`).
serving() {
  [ -s "$HEBERGEMENT_ROOT/served" ] || fail "aucune version en service ($HEBERGEMENT_ROOT/served vide)"
  tail -n 1 "$HEBERGEMENT_ROOT/served" | awk '{ print $2, $3 }'
}

# npm run miroir in the serving release (its node_modules are kept by deploy.sh).
miroir() {
  local release="$1"
  shift
  timeout --kill-after=10 "$MIRROR_TIMEOUT" env -C "$HEBERGEMENT_ROOT/releases/$release" -u NODE_ENV \
    npm run --silent miroir -- "$@"
}

export_and_push() {
  local release port origin tmp started next
  [ -n "$MIRROR_TARGET" ] || { say "MIRROR_TARGET n'est pas défini : pas de miroir"; return 0; }
  read -r release port < <(serving)
  origin="http://127.0.0.1:$port"
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/hebergement-miroir.XXXXXX")"
  # shellcheck disable=SC2064 # the path is known now
  trap "rm -rf '$tmp'" EXIT
  started="$(date +%s%N)"
  miroir "$release" "$tmp/miroir" --depuis "$origin" || fail "l'export du miroir a échoué ($release, $origin)"
  say "export : $(awk -v ns="$(($(date +%s%N) - started))" 'BEGIN { printf "%.1f", ns / 1e9 }') s ($(find "$tmp/miroir" -type f | wc -l) fichiers)"
  # --delay-updates: files are sent aside, then renamed together at the end, so that a reader of
  # the mirror sees the old copy or the new one, hardly ever a mix.
  started="$(date +%s%N)"
  rsync -a --delete --delay-updates --timeout=60 "$tmp/miroir/" "$MIRROR_TARGET" ||
    fail "envoi vers $MIRROR_TARGET impossible (rsync)"
  say "envoyé vers $MIRROR_TARGET en $(awk -v ns="$(($(date +%s%N) - started))" 'BEGIN { printf "%.1f", ns / 1e9 }') s"
  # The next state change, for --planifier. Empty: none announced.
  next="$(miroir "$release" --prochaine-echeance --depuis "$origin" | tail -n 1 | tr -d '[:space:]')" || next=""
  printf '%s\n' "$next" >"$next_file.new" && mv -f "$next_file.new" "$next_file"
  if [ -n "$next" ]; then say "prochain changement d'état : $next"; fi
}

# Schedules one run of hebergement-miroir.service at the instant in $next_file. The instant comes
# from a file `deploy` writes and this runs as root: it is accepted only in the exact ISO form.
schedule() {
  local next when
  next="$(head -n 1 "$next_file" 2>/dev/null || true)"
  # The previous schedule is replaced (or cancelled when nothing is announced).
  systemctl stop "$transient.timer" 2>/dev/null || true
  systemctl reset-failed "$transient.service" 2>/dev/null || true
  [ -n "$next" ] || { say "aucun changement d'état annoncé : prochain export à l'heure pile"; return 0; }
  [[ "$next" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?Z$ ]] ||
    fail "instant illisible dans $next_file : « $next »"
  # Two seconds after the change: the state is computed with `>=`, the clocks are the same.
  when="$(date -u -d "@$(($(date -u -d "$next" +%s) + 2))" '+%Y-%m-%d %H:%M:%S UTC')"
  if [ "$(date -u -d "$when" +%s)" -le "$(date -u +%s)" ]; then
    say "$next est passé : l'export horaire suffit"
    return 0
  fi
  # A transient timer of its own (not --unit=hebergement-miroir: that name is the hourly timer's);
  # its transient service only starts the real one. AccuracySec=1s: systemd's default is 1 min.
  systemd-run --quiet --collect --unit="$transient" --on-calendar="$when" --timer-property=AccuracySec=1s \
    /usr/bin/systemctl start --no-block hebergement-miroir.service
  say "export programmé le $when ($next)"
}

case "${1:-}" in
  "") export_and_push ;;
  --planifier) schedule ;;
  *) echo "Utilisation : push-mirror.sh [--planifier]" >&2; exit 2 ;;
esac
