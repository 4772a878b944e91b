#!/usr/bin/env bash
# End-to-end checks of the eventwire CLI: outputs, error lines, summary counts and exit codes.
# Usage: cli_test.sh PATH/TO/eventwire SOURCE_DIR
set -u
bin=$1
src=$2
shared="$src/../shared"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # name, condition (as a command)
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
expect_exit() {  # expected-code, command...
  local expected=$1
  shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  [ "$code" -eq "$expected" ] || { echo "exit $code, expected $expected: $*"; cat "$tmp/err" | head -5; return 1; }
}

# Good input: exit 0, one JSON line per article, summary says read = coded.
check "examples exit 0" expect_exit 0 "$bin" parse "$src/examples"
check "examples JSON lines" test "$(wc -l <"$tmp/out")" -eq 4
check "summary counts" grep -q "read 4, coded 4, rejected 0" "$tmp/err"

# Mixed input: bad records are reported with file, line and reason; exit 3.
printf '{"id":"a","date":"2020-01-01","text":"Fine."}\n{oops\n{"id":"c","date":"2020-02-31","text":"Bad date."}\n' >"$tmp/mixed.jsonl"
check "rejected exit 3" expect_exit 3 "$bin" parse "$tmp/mixed.jsonl"
check "error line names file, line and record" grep -q "mixed.jsonl:2: record 2: malformed JSON" "$tmp/err"
check "error quotes bad date" grep -q '"2020-02-31"' "$tmp/err"
check "read = coded + rejected" grep -q "read 3, coded 1, rejected 2" "$tmp/err"
check "--strict exits 1" expect_exit 1 "$bin" parse --strict "$tmp/mixed.jsonl"

# Usage and fatal errors.
check "usage error exits 2" expect_exit 2 "$bin" parse --no-such-flag "$tmp/mixed.jsonl"
check "missing file exits 1" expect_exit 1 "$bin" parse "$tmp/does-not-exist.txt"
check "bad --date exits 2" expect_exit 2 "$bin" parse --date 2020-13-01 "$tmp/mixed.jsonl"

# stdin, compressed input, plain text with --date, CoNLL-U output.
check "stdin" expect_exit 0 "$bin" parse - <"$src/examples/ministers-meet.txt"
check "stdin id" grep -q '"id":"stdin"' "$tmp/out"
gzip -c "$src/examples/protest-arrests.txt" >"$tmp/p.txt.gz"
check "gzip input" expect_exit 0 "$bin" parse "$tmp/p.txt.gz"
printf 'Plain text.\n\nTwo paragraphs.\n' >"$tmp/plain.text"
check "plain needs date" expect_exit 3 "$bin" parse "$tmp/plain.text"
check "plain with date" expect_exit 0 "$bin" parse --date 2020-01-01 --input-format plain "$tmp/plain.text"
check "conllu output" expect_exit 0 "$bin" parse --format conllu "$src/examples/ministers-meet.txt"
check "conllu has sent ids" grep -q "^# sent_id = ministers-meet.txt-1" "$tmp/out"

# Empty file and binary file: clear errors, the run goes on.
: >"$tmp/empty.txt"
head -c 300 "$bin" >"$tmp/binary.txt"
check "empty and binary rejected" expect_exit 3 "$bin" parse "$tmp/empty.txt" "$tmp/binary.txt" "$src/examples/protest-arrests.txt"
check "empty reason" grep -q "empty.txt: record 1: empty file" "$tmp/err"
check "binary reason" grep -q "binary.txt: binary file" "$tmp/err"
check "the good one still coded" grep -q "read 3, coded 1, rejected 2" "$tmp/err"

