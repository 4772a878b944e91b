#!/usr/bin/env bash
# Load test of `eventwire serve` on loopback with wrk: a synthetic archive,
# the request mix of mix.lua for a bounded time, then req/s and p50/p99.
#   tests/load/run.sh path/to/eventwire [SECONDS=5] [ARTICLES=5000] [CONNECTIONS=16]
# Exit 0 pass, 1 fail (errors or non-2xx answers), 77 skipped (no wrk).
set -euo pipefail
bin=${1:?usage: run.sh path/to/eventwire [seconds] [articles] [connections]}
seconds=${2:-5}
articles=${3:-5000}
connections=${4:-16}
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "SKIP: wrk is not installed (scripts/setup-web installs it)"; exit 77; }
[ -x "$bin" ] || { echo "SKIP: no eventwire binary at $bin"; exit 77; }

dir=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT

"$bin" synth --db "$dir/load.db" -n "$articles" 2>/dev/null
"$bin" serve --db "$dir/load.db" --port 0 --no-code -j 8 2>"$dir/serve.log" &
server=$!
for _ in $(seq 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$dir/serve.log" 2>/dev/null || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "FAIL: the server did not start"; cat "$dir/serve.log"; exit 1; }

EVENTWIRE_LOAD_ARTICLES=$articles wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 5s --latency \
  -s "$here/mix.lua" "$url" >"$dir/wrk.txt"
rps=$(awk '/^Requests\/sec/ {print $2}' "$dir/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$dir/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$dir/wrk.txt")
bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$dir/wrk.txt")
socket_errors=$(grep -c 'Socket errors' "$dir/wrk.txt" || true)
echo "load: $articles synthetic articles, $connections connections, ${seconds}s on $(nproc) cores"
echo "load: ${rps} req/s, p50 ${p50}, p99 ${p99}, non-2xx ${bad:-0}"
if [ -n "$bad" ] || [ "$socket_errors" != 0 ]; then
  cat "$dir/wrk.txt"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
