#!/usr/bin/env bash
# Hostile-input corpus, generated here at run time (nothing big is committed):
# depth bombs, oversized lines and tokens, invalid bytes, bad dates, colliding
# ids and empty files go through `code` and `ingest` (and `--resume`). Checks:
# the process never crashes, every bad record gets exactly one bounded,
# printable error line, the good records are coded, exit code 3 (rejects) or 0.
#   tests/hostile/run.sh path/to/eventwire
set -euo pipefail
bin=${1:?usage: run.sh path/to/eventwire}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$here/make_corpus.py" "$dir"
fail=0
check() {  # NAME EXPECTED_EXIT EXPECTED_ERRORS EXPECTED_CODED STDERR STDOUT_LINES ACTUAL_EXIT
  local name=$1 want_exit=$2 want_errors=$3 want_coded=$4 err=$5 coded=$6 got_exit=$7
  local errors long
  errors=$(grep -c '^eventwire: error: ' "$err" || true)
  # Bounded (≤ 800 bytes) and printable: no control bytes but the newline.
  long=$(awk 'length($0) > 800' "$err" | wc -l)
  if [ "$got_exit" != "$want_exit" ] || [ "$errors" != "$want_errors" ] || [ "$coded" != "$want_coded" ] ||
     [ "$long" != 0 ] || LC_ALL=C grep -q '[[:cntrl:]]' <(tr -d '\n' <"$err"); then
    echo "FAIL $name: exit $got_exit (want $want_exit), $errors error lines (want $want_errors)," \
         "$coded coded (want $want_coded), $long overlong lines"
    head -c 3000 "$err"
    fail=1
  else
    echo "ok   $name: exit $got_exit, $errors error lines, $coded coded"
  fi
}

run_code() {  # NAME EXPECTED_EXIT EXPECTED_ERRORS EXPECTED_CODED ARGS...
  local name=$1 want_exit=$2 want_errors=$3 want_coded=$4
  shift 4
  local status=0
  "$bin" code --syntax none "$@" >"$dir/out.jsonl" 2>"$dir/err.txt" || status=$?
  check "code $name" "$want_exit" "$want_errors" "$want_coded" "$dir/err.txt" "$(wc -l <"$dir/out.jsonl")" "$status"
}

run_code depth-bomb 3 1 2 "$dir/depth.jsonl"
run_code long-line 3 1 2 "$dir/long-line.jsonl"
run_code invalid-bytes 3 2 1 "$dir/bytes.jsonl"
run_code big-token 3 1 1 "$dir/token.jsonl"
run_code big-article 3 1 1 "$dir/article.jsonl"
run_code bad-times 3 3 1 "$dir/times.jsonl"
run_code petrarch-bytes 3 1 1 "$dir/petrarch.xml"
run_code petrarch-long-id 3 1 1 "$dir/petrarch-long-id.xml"
run_code native-long-line 3 1 1 "$dir/native-long.txt"
run_code all-at-once 3 10 9 "$dir"/depth.jsonl "$dir"/long-line.jsonl "$dir"/bytes.jsonl "$dir"/token.jsonl \
  "$dir"/article.jsonl "$dir"/times.jsonl "$dir"/petrarch.xml
# An empty file: no records, a warning, exit 0.
status=0
"$bin" code --syntax none "$dir/empty.jsonl" >"$dir/out.jsonl" 2>"$dir/err.txt" || status=$?
if [ "$status" != 0 ] || ! grep -q 'warning: no records in the input: ".*empty.jsonl" is an empty file' "$dir/err.txt"; then
  echo "FAIL empty: exit $status"; cat "$dir/err.txt"; fail=1
else
  echo "ok   empty: a warning, exit 0"
fi

# ingest, then --resume: the poison records are rejected both times and never block.
for pass in first resume; do
  flag=; [ $pass = resume ] && flag=--resume
  status=0
  "$bin" ingest --syntax none -q --db "$dir/a.db" $flag "$dir"/depth.jsonl "$dir"/long-line.jsonl \
    "$dir"/bytes.jsonl "$dir"/petrarch.xml 2>"$dir/err.txt" || status=$?
  check "ingest ($pass)" 3 5 0 "$dir/err.txt" 0 "$status"
done
stored=$("$bin" stats --db "$dir/a.db" 2>/dev/null | awk '$1 == "articles" {print $2; exit}')
[ "$stored" = 6 ] || { echo "FAIL ingest: $stored articles stored, want 6"; fail=1; }

# Colliding ids: two feeds numbered 1, 2 … replace each other, with a warning
# and counted apart; --id-scope file keeps both.
status=0
"$bin" ingest --syntax none --db "$dir/ids.db" "$dir"/feed-a.jsonl "$dir"/feed-b.jsonl 2>"$dir/err.txt" || status=$?
warnings=$(grep -c 'warning: .*already used by an earlier record' "$dir/err.txt" || true)
if [ "$status" != 0 ] || [ "$warnings" != 2 ] || ! grep -q 'stored 2, replaced 2' "$dir/err.txt"; then
  echo "FAIL ids: exit $status, $warnings warnings"; cat "$dir/err.txt"; fail=1
else
  echo "ok   ids: 2 warnings, stored 2, replaced 2"
fi
status=0
"$bin" ingest --syntax none --id-scope file --db "$dir/ids2.db" "$dir"/feed-a.jsonl "$dir"/feed-b.jsonl \
  2>"$dir/err.txt" || status=$?
if [ "$status" != 0 ] || ! grep -q 'stored 4, replaced 0' "$dir/err.txt" || grep -q warning "$dir/err.txt"; then
  echo "FAIL ids --id-scope file: exit $status"; cat "$dir/err.txt"; fail=1
else
  echo "ok   ids --id-scope file: stored 4"
fi
ids=$(python3 -c 'import sqlite3,sys; print(",".join(sorted(r[0] for r in sqlite3.connect(sys.argv[1]).execute("select id from articles"))))' "$dir/ids2.db")
[ "$ids" = "feed-a.jsonl:1,feed-a.jsonl:2,feed-b.jsonl:1,feed-b.jsonl:2" ] || {
  echo "FAIL ids --id-scope file: ids $ids"; fail=1; }
exit $fail
