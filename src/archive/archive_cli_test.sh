#!/usr/bin/env bash
# End-to-end test of the archive commands on the bundled examples, as a user
# runs them: ingest (idempotent, --resume), stats, search, events in every
# format, quotes, and recode with and without dictionary changes.
#   src/store/archive_cli_test.sh path/to/eventwire SOURCE_DIR
set -uo pipefail
bin=${1:?usage: archive_cli_test.sh path/to/eventwire SOURCE_DIR}
root=${2:?usage: archive_cli_test.sh path/to/eventwire SOURCE_DIR}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# With $EVENTWIRE_TEST_POSTGRES (a server URL, as archive_postgres_test.sh
# sets it) the archives are fresh databases on that server instead of files.
archive_db=$dir/archive.db clean_db=$dir/clean.db crash_db=$dir/crash.db
if [ -n "${EVENTWIRE_TEST_POSTGRES:-}" ]; then
  for name in archive clean crash; do
    psql -q -X -v ON_ERROR_STOP=1 "$EVENTWIRE_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS ew_cli_$name WITH (FORCE)" \
      -c "CREATE DATABASE ew_cli_$name" >/dev/null 2>&1 || { echo "FAIL psql could not make a database"; exit 1; }
    printf -v "${name}_db" '%s' "${EVENTWIRE_TEST_POSTGRES%/*}/ew_cli_$name"
  done
fi
export EVENTWIRE_DB=$archive_db
passes=0 failures=0
check() {  # check "what" command...
  local what=$1
  shift
  if "$@"; then passes=$((passes + 1)); echo "ok   $what"; else failures=$((failures + 1)); echo "FAIL $what"; fi
}
has() { grep -q -- "$2" "$1"; }
count() { "$bin" stats | awk -v k="$1" '$1 == k {print $2}'; }

"$bin" ingest "$root/examples" 2>"$dir/ingest1.txt"
check "ingest stores every example and says so" has "$dir/ingest1.txt" "read 4, stored 4, replaced 0, skipped 0, rejected 0"
articles=$(count articles) events=$(count events) entities=$(count entities)
check "the examples give events ($events) and entities ($entities)" test "$events" -gt 0 -a "$entities" -gt 0
"$bin" ingest -q "$root/examples"
check "re-ingesting replaces, never duplicates" test "$(count articles)/$(count events)/$(count entities)" = \
  "$articles/$events/$entities"
"$bin" ingest --resume "$root/examples" 2>"$dir/ingest3.txt"
check "--resume skips what is stored" has "$dir/ingest3.txt" "read 4, stored 0, replaced 0, skipped 4, rejected 0"

"$bin" stats >"$dir/stats.txt"
for part in "by outlet" "by month" "by root code" "top dyads" "2024-03"; do
  check "stats shows \"$part\"" has "$dir/stats.txt" "$part"
done
"$bin" search convoy >"$dir/search.txt" 2>/dev/null
check "search finds the convoy article" has "$dir/search.txt" "ministers-meet.txt"

"$bin" events --format json --modality all >"$dir/events.json"
n=$(wc -l <"$dir/events.json")
check "events --format json --modality all: one line per event ($n)" test "$n" = "$events"
asserted=$("$bin" events --format json | wc -l)
check "events lists asserted events by default ($asserted of $n)" test "$asserted" -le "$n"
check "every listed event says its modality" has "$dir/events.json" '"modality":'
"$bin" events --format json --modality future >"$dir/future.json"
check "--modality future lists only future events" test "$(grep -vc '"modality":"future"' "$dir/future.json")" = 0
for format in csv gdelt plover petrarch; do
  "$bin" events --format "$format" --modality all -o "$dir/events.$format"
  lines=$(wc -l <"$dir/events.$format")
  [ "$format" = csv ] && lines=$((lines - 1))
  check "events --format $format: one row per event ($lines)" test "$lines" = "$events"
done
check "events --actor BLR finds the Belarus event" has <("$bin" events --actor BLR --format csv) ",BLR,"
"$bin" quotes --speaker jordan >"$dir/quotes1.txt"
check "quotes --speaker finds the Jordanian minister" has "$dir/quotes1.txt" "convoy would carry"
"$bin" quotes --about "blackmail" >"$dir/quotes2.txt"
check "quotes --about finds the Polish quote" has "$dir/quotes2.txt" "Morawiecki"
check "quotes --about without a match prints nothing" test -z "$("$bin" quotes --about zzzqqq)"