# A 5 MB paragraph without punctuation (over the default 4 MiB article limit, so the limit is
# raised): processed in bounded pieces with a warning, nothing dropped.
{ printf 'date 2020-01-01 Long\n\n'; yes word | head -n 1000000 | tr '\n' ' '; printf '\n'; } >"$tmp/long.txt"
check "5 MB paragraph" expect_exit 0 "$bin" parse --format conllu --max-article-bytes 8388608 "$tmp/long.txt"
check "5 MB paragraph warning" grep -q "cut into pieces" "$tmp/err"
check "5 MB paragraph tokens kept" test "$(grep -c $'\tword\t' "$tmp/out")" -eq 1000000

# Tables for reading (docs/cli.md): fitted to 100 columns off a terminal, names and sentences in
# CSV/TSV, 8-digit PETRARCH dates, `explain FILE`.
max_width() { LC_ALL=C.UTF-8 wc -L <"$1"; }  # in characters, not bytes
for what in events quotes entities places times; do
  check "table $what" expect_exit 0 "$bin" code -q --format table --output "$what" "$src/examples"
  check "table $what fits 100 columns" test "$(max_width "$tmp/out")" -le 100
done
check "table 60" expect_exit 0 "$bin" code -q --format table --width 60 "$src/examples"
check "table 60 fits" test "$(max_width "$tmp/out")" -le 60
check "table keeps codes" grep -q "(SDNCOP)" "$tmp/out"
check "csv" expect_exit 0 "$bin" code -q --format csv "$src/examples"
check "csv names and sentence" grep -q "^article_id,event_id,date,date_source,source_code,source_name,source_text,.*,sentence_text," "$tmp/out"
check "csv no entity ids" bash -c "! cut -d, -f18 '$tmp/out' | grep -q '^E[0-9]'"
check "tsv" expect_exit 0 "$bin" code -q --format tsv "$src/examples"
check "tsv columns" test "$(awk -F'\t' '{print NF}' "$tmp/out" | sort -u)" = 29
printf 'In March 2018, Russia attacked Ukraine.\n' >"$tmp/month.txt"
check "petrarch month date" expect_exit 0 "$bin" code -q --format petrarch --keep-historical --date 2024-01-05 "$tmp/month.txt"
check "petrarch month date" grep -q "^20180301"$'\t'RUS "$tmp/out"
check "dated history by default" expect_exit 0 "$bin" code -q --format petrarch --date 2024-01-05 "$tmp/month.txt"
check "dated history told by the story leaves the table by default" bash -c "! grep -q RUS '$tmp/out'"
printf 'Mira said Russia attacked Ukraine in March 2018.\n' >"$tmp/said.txt"
check "dated history said by someone" expect_exit 0 "$bin" code -q --format petrarch --date 2024-01-05 "$tmp/said.txt"
check "dated history said by someone stays in the table" grep -q "^20180301"$'\t'RUS "$tmp/out"
check "history marked (flag)" expect_exit 0 "$bin" code -q --format petrarch --mark-historical --date 2024-01-05 "$tmp/month.txt"
check "history marked (flag) leaves the table" bash -c "! grep -q RUS '$tmp/out'"
check "petrarch month date in the article's month" expect_exit 0 "$bin" code -q --format petrarch --date 2018-03-20 "$tmp/month.txt"
check "petrarch month date is the article's" grep -q "^20180320"$'\t'RUS "$tmp/out"
check "explain FILE" expect_exit 0 "$bin" explain "$src/examples/protest-arrests.txt"
check "explain FILE is the article" grep -q "article protest-arrests.txt, date 2023-09-02" "$tmp/out"
check "explain missing file" expect_exit 2 "$bin" explain "$tmp/no-such-article.txt"

# The seed article, when ../shared is present.
if [ -f "$shared/samples/seed-article.txt" ]; then
  check "seed" expect_exit 0 "$bin" parse "$shared/samples/seed-article.txt"
  check "seed date" grep -q '"date":"2017-12-25"' "$tmp/out"
  check "seed source" grep -q '"source":"Times Of Israel"' "$tmp/out"
else
  echo "skipped: seed article checks (../shared is absent)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
