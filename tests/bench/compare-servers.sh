#!/usr/bin/env bash
# Compares two running servers under the same load, in the same run, alternating so that the
# machine's load falls on both alike:  tests/bench/compare-servers.sh <port A> <port B> [path] [rounds]
# Each round is `wrk -t2 -c50 -d10s` on each server; prints requests per second and latency.
set -euo pipefail
port_a="$1" port_b="$2" path="${3:-/}" rounds="${4:-3}"
command -v wrk >/dev/null || { echo "wrk manquant : apt-get install -y wrk" >&2; exit 2; }
for port in "$port_a" "$port_b"; do
  curl -fsS -o /dev/null "http://127.0.0.1:$port$path" || { echo "rien ne répond sur le port $port" >&2; exit 1; }
  wrk -t2 -c10 -d3s "http://127.0.0.1:$port$path" >/dev/null # warm-up
done
for round in $(seq 1 "$rounds"); do
  for port in "$port_a" "$port_b"; do
    wrk -t2 -c50 -d10s --latency "http://127.0.0.1:$port$path" |
      awk -v port="$port" -v round="$round" '
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx|Socket errors/ { errors = errors " " $0 }
        END { printf "round %d port %s: %s req/s, p50 %s, p99 %s%s\n", round, port, rps, p50, p99, errors }'
  done
done