# recode with the same dictionaries reproduces the events; new ones change them.
"$bin" recode -j 2 2>"$dir/recode1.txt"
"$bin" events --format csv --modality all -o "$dir/recoded.csv"
check "recode without changes reproduces every event" cmp -s "$dir/events.csv" "$dir/recoded.csv"
check "recode reports documents and events" has "$dir/recode1.txt" "recoded 4 documents: $events events before, $events after, 0 failed"
printf -- '--- MEET [036] ---\nMEET {MEETS MET MEETING}\n- * [036]\n\n' >"$dir/meet.verbs"
"$bin" recode --verbs "$dir/meet.verbs" 2>"$dir/recode2.txt"
"$bin" events --format csv --modality all -o "$dir/verbs.csv"
check "recode --verbs codes \"met\" with the new code" has "$dir/verbs.csv" ",036,"
check "recode --verbs drops what the new dictionary lacks" test "$(($(wc -l <"$dir/verbs.csv") - 1))" -lt "$events"
printf 'BELARUS_ [ZZZ]\n' >"$dir/test.actors"
"$bin" recode --actors "$dir/test.actors" 2>"$dir/recode3.txt"
check "recode --actors re-codes the actor of stored events" has <("$bin" events --actor ZZZ --format csv) ",ZZZ,"
check "recode --actors updates entity codes" has <("$bin" events --article example-001 --format json) '"actor_code":"ZZZ"'
check "recode keeps every article and entity" test "$(count articles)/$(count entities)" = "$articles/$entities"
"$bin" recode 2>/dev/null
"$bin" events --format csv --modality all -o "$dir/back.csv"
check "recode with the built-in dictionaries again gives the ingested events" cmp -s "$dir/events.csv" "$dir/back.csv"
"$bin" recode --verbs "$dir/missing.verbs" 2>"$dir/recode4.txt"
check "recode with a missing dictionary fails with a message" has "$dir/recode4.txt" "missing.verbs"

# kill -9 in the middle of an ingest, then resume: the archive holds every
# article once with exactly the facts of an uninterrupted ingest.
for i in $(seq 1 300); do
  sed "s/\"id\": \"\([^\"]*\)\"/\"id\": \"\1-$i\"/" "$root/examples/sanctions.jsonl"
done >"$dir/many.jsonl"
EVENTWIRE_DB=$clean_db "$bin" ingest -q -j 2 "$dir/many.jsonl"
EVENTWIRE_DB=$clean_db "$bin" events --format csv | sort >"$dir/clean.csv"
EVENTWIRE_DB=$crash_db "$bin" ingest -q -j 2 --commit-every 16 "$dir/many.jsonl" &
writer=$!
for _ in $(seq 600); do
  stored=$(EVENTWIRE_DB=$crash_db "$bin" stats 2>/dev/null | awk '$1 == "articles" {print $2}')
  [ "${stored:-0}" -ge 40 ] && break
  sleep 0.05
done
kill -9 "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
survived=$(EVENTWIRE_DB=$crash_db "$bin" stats | awk '$1 == "articles" {print $2}')
check "the killed writer left a readable archive with part of the input ($survived of 600)" \
  test "$survived" -gt 0 -a "$survived" -lt 600
EVENTWIRE_DB=$crash_db "$bin" ingest --resume -j 2 "$dir/many.jsonl" 2>"$dir/resume.txt"
check "the resumed ingest skips what survived" has "$dir/resume.txt" "read 600, stored $((600 - survived)), replaced 0, skipped $survived, rejected 0"
EVENTWIRE_DB=$crash_db "$bin" events --format csv | sort >"$dir/crash.csv"
check "after kill -9 and resume: the same events as an uninterrupted ingest, none lost or doubled" \
  cmp -s "$dir/clean.csv" "$dir/crash.csv"
check "after kill -9 and resume: the same counts as an uninterrupted ingest" test \
  "$(EVENTWIRE_DB=$crash_db "$bin" stats | sed -n '2,10p')" = "$(EVENTWIRE_DB=$clean_db "$bin" stats | sed -n '2,10p')"

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
